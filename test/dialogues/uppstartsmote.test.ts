import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/dialogues/service';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus } from '../../src/storage/outbox.repository';
import { MALFORMED_CARD_TEXT } from '../../src/teams/cardData';
import { cardsOf, conversationHarness, executeActivity, inputIds, invokeResult, type Card, type ConversationHarness } from '../support/conversation';
import { caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

const STEP_ANSWERS: Array<[string, Record<string, string>]> = [
  ['Mötet', { date: '2026-11-16', 'participants.roles': 'client,caseworker,contactStaff', 'participants.others': 'tolk' }],
  ['1. Hur det har fungerat sedan inflyttningen', { sinceMoveIn: 'Har kommit till ro i lägenheten.' }],
  ['2. Genomgång och revidering av uppdraget', { assignmentReview: 'Uppdraget gicks igenom; stöd med ekonomi läggs till.' }],
  ['3. Den enskildes tankar och mål', { 'clientGoals.thoughtsAndGoals': 'Vill ha eget kontrakt.', 'clientGoals.prioritisedGoals': 'Betala hyran själv.' }],
  ['4. Uppföljning', { 'followUp.how': 'Möte på boendet.', 'followUp.firstMeetingDate': '2027-01-12', 'followUp.firstMeetingTime': '10:00' }],
  ['Avstämning av stödnivå', { 'levelCheck.levelId': 'medel', 'levelCheck.outcome': 'confirmed' }],
];

function stepTitle(card: Card): string {
  return JSON.stringify(card.body);
}

describe('uppstartsmöte dialogue through the real Application', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-16T13:00:00.000Z'));
  });
  afterEach(async () => {
    await database.close();
  });

  async function start(): Promise<Card> {
    const cards = cardsOf(await bot.send('uppstartsmöte'));
    expect(cards).toHaveLength(1);
    return cards[0]!;
  }

  async function completeAllSteps(first: Card): Promise<Card> {
    let card = first;
    for (const [title, answers] of STEP_ANSWERS) {
      expect(stepTitle(card)).toContain(title);
      const button = title === 'Avstämning av stödnivå' ? 'Förhandsgranska' : 'Nästa';
      const result = await bot.press(card, button, answers);
      card = result.card!;
    }
    return card;
  }

  it('tells a user without cases how to register one', async () => {
    const replies = await bot.send('uppstartsmöte');
    expect(JSON.stringify(cardsOf(replies))).toContain('nytt ärende');
  });

  it('walks the four agenda points and the level check, previews the Treserva text in checklist order, and sends it once to the caseworker', async () => {
    const c = await registerTestCase(database.db);
    await caseworkerHasInstalled(database.db);
    const first = await start();
    expect(stepTitle(first)).toContain('Ärende BST-2026-0042 · Steg 1 av 6');
    const preview = await completeAllSteps(first);
    const text = JSON.stringify(preview.body);
    const order = ['Deltagare', 'Hur det har fungerat sedan inflyttningen', 'Genomgång och revidering av uppdraget', 'Den enskildes tankar och mål', 'Uppföljning', 'Avstämning av stödnivå'];
    const positions = order.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('2027-01-12 kl. 10:00');

    const sent = await bot.press(preview, 'Skicka');
    expect(JSON.stringify(sent.card)).toContain('skickad till ansvarig socialsekreterare');

    const outbox = await listByStatus(database.db, 'pending');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.recipientUpn).toBe('handlaggare.test@example.se');
    expect(JSON.stringify(outbox[0]!.payload)).toContain('Har kommit till ro i lägenheten.');

    const updated = await database.db.selectFrom('cases').select(['uppstartsmote_date', 'follow_up_booked_at']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(updated).toEqual({ uppstartsmote_date: '2026-11-16', follow_up_booked_at: '2027-01-12T10:00' });

    // a double click on "Skicka" (the same card pressed again) sends nothing more
    const again = await bot.press(preview, 'Skicka');
    expect(JSON.stringify(again.card)).toContain(MESSAGES.alreadySent);
    expect(await listByStatus(database.db, 'pending')).toHaveLength(1);
  });

  it('keeps what was typed when a required answer is missing, and says which', async () => {
    await registerTestCase(database.db);
    const first = await start();
    const second = (await bot.press(first, 'Nästa', STEP_ANSWERS[0]![1])).card!;
    const result = (await bot.press(second, 'Nästa', { sinceMoveIn: '   ' })).card!;
    expect(JSON.stringify(result.body)).toContain('”Hur det har fungerat sedan inflyttningen”');
    expect(JSON.stringify(result.body)).toContain('Steg 2 av 6');
  });

  it('blocks a personnummer in free text, explains why, and never stores it', async () => {
    await registerTestCase(database.db);
    const first = await start();
    const second = (await bot.press(first, 'Nästa', STEP_ANSWERS[0]![1])).card!;
    const pnr = ['19', '9403', '17', '482', String(checkDigit('940317482'))].join('');
    const result = (await bot.press(second, 'Nästa', { sinceMoveIn: `Kontakt med ${pnr.slice(0, 8)}-${pnr.slice(8)} idag` })).card!;
    expect(JSON.stringify(result.body)).toContain('personnummer');
    const drafts = await database.db.selectFrom('drafts').select('answers').execute();
    expect(JSON.stringify(drafts)).not.toContain(pnr.slice(2, 8));
  });

  it('goes back without losing answers and resumes after a restart from "mina utkast"', async () => {
    await registerTestCase(database.db);
    const first = await start();
    const second = (await bot.press(first, 'Nästa', STEP_ANSWERS[0]![1])).card!;
    const back = (await bot.press(second, 'Tillbaka', { sinceMoveIn: 'Halvskrivet svar' })).card!;
    expect(JSON.stringify(back.body)).toContain('Steg 1 av 6');

    // a new app instance on the same database: the draft is still there
    const restarted = conversationHarness(database, testClock('2026-11-17T08:00:00.000Z'));
    const list = cardsOf(await restarted.send('mina utkast'))[0]!;
    expect(JSON.stringify(list)).toContain('Uppstartsmöte – ärende BST-2026-0042');
    const resumed = (await restarted.press(list, 'Fortsätt: Uppstartsmöte BST-2026-0042')).card!;
    const forward = (await restarted.press(resumed, 'Nästa', STEP_ANSWERS[0]![1])).card!;
    expect(JSON.stringify(forward.body)).toContain('Halvskrivet svar');
  });

  it('answers a stale card with the current state instead of applying it', async () => {
    await registerTestCase(database.db);
    const first = await start();
    await bot.press(first, 'Nästa', STEP_ANSWERS[0]![1]);
    const stale = (await bot.press(first, 'Nästa', { date: '2026-11-20' })).card!;
    expect(JSON.stringify(stale.body)).toContain('inte längre aktuellt');
    expect(JSON.stringify(stale.body)).toContain('Steg 2 av 6');
  });

  it('answers malformed card data with a clear Swedish message', async () => {
    await registerTestCase(database.db);
    await start();
    const result = invokeResult(await bot.send(executeActivity('dialogue.next', { draftId: 'not-a-uuid', version: 'x' })));
    expect(result.message).toBe(MALFORMED_CARD_TEXT);
    expect(result.message).toContain('inget sparades');
  });

  it('offers the level choices of the case model and the dates as date inputs', async () => {
    await registerTestCase(database.db);
    const first = await start();
    expect(inputIds(first)).toEqual(['f_date', 'f_participants.roles', 'f_participants.others']);
    expect(JSON.stringify(first)).toContain('"type":"Input.Date"');
  });
});

function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
