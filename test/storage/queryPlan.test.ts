import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { casesAsMemberQuery, insertCase } from '../../src/storage/cases.repository';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/storage/database';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { testRegistration } from '../support/fixtures';

// "mina ärenden" and the role check behind every hjälp read the user's cases: with many cases in
// one tenant the planner must start from the user's team rows, not from every case of the tenant.
describe('SQLite query plans', () => {
  let handle: DatabaseHandle | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function planOf(query: { compile(): { sql: string; parameters: readonly unknown[] } }): Promise<string> {
    const compiled = query.compile();
    const rows = await sql<{ detail: string }>`explain query plan ${sql.raw(compiled.sql.replace(/\?/g, () => "''"))}`.execute(handle!.db);
    return rows.rows.map((r) => r.detail).join(' | ');
  }

  it('finds the cases a user is a member of through the team index once optimize() has run', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stodlotsen-plan-'));
    handle = openDatabase({ kind: 'sqlite', path: path.join(dir, 'plan.db') });
    await migrateToLatest(handle.db);
    // 400 cases of 100 fictitious staff members in one tenant, as a unit's register looks.
    const at = new Date('2026-11-02T08:00:00.000Z');
    for (let i = 0; i < 400; i++) {
      const reg = testRegistration({ caseReference: `BST-2026-${String(i).padStart(4, '0')}` });
      await insertCase(handle.db, LOCAL_TENANT, `staff-${i % 100}`, reg, at);
    }
    await handle.optimize();
    const plan = await planOf(casesAsMemberQuery(handle.db, LOCAL_TENANT, 'staff-7'));
    expect(plan).toMatch(/^SEARCH case_members USING (?:COVERING )?INDEX case_members_user/);
    expect(plan).not.toMatch(/cases_reference/);
  });

  it('optimize() is a no-op on a database without tables', async () => {
    handle = openDatabase({ kind: 'sqlite', path: ':memory:' });
    await expect(handle.optimize()).resolves.toBeUndefined();
  });
});
