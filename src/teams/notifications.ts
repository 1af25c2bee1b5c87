import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { CloudAdapterBase } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { realSleep } from '../notifications/asyncTools';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from '../notifications/dispatcher';
import { startLeadership } from '../notifications/leadership';
import { openAdvisoryLock } from '../storage/advisoryLock';
import type { DatabaseHandle } from '../storage/database';
import { createProactiveSender } from './proactive';
import { isAllowedServiceUrl } from './serviceUrl';

/** How often the outbox is polled when nothing nudges the dispatcher. */
export const OUTBOX_POLL_MS = 2_000;
/** How often a standby instance asks for the dispatcher lock (bounds the fail-over time). */
export const LEADER_POLL_MS = 1_000;
/** The advisory lock whose holder is the one dispatcher of a PostgreSQL database. */
export const DISPATCHER_LOCK = 'stodlotsen:outbox-dispatcher';

export interface RunningNotifications {
  readonly dispatcher: Dispatcher;
  /** Something was enqueued: wake the dispatcher, here or on the instance that holds it. */
  nudge(): void;
  /** Finishes the send in flight and gives unsent rows back; call before closing the database. */
  stop(): Promise<void>;
}

/**
 * Wires the outbox dispatcher to the bot's adapter and starts it. On SQLite (one instance by
 * definition) it runs here. On PostgreSQL every instance has one, but only the holder of an
 * advisory lock runs it, so all instances together keep to one set of Teams limits; the
 * others stand by and one of them takes over within about LEADER_POLL_MS when the holder dies.
 */
export function startNotifications(deps: {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: DatabaseHandle;
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
    db: deps.database.db,
    clock: deps.clock,
    logger: deps.logger,
    sender,
    instanceId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ...deps.options,
  });
  const pollMs = deps.pollMs ?? OUTBOX_POLL_MS;
  if (deps.config.database.kind !== 'postgres') {
    dispatcher.start(pollMs);
    return { dispatcher, nudge: () => dispatcher.nudge(), stop: () => dispatcher.stop() };
  }

  const log = deps.logger.child({ component: 'notifications' });
  const lock = openAdvisoryLock({ url: deps.config.database.url, name: DISPATCHER_LOCK });
  // Closing the database ends the lock's session too, as the death of the process would.
  deps.database.onClose(() => lock.close());
  lock.onNotified(() => dispatcher.nudge());
  const leadership = startLeadership({
    lock,
    logger: deps.logger,
    sleep: realSleep,
    pollMs: LEADER_POLL_MS,
    async onElected() {
      const taken = await dispatcher.takeOver();
      log.info({ ...taken }, 'outbox dispatcher elected');
      dispatcher.start(pollMs);
    },
    onDeposed: () => dispatcher.stop(),
  });
  return {
    dispatcher,
    nudge: () => (leadership.isLeader() ? dispatcher.nudge() : void lock.notify().catch(() => undefined)),
    stop: () => leadership.stop(),
  };
}
