import type { Logger } from 'pino';
import type { RunningBot } from './bot';
import { loadConfig, ConfigError, type Config } from './config';
import type { Clock } from './domain/clock';
import { createLogger } from './logging';
import { startFailureSv, unexpectedFailureSv } from './startFailure';
import type { AdapterOptions } from './teams/adapter';

/**
 * The entry point. The configuration comes first: a mistake in it ends the start with exit code 78
 * and one Swedish line before botbuilder, Express and the database drivers are even loaded (a
 * fifth of a second instead of two). Then the composition root, src/bot.ts.
 */
export type { RunningBot } from './bot';

export async function startBot(config: Config, logger: Logger, clock?: Clock, adapterOptions?: AdapterOptions): Promise<RunningBot> {
  // `.js`: the compiled file; tsx and vitest map it to bot.ts.
  const { startBot: start } = await import('./bot.js');
  return start(config, logger, clock, adapterOptions);
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: Config;
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
  let bot: RunningBot;
  try {
    bot = await startBot(config, logger);
  } catch (err) {
    process.stderr.write(`${startFailureSv(err, config)}\n`);
    process.exit(1);
  }
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await bot.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${unexpectedFailureSv(err)}\n`);
    process.exit(1);
  });
}
