import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { migrateToLatest, openDatabase, type DatabaseConfig, type DatabaseHandle } from '../../../src/storage/database';
import { postgresStatus, withComponent } from '../../support/components';
import { startPostgres, type PostgresBinaries, type TestPostgres } from '../../support/postgres';
import { tempDatabasePath } from '../../support/testDeps';

export type Dialect = DatabaseConfig['kind'];

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** One store (a SQLite file, or a PostgreSQL schema of its own) shared by any number of instances. */
export interface Store {
  readonly dialect: Dialect;
  readonly config: DatabaseConfig;
  /** The first instance's connection. */
  readonly handle: DatabaseHandle;
  /** Another connection (pool) to the same store, as a second bot instance would open it. */
  peer(): DatabaseHandle;
}

export interface StoreFactory {
  readonly dialect: Dialect;
  /** A new, isolated store; migrated unless `migrate: false`. Closed after each test. */
  fresh(options?: { migrate?: boolean }): Promise<Store>;
}

let serverOfThisFile: Promise<TestPostgres> | undefined;
let stopRegistered = false;

/** One server per test file (each file runs in its own worker), started on first use. */
function sharedServer(binaries: PostgresBinaries): Promise<TestPostgres> {
  serverOfThisFile ??= startPostgres(binaries);
  return serverOfThisFile;
}

/** Registered at collection time on the file's root suite: runs after the file's last test. */
function stopSharedServerAfterFile(): void {
  if (stopRegistered) return;
  stopRegistered = true;
  afterAll(async () => {
    const server = serverOfThisFile;
    serverOfThisFile = undefined;
    await (await server)?.stop();
  });
}

/**
 * Runs `body` once per dialect: against a temp SQLite file and against a throwaway PostgreSQL
 * server. Without PostgreSQL binaries the PostgreSQL half is skipped with the reason, or fails
 * under STODLOTSEN_REQUIRE_ALL_COMPONENTS=1 (.ci/run), see test/support/components.ts.
 */
export function describeEachDialect(title: string, body: (stores: StoreFactory) => void): void {
  stopSharedServerAfterFile();
  describe.each(DIALECTS)(`${title} on %s`, (dialect) => {
    if (dialect === 'postgres') {
      withComponent(postgresStatus(), (binaries) => {
        let server: TestPostgres | undefined;
        beforeAll(async () => {
          server = await sharedServer(binaries);
        });
        body(factory('postgres', postgresStores(() => server!)));
      });
      return;
    }
    body(factory('sqlite', async (_migrate) => ({ kind: 'sqlite', path: tempDatabasePath('stodlotsen-contract') })));
  });
}

/**
 * Unmigrated stores are new schemas. Migrated ones reuse one migrated schema per test file,
 * emptied before each test: running every migration for every test costs a quarter of a
 * second on PostgreSQL, emptying a few milliseconds (DELETE with foreign-key triggers off is
 * quicker than TRUNCATE for tables this small). Tests in a file run one at a time.
 */
function postgresStores(server: () => TestPostgres): (migrate: boolean) => Promise<DatabaseConfig> {
  let migrated: { config: DatabaseConfig; tables: string[] } | undefined;
  return async (migrate) => {
    if (!migrate) return { kind: 'postgres', url: await server().createSchema('contract') };
    const config: DatabaseConfig = migrated?.config ?? { kind: 'postgres', url: await server().createSchema('contract') };
    const handle = openDatabase(config);
    try {
      if (!migrated) {
        await migrateToLatest(handle.db);
        const { rows } = await sql<{ name: string }>`
          select table_name as name from information_schema.tables
           where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'`.execute(handle.db);
        migrated = { config, tables: rows.map((r) => r.name) };
      }
      const tables = migrated.tables;
      await handle.db.connection().execute(async (c) => {
        await sql`set session_replication_role = replica`.execute(c);
        for (const table of tables) await sql`delete from ${sql.id(table)}`.execute(c);
      });
    } finally {
      await handle.close();
    }
    return migrated.config;
  };
}

function factory(dialect: Dialect, newConfig: (migrate: boolean) => Promise<DatabaseConfig>): StoreFactory {
  const open: DatabaseHandle[] = [];
  const files: string[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.close()));
    for (const file of files.splice(0)) fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
  const connect = (config: DatabaseConfig) => {
    const handle = openDatabase(config);
    open.push(handle);
    return handle;
  };
  return {
    dialect,
    async fresh(options = {}) {
      const migrate = options.migrate !== false;
      const config = await newConfig(migrate);
      if (config.kind === 'sqlite') files.push(config.path);
      const handle = connect(config);
      // PostgreSQL hands out an already migrated schema; SQLite files start empty.
      if (migrate && config.kind === 'sqlite') await migrateToLatest(handle.db);
      return { dialect, config, handle, peer: () => connect(config) };
    },
  };
}

/** Runs `n` tasks at once and splits fulfilled values from rejections. */
export async function settleAll<T>(tasks: readonly (() => Promise<T>)[]): Promise<{ values: T[]; errors: unknown[] }> {
  const results = await Promise.allSettled(tasks.map((t) => t()));
  return {
    values: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    errors: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
  };
}
