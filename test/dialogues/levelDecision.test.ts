import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeWithSummary } from '../../src/dialogues/completeWithSummary';
import type { DatabaseHandle } from '../../src/storage/database';
import { levelHistoryOfCase } from '../../src/storage/levels.repository';
import { listByStatus } from '../../src/storage/outbox.repository';
import { assignRole } from '../../src/storage/roles.repository';
import { DECISION_MESSAGES } from '../../src/teams/handlers/levelDecision';
import { ONLY_RESPONSIBLE_CASEWORKER } from '../../src/teams/handlers/acknowledge';
import { LOCAL_TENANT } from '../../src/teams/identity';
import type { ClientCase } from '../../src/domain/cases';
import { conversationHarness, STAFF, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('the caseworker decides a proposed level change in the card', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let clientCase: ClientCase;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-12-10T09:00:00.000Z'));
    clientCase = await registerTestCase(database.db);
    await caseworkerHasInstalled(database.db);
    await assignRole(database.db, LOCAL_TENANT, 'enhetschef.test@example.se', 'unit_manager', 'Testenheten Hisingen', new Date('2026-11-01T00:00:00.000Z'));
  });
  afterEach(async () => {
    await database.close();
  });

  async function proposalCard(): Promise<Card> {
    await database.db.transaction().execute((tx) =>
      completeWithSummary(
        { tx, draftId: '00000000-0000-4000-8000-00000000d001', values: {}, answers: {}, ctx: { case: clientCase, today: '2026-12-10' }, userId: STAFF.aadObjectId, tenantId: LOCAL_TENANT, now: new Date('2026-12-10T09:00:00.000Z') },
        { kind: 'stodniva', title: 'Förslag om ändrad stödnivå', text: 'Förslag om ändrad stödnivå – BST-2026-0042', card: { title: 'Förslag om ändrad stödnivå', facts: [], sections: [] } },
        {},
        'Förslag från boendepersonalen.',
        { model: 'lagenhetsboende_2025', fromLevel: 'medel', proposedLevel: 'hog', direction: 'increase' },
      ),
    );
    const [message] = await listByStatus(database.db, 'pending');
    return (message!.payload as { card: Card }).card;
  }

  it('offers "Behåll medel" and "Ändra till hög" to the caseworker', async () => {
    const card = await proposalCard();
    const titles = (card.actions as Array<{ title: string }>).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Behåll medel', 'Ändra till hög', 'Mottaget']));
  });

  it('a change updates the level history and the case, and notifies staff and the unit manager, once', async () => {
    const card = await proposalCard();
    const decided = await bot.press(card, 'Ändra till hög', { effectiveDate: '2026-12-15', reason: 'Ökat behov under en längre period.' }, CASEWORKER);
    expect(JSON.stringify(decided.card)).toContain('Beslutat: hög från och med 2026-12-15.');
    expect(JSON.stringify(decided.card?.actions)).not.toContain('level.change');

    const history = await levelHistoryOfCase(database.db, clientCase.id);
    expect(history.map((h) => [h.level, h.validFrom, h.previousLevel, h.reasonCategory, h.decidedByRole])).toEqual([['hog', '2026-12-15', 'medel', 'increase', 'caseworker']]);
    const updated = await database.db.selectFrom('cases').select(['current_level', 'level_start_date']).where('id', '=', clientCase.id).executeTakeFirstOrThrow();
    expect(updated).toEqual({ current_level: 'hog', level_start_date: '2026-12-15' });

    const notices = (await listByStatus(database.db, 'pending')).filter((m) => m.kind === 'level_decision');
    expect(notices.map((n) => n.recipientUserId ?? n.recipientUpn).sort()).toEqual([STAFF.aadObjectId, 'enhetschef.test@example.se'].sort());
    expect(JSON.stringify(notices)).toContain('Excelfilen till administrationen');

    const audit = await database.db.selectFrom('audit_log').select(['action', 'actor_id', 'case_reference', 'reason']).where('action', '=', 'level.decided').execute();
    expect(audit).toEqual([{ action: 'level.decided', actor_id: CASEWORKER.aadObjectId, case_reference: 'BST-2026-0042', reason: 'changed' }]);

    const again = await bot.press(card, 'Behåll medel', { reason: 'Dubbelklick' }, CASEWORKER);
    expect(again.message).toBe(DECISION_MESSAGES.alreadyDecided);
    expect(await levelHistoryOfCase(database.db, clientCase.id)).toHaveLength(1);
  });

  it('keeping the level changes nothing in the register and tells the staff', async () => {
    const card = await proposalCard();
    const kept = await bot.press(card, 'Behåll medel', { reason: 'Behovet bedöms tillfälligt.' }, CASEWORKER);
    expect(JSON.stringify(kept.card)).toContain('Beslutat: medel behålls.');
    expect(await levelHistoryOfCase(database.db, clientCase.id)).toHaveLength(0);
    const notices = (await listByStatus(database.db, 'pending')).filter((m) => m.kind === 'level_decision');
    expect(notices.map((n) => n.recipientUserId)).toEqual([STAFF.aadObjectId]);
  });

  it('only the responsible caseworker can decide, and a change needs a valid date and a reason', async () => {
    const card = await proposalCard();
    expect((await bot.press(card, 'Ändra till hög', { effectiveDate: '2026-12-15', reason: 'x' }, STAFF)).message).toBe(ONLY_RESPONSIBLE_CASEWORKER);
    expect((await bot.press(card, 'Ändra till hög', { effectiveDate: '2026-02-30', reason: 'Skäl' }, CASEWORKER)).message).toBe(DECISION_MESSAGES.badDate);
    expect((await bot.press(card, 'Ändra till hög', { effectiveDate: '2026-12-15', reason: '' }, CASEWORKER)).message).toContain('Skäl till beslutet');
    expect(await levelHistoryOfCase(database.db, clientCase.id)).toHaveLength(0);
  });
});
