import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/storage/database';

describe('SQLite statements are prepared once and reused', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await handle?.close();
  });

  it('prepares a query once however often it runs, and still sees schema changes and new rows', async () => {
    const prepare = vi.spyOn(SQLite.prototype, 'prepare');
    handle = openDatabase({ kind: 'sqlite', path: ':memory:' });
    await sql`create table t (id integer primary key, a text)`.execute(handle.db);
    const select = () => sql<Record<string, unknown>>`select * from t where id = ${1}`.execute(handle!.db);
    await sql`insert into t (id, a) values (${1}, ${'x'})`.execute(handle.db);
    expect((await select()).rows).toEqual([{ id: 1, a: 'x' }]);
    expect((await select()).rows).toEqual([{ id: 1, a: 'x' }]);
    await sql`alter table t add column b text`.execute(handle.db);
    await sql`update t set b = ${'y'} where id = ${1}`.execute(handle.db);
    expect((await select()).rows).toEqual([{ id: 1, a: 'x', b: 'y' }]);
    const selects = prepare.mock.calls.filter(([text]) => text === 'select * from t where id = ?');
    expect(selects).toHaveLength(1);
  });

  it('streams a query while the same text runs again afterwards', async () => {
    handle = openDatabase({ kind: 'sqlite', path: ':memory:' });
    await sql`create table t (id integer primary key)`.execute(handle.db);
    for (let id = 1; id <= 3; id++) await sql`insert into t (id) values (${id})`.execute(handle.db);
    const query = () => handle!.db.selectFrom('t' as never).select('id' as never);
    const streamed: unknown[] = [];
    for await (const row of query().stream()) streamed.push(row);
    expect(streamed).toHaveLength(3);
    expect(await query().execute()).toHaveLength(3);
  });
});
