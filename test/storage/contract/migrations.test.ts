import { NO_MIGRATIONS, sql } from 'kysely';
import { expect, it } from 'vitest';
import { createMigrator, migrateToLatest, type Db } from '../../../src/storage/database';
import { MIGRATIONS } from '../../../src/storage/migrations';
import { describeEachDialect, settleAll, type Store } from './dialects';

const MIGRATION_NAMES = Object.keys(MIGRATIONS).sort();
const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock'];
const CORE_TABLES = ['bot_state', 'case_members', 'cases', 'conversation_refs', 'drafts', 'outbox', 'submissions', 'users'];

async function appTables(store: Store, db: Db = store.handle.db): Promise<string[]> {
  const rows =
    store.dialect === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  return rows.rows.map((r) => r.name).filter((n) => !KYSELY_TABLES.includes(n)).sort();
}

describeEachDialect('migrations', (stores) => {
  // Always a schema of its own: these tests change the schema itself.
  const migratedStore = async () => {
    const store = await stores.fresh({ migrate: false });
    await migrateToLatest(store.handle.db);
    return store;
  };

  it('apply from scratch in name order and create the core tables', async () => {
    const store = await stores.fresh({ migrate: false });
    expect(await appTables(store)).toEqual([]);
    expect(await migrateToLatest(store.handle.db)).toEqual(MIGRATION_NAMES);
    expect(await appTables(store)).toEqual(expect.arrayContaining(CORE_TABLES));
  });

  it('are idempotent: a second run, as a restarted instance does it, applies nothing', async () => {
    const store = await migratedStore();
    const before = await appTables(store);
    expect(await migrateToLatest(store.handle.db)).toEqual([]);
    expect(await migrateToLatest(store.peer().db)).toEqual([]);
    expect(await appTables(store)).toEqual(before);
  });

  it('go down one at a time to an empty schema, and up again', async () => {
    const store = await migratedStore();
    const migrator = await createMigrator(store.handle.db);
    const undone: string[] = [];
    for (;;) {
      const { error, results } = await migrator.migrateDown();
      if (error) throw error;
      if (!results || results.length === 0) break;
      expect(results.map((r) => r.status)).toEqual(['Success']);
      undone.push(...results.map((r) => r.migrationName));
    }
    expect(undone).toEqual([...MIGRATION_NAMES].reverse());
    expect(await appTables(store)).toEqual([]);
    expect(await migrateToLatest(store.handle.db)).toEqual(MIGRATION_NAMES);
    expect(await appTables(store)).toEqual(expect.arrayContaining(CORE_TABLES));
  });

  it('migrateTo(NO_MIGRATIONS) undoes everything in one call', async () => {
    const store = await migratedStore();
    const { error, results } = await (await createMigrator(store.handle.db)).migrateTo(NO_MIGRATIONS);
    expect(error).toBeUndefined();
    expect(results?.length).toBe(MIGRATION_NAMES.length);
    expect(await appTables(store)).toEqual([]);
  });

  // SQLite is one instance on one file by design; its migration lock is in-process only. Not
  // registered there at all, so the only skips a run shows are missing components.
  if (stores.dialect === 'postgres') it('applies each migration exactly once when several instances start together', async () => {
    const store = await stores.fresh({ migrate: false });
    const instances = [store.handle, store.peer(), store.peer(), store.peer()];
    const { values, errors } = await settleAll(instances.map((h) => () => migrateToLatest(h.db)));
    expect(errors).toEqual([]);
    expect(values.flat().sort()).toEqual(MIGRATION_NAMES);
    expect(await appTables(store)).toEqual(expect.arrayContaining(CORE_TABLES));
  });

  it('2026_11_23_2330 closes duplicate open drafts without a case, keeping the newest', async () => {
    const store = await stores.fresh({ migrate: false });
    const target = '2026_11_23_2330_drafts_one_open_without_case';
    const previous = MIGRATION_NAMES[MIGRATION_NAMES.indexOf(target) - 1]!;
    const migrator = await createMigrator(store.handle.db);
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();

    const db = store.handle.db;
    const draft = (id: string, caseId: string | null, updatedAt: string) => ({
      id, user_id: 'user-1', case_id: caseId, dialogue: 'arende', step: 0, answers: '{}', status: 'open', open_slot: 'open', version: 1,
      created_at: updatedAt, updated_at: updatedAt, closed_at: null,
    });
    // The old index let these in: NULL case ids never collide.
    await db.insertInto('drafts').values([
      draft('d-old', null, '2026-11-23T08:00:00.000Z'),
      draft('d-new', null, '2026-11-23T09:00:00.000Z'),
      draft('d-mid', null, '2026-11-23T08:30:00.000Z'),
    ]).execute();

    expect((await migrator.migrateTo(target)).error).toBeUndefined();
    const rows = await db.selectFrom('drafts').select(['id', 'status', 'open_slot', 'version']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'd-mid', status: 'discarded', open_slot: 'd-mid', version: 2 },
      { id: 'd-new', status: 'open', open_slot: 'open', version: 1 },
      { id: 'd-old', status: 'discarded', open_slot: 'd-old', version: 2 },
    ]);
    await expect(db.insertInto('drafts').values(draft('d-again', null, '2026-11-23T10:00:00.000Z')).execute()).rejects.toThrow();
  });
});
