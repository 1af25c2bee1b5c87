import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ONLY_RESPONSIBLE_CASEWORKER } from '../../src/teams/handlers/acknowledge';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus } from '../../src/storage/outbox.repository';
import { cardsOf, conversationHarness, STAFF, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('the caseworker acknowledges a summary ("Mottaget")', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-16T13:00:00.000Z'));
    await registerTestCase(database.db);
    await caseworkerHasInstalled(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  async function sentSummaryCard(): Promise<Card> {
    let card = cardsOf(await bot.send('uppstartsmöte'))[0]!;
    const answers: Record<string, string>[] = [
      { date: '2026-11-16', 'participants.roles': 'client,caseworker,contactStaff' },
      { sinceMoveIn: 'Bra.' },
      { assignmentReview: 'Genomgånget.' },
      { 'clientGoals.thoughtsAndGoals': 'Eget kontrakt.' },
      { 'followUp.how': 'Möte.', 'followUp.firstMeetingDate': '2027-01-12' },
      { 'levelCheck.levelId': 'medel', 'levelCheck.outcome': 'confirmed' },
    ];
    for (const [i, a] of answers.entries()) card = (await bot.press(card, i === answers.length - 1 ? 'Förhandsgranska' : 'Nästa', a)).card!;
    await bot.press(card, 'Skicka');
    const [message] = await listByStatus(database.db, 'pending');
    return (message!.payload as { card: Card }).card;
  }

  it('records the acknowledgement once, updates the card and tells the sender', async () => {
    const card = await sentSummaryCard();
    expect(JSON.stringify(card)).toContain('Text för Treserva');
    const acknowledged = await bot.press(card, 'Mottaget', {}, CASEWORKER);
    expect(JSON.stringify(acknowledged.card)).toContain('Mottaget 2026-11-16.');
    expect(JSON.stringify(acknowledged.card?.actions)).not.toContain('summary.acknowledge');
    await bot.press(card, 'Mottaget', {}, CASEWORKER);
    const toStaff = (await listByStatus(database.db, 'pending')).filter((m) => m.kind === 'acknowledged');
    expect(toStaff).toHaveLength(1);
    expect(toStaff[0]!.recipientUserId).toBe(STAFF.aadObjectId);
  });

  it('refuses anyone but the responsible caseworker, on the server', async () => {
    const card = await sentSummaryCard();
    const byStaff = await bot.press(card, 'Mottaget', {}, STAFF);
    expect(byStaff.message).toBe(ONLY_RESPONSIBLE_CASEWORKER);
    const row = await database.db.selectFrom('submissions').select('acknowledged_at').executeTakeFirstOrThrow();
    expect(row.acknowledged_at).toBeNull();
  });
});
