import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/verbs';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import { runRetentionPass } from '../../src/retention';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';
import { SETTINGS } from '../retention/support';
import { ADMIN, HISINGEN, MANAGER_HISINGEN, NOW, seedCases, seedPeople } from './fixture';

const TENANT = 'tenant-test-0001';
const SECRET = 'test-export-secret-0123456789-abcdefghijklmnop';

function pressCreate(from: { id: string; aadObjectId: string; name: string }) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: 'invoke-1',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/',
    from,
    recipient: { id: '28:bot', name: 'Stödlotsen' },
    conversation: { id: 'a:conv-export-1', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    value: { action: { type: 'Action.Execute', verb: VERBS.unitManagerExport, data: { verb: VERBS.unitManagerExport, unit: HISINGEN, f_from: '2026-01-01', f_to: '2026-11-23' } } },
  };
}

describe('a downloaded register marks exactly its rows as exported (gallring after export)', () => {
  let bot: RunningBot;
  const clock = testClock(NOW);
  beforeEach(async () => {
    clock.set(NOW);
    const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'silent', ADMIN_UPNS: ADMIN.upn, EXPORT_LINK_SECRET: SECRET });
    bot = await startBot(config, memoryLogger().logger, clock);
    await seedCases(bot.database.db, TENANT);
    await seedPeople(bot.database.db, TENANT);
  });
  afterEach(async () => {
    await bot.stop();
  });

  async function link(): Promise<string> {
    const response = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pressCreate(MANAGER_HISINGEN)) });
    const body = (await response.json()) as { value: { actions: Array<{ type: string; url?: string }> } };
    return body.value.actions.find((a) => a.type === 'Action.OpenUrl')!.url!;
  }

  const marks = async () =>
    (
      await bot.database.db
        .selectFrom('level_history')
        .innerJoin('cases', 'cases.id', 'level_history.case_id')
        .select(['cases.case_reference as ref', 'level_history.valid_from as from', 'level_history.exported_at as exportedAt'])
        .orderBy('cases.case_reference')
        .orderBy('level_history.valid_from')
        .execute()
    ).map((r) => `${r.ref} ${r.from} ${r.exportedAt ?? '-'}`);

  it('creating the link marks nothing; the download marks the rows in the file, and a later download keeps the first date', async () => {
    const url = await link();
    expect((await marks()).every((m) => m.endsWith(' -'))).toBe(true);
    expect((await fetch(url)).status).toBe(200);
    const first = await marks();
    expect(first).toEqual([
      `BST-2026-0101 2025-11-10 ${NOW}`, // in force when the period starts: in the file
      `BST-2026-0101 2026-02-01 ${NOW}`,
      `BST-2026-0101 2026-06-15 ${NOW}`,
      'BST-2026-0101 2026-12-01 -', // after the period
      `BST-2026-0102 2026-03-02 ${NOW}`,
      `BST-2026-0102 2026-04-01 ${NOW}`,
      `BST-2026-0103 2026-05-04 ${NOW}`,
      `BST-2026-0104 2026-10-26 ${NOW}`,
      `BST-2026-0106 2026-11-16 ${NOW}`,
      'BST-2026-0107 2024-05-01 -', // closed before the period: not in the file
      `BST-2026-0108 2026-08-03 ${NOW}`,
      'BST-2026-0201 2026-02-02 -', // another unit
    ]);
    clock.set('2026-11-23T09:05:00.000Z');
    expect((await fetch(url)).status).toBe(200);
    expect(await marks()).toEqual(first);
  });

  it('90 days after the export the replaced rows go; the decisions in force and the unexported stay', async () => {
    expect((await fetch(await link())).status).toBe(200);
    // 90 days after 2026-11-23 09:00Z is 2027-02-21 09:00Z: the 03:30 pass that day keeps the rows, the next day's deletes them.
    const dayBefore = await runRetentionPass(bot.database.db, testClock('2027-02-21T02:30:00.000Z'), { ...SETTINGS, closedCaseDays: 3650 });
    expect(dayBefore.categories.exportedLevels).toBe(0);
    const due = await runRetentionPass(bot.database.db, testClock('2027-02-22T02:30:00.000Z'), { ...SETTINGS, closedCaseDays: 3650 });
    // Replaced by then: 0101's 2025-11-10, 2026-02-01 and 2026-06-15 (2026-12-01 applies), 0102's 2026-03-02.
    expect(due.categories.exportedLevels).toBe(4);
    expect((await marks()).map((m) => m.slice(0, 24))).toEqual([
      'BST-2026-0101 2026-12-01',
      'BST-2026-0102 2026-04-01',
      'BST-2026-0103 2026-05-04',
      'BST-2026-0104 2026-10-26',
      'BST-2026-0106 2026-11-16',
      'BST-2026-0107 2024-05-01',
      'BST-2026-0108 2026-08-03',
      'BST-2026-0201 2026-02-02',
    ]);
  });
});
