import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as auditRepository from '../../src/storage/audit.repository';
import { listAudit } from '../../src/storage/audit.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { ERROR_TEXT } from '../../src/teams/turnHandler';
import { cardsOf, conversationHarness, STAFF, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { sendUppstartsmote, uppstartsmoteAnswers, uppstartsmotePreview } from './flows';

const MARKER = 'Granskningsmarkör-7c1e: hemligt innehåll';

describe('the audit log records who did what, never the content', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let clock: ReturnType<typeof testClock>;
  beforeEach(async () => {
    database = await openTestDatabase();
    clock = testClock('2026-11-16T13:00:00.000Z');
    bot = conversationHarness(database, clock);
  });
  afterEach(async () => {
    await database.close();
  });

  it('records a case registration with its reference', async () => {
    let card = cardsOf(await bot.send('nytt ärende'))[0]!;
    card = (await bot.press(card, 'Nästa', { caseReference: 'BST-2026-0099', unit: 'Testenheten Hisingen', service: 'socialt_boende_med_stod', housingForm: 'lagenhetsboende' })).card!;
    card = (await bot.press(card, 'Nästa', { movedInDate: '2026-11-09', levelModel: 'lagenhetsboende_2025' })).card!;
    card = (await bot.press(card, 'Nästa', { currentLevel: 'hog', levelStartDate: '2026-11-09' })).card!;
    card = (await bot.press(card, 'Förhandsgranska', { caseworkerUpn: CASEWORKER.upn, paysRent: 'false', protectedIdentity: 'false' })).card!;
    await bot.press(card, 'Spara');
    const caseId = (await database.db.selectFrom('cases').select('id').executeTakeFirstOrThrow()).id;
    expect(await listAudit(database.db)).toEqual([
      expect.objectContaining({ action: 'case.created', outcome: 'success', tenantId: LOCAL_TENANT, actorId: STAFF.aadObjectId, caseReference: 'BST-2026-0099', targetKind: 'case', targetId: caseId }),
    ]);
  });

  describe('with a case', () => {
    beforeEach(async () => {
      await registerTestCase(database.db);
      await caseworkerHasInstalled(database.db);
    });

    it('records a sent summary, in the same transaction as the send', async () => {
      await sendUppstartsmote(bot, database, uppstartsmoteAnswers({ sinceMoveIn: MARKER }));
      const draftId = (await database.db.selectFrom('submissions').select('draft_id').executeTakeFirstOrThrow()).draft_id;
      expect(await listAudit(database.db)).toEqual([
        expect.objectContaining({ action: 'summary.sent', actorId: STAFF.aadObjectId, caseReference: 'BST-2026-0042', targetKind: 'draft', targetId: draftId, reason: 'uppstartsmote' }),
      ]);
      expect(JSON.stringify(await listAudit(database.db))).not.toContain('Granskningsmarkör');
    });

    it('does not send when the audit row cannot be written (nothing is sent unaudited)', async () => {
      const preview = await uppstartsmotePreview(bot);
      await sql`drop table audit_log`.execute(database.db);
      expect((await bot.press(preview, 'Skicka')).message).toBe(ERROR_TEXT);
      expect(await database.db.selectFrom('submissions').selectAll().execute()).toEqual([]);
      expect(await database.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
      expect((await database.db.selectFrom('drafts').select('status').executeTakeFirstOrThrow()).status).toBe('open');
    });

    it('records a discarded draft', async () => {
      const card = cardsOf(await bot.send('uppstartsmöte'))[0]!;
      await bot.press(card, 'Kasta utkastet');
      const draftId = (await database.db.selectFrom('drafts').select('id').executeTakeFirstOrThrow()).id;
      expect(await listAudit(database.db)).toEqual([expect.objectContaining({ action: 'draft.discarded', caseReference: 'BST-2026-0042', targetKind: 'draft', targetId: draftId })]);
    });

    it('records the acknowledgement, a later view, and a refused attempt by someone else', async () => {
      const { notification } = await sendUppstartsmote(bot, database);
      await bot.press(notification, 'Mottaget', {}, STAFF);
      clock.set('2026-11-16T13:01:00.000Z');
      await bot.press(notification, 'Mottaget', {}, CASEWORKER);
      clock.set('2026-11-16T13:02:00.000Z');
      await bot.press(notification, 'Mottaget', {}, CASEWORKER);
      const submissionId = (await database.db.selectFrom('submissions').select('id').executeTakeFirstOrThrow()).id;
      const rows = (await listAudit(database.db)).filter((r) => r.targetKind === 'submission');
      expect(rows.map((r) => [r.action, r.outcome, r.actorId, r.reason])).toEqual([
        ['summary.acknowledged', 'refused', STAFF.aadObjectId, 'not_responsible_caseworker'],
        ['summary.acknowledged', 'success', CASEWORKER.aadObjectId, null],
        ['summary.viewed', 'success', CASEWORKER.aadObjectId, null],
      ]);
      expect(rows.every((r) => r.targetId === submissionId && r.caseReference === 'BST-2026-0042')).toBe(true);
    });
  });
});

describe('the audit repository', () => {
  it('offers append and read, and deletion only for retention – no update', () => {
    expect(Object.keys(auditRepository).sort()).toEqual(['appendAudit', 'deleteAuditBatch', 'listAudit']);
  });

  it('clips identifiers to the column widths (an activity can carry anything)', async () => {
    const database = await openTestDatabase();
    try {
      await auditRepository.appendAudit(database.db, { tenantId: 't'.repeat(500), actorId: 'a'.repeat(5000), action: 'turn.dropped', outcome: 'dropped', targetKind: 'activity', targetId: 'x'.repeat(900) }, new Date('2026-11-16T13:00:00.000Z'));
      const [row] = await listAudit(database.db);
      expect([row!.tenantId!.length, row!.actorId.length, row!.targetId!.length]).toEqual([64, 256, 256]);
    } finally {
      await database.close();
    }
  });
});
