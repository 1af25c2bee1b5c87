import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prefillFromUnderlag } from '../../src/dialogues/uppfoljningsmote';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus } from '../../src/storage/outbox.repository';
import { cardActions, cardsOf, conversationHarness, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

const body = (card: Card) => JSON.stringify(card.body);

describe('the caseworker’s uppföljningsmöte checklist, prefilled from the staff’s underlag', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-23T09:00:00.000Z'));
    await caseworkerHasInstalled(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  async function press(card: Card, values: Record<string, string>, from = CASEWORKER): Promise<Card> {
    const button = cardActions(card).some((a) => a.title === 'Nästa') ? 'Nästa' : 'Förhandsgranska';
    return (await bot.press(card, button, values, from)).card!;
  }

  async function sendUnderlag(): Promise<Card> {
    let card = cardsOf(await bot.send('uppföljning'))[0]!;
    const steps: Record<string, string>[] = [
      { date: '2026-11-20', 'conditions.boendekartlaggningDone': 'false' },
      { sinceLastFollowUp: 'Lugnt i boendet.' },
      { 'rentPayment.status': 'paid', 'rentPayment.comment': '' },
      { significantEvents: '' },
      { 'goals.0.goal': 'Betala hyran i tid', 'goals.0.fulfilment': 'met', 'goals.0.achievedHow': 'Autogiro.', 'goals.0.remaining': '', 'goals.0.more': 'false' },
      { newNeeds: '' },
      { 'conditions.levelChangeRelevant': 'false' },
      { clientPerspective: 'Trivs.' },
    ];
    for (const values of steps) card = (await bot.press(card, cardActions(card).some((a) => a.title === 'Nästa') ? 'Nästa' : 'Förhandsgranska', values)).card!;
    await bot.press(card, 'Skicka');
    const [message] = await listByStatus(database.db, 'pending');
    return (message!.payload as { card: Card }).card;
  }

  it('maps underlag answers onto the meeting checklist', () => {
    expect(
      prefillFromUnderlag({
        sinceLastFollowUp: 'Lugnt.',
        'goals.0.goal': 'Betala hyran',
        'goals.0.fulfilment': 'partly_met',
        'goals.0.remaining': 'Skulden.',
        'goals.1.goal': 'Laga mat',
        'goals.1.fulfilment': 'met',
        'rentPayment.status': 'paid',
      }),
    ).toEqual({
      sinceLastFollowUp: 'Lugnt.',
      rentPaid: 'Betald',
      'assignmentCheck.goalsMet': 'Mål 1: Betala hyran – delvis uppfyllt\nMål 2: Laga mat – uppfyllt',
      'assignmentCheck.remaining': 'Mål 1: Skulden.',
      'conditions.levelChangeRelevant': 'false',
    });
  });

  it('opens from the underlag card, carries the underlag over, and ends with Treserva text and the next meeting booked', async () => {
    const c = await registerTestCase(database.db);
    const summary = await sendUnderlag();
    const opened = (await bot.press(summary, 'Förbered uppföljningsmötet', {}, CASEWORKER)).card!;
    expect(body(opened)).toContain('Uppföljningsmöte');
    expect(body(opened)).toContain('Lugnt i boendet.');

    let card = await press(opened, { date: '2026-11-23', sinceLastFollowUp: 'Lugnt i boendet, bekräftat på mötet.' });
    card = await press(card, { rentPaid: 'Betald' });
    card = await press(card, { progress: 'Har börjat söka lägenheter.' });
    card = await press(card, { significantEvents: '' });
    expect(body(card)).toContain('Mål 1: Betala hyran i tid – uppfyllt');
    card = await press(card, { 'assignmentCheck.goalsMet': 'Mål 1: Betala hyran i tid – uppfyllt', 'assignmentCheck.achievedHow': 'Autogiro.', 'assignmentCheck.remaining': '' });
    card = await press(card, { newNeeds: '' });
    card = await press(card, { 'conditions.levelChangeRelevant': 'false' });
    card = await press(card, { 'nextMeeting.date': '2027-03-02', 'nextMeeting.time': '13:30' });
    const preview = await press(card, { clientExperience: 'Känner sig trygg.' });
    const done = (await bot.press(preview, 'Klar', {}, CASEWORKER)).card!;
    const text = JSON.stringify(done);
    expect(text).toContain('Kopiera texten nedan till journalen i Treserva');
    expect(text).toContain('2027-03-02 kl. 13:30');
    const row = await database.db.selectFrom('cases').select(['follow_up_booked_at', 'last_underlag_date']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ follow_up_booked_at: '2027-03-02T13:30', last_underlag_date: null });
  });
});
