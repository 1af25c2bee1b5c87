/**
 * Typed tables. Every column type is chosen so the same migrations run on SQLite and
 * PostgreSQL: text for ids, JSON and ISO instants; integer for counters.
 */
export interface BotStateTable {
  key: string;
  /** JSON of the state object without its eTag. */
  value: string;
  etag: string;
  updated_at: string;
}

export interface Database {
  bot_state: BotStateTable;
}
