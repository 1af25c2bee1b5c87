import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';

/** Everything a handler may use, built once in bot.ts (the composition root) and passed in. */
export interface AppDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly db: Db;
}
