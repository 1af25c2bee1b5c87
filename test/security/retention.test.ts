import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../src/domain/clock';
import { runRetentionPass, startRetention } from '../../src/retention';
import { appendAudit, listAudit } from '../../src/storage/audit.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts.repository';
import { enqueue } from '../../src/storage/outbox.repository';
import { insertSubmission } from '../../src/storage/submissions.repository';
import { cardsOf, conversationHarness, STAFF } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { memoryLogger, openTestDatabase, testClock } from '../support/testDeps';
import { EVERYTHING, NOTHING, caseWithEverything, retentionAudit, rowsOfCase, SETTINGS } from '../retention/support';
import { sendUppstartsmote, uppstartsmoteAnswers } from './flows';

const NOW = '2026-12-17T12:00:00.000Z';
/** 30 days before NOW: rows last touched before this go. */
const CUTOFF = '2026-11-17T12:00:00.000Z';

describe('retention pass: drafts, summaries, outbox', () => {
  let database: DatabaseHandle & { file: string };
  let caseId: string;
  beforeEach(async () => {
    database = await openTestDatabase();
    caseId = (await registerTestCase(database.db)).id;
  });
  afterEach(async () => {
    await database.close();
  });

  async function draftAt(iso: string, status: 'open' | 'sent' | 'discarded' = 'open'): Promise<string> {
    const draft = await createDraft(database.db, STAFF.aadObjectId, caseId, `d-${iso}-${status}`, { note: 'x' }, new Date(iso));
    if (status !== 'open') await database.db.updateTable('drafts').set({ status, open_slot: draft.id, closed_at: iso }).where('id', '=', draft.id).execute();
    return draft.id;
  }

  it.each([
    ['an abandoned open draft', '2026-11-01T00:00:00.000Z', 'open', false],
    ['a sent draft', '2026-11-10T00:00:00.000Z', 'sent', false],
    ['a discarded draft', '2026-11-17T11:59:59.999Z', 'discarded', false],
    ['a draft touched exactly at the cutoff', CUTOFF, 'open', true],
    ['a draft touched yesterday', '2026-12-16T12:00:00.000Z', 'open', true],
  ] as const)('%s (last touched %s, %s) is kept: %s', async (_label, at, status, kept) => {
    const id = await draftAt(at, status);
    const result = await runRetentionPass(database.db, fixedClock(NOW), SETTINGS);
    expect(result.categories.drafts).toBe(kept ? 0 : 1);
    expect(await database.db.selectFrom('drafts').select('id').where('id', '=', id).execute()).toHaveLength(kept ? 1 : 0);
  });

  it('each category has its own retention (RETENTION_DRAFT_DAYS etc.)', async () => {
    await draftAt('2026-12-01T00:00:00.000Z');
    await insertSubmission(database.db, { draftId: 'd-x', caseId, kind: 'uppstartsmote', sentBy: STAFF.aadObjectId, text: 't', card: {} }, new Date('2026-12-01T00:00:00.000Z'));
    const result = await runRetentionPass(database.db, fixedClock(NOW), { ...SETTINGS, draftDays: 10, submissionDays: 20 });
    expect(result.categories).toMatchObject({ drafts: 1, submissions: 0 });
  });

  it('deletes sent summaries and outbox rows older than the retention, delivered or not, and audits counts only', async () => {
    const old = await insertSubmission(database.db, { draftId: 'd-old', caseId, kind: 'uppstartsmote', sentBy: STAFF.aadObjectId, text: 'gammal', card: {} }, new Date('2026-11-02T08:00:00.000Z'));
    await insertSubmission(database.db, { draftId: 'd-new', caseId, kind: 'uppstartsmote', sentBy: STAFF.aadObjectId, text: 'ny', card: {} }, new Date('2026-12-01T08:00:00.000Z'));
    await enqueue(database.db, { idempotencyKey: 'old-pending', tenantId: 'tenant-x', recipientUpn: CASEWORKER.upn, kind: 'uppstartsmote', payload: { text: 'gammal' } }, new Date('2026-11-02T08:00:00.000Z'));
    await enqueue(database.db, { idempotencyKey: 'old-sent', tenantId: 'tenant-x', recipientUpn: CASEWORKER.upn, kind: 'uppstartsmote', payload: { text: 'gammal' } }, new Date('2026-11-03T08:00:00.000Z'));
    await database.db.updateTable('outbox').set({ status: 'sent', sent_at: '2026-11-03T08:00:01.000Z' }).where('idempotency_key', '=', 'old-sent').execute();
    await enqueue(database.db, { idempotencyKey: 'new', tenantId: 'tenant-x', recipientUpn: CASEWORKER.upn, kind: 'uppstartsmote', payload: { text: 'ny' } }, new Date('2026-12-16T08:00:00.000Z'));

    const result = await runRetentionPass(database.db, fixedClock(NOW), SETTINGS);
    expect(result.tables).toEqual({ submissions: 1, outbox: 2 });
    expect((await database.db.selectFrom('submissions').select('text').execute()).map((r) => r.text)).toEqual(['ny']);
    expect((await database.db.selectFrom('outbox').select('idempotency_key').execute()).map((r) => r.idempotency_key)).toEqual(['new']);
    const audit = await retentionAudit(database.db);
    expect(audit).toEqual([
      { tenant_id: 'tenant-x', actor_id: 'system', target_kind: 'outbox', target_id: null, case_reference: null, reason: 'outbox', count: 2 },
      { tenant_id: 'local-tenant', actor_id: 'system', target_kind: 'submission', target_id: null, case_reference: null, reason: 'submissions', count: 1 },
    ]);
    expect(JSON.stringify(await listAudit(database.db))).not.toContain(old.id);
    expect(JSON.stringify(await listAudit(database.db))).not.toContain('BST-2026-0042');
  });

  it('keeps audit rows for the audit retention and then removes them, leaving a count', async () => {
    await appendAudit(database.db, { tenantId: 't', actorId: 'a', action: 'summary.sent', outcome: 'success' }, new Date('2024-12-01T00:00:00.000Z'));
    await appendAudit(database.db, { tenantId: 't', actorId: 'a', action: 'summary.viewed', outcome: 'success' }, new Date('2025-12-18T00:00:00.000Z'));
    const result = await runRetentionPass(database.db, fixedClock(NOW), SETTINGS, { auditDays: 730 });
    expect(result.tables.audit_log).toBe(1);
    const rows = await listAudit(database.db);
    expect(rows.map((r) => [r.action, r.targetKind, r.count])).toEqual([
      ['summary.viewed', null, null],
      ['retention.deleted', 'audit_log', 1],
    ]);
  });

  it('refuses a nonsensical retention or batch size', async () => {
    await expect(runRetentionPass(database.db, fixedClock(NOW), { ...SETTINGS, draftDays: 0 })).rejects.toThrow(RangeError);
    await expect(runRetentionPass(database.db, fixedClock(NOW), { ...SETTINGS, batchSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('retention pass: ended cases go with everything that belongs to them', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  // Closed 2026-09-18; the 90th day after is 2026-12-17 (Stockholm dates, CET = UTC+1).
  it.each([
    ['2026-12-16T22:59:00.000Z', '23:59 on 16 December, day 89: kept', EVERYTHING],
    ['2026-12-16T23:00:00.000Z', '00:00 on 17 December, day 90: deleted', NOTHING],
    ['2027-01-10T12:00:00.000Z', 'later: deleted', NOTHING],
  ] as const)('a case closed 2026-09-18, pass at %s (%s)', async (instant, _label, expected) => {
    const closed = await caseWithEverything(database.db, 'BST-2026-0301', { closedOn: '2026-09-18' });
    const open = await caseWithEverything(database.db, 'BST-2026-0302');
    await runRetentionPass(database.db, fixedClock(instant), { ...SETTINGS, draftDays: 3650, submissionDays: 3650 });
    expect(await rowsOfCase(database.db, closed.id)).toEqual(expected);
    expect(await rowsOfCase(database.db, open.id)).toEqual(EVERYTHING);
  });

  it('audits the count per table under the closed-case rule, never the case reference', async () => {
    await caseWithEverything(database.db, 'BST-2026-0303', { closedOn: '2026-01-10' });
    await caseWithEverything(database.db, 'BST-2026-0304', { closedOn: '2026-02-10' });
    const result = await runRetentionPass(database.db, fixedClock(NOW), { ...SETTINGS, draftDays: 3650, submissionDays: 3650 });
    expect(result.categories.closedCases).toBe(2);
    const audit = (await retentionAudit(database.db)).filter((r) => r.reason === 'closedCases');
    expect(audit.map((r) => [r.target_kind, r.count])).toEqual([
      ['case', 2],
      ['case_member', 2],
      ['draft', 2],
      ['level_history', 4],
      ['level_proposal', 2],
      ['submission', 2],
    ]);
    expect(audit.every((r) => r.target_id === null && r.case_reference === null && r.actor_id === 'system')).toBe(true);
  });
});

describe('retention pass: batches and the time budget', () => {
  let database: DatabaseHandle;
  let caseId: string;
  beforeEach(async () => {
    database = await openTestDatabase();
    caseId = (await registerTestCase(database.db)).id;
  });
  afterEach(async () => {
    await database.close();
  });

  async function backlog(n: number): Promise<void> {
    const at = '2026-10-01T08:00:00.000Z';
    await database.db
      .insertInto('drafts')
      .values(
        Array.from({ length: n }, (_, i) => ({
          id: `draft-${String(i).padStart(5, '0')}`,
          user_id: STAFF.aadObjectId,
          case_id: caseId,
          dialogue: `d${i}`,
          step: 0,
          answers: '{}',
          status: 'open',
          open_slot: 'open',
          version: 1,
          created_at: at,
          updated_at: at,
          closed_at: null,
        })),
      )
      .execute();
  }

  it('a backlog of 1 234 drafts goes in batches of at most 100, each with its own audit row', async () => {
    await backlog(1234);
    const result = await runRetentionPass(database.db, fixedClock(NOW), { ...SETTINGS, batchSize: 100 });
    expect(result).toMatchObject({ complete: true, batches: 13, categories: { drafts: 1234 } });
    expect(await database.db.selectFrom('drafts').select('id').execute()).toEqual([]);
    const counts = (await retentionAudit(database.db)).map((r) => r.count!);
    expect(counts).toHaveLength(13);
    expect(Math.max(...counts)).toBe(100);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1234);
  });

  it('stops starting batches when the time budget is spent and finishes on the next run', async () => {
    await backlog(250);
    // Every reading of the clock is one second later: the budget of 2.5 s allows two batches.
    let t = new Date(NOW).getTime();
    const ticking: Clock = { now: () => new Date((t += 1000)) };
    const first = await runRetentionPass(database.db, ticking, { ...SETTINGS, batchSize: 100, timeBudgetMs: 2500 });
    expect(first.complete).toBe(false);
    expect(first.categories.drafts).toBeLessThan(250);
    expect(first.categories.drafts % 100).toBe(0);
    const second = await runRetentionPass(database.db, fixedClock(NOW), { ...SETTINGS, batchSize: 100 });
    expect(second).toMatchObject({ complete: true });
    expect(first.categories.drafts + second.categories.drafts).toBe(250);
  });
});

describe('retention: deletion is real in the SQLite file', () => {
  const SENT_MARKER = 'RADERINGSKONTROLL-skickad-5f3a91';
  const OPEN_MARKER = 'RADERINGSKONTROLL-oppen-c28d07';

  function fileBytes(file: string): string {
    return [file, `${file}-wal`]
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f).toString('latin1'))
      .join('');
  }
  const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

  it('leaves no trace of a purged draft or summary in the database file or its WAL', async () => {
    const database = await openTestDatabase();
    try {
      await registerTestCase(database.db);
      await caseworkerHasInstalled(database.db);
      const clock = testClock('2026-11-16T13:00:00.000Z');
      const bot = conversationHarness(database, clock);
      await sendUppstartsmote(bot, database, uppstartsmoteAnswers({ sinceMoveIn: SENT_MARKER }));
      // a second meeting started and left open with text in it
      let card = cardsOf(await bot.send('uppstartsmöte'))[0]!;
      card = (await bot.press(card, 'Nästa', uppstartsmoteAnswers()[0])).card!;
      await bot.press(card, 'Spara och fortsätt senare', { sinceMoveIn: OPEN_MARKER });

      const before = fileBytes(database.file);
      expect(before).toContain(latin1(SENT_MARKER));
      expect(before).toContain(latin1(OPEN_MARKER));

      const result = await runRetentionPass(database.db, fixedClock('2026-12-17T13:00:00.000Z'), SETTINGS);
      expect(result.categories).toMatchObject({ drafts: 2, submissions: 1 });
      expect(result.categories.outbox).toBeGreaterThanOrEqual(1);

      const after = fileBytes(database.file);
      expect(after).not.toContain(latin1(SENT_MARKER));
      expect(after).not.toContain(latin1(OPEN_MARKER));
      expect(fs.existsSync(`${database.file}-wal`) ? fs.statSync(`${database.file}-wal`).size : 0).toBe(0);
    } finally {
      await database.close();
    }
  });
});

describe('retention scheduler: once a day at RETENTION_TIME', () => {
  let database: DatabaseHandle;
  let caseId: string;
  beforeEach(async () => {
    database = await openTestDatabase();
    caseId = (await registerTestCase(database.db)).id;
  });
  afterEach(async () => {
    await database.close();
  });

  const config = { retention: { ...SETTINGS, timeOfDay: '03:30' }, auditRetentionDays: 730 };
  const drafts = async () => (await database.db.selectFrom('drafts').select('id').execute()).length;

  it('does nothing before the time, runs once at it, not again that day, and again the next day', async () => {
    // Last touched 2026-11-16 08:00Z: due 30 days later, from 2026-12-16 08:00Z.
    await createDraft(database.db, STAFF.aadObjectId, caseId, 'uppstartsmote', { note: 'x' }, new Date('2026-11-16T08:00:00.000Z'));
    await createDraft(database.db, STAFF.aadObjectId, caseId, 'uppfoljning', { note: 'y' }, new Date('2026-11-17T10:00:00.000Z'));
    const clock = testClock('2026-12-17T02:29:00.000Z'); // 03:29 in Stockholm
    const { logger, lines } = memoryLogger();
    const scheduler = startRetention({ db: database.db, clock, logger, config }, 3_600_000);
    try {
      expect(await scheduler.tick()).toBeNull();
      expect(await drafts()).toBe(2);
      clock.set('2026-12-17T02:30:00.000Z'); // 03:30
      expect((await scheduler.tick())?.categories.drafts).toBe(1);
      expect(lines().find((l) => l.msg === 'retention pass')).toMatchObject({ drafts: 1, complete: true, runDate: '2026-12-17' });
      // the second draft falls due later the same day: it waits for tomorrow's pass
      clock.set('2026-12-17T20:00:00.000Z');
      expect(await scheduler.tick()).toBeNull();
      expect(await drafts()).toBe(1);
      clock.set('2026-12-18T02:31:00.000Z');
      expect((await scheduler.tick())?.categories.drafts).toBe(1);
      expect(await drafts()).toBe(0);
    } finally {
      await scheduler.stop();
    }
  });

  it('a restarted instance does not run a day again; a pass cut short by its budget is not marked done', async () => {
    const clock = testClock('2026-12-17T03:00:00.000Z');
    const first = startRetention({ db: database.db, clock, logger: memoryLogger().logger, config }, 3_600_000);
    expect(await first.tick()).not.toBeNull();
    await first.stop();
    const second = startRetention({ db: database.db, clock, logger: memoryLogger().logger, config }, 3_600_000);
    expect(await second.tick()).toBeNull();
    await second.stop();

    let t = new Date('2026-12-18T03:00:00.000Z').getTime();
    const slow = startRetention({ db: database.db, clock: { now: () => new Date((t += 1000)) }, logger: memoryLogger().logger, config: { ...config, retention: { ...config.retention, timeBudgetMs: 1000 } } }, 3_600_000);
    await createDraft(database.db, STAFF.aadObjectId, caseId, 'x', {}, new Date('2026-10-01T00:00:00.000Z'));
    expect((await slow.tick())?.complete).toBe(false);
    expect(await slow.tick()).not.toBeNull(); // still due: not marked done
    await slow.stop();
  });
});
