import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type SqliteDatabase, type Transaction } from 'kysely';
import type { Pool as PgPool } from 'pg';
import type { Database } from './schema';
import { migrationProvider } from './migrations';

export type Db = Kysely<Database>;
/** Repository functions take either the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type DatabaseConfig = { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

export interface DatabaseHandle {
  readonly db: Db;
  readonly dialect: DatabaseConfig['kind'];
  ping(): Promise<boolean>;
  /**
   * Refreshes the statistics the query planner chooses indexes by (SQLite's `PRAGMA optimize`;
   * PostgreSQL's autovacuum does this by itself). Without them SQLite took "every open case of
   * the tenant" over "the cases this user is a member of" and read all cases for each `hjälp`.
   */
  optimize(): Promise<void>;
  /** Runs `hook` first when the database is closed (sessions of their own, such as a lock's). */
  onClose(hook: () => Promise<void>): void;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  const db = config.kind === 'sqlite' ? new Kysely<Database>({ dialect: sqliteDialect(config.path) }) : postgres(config.url);
  let closed = false;
  const closeHooks: Array<() => Promise<void>> = [];
  return {
    db,
    dialect: config.kind,
    async ping() {
      if (closed) return false;
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    async optimize() {
      if (config.kind === 'sqlite' && !closed) await sql`PRAGMA optimize = 0x10002`.execute(db);
    },
    onClose: (hook) => void closeHooks.push(hook),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(closeHooks.map((hook) => hook().catch(() => undefined)));
      await db.destroy();
    },
  };
}

function sqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten on disk, not merely unlinked (retention must be real).
  database.pragma('secure_delete = ON');
  // As SQLite advises for long-lived connections: analyse what needs it when the connection opens
  // (0x10002: every table, not only those used so far), then `optimize()` once a day. The analysis
  // reads at most this many rows per index, so it stays cheap on a large database.
  database.pragma('analysis_limit = 1000');
  database.pragma('optimize = 0x10002');
  return new SqliteDialect({ database: reusingStatements(database) });
}

/** Prepared statements kept per connection; Kysely's queries take a few dozen shapes. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query anew (SQLite parses and plans it each time); this
 * keeps the most recently used prepared statements by SQL text. Safe because better-sqlite3 runs
 * a statement to completion synchronously and Kysely holds its single connection for the whole of
 * a streamed query, so a statement is never re-entered while it is still iterating.
 */
function reusingStatements(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => void database.close(),
    prepare(sqlText: string) {
      let statement = statements.get(sqlText);
      if (statement) {
        statements.delete(sqlText); // re-inserted below: most recently used last
      } else {
        statement = database.prepare(sqlText);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sqlText, statement);
      return statement;
    },
  };
}

function postgres(url: string): Db {
  // Loaded only when PostgreSQL is configured: the embedded default starts without it (~0.1 s).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Pool } = require('pg') as { Pool: typeof PgPool };
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle pooled connection that breaks (server restart, Azure failover) is reported as an
  // 'error' event; unhandled, it would crash the process. The pool drops that connection by
  // itself, the next query opens a new one, and ping() reports the outage meanwhile.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Which SQL dialect an executor speaks, for the few queries that differ (row locking). */
export function dialectOf(db: Executor): DatabaseConfig['kind'] {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Kysely's migrator looks for its own tables in every schema of a PostgreSQL database; pinned to
 * the connection's current schema, several deployments can share one database, one schema
 * (search_path) each, without reading each other's migration state.
 */
export async function createMigrator(db: Db): Promise<Migrator> {
  if (dialectOf(db) !== 'postgres') return new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? undefined;
  return new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}) });
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = await createMigrator(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
