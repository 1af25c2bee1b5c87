import { loadConfig, ConfigError } from './config';
import { systemClock } from './clock';
import { createLogger } from './logging';
import { migrateToLatest, openDatabase } from './storage/database';
import { createAdapter } from './teams/adapter';
import { createApp } from './teams/app';
import { startServer } from './teams/server';
import { DatabaseStorage } from './teams/stateStorage';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const database = openDatabase(config.database);
  const applied = await migrateToLatest(database.db);
  const deps = { config, logger, clock: systemClock, db: database.db };
  const adapter = createAdapter(config, logger);
  const app = createApp({ ...deps, storage: new DatabaseStorage(database.db, systemClock), adapter });
  const server = await startServer({ config, logger, app, adapter, ready: () => database.ping() });
  logger.info(
    { url: server.url, mode: config.mode, database: database.dialect, migrationsApplied: applied.length, startMs: Math.round(process.uptime() * 1000) },
    'Stödlotsen listening',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`Stödlotsen kunde inte starta: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  });
}
