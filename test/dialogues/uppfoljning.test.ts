import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/dialogues/service';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus, type OutboxMessage } from '../../src/storage/outbox.repository';
import { cardsOf, cardActions, conversationHarness, inputIds, type Card, type ConversationHarness } from '../support/conversation';
import { treservaTextOf } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

const NOW = '2026-11-23T09:00:00.000Z';

type Answers = Record<string, string>;
type Step = readonly [title: string, answers: Answers];

const body = (card: Card) => JSON.stringify(card.body);

const treservaText = (message: OutboxMessage): string => treservaTextOf(message.payload);

const BASICS: Step = ['Underlaget', { date: '2026-11-20', 'conditions.boendekartlaggningDone': 'true' }];
const SINCE: Step = ['Hur det har fungerat sedan föregående uppföljning', { sinceLastFollowUp: 'Lugnt i boendet, sköter städningen.' }];
const RENT: Step = ['Hyra och egenavgift', { 'rentPayment.status': 'partly_paid', 'rentPayment.comment': 'Halva novemberhyran återstår; avbetalningsplan finns.' }];
const EVENTS: Step = ['Händelser av vikt', { significantEvents: 'Började på daglig verksamhet.' }];
const GOAL_1: Step = [
  'mål 1',
  { 'goals.0.goal': 'Betala hyran i tid', 'goals.0.fulfilment': 'partly_met', 'goals.0.achievedHow': 'Autogiro är startat.', 'goals.0.remaining': 'Skulden från oktober.', 'goals.0.more': 'true' },
];
const GOAL_2: Step = ['mål 2', { 'goals.1.goal': 'Laga mat själv tre dagar i veckan', 'goals.1.fulfilment': 'met', 'goals.1.achievedHow': '', 'goals.1.remaining': '', 'goals.1.more': 'false' }];
const KARTLAGGNING: Step = ['Resultat av boendekartläggning', { boendekartlaggningResult: 'Klarar boende i egen lägenhet med stöd.' }];
const NEEDS: Step = ['Behov som har tillkommit', { newNeeds: 'Stöd vid läkarbesök.' }];
const LEVEL_YES: Step = ['Stödnivån', { 'conditions.levelChangeRelevant': 'true' }];
const LEVEL_NO: Step = ['Stödnivån', { 'conditions.levelChangeRelevant': 'false' }];
const ADJUSTMENT: Step = [
  'Behov av att justera stödnivån',
  {
    'levelAdjustment.direction': 'increase',
    'levelAdjustment.howChanged': 'Behöver kontakt varje dag.',
    'levelAdjustment.reason': 'Ökad oro efter flytten.',
    'levelAdjustment.duration.kind': 'temporary',
    'levelAdjustment.duration.until': '2027-02-28',
  },
];
const ONE_GOAL: Step = ['mål 1', { 'goals.0.goal': 'Laga mat själv', 'goals.0.fulfilment': 'met' }];
const PERSPECTIVE: Step = ['Den enskildes perspektiv', { clientPerspective: 'Trivs och vill bo kvar.' }];

describe('underlag för uppföljning through the real Application', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock(NOW));
    await caseworkerHasInstalled(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  const start = (): Promise<Card> => bot.open('uppföljning');

  const walk = (card: Card, steps: readonly Step[]): Promise<Card> => bot.walk(card, steps);

  it('walks every checklist item, previews and sends the exact Treserva text once, and records the date', async () => {
    const c = await registerTestCase(database.db);
    const first = await start();
    expect(inputIds(first)).toEqual(['f_date', 'f_conditions.boendekartlaggningDone']);
    const preview = await walk(first, [BASICS, SINCE, RENT, EVENTS, GOAL_1, GOAL_2, KARTLAGGNING, NEEDS, LEVEL_YES, ADJUSTMENT, PERSPECTIVE]);
    expect(body(preview)).toContain('Förhandsgranskning');

    await bot.press(preview, 'Skicka');
    const outbox = await listByStatus(database.db, 'pending');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.recipientUpn).toBe(CASEWORKER.upn);
    // 001 › Checklista underlag för uppföljning, item by item in the checklist's order
    expect(treservaText(outbox[0]!)).toBe(
      [
        'Underlag för uppföljning – ärende BST-2026-0042 – 2026-11-20',
        '',
        'Hur det har fungerat sedan föregående uppföljning',
        'Lugnt i boendet, sköter städningen.',
        '',
        'Hyra och egenavgift',
        'Hyra/egenavgift är delvis betald.',
        'Kommentar: Halva novemberhyran återstår; avbetalningsplan finns.',
        '',
        'Händelser av vikt',
        'Började på daglig verksamhet.',
        '',
        'Uppföljning av uppdraget utifrån mål och delmål',
        'Mål 1: Betala hyran i tid',
        'Måluppfyllelse: Delvis uppfyllt',
        'Vad som har uppnåtts och hur: Autogiro är startat.',
        'Vad som kvarstår: Skulden från oktober.',
        'Mål 2: Laga mat själv tre dagar i veckan',
        'Måluppfyllelse: Uppfyllt',
        '',
        'Resultat av boendekartläggning',
        'Klarar boende i egen lägenhet med stöd.',
        '',
        'Behov som har tillkommit',
        'Stöd vid läkarbesök.',
        '',
        'Behov av att justera stödnivån',
        'Behovet av stöd har ökat.',
        'På vilket sätt: Behöver kontakt varje dag.',
        'Anledning till det förändrade behovet: Ökad oro efter flytten.',
        'Varaktighet över tid: Tillfälligt, fram till 2027-02-28',
        '',
        'Den enskildes perspektiv',
        'Trivs och vill bo kvar.',
        '',
      ].join('\n'),
    );
    const row = await database.db.selectFrom('cases').select(['last_underlag_date']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.last_underlag_date).toBe('2026-11-20');

    const again = (await bot.press(preview, 'Skicka')).card!;
    expect(JSON.stringify(again)).toContain(MESSAGES.alreadySent);
    expect(await listByStatus(database.db, 'pending')).toHaveLength(1);
  });

  it('lets staff propose a concrete level inside the follow-up, so the caseworker can decide in the card', async () => {
    await registerTestCase(database.db);
    const first = await start();
    const withProposal: Step = [ADJUSTMENT[0], { ...ADJUSTMENT[1], 'levelAdjustment.proposedLevel': 'hog' }];
    const preview = await walk(first, [BASICS, SINCE, RENT, EVENTS, GOAL_1, GOAL_2, KARTLAGGNING, NEEDS, LEVEL_YES, withProposal, PERSPECTIVE]);
    await bot.press(preview, 'Skicka');
    const [message] = await listByStatus(database.db, 'pending');
    const titles = cardActions((message!.payload as { card: Card }).card).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Behåll medel', 'Ändra till hög']));
  });

  it('refuses a proposed level that contradicts the stated direction, keeping the draft', async () => {
    await registerTestCase(database.db);
    const first = await start();
    const contradicting: Step = [ADJUSTMENT[0], { ...ADJUSTMENT[1], 'levelAdjustment.proposedLevel': 'lag' }];
    const preview = await walk(first, [BASICS, SINCE, RENT, EVENTS, GOAL_1, GOAL_2, KARTLAGGNING, NEEDS, LEVEL_YES, contradicting, PERSPECTIVE]);
    const refused = (await bot.press(preview, 'Skicka')).card!;
    expect(body(refused)).toContain('stämmer inte med att behovet har ökat');
    expect(await listByStatus(database.db, 'pending')).toHaveLength(0);
  });

  it('leaves out rent when the client pays none, and the boendekartläggning and level adjustment when not relevant', async () => {
    await registerTestCase(database.db, { paysRent: false, rentFromDate: undefined });
    const first = await start();
    const basics: Step = ['Underlaget', { date: '2026-11-20', 'conditions.boendekartlaggningDone': 'false' }];
    const second = await walk(first, [basics]);
    // basics, sinceLastFollowUp, events, goal 1, new needs, level question, perspective
    expect(body(second)).toContain('Steg 2 av 7');
    const preview = await walk(second, [SINCE, EVENTS, ['mål 1', { 'goals.0.goal': 'Laga mat själv', 'goals.0.fulfilment': 'not_met', 'goals.0.more': 'false' }], NEEDS, LEVEL_NO, PERSPECTIVE]);
    const text = body(preview);
    expect(text).toContain('Förhandsgranskning');
    expect(text).toContain('Måluppfyllelse: Inte uppfyllt');
    expect(text).not.toContain('Hyra och egenavgift');
    expect(text).not.toContain('Resultat av boendekartläggning');
    expect(text).not.toContain('Behov av att justera stödnivån');
  });

  it('shows the rent step only for a case that pays rent', async () => {
    await registerTestCase(database.db);
    const second = await walk(await start(), [BASICS]);
    // with rent and a boendekartläggning: 9 steps before a second goal or level adjustment is opened
    expect(body(second)).toContain('Steg 2 av 9');
    const rent = await walk(second, [SINCE]);
    expect(body(rent)).toContain('Hyra och egenavgift');
    expect(body(rent)).toContain('Hyra betalas från 2026-12-01.');
  });

  it('hides the boendekartläggning result again when the answer on the first step is changed back', async () => {
    await registerTestCase(database.db, { paysRent: false, rentFromDate: undefined });
    const preview = await walk(await start(), [BASICS, SINCE, EVENTS, ONE_GOAL, KARTLAGGNING, NEEDS, LEVEL_NO, PERSPECTIVE]);
    expect(body(preview)).toContain('Klarar boende i egen lägenhet med stöd.');
    const edit = (await bot.press(preview, 'Ändra')).card!;
    const second = await walk(edit, [['Underlaget', { date: '2026-11-20', 'conditions.boendekartlaggningDone': 'false' }]]);
    const after = await walk(second, [SINCE, EVENTS, ONE_GOAL, NEEDS, LEVEL_NO, PERSPECTIVE]);
    expect(body(after)).toContain('Förhandsgranskning');
    expect(body(after)).not.toContain('Resultat av boendekartläggning');
  });

  it('requires the client’s own perspective, keeping everything else', async () => {
    await registerTestCase(database.db, { paysRent: false, rentFromDate: undefined });
    const last = await walk(await start(), [
      ['Underlaget', { date: '2026-11-20', 'conditions.boendekartlaggningDone': 'false' }],
      SINCE,
      EVENTS,
      ONE_GOAL,
      NEEDS,
      LEVEL_NO,
    ]);
    const refused = (await bot.press(last, 'Förhandsgranska', { clientPerspective: ' ' })).card!;
    expect(body(refused)).toContain('Fältet ”Den enskildes perspektiv” behöver fyllas i.');
    expect(body(refused)).toContain('Steg 7 av 7');
    // nothing typed earlier is lost: going back shows the saved answers
    const back = (await bot.press(refused, 'Tillbaka', { clientPerspective: '' })).card!;
    expect(body(back)).toContain('Steg 6 av 7');
    const firstAgain = await walk((await bot.press(back, 'Tillbaka', LEVEL_NO[1])).card!, []);
    expect(body(firstAgain)).toContain('Stöd vid läkarbesök.');
  });

  it('refuses a goal without fulfilment and a temporary need without an end date, keeping what was typed', async () => {
    await registerTestCase(database.db, { paysRent: false, rentFromDate: undefined });
    const goal = await walk(await start(), [['Underlaget', { date: '2026-11-20', 'conditions.boendekartlaggningDone': 'false' }], SINCE, EVENTS]);
    const refused = (await bot.press(goal, 'Nästa', { 'goals.0.goal': 'Betala hyran i tid', 'goals.0.achievedHow': 'Autogiro är startat.' })).card!;
    expect(body(refused)).toContain('Välj ett alternativ för ”Måluppfyllelse”.');
    expect(body(refused)).toContain('Betala hyran i tid');
    expect(body(refused)).toContain('Autogiro är startat.');

    const adjustment = await walk(refused, [['mål 1', { 'goals.0.goal': 'Betala hyran i tid', 'goals.0.fulfilment': 'met' }], NEEDS, LEVEL_YES]);
    // the level started 2026-11-02, so an underlag dated 2026-11-20 is within the first month (000, 003 › Hantering av stödnivåer – process)
    expect(body(adjustment)).toContain('skriv de särskilda skälen under ”Anledning till det förändrade behovet”');
    const noEnd = (await bot.press(adjustment, 'Nästa', { ...ADJUSTMENT[1], 'levelAdjustment.duration.until': '' })).card!;
    expect(body(noEnd)).toContain('Ange ett datum för ”Slutdatum om behovet är tillfälligt”.');
    expect(body(noEnd)).toContain('Ökad oro efter flytten.');
  });

  it('is only offered for socialt boende med stöd', async () => {
    await registerTestCase(database.db, {
      service: 'boendestod',
      housingForm: 'eget_boende',
      levelModel: undefined,
      currentLevel: undefined,
      levelStartDate: undefined,
      movedInDate: undefined,
      assignmentDate: '2026-10-20',
      paysRent: false,
      rentFromDate: undefined,
    });
    expect(JSON.stringify(cardsOf(await bot.send('uppföljning')))).toContain(MESSAGES.noMatchingCases);
  });
});
