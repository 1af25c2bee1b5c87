import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEAM_SERVICE_MESSAGES } from '../../src/team/service';
import { TEAM_MESSAGES } from '../../src/domain/caseTeam';
import type { ClientCase } from '../../src/domain/cases';
import { listTeam } from '../../src/storage/caseTeam.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { findDraft } from '../../src/storage/drafts.repository';
import { runReminderPass } from '../../src/reminders/scheduler';
import { conversationHarness, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { body, COLLEAGUE, CREATOR, everyoneHasOpenedStodlotsen, MANAGER, OUTSIDER, pressTeam, say, SUBSTITUTE } from './support';

describe('the case team through the real Application', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let clock: ReturnType<typeof testClock>;
  let clientCase: ClientCase;
  beforeEach(async () => {
    database = await openTestDatabase();
    clock = testClock('2026-12-10T09:00:00.000Z');
    bot = conversationHarness(database, clock);
    clientCase = await registerTestCase(database.db);
    await everyoneHasOpenedStodlotsen(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  const outbox = (kind: string) => database.db.selectFrom('outbox').select(['recipient_user_id', 'payload']).where('kind', '=', kind).orderBy('created_at').execute();
  const audit = (action: string) => database.db.selectFrom('audit_log').select(['actor_id', 'action', 'outcome', 'case_reference', 'reason']).where('action', '=', action).execute();
  const myCases = async (who: typeof CREATOR) => body((await say(bot, 'mina ärenden', who)).cards[0]);

  it('the contact staff adds a colleague; both see the case in "mina ärenden", an outsider does not', async () => {
    expect(await myCases(COLLEAGUE)).not.toContain('BST-2026-0042');
    const [card] = (await say(bot, 'ärendeteam')).cards;
    expect(body(card)).toContain('kontakt.ett@example.se: kontaktpersonal');

    const added = await pressTeam(bot, card!, 'Lägg till', { t_upn: 'Kontakt.Tva@example.se', t_role: 'staff', t_from: '', t_to: '' });
    expect(body(added.card)).toContain('kontakt.tva@example.se är tillagd som kontaktpersonal.');
    expect(body(added.card)).toContain('kontakt.tva@example.se: kontaktpersonal');
    expect(await myCases(CREATOR)).toContain('BST-2026-0042');
    expect(await myCases(COLLEAGUE)).toContain('BST-2026-0042');
    expect(await myCases(OUTSIDER)).not.toContain('BST-2026-0042');

    expect((await outbox('team')).map((r) => r.recipient_user_id)).toEqual([COLLEAGUE.aadObjectId]);
    expect(await audit('team.member_added')).toEqual([{ actor_id: CREATOR.aadObjectId, action: 'team.member_added', outcome: 'success', case_reference: 'BST-2026-0042', reason: 'staff' }]);
  });

  it.each([
    ['an unknown e-mail', { t_upn: 'ny.person@example.se', t_role: 'staff' }, TEAM_SERVICE_MESSAGES.unknownColleague],
    ['no e-mail', { t_upn: '', t_role: 'staff' }, TEAM_SERVICE_MESSAGES.badUpn],
    ['a substitute without dates', { t_upn: SUBSTITUTE.upn, t_role: 'substitute' }, TEAM_MESSAGES.substituteNeedsDates],
    ['a substitute whose range is over', { t_upn: SUBSTITUTE.upn, t_role: 'substitute', t_from: '2026-11-01', t_to: '2026-11-30' }, TEAM_MESSAGES.rangeOver],
    ['an unknown role', { t_upn: SUBSTITUTE.upn, t_role: 'chef' }, TEAM_SERVICE_MESSAGES.chooseRole],
  ])('refuses %s with a clear Swedish message and changes nothing', async (_label, inputs, message) => {
    const [card] = (await say(bot, 'ärendeteam')).cards;
    const answer = await pressTeam(bot, card!, 'Lägg till', inputs);
    expect(body(answer.card)).toContain(message);
    expect((await listTeam(database.db, clientCase.id)).map((m) => m.userId)).toEqual([CREATOR.aadObjectId]);
  });

  it('a substitute counts only within the date range: "mina ärenden" and the reminders, before, within and after', async () => {
    const [card] = (await say(bot, 'ärendeteam')).cards;
    const added = await pressTeam(bot, card!, 'Lägg till', { t_upn: SUBSTITUTE.upn, t_role: 'substitute', t_from: '2026-12-21', t_to: '2026-12-31' });
    expect(body(added.card)).toContain('vikarie.test@example.se: vikarie 2026-12-21 – 2026-12-31 (gäller inte i dag)');

    const staffReminderRecipients = async (today: string) => {
      await runReminderPass(database.db, today, clock.now());
      const rows = await database.db.selectFrom('outbox').select(['recipient_user_id', 'idempotency_key']).where('kind', '=', 'reminder').execute();
      return new Set(rows.filter((r) => r.idempotency_key.includes(`:${today}:`)).map((r) => r.recipient_user_id));
    };
    for (const [today, instant, sees] of [
      ['2026-12-18', '2026-12-18T09:00:00.000Z', false],
      ['2026-12-21', '2026-12-21T09:00:00.000Z', true],
      ['2026-12-31', '2026-12-31T22:59:00.000Z', true], // 23:59 in Stockholm: still the last day
      ['2027-01-04', '2027-01-04T09:00:00.000Z', false],
    ] as const) {
      clock.set(instant);
      expect(await myCases(SUBSTITUTE), today).toContain(sees ? 'BST-2026-0042' : 'inga pågående ärenden');
      const recipients = await staffReminderRecipients(today);
      expect(recipients.has(CREATOR.aadObjectId), today).toBe(true);
      expect(recipients.has(SUBSTITUTE.aadObjectId), today).toBe(sees);
    }
  });

  it('the unit manager changes the team; removing the last contact staff is refused', async () => {
    const [card] = (await say(bot, 'ärendeteam', MANAGER)).cards;
    const refused = await pressTeam(bot, card!, 'Lägg till', { t_upn: SUBSTITUTE.upn, t_role: 'substitute', t_from: '2026-12-10', t_to: '2026-12-12' }, MANAGER);
    expect(body(refused.card)).toContain('är tillagd som vikarie från 2026-12-10 till och med 2026-12-12');
    const last = await pressTeam(bot, refused.card!, 'Ta bort', { t_remove: `staff:${CREATOR.aadObjectId}` }, MANAGER);
    expect(body(last.card)).toContain(TEAM_MESSAGES.lastStaff);
    const removed = await pressTeam(bot, last.card!, 'Ta bort', { t_remove: `substitute:${SUBSTITUTE.aadObjectId}` }, MANAGER);
    expect(body(removed.card)).toContain('vikarie.test@example.se är borttagen ur teamet.');
    expect((await audit('team.member_removed')).map((a) => [a.actor_id, a.reason])).toEqual([[MANAGER.aadObjectId, 'substitute']]);
    expect((await outbox('team')).map((r) => r.recipient_user_id)).toEqual([SUBSTITUTE.aadObjectId, SUBSTITUTE.aadObjectId]);
  });

  it('"byt kontaktpersonal" moves the case with its draft and deadlines; both are told; it is audited', async () => {
    const [draftCard] = (await say(bot, 'uppföljning')).cards;
    const draftId = String((draftCard!.actions as Array<{ data: { draftId: string } }>)[0]!.data.draftId);
    const [card] = (await say(bot, 'byt kontaktpersonal')).cards;
    expect(body(card)).toContain('Byt kontaktpersonal');
    const done = await pressTeam(bot, card!, 'Byt kontaktpersonal', { t_handoverFrom: CREATOR.aadObjectId, t_handoverTo: COLLEAGUE.upn });
    expect(body(done.card)).toContain('Ärendet är överlämnat från kontakt.ett@example.se till kontakt.tva@example.se med 1 utkast. Båda har fått ett meddelande.');

    expect((await listTeam(database.db, clientCase.id)).map((m) => [m.userId, m.role])).toEqual([[COLLEAGUE.aadObjectId, 'staff']]);
    expect(await findDraft(database.db, draftId)).toMatchObject({ userId: COLLEAGUE.aadObjectId, status: 'open' });
    expect(await myCases(CREATOR)).not.toContain('BST-2026-0042');
    expect(await myCases(COLLEAGUE)).toContain('BST-2026-0042');
    expect(body((await say(bot, 'mina utkast', COLLEAGUE)).cards[0])).toContain('Underlag för uppföljning');

    const told = await outbox('team');
    expect(told.map((r) => r.recipient_user_id)).toEqual([CREATOR.aadObjectId, COLLEAGUE.aadObjectId]);
    expect(told[0]!.payload).toContain('har lämnats över till kontakt.tva@example.se');
    expect(told[1]!.payload).toContain('Du är nu kontaktpersonal i ärende BST-2026-0042');
    expect(await audit('team.handover')).toEqual([{ actor_id: CREATOR.aadObjectId, action: 'team.handover', outcome: 'success', case_reference: 'BST-2026-0042', reason: 'staff' }]);

    // the deadlines follow: the overdue genomförandeplan now reminds the new contact staff only
    await runReminderPass(database.db, '2026-12-10', clock.now());
    const reminded = await database.db.selectFrom('outbox').select('recipient_user_id').where('kind', '=', 'reminder').where('recipient_user_id', 'is not', null).execute();
    expect(new Set(reminded.map((r) => r.recipient_user_id))).toEqual(new Set([COLLEAGUE.aadObjectId]));
  });

  it('the unit manager hands a case over too, and keeps seeing the team afterwards', async () => {
    const [card] = (await say(bot, 'byt kontaktpersonal', MANAGER)).cards;
    const done = await pressTeam(bot, card!, 'Byt kontaktpersonal', { t_handoverFrom: CREATOR.aadObjectId, t_handoverTo: SUBSTITUTE.upn }, MANAGER);
    expect(body(done.card)).toContain('Ärendets team');
    expect(body(done.card)).toContain('vikarie.test@example.se: kontaktpersonal');
    expect(body(done.card)).not.toContain('kontakt.ett@example.se: kontaktpersonal');
    expect((await audit('team.handover')).map((a) => a.actor_id)).toEqual([MANAGER.aadObjectId]);
    const again = await pressTeam(bot, card!, 'Byt kontaktpersonal', { t_handoverFrom: CREATOR.aadObjectId, t_handoverTo: SUBSTITUTE.upn }, MANAGER);
    expect(body(again.card)).toContain(TEAM_MESSAGES.handoverFromNotStaff);
  });

  it('the responsible caseworker sees the case but may not change its team', async () => {
    const [card] = (await say(bot, 'ärendeteam', CASEWORKER)).cards;
    expect(body(card)).toContain(TEAM_SERVICE_MESSAGES.noCases);
  });
});
