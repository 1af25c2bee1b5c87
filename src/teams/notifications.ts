import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { CloudAdapterBase } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from '../notifications/dispatcher';
import type { Db } from '../storage/database';
import { createProactiveSender } from './proactive';
import { isAllowedServiceUrl } from './serviceUrl';

/** How often the outbox is polled when nothing nudges the dispatcher. */
export const OUTBOX_POLL_MS = 2_000;

export interface RunningNotifications {
  readonly dispatcher: Dispatcher;
  /** Finishes the send in flight and gives unsent rows back; call before closing the database. */
  stop(): Promise<void>;
}

/** Wires the outbox dispatcher to the bot's adapter and starts polling. */
export function startNotifications(deps: {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Db;
  adapter: CloudAdapterBase;
  options?: Partial<Pick<DispatcherOptions, 'sleep' | 'random' | 'limits' | 'retry' | 'batchSize' | 'leaseMs' | 'instanceId'>>;
  pollMs?: number;
}): RunningNotifications {
  const sender = createProactiveSender({
    adapter: deps.adapter,
    appId: deps.config.bot?.appId ?? '',
    isAllowedServiceUrl: (url) => isAllowedServiceUrl(url, deps.config),
  });
  const dispatcher = createDispatcher({
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    sender,
    instanceId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ...deps.options,
  });
  dispatcher.start(deps.pollMs ?? OUTBOX_POLL_MS);
  return { dispatcher, stop: () => dispatcher.stop() };
}
