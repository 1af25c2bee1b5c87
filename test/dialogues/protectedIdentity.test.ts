import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus } from '../../src/storage/outbox.repository';
import { ONLY_RESPONSIBLE_CASEWORKER } from '../../src/teams/handlers/acknowledge';
import { cardsOf, conversationHarness, STAFF, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('protected identity: the notification carries only the case reference', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-16T13:00:00.000Z'));
    await registerTestCase(database.db, { protectedIdentity: true });
    await caseworkerHasInstalled(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  async function sendUppstartsmote(): Promise<Card> {
    let card = cardsOf(await bot.send('uppstartsmöte'))[0]!;
    const steps: Record<string, string>[] = [
      { date: '2026-11-16', 'participants.roles': 'client,caseworker,contactStaff' },
      { sinceMoveIn: 'Hemlig detalj om hälsan.' },
      { assignmentReview: 'Genomgånget.' },
      { 'clientGoals.thoughtsAndGoals': 'Eget kontrakt.' },
      { 'followUp.how': 'Möte.', 'followUp.firstMeetingDate': '2027-01-12' },
      { 'levelCheck.levelId': 'medel', 'levelCheck.outcome': 'confirmed' },
    ];
    for (const [i, values] of steps.entries()) card = (await bot.press(card, i === steps.length - 1 ? 'Förhandsgranska' : 'Nästa', values)).card!;
    await bot.press(card, 'Skicka');
    const [message] = await listByStatus(database.db, 'pending');
    expect(JSON.stringify(message!.payload)).not.toContain('Hemlig detalj');
    expect(JSON.stringify(message!.payload)).toContain('BST-2026-0042');
    return (message!.payload as { card: Card }).card;
  }

  it('shows the summary only when the responsible caseworker asks, and audits it', async () => {
    const notice = await sendUppstartsmote();
    expect((await bot.press(notice, 'Visa sammanfattning', {}, STAFF)).message).toBe(ONLY_RESPONSIBLE_CASEWORKER);
    const shown = await bot.press(notice, 'Visa sammanfattning', {}, CASEWORKER);
    expect(JSON.stringify(shown.card)).toContain('Hemlig detalj om hälsan.');
    const audit = await database.db.selectFrom('audit_log').select(['action', 'outcome']).where('action', '=', 'summary.viewed').orderBy('at').execute();
    expect(audit).toEqual([
      { action: 'summary.viewed', outcome: 'refused' },
      { action: 'summary.viewed', outcome: 'success' },
    ]);
  });
});
