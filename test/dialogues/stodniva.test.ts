import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/dialogues/service';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus, type OutboxMessage } from '../../src/storage/outbox.repository';
import { cardsOf, conversationHarness, inputIds, type Card, type ConversationHarness } from '../support/conversation';
import { treservaTextOf } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

// Today (Stockholm) is 2026-11-23. The fixture case is on stödnivå medel (003) since 2026-11-02.
const NOW = '2026-11-23T09:00:00.000Z';

type Answers = Record<string, string>;
type Step = readonly [title: string, answers: Answers];

const body = (card: Card) => JSON.stringify(card.body);

const treservaText = (message: OutboxMessage): string => treservaTextOf(message.payload);

/** Choice titles offered for one input on a card. */
function choiceTitles(card: Card, inputId: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.id === inputId && Array.isArray(n.choices)) found.push(...(n.choices as { title: string }[]).map((c) => c.title));
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return found;
}

const CHANGE: Step = ['Förändrat behov', { date: '2026-11-23', direction: 'increase', howChanged: 'Behöver kontakt varje dag, även helger.', reason: 'Ökad oro och sömnsvårigheter.' }];
const DURATION_LASTING: Step = ['Varaktighet över tid', { 'duration.kind': 'lasting' }];
const NEED: Step = [
  'Behovet av stöd i veckan',
  { 'need.physicalVisitsPerWeek': '3', 'need.otherContactsPerWeek': '4', 'need.directClientHoursPerWeek': '5', 'need.needsWeekendContact': 'true' },
];
const LEVEL: Step = ['Föreslagen stödnivå', { proposedLevelId: 'hog' }];
const SPECIAL: Step = ['Särskilda behov som motiverar tidigare justering', { specialNeeds: 'Risk för att boendet avbryts utan daglig kontakt.' }];
const CLIENT_VIEW: Step = ['Den enskildes syn', { clientView: 'Vill ha mer stöd just nu.' }];

describe('förslag om ändrad stödnivå through the real Application', () => {
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

  const start = (): Promise<Card> => bot.open('stödnivå');

  const walk = (card: Card, steps: readonly Step[]): Promise<Card> => bot.walk(card, steps);

  it('within a month of the level start: flags the one-month rule, requires särskilda skäl, and sends the proposal once', async () => {
    await registerTestCase(database.db);
    const first = await start();
    // 000, 003 › Hantering av stödnivåer – process: the level applies at least one month (2026-11-02 → 2026-12-02)
    expect(body(first)).toContain('Nuvarande stödnivå: Medel sedan 2026-11-02. Nivåmodell: Stödnivåer i lägenhetsboende (från 1 april 2025).');
    expect(body(first)).toContain('ändring utan särskilda skäl kan ske tidigast 2026-12-02');

    const duration = await walk(first, [CHANGE]);
    expect(inputIds(duration)).toEqual(['f_duration.kind', 'f_duration.until']);
    expect(body(duration)).toContain('Förslaget lämnas inom en månad från att nuvarande stödnivå började gälla (2026-11-02)');

    const special = await walk(duration, [DURATION_LASTING, NEED, LEVEL]);
    expect(body(special)).toContain('Särskilda behov som motiverar tidigare justering');
    expect(body(special)).toContain('Steg 5 av 6');
    const refused = (await bot.press(special, 'Nästa', { specialNeeds: '' })).card!;
    expect(body(refused)).toContain('Fältet ”Särskilda behov som motiverar tidigare justering” behöver fyllas i.');
    expect(body(refused)).toContain('Steg 5 av 6');

    const preview = await walk(refused, [SPECIAL, CLIENT_VIEW]);
    expect(body(preview)).toContain('Förhandsgranskning');
    await bot.press(preview, 'Skicka');

    const outbox = await listByStatus(database.db, 'pending');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.recipientUpn).toBe(CASEWORKER.upn);
    expect(treservaText(outbox[0]!)).toBe(
      [
        'Förslag om ändrad stödnivå – ärende BST-2026-0042 – 2026-11-23',
        '',
        'Nuvarande stödnivå: Medel',
        'Föreslagen stödnivå: Hög',
        '',
        'På vilket sätt behovet har förändrats',
        'Behovet av stöd har ökat.',
        'Behöver kontakt varje dag, även helger.',
        '',
        'Anledning till det förändrade behovet',
        'Ökad oro och sömnsvårigheter.',
        '',
        'Varaktighet över tid: Varaktigt',
        'Tidpunkt för justering: Före uppföljningsmötet, på grund av särskilda behov',
        '',
        'Särskilda behov som motiverar tidigare justering',
        'Risk för att boendet avbryts utan daglig kontakt.',
        '',
        'Den enskildes syn',
        'Vill ha mer stöd just nu.',
        '',
      ].join('\n'),
    );

    const again = (await bot.press(preview, 'Skicka')).card!;
    expect(JSON.stringify(again)).toContain(MESSAGES.alreadySent);
    expect(await listByStatus(database.db, 'pending')).toHaveLength(1);
  });

  it('a month or more after the level start: no särskilda skäl needed when the change waits for the follow-up', async () => {
    await registerTestCase(database.db, { levelStartDate: '2026-10-01', movedInDate: '2026-10-01' });
    const first = await start();
    expect(body(first)).toContain('Stödnivån ändras som huvudregel vid uppföljningsmötet.');
    const duration = await walk(first, [CHANGE]);
    expect(inputIds(duration)).toEqual(['f_duration.kind', 'f_duration.until', 'f_timing']);
    const need = (await bot.press(duration, 'Nästa', { 'duration.kind': 'temporary', 'duration.until': '2027-03-31', timing: 'at_follow_up' })).card!;
    expect(body(need)).toContain('Steg 3 av 5');
    const preview = await walk(need, [NEED, LEVEL, CLIENT_VIEW]);
    const text = body(preview);
    expect(text).toContain('Varaktighet över tid: Tillfälligt, fram till 2027-03-31');
    expect(text).toContain('Tidpunkt för justering: Vid uppföljningsmötet');
    expect(text).not.toContain('Särskilda behov');
  });

  it.each([
    // 000, 003 › Hantering av stödnivåer – process: one calendar month from the start is ordinary again
    ['2026-10-23', false],
    ['2026-10-24', true],
  ])('level started %s, proposal 2026-11-23: särskilda skäl required = %s', async (levelStartDate, flagged) => {
    await registerTestCase(database.db, { levelStartDate, movedInDate: '2026-10-01' });
    const duration = await walk(await start(), [CHANGE]);
    expect(inputIds(duration).includes('f_timing')).toBe(!flagged);
    const need = (await bot.press(duration, 'Nästa', { 'duration.kind': 'lasting', timing: 'at_follow_up' })).card!;
    expect(body(need)).toContain(flagged ? 'Steg 3 av 6' : 'Steg 3 av 5');
  });

  it('shows the level advisor’s advice and the level table, and offers only levels in the chosen direction', async () => {
    await registerTestCase(database.db);
    const level = await walk(await start(), [CHANGE, DURATION_LASTING, NEED]);
    const text = body(level);
    expect(text).toContain('Nivåstödet: med 3 fysiska besök, 4 andra kontakter och 5 timmar individuellt stöd i veckan, med kontakt även helger passar hög.');
    expect(text).toContain('Det är handläggande socialsekreterare som bedömer vilken stödnivå som ska gälla');
    // the 003 level table, the current level marked
    expect(text).toContain('Stödnivåer i lägenhetsboende (från 1 april 2025), enligt 003 › Stödnivåer:');
    expect(text).toContain('**Låg**: Fysisk tillsyn med individuellt stöd varannan vecka, ungefär en timme per gång.');
    expect(text).toContain('**Medel** (nuvarande): Fysisk tillsyn en till två gånger i veckan.');
    expect(text).toContain('**Hög**: Kontakt varje dag, även helger och helgdagar, om inget annat avtalas.');
    expect(text).not.toContain('passar nuvarande nivå');
    expect(choiceTitles(level, 'f_proposedLevelId')).toEqual(['Hög – passar enligt nivåstödet']);
  });

  it('says so when the advisor finds the current level still fitting', async () => {
    await registerTestCase(database.db);
    const level = await walk(await start(), [CHANGE, DURATION_LASTING, ['Behovet av stöd i veckan', { 'need.physicalVisitsPerWeek': '1,5', 'need.otherContactsPerWeek': '0', 'need.directClientHoursPerWeek': '2' }]]);
    expect(body(level)).toContain('Nivåstödet: med 1,5 fysiska besök, 0 andra kontakter och 2 timmar individuellt stöd i veckan passar medel.');
    expect(body(level)).toContain('Enligt nivåstödet passar nuvarande nivå (medel) fortfarande.');
    expect(choiceTitles(level, 'f_proposedLevelId')).toEqual(['Hög']);
  });

  it('passes on the advisor’s warnings', async () => {
    await registerTestCase(database.db);
    const level = await walk(await start(), [CHANGE, DURATION_LASTING, ['Behovet av stöd i veckan', { ...NEED[1], 'need.directClientHoursPerWeek': '7' }]]);
    // 003 › Bedömningsstöd för stödnivåer: above six hours a week, other services shall be considered
    expect(body(level)).toContain('Observera: Behovet är 7 timmar i veckan, mer än 6 timmar: andra kompletterande insatser ska övervägas.');
  });

  it('offers only a decrease from the highest level', async () => {
    await registerTestCase(database.db, { currentLevel: 'hog' });
    const first = await start();
    expect(choiceTitles(first, 'f_direction')).toEqual(['Behovet av stöd har minskat']);
  });

  it('refuses a number that is not a number, keeping the other answers', async () => {
    await registerTestCase(database.db);
    const need = await walk(await start(), [CHANGE, DURATION_LASTING]);
    const refused = (await bot.press(need, 'Nästa', { ...NEED[1], 'need.physicalVisitsPerWeek': 'många' })).card!;
    expect(body(refused)).toContain('”Planerade fysiska besök per vecka”: ange ett tal mellan 0 och 168.');
    expect(body(refused)).toContain('Steg 3 av');
    expect(body(refused)).toContain('"value":"5"');
  });

  it('sends the proposal back to its date when it is dated before the current level started', async () => {
    await registerTestCase(database.db);
    const preview = await walk(await start(), [
      [CHANGE[0], { ...CHANGE[1], date: '2026-11-01' }],
      ['Varaktighet över tid', { 'duration.kind': 'lasting', timing: 'at_follow_up' }],
      NEED,
      LEVEL,
      CLIENT_VIEW,
    ]);
    const result = (await bot.press(preview, 'Skicka')).card!;
    expect(body(result)).toContain('Förslaget är daterat före den dag nuvarande stödnivå började gälla (2026-11-02).');
    expect(body(result)).toContain('Steg 1 av');
    expect(await listByStatus(database.db, 'pending')).toHaveLength(0);
  });

  it('is only offered for cases with a level model', async () => {
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
    expect(JSON.stringify(cardsOf(await bot.send('stödnivå')))).toContain(MESSAGES.noMatchingCases);
  });
});
