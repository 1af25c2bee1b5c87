import { expect, it } from 'vitest';
import { testClock, memoryLogger } from '../support/testDeps';
import { runRetentionPass, startRetention } from '../../src/retention';
import type { Db } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts.repository';
import { insertLevelHistory } from '../../src/storage/levels.repository';
import { enqueue } from '../../src/storage/outbox.repository';
import { markLevelsExported } from '../../src/storage/retention.repository';
import { insertSubmission } from '../../src/storage/submissions.repository';
import { describeEachDialect } from '../storage/contract/dialects';
import { registerTestCase } from '../support/fixtures';
import { EVERYTHING, NOTHING, caseWithEverything, retentionAudit, rowsOfCase, SETTINGS, TENANT } from '../retention/support';

const OLD = new Date('2026-10-01T08:00:00.000Z');
const RECENT = new Date('2026-12-10T08:00:00.000Z');
/** 03:30 in Stockholm on 17 December: the configured time of the daily pass. */
const PASS = '2026-12-17T02:30:00.000Z';
const config = { retention: { ...SETTINGS, batchSize: 50, timeOfDay: '03:30' }, auditRetentionDays: 730 };

async function scheduledPass(db: Db, at = PASS) {
  const clock = testClock('2026-12-17T02:29:00.000Z');
  const scheduler = startRetention({ db, clock, logger: memoryLogger().logger, config }, 3_600_000);
  try {
    expect(await scheduler.tick()).toBeNull(); // 03:29: not yet
    clock.set(at);
    const result = await scheduler.tick();
    expect(result).not.toBeNull();
    return result!;
  } finally {
    await scheduler.stop();
  }
}

describeEachDialect('retention by the scheduled pass', (stores) => {
  it('drafts, summaries and outbox rows past the retention are gone for every query; recent ones stay', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const { id: caseId, caseworkerUpn } = await registerTestCase(db, {}, OLD);
    for (const at of [OLD, RECENT]) {
      await createDraft(db, 'aad-staff-0001', caseId, `d-${at.getTime()}`, { text: 'utkast' }, at);
      await insertSubmission(db, { draftId: `d-${at.getTime()}`, caseId, kind: 'uppstartsmote', sentBy: 'aad-staff-0001', text: 'sammanfattning', card: {} }, at);
      await enqueue(db, { idempotencyKey: `k-${at.getTime()}`, tenantId: 'tenant-test-0001', recipientUpn: caseworkerUpn, kind: 'uppstartsmote', payload: { text: 'x' } }, at);
    }
    expect((await scheduledPass(db)).tables).toEqual({ drafts: 1, submissions: 1, outbox: 1 });
    const left = await Promise.all([
      db.selectFrom('drafts').select('created_at').execute(),
      db.selectFrom('submissions').select('created_at').execute(),
      db.selectFrom('outbox').select('created_at').execute(),
    ]);
    expect(left.map((rows) => rows.map((r) => r.created_at))).toEqual([[RECENT.toISOString()], [RECENT.toISOString()], [RECENT.toISOString()]]);
    expect((await retentionAudit(db)).map((r) => [r.target_kind, r.count, r.target_id])).toEqual([
      ['draft', 1, null],
      ['outbox', 1, null],
      ['submission', 1, null],
    ]);
  });

  it('an ended case goes with its drafts, summaries, proposals, level history and members after 90 days; day 89 keeps it', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const due = await caseWithEverything(db, 'BST-2026-0401', { closedOn: '2026-09-18', at: RECENT });
    const notYet = await caseWithEverything(db, 'BST-2026-0402', { closedOn: '2026-09-19', at: RECENT });
    const open = await caseWithEverything(db, 'BST-2026-0403', { at: RECENT });
    await db.insertInto('reminder_runs').values([{ run_date: '2026-09-01', finished_at: '2026-09-01T06:30:00.000Z', reminders: 3 }, { run_date: '2026-12-16', finished_at: '2026-12-16T06:30:00.000Z', reminders: 1 }]).execute();
    const result = await scheduledPass(db);
    expect(result.categories.closedCases).toBe(1);
    expect(await rowsOfCase(db, due.id)).toEqual(NOTHING);
    expect(await rowsOfCase(db, notYet.id)).toEqual(EVERYTHING);
    expect(await rowsOfCase(db, open.id)).toEqual(EVERYTHING);
    expect((await db.selectFrom('reminder_runs').select('run_date').execute()).map((r) => r.run_date)).toEqual(['2026-12-16']);
  });

  it('level-register rows: deleted 90 days after export once replaced; never-exported, in-force and later ones stay', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const c = await registerTestCase(db, { caseReference: 'BST-2026-0404' }, OLD);
    const base = { tenantId: c.tenantId, caseId: c.id, model: 'lagenhetsboende_2025' as const, decidedBy: 'aad-caseworker-0001', decidedByRole: 'caseworker' as const, previousLevel: null, reasonCategory: 'initial' as const };
    const decisions = [
      { level: 'lag', validFrom: '2026-01-01', decidedAt: '2026-01-01T08:00:00.000Z', exportedAt: '2026-09-18T02:29:00.000Z' }, // replaced, exported > 90 days: deleted
      { level: 'medel', validFrom: '2026-03-01', decidedAt: '2026-03-01T08:00:00.000Z', exportedAt: '2026-09-18T02:30:00.000Z' }, // replaced, exported exactly 90 days ago: kept
      { level: 'lag', validFrom: '2026-05-01', decidedAt: '2026-05-01T08:00:00.000Z', exportedAt: null }, // replaced, never exported: kept
      { level: 'hog', validFrom: '2026-06-01', decidedAt: '2026-06-01T08:00:00.000Z', exportedAt: '2026-07-01T00:00:00.000Z' }, // in force today: kept
      { level: 'medel', validFrom: '2027-01-01', decidedAt: '2026-12-01T08:00:00.000Z', exportedAt: '2026-07-01T00:00:00.000Z' }, // applies later: kept
    ];
    for (const d of decisions) await insertLevelHistory(db, { ...base, level: d.level, validFrom: d.validFrom, decidedAt: d.decidedAt });
    const rows = await db.selectFrom('level_history').select(['id', 'valid_from']).execute();
    for (const d of decisions) {
      if (d.exportedAt) await markLevelsExported(db, rows.filter((r) => r.valid_from === d.validFrom).map((r) => r.id), new Date(d.exportedAt));
    }
    const result = await scheduledPass(db);
    expect(result.categories.exportedLevels).toBe(1);
    expect((await db.selectFrom('level_history').select('valid_from').orderBy('valid_from').execute()).map((r) => r.valid_from)).toEqual(['2026-03-01', '2026-05-01', '2026-06-01', '2027-01-01']);
    expect((await retentionAudit(db)).map((r) => [r.reason, r.target_kind, r.count])).toEqual([['exportedLevels', 'level_history', 1]]);
  });

  it('a backlog larger than one batch is deleted in batches, each audited with its count', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const rows = Array.from({ length: 123 }, (_, i) => ({
      id: `outbox-${String(i).padStart(4, '0')}`,
      idempotency_key: `k-${i}`,
      tenant_id: TENANT,
      recipient_upn: 'handlaggare.test@example.se',
      recipient_user_id: null,
      kind: 'reminder',
      payload: '{"text":"x"}',
      status: 'sent',
      attempts: 1,
      next_attempt_at: OLD.toISOString(),
      created_at: OLD.toISOString(),
    }));
    await db.insertInto('outbox').values(rows).execute();
    const result = await scheduledPass(db);
    expect(result).toMatchObject({ complete: true, batches: 3, tables: { outbox: 123 } });
    expect(await db.selectFrom('outbox').select('id').execute()).toEqual([]);
    expect((await retentionAudit(db)).map((r) => r.count).sort()).toEqual([23, 50, 50]);
  });

  // Several instances on one PostgreSQL database run the pass at the same minute; SQLite is one instance.
  if (stores.dialect === 'postgres') it('two instances at once delete every due row once, and the audit counts add up', async () => {
    const store = await stores.fresh();
    const rows = Array.from({ length: 240 }, (_, i) => ({
      id: `outbox-${String(i).padStart(4, '0')}`,
      idempotency_key: `k-${i}`,
      tenant_id: TENANT,
      recipient_upn: 'handlaggare.test@example.se',
      recipient_user_id: null,
      kind: 'reminder',
      payload: '{"text":"x"}',
      status: 'sent',
      attempts: 1,
      next_attempt_at: OLD.toISOString(),
      created_at: OLD.toISOString(),
    }));
    await store.handle.db.insertInto('outbox').values(rows).execute();
    const settings = { ...config.retention, batchSize: 20 };
    const results = await Promise.all([store.handle.db, store.peer().db].map((db) => runRetentionPass(db, testClock(PASS), settings)));
    expect(results.every((r) => r.complete)).toBe(true);
    expect(await store.handle.db.selectFrom('outbox').select('id').execute()).toEqual([]);
    const counts = (await retentionAudit(store.handle.db)).map((r) => r.count!);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(240);
    expect(results.reduce((n, r) => n + (r.tables.outbox ?? 0), 0)).toBe(240);
  });
});
