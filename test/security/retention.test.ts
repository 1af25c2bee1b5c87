import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { purgeExpired, startRetention } from '../../src/retention';
import { appendAudit, listAudit } from '../../src/storage/audit.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts.repository';
import { enqueue } from '../../src/storage/outbox.repository';
import { insertSubmission } from '../../src/storage/submissions.repository';
import { cardsOf, conversationHarness, STAFF } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { memoryLogger, openTestDatabase, testClock } from '../support/testDeps';
import { sendUppstartsmote, uppstartsmoteAnswers } from './flows';

const NOW = '2026-12-17T12:00:00.000Z';
/** 30 days before NOW: rows last touched before this go. */
const CUTOFF = '2026-11-17T12:00:00.000Z';

describe('retention: purgeExpired', () => {
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
    const result = await purgeExpired(database.db, fixedClock(NOW), 30);
    expect(result.drafts).toBe(kept ? 0 : 1);
    expect(await database.db.selectFrom('drafts').select('id').where('id', '=', id).execute()).toHaveLength(kept ? 1 : 0);
  });

  it('deletes sent summaries and outbox rows older than the retention, delivered or not, and audits every deletion', async () => {
    const old = await insertSubmission(database.db, { draftId: 'd-old', caseId, kind: 'uppstartsmote', sentBy: STAFF.aadObjectId, text: 'gammal', card: {} }, new Date('2026-11-02T08:00:00.000Z'));
    await insertSubmission(database.db, { draftId: 'd-new', caseId, kind: 'uppstartsmote', sentBy: STAFF.aadObjectId, text: 'ny', card: {} }, new Date('2026-12-01T08:00:00.000Z'));
    await enqueue(database.db, { idempotencyKey: 'old-pending', tenantId: 'tenant-x', recipientUpn: CASEWORKER.upn, kind: 'uppstartsmote', payload: { text: 'gammal' } }, new Date('2026-11-02T08:00:00.000Z'));
    await enqueue(database.db, { idempotencyKey: 'new', tenantId: 'tenant-x', recipientUpn: CASEWORKER.upn, kind: 'uppstartsmote', payload: { text: 'ny' } }, new Date('2026-12-16T08:00:00.000Z'));

    expect(await purgeExpired(database.db, fixedClock(NOW), 30)).toEqual({ drafts: 0, submissions: 1, outbox: 1, auditRows: 0 });
    expect((await database.db.selectFrom('submissions').select('text').execute()).map((r) => r.text)).toEqual(['ny']);
    expect((await database.db.selectFrom('outbox').select('idempotency_key').execute()).map((r) => r.idempotency_key)).toEqual(['new']);
    const audit = (await listAudit(database.db, { action: 'retention.deleted' })).sort((a, b) => a.targetKind!.localeCompare(b.targetKind!));
    expect(audit.map((r) => [r.targetKind, r.actorId, r.caseReference, r.tenantId])).toEqual([
      ['outbox', 'system', null, 'tenant-x'],
      ['submission', 'system', 'BST-2026-0042', 'local-tenant'],
    ]);
    expect(audit[1]!.targetId).toBe(old.id);
  });

  it('keeps audit rows for the audit retention and then removes them, leaving a trace', async () => {
    await appendAudit(database.db, { tenantId: 't', actorId: 'a', action: 'summary.sent', outcome: 'success' }, new Date('2024-12-01T00:00:00.000Z'));
    await appendAudit(database.db, { tenantId: 't', actorId: 'a', action: 'summary.viewed', outcome: 'success' }, new Date('2025-12-18T00:00:00.000Z'));
    const result = await purgeExpired(database.db, fixedClock(NOW), 30, { auditDays: 730 });
    expect(result.auditRows).toBe(1);
    expect((await listAudit(database.db)).map((r) => r.action)).toEqual(['summary.viewed', 'retention.deleted']);
  });

  it('refuses a nonsensical retention', async () => {
    await expect(purgeExpired(database.db, fixedClock(NOW), 0)).rejects.toThrow(RangeError);
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

      const result = await purgeExpired(database.db, fixedClock('2026-12-17T13:00:00.000Z'), 30);
      expect(result).toMatchObject({ drafts: 2, submissions: 1 });
      expect(result.outbox).toBeGreaterThanOrEqual(1);

      const after = fileBytes(database.file);
      expect(after).not.toContain(latin1(SENT_MARKER));
      expect(after).not.toContain(latin1(OPEN_MARKER));
      expect(fs.existsSync(`${database.file}-wal`) ? fs.statSync(`${database.file}-wal`).size : 0).toBe(0);
    } finally {
      await database.close();
    }
  });
});

describe('retention scheduler', () => {
  it('purges on its first run and stops cleanly', async () => {
    const database = await openTestDatabase();
    try {
      const caseId = (await registerTestCase(database.db)).id;
      await createDraft(database.db, STAFF.aadObjectId, caseId, 'uppstartsmote', { note: 'x' }, new Date('2026-10-01T00:00:00.000Z'));
      const { logger, lines } = memoryLogger();
      const scheduler = startRetention({ db: database.db, clock: fixedClock(NOW), logger, config: { retentionDays: 30, auditRetentionDays: 730 } }, { firstRunMs: 1, intervalMs: 60_000 });
      for (let i = 0; i < 100 && !lines().some((l) => l.msg === 'retention purge'); i++) await new Promise((r) => setTimeout(r, 20));
      await scheduler.stop();
      expect(lines().find((l) => l.msg === 'retention purge')).toMatchObject({ drafts: 1, retentionDays: 30 });
      expect(await scheduler.runNow()).toEqual({ drafts: 0, submissions: 0, outbox: 0, auditRows: 0 });
    } finally {
      await database.close();
    }
  });
});
