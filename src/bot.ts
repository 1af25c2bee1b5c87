import type { Logger } from 'pino';
import type { Config } from './config';
import { systemClock } from './clock';
import type { Clock } from './domain/clock';
import { createAuditor } from './audit';
import { isWorkingDay, toStockholmDate } from './domain/calendar';
import { startReminderScheduler } from './reminders/scheduler';
import { startRetention } from './retention';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './storage/database';
import { createAdapter, type AdapterOptions } from './teams/adapter';
import { createApp } from './teams/app';
import { startServer, type RunningServer } from './teams/server';
import { startNotifications, type RunningNotifications } from './teams/notifications';
import { DatabaseStorage } from './teams/stateStorage';
import { createExportLinks } from './export/links';
import { registerExportRoute } from './export/route';
import { warmCardTemplates } from './cards/templates';
import { deferredQa } from './teams/deferredQa';

/** How often the query planner's statistics are refreshed (SQLite advises daily or hourly). */
const PLANNER_STATISTICS_MS = 24 * 60 * 60 * 1000;

export interface RunningBot {
  readonly server: RunningServer;
  readonly database: DatabaseHandle;
  /** Graceful: stop accepting, finish in-flight turns, close the database. */
  stop(): Promise<void>;
}

/**
 * Composition root: the only place that builds and wires the parts. src/main.ts loads it once
 * the configuration is known to be good.
 */
export async function startBot(config: Config, logger: Logger, clock: Clock = systemClock, adapterOptions: AdapterOptions = {}): Promise<RunningBot> {
  const database = openDatabase(config.database);
  let notifications: RunningNotifications | undefined;
  try {
    const applied = await migrateToLatest(database.db);
    await database.optimize();
    const adapter = createAdapter(config, logger, adapterOptions);
    const exportLinks = createExportLinks(config);
    // The app and the dispatcher meet through this nudge: a committed send wakes the dispatcher.
    notifications = startNotifications({ config, logger, clock, database, adapter });
    const running = notifications;
    const onQueued = () => running.nudge();
    const qa = deferredQa();
    const app = createApp({ config, logger, clock, db: database.db, storage: new DatabaseStorage(database.db, clock), adapter, exportLinks, onQueued, qa });
    const auditor = createAuditor(database.db, clock, logger);
    const routes = (s: Parameters<typeof registerExportRoute>[0]) => registerExportRoute(s, { db: database.db, clock, config, logger, links: exportLinks, auditor });
    const server = await startServer({ config, logger, app, adapter, ready: () => database.ping(), auditor, routes });
    exportLinks.useServerUrl(server.url);
    const reminders = startReminderScheduler({ db: database.db, clock, logger, timeOfDay: config.reminderTime, onQueued });
    const retention = startRetention({ db: database.db, clock, logger, config, auditor });
    const planner = setInterval(() => void database.optimize().catch((err: Error) => logger.warn({ err: { type: err.name } }, 'optimize failed')), PLANNER_STATISTICS_MS);
    planner.unref();
    // Right after listening, one step per event-loop turn, build what the first turns would
    // otherwise build: the card templates, the Q&A index and the holiday calendar.
    warmUp(logger, [
      ['card templates', warmCardTemplates],
      ['Q&A index', () => qa.build()],
      ['holiday calendar', () => void isWorkingDay(toStockholmDate(clock.now()))],
    ]);
    logger.info(
      { url: server.url, mode: config.mode, database: database.dialect, migrationsApplied: applied.length, startMs: Math.round(process.uptime() * 1000) },
      'Stödlotsen listening',
    );
    let stopped: Promise<void> | undefined;
    return {
      server,
      database,
      stop: () =>
        (stopped ??= (async () => {
          clearInterval(planner);
          reminders.stop();
          await retention.stop();
          await server.close();
          await notifications?.stop();
          await database.close();
        })()),
    };
  } catch (err) {
    await notifications?.stop();
    await database.close();
    throw err;
  }
}

/** Runs each step on its own turn of the event loop; a failure is logged (the first use will fail the same way, in a turn). */
function warmUp(logger: Logger, steps: ReadonlyArray<readonly [string, () => void | Promise<void>]>): void {
  const [step, ...rest] = steps;
  if (!step) return;
  const failed = (err: unknown): void =>
    logger.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack }, step: step[0] }, 'warm-up step failed');
  setImmediate(() => {
    try {
      void Promise.resolve(step[1]()).catch(failed);
    } catch (err) {
      failed(err);
    }
    warmUp(logger, rest);
  });
}
