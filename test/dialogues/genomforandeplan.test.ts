import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/dialogues/service';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus, type OutboxMessage } from '../../src/storage/outbox.repository';
import { cardsOf, cardActions, conversationHarness, inputIds, type Card, type ConversationHarness } from '../support/conversation';
import { treservaTextOf } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

// Today (Stockholm) is 2026-11-23; the fixture case moved in 2026-11-02, so the plan is due 2026-11-16 (001 › Genomförandeplan).
const NOW = '2026-11-23T09:00:00.000Z';

const BOENDESTOD_CASE = {
  caseReference: 'BST-2026-0077',
  service: 'boendestod',
  housingForm: 'eget_boende',
  levelModel: undefined,
  currentLevel: undefined,
  levelStartDate: undefined,
  movedInDate: undefined,
  assignmentDate: '2026-10-20',
  paysRent: false,
  rentFromDate: undefined,
};

type Answers = Record<string, string>;

const body = (card: Card) => JSON.stringify(card.body);

const treservaText = (message: OutboxMessage): string => treservaTextOf(message.payload);

describe('genomförandeplan dialogue through the real Application', () => {
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

  async function start(): Promise<Card> {
    const cards = cardsOf(await bot.send('genomförandeplan'));
    expect(cards).toHaveLength(1);
    return cards[0]!;
  }

  /** Presses "Nästa", or "Förhandsgranska" on the last step, checking each step's title on the way. */
  async function walk(card: Card, steps: ReadonlyArray<readonly [string, Answers]>): Promise<Card> {
    let current = card;
    for (const [title, answers] of steps) {
      expect(body(current)).toContain(title);
      const button = cardActions(current).some((a) => a.title === 'Nästa') ? 'Nästa' : 'Förhandsgranska';
      current = (await bot.press(current, button, answers)).card!;
    }
    return current;
  }

  const SBMS_STEPS = [
    ['Planen', { date: '2026-11-14' }],
    ['Vad, vem, när och hur', { what: 'Stöd med ekonomi och städning.', who: 'Kontaktpersonen stöttar; den enskilde betalar räkningar.', when: 'Tisdagar.', how: 'Vi gör en budget tillsammans.' }],
    ['Den enskildes delaktighet', { participation: 'participated', participationComment: 'Ville själv formulera målen.' }],
  ] as const;

  it('socialt boende med stöd: shows the deadline status, previews and sends the Treserva text once, and records the date', async () => {
    const c = await registerTestCase(database.db);
    const first = await start();
    // the open deadline before reporting: due 14 days after moving in, passed a week ago
    expect(body(first)).toContain('Tidsgräns: senast 2026-11-16 (ca 14 dagar efter inflyttningen 2026-11-02, 001 › Genomförandeplan) – passerades för 7 dagar sedan.');
    expect(body(first)).toContain('Steg 1 av 3');

    const second = (await bot.press(first, 'Nästa', SBMS_STEPS[0][1])).card!;
    expect(body(second)).toContain('Upprättad 12 dagar efter inflyttningen – inom tidsgränsen (ca 14 dagar, 001 › Genomförandeplan).');
    const preview = await walk(second, SBMS_STEPS.slice(1));
    expect(body(preview)).toContain('Förhandsgranskning');

    const done = (await bot.press(preview, 'Skicka')).card!;
    expect(JSON.stringify(done)).toContain('Socialsekreteraren får veta att genomförandeplanen är upprättad.');
    expect(JSON.stringify(done)).toContain('Upprättad 12 dagar efter inflyttningen – inom tidsgränsen (ca 14 dagar, 001 › Genomförandeplan).');

    const outbox = await listByStatus(database.db, 'pending');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.recipientUpn).toBe(CASEWORKER.upn);
    expect(JSON.stringify(outbox[0]!.payload)).toContain('Boendepersonalen meddelar att genomförandeplanen är upprättad.');
    expect(treservaText(outbox[0]!)).toBe(
      [
        'Genomförandeplan upprättad, socialt boende med stöd – ärende BST-2026-0042 – 2026-11-14',
        '',
        'Vad som ska göras',
        'Stöd med ekonomi och städning.',
        '',
        'Vem som gör vad',
        'Kontaktpersonen stöttar; den enskilde betalar räkningar.',
        '',
        'När',
        'Tisdagar.',
        '',
        'Hur',
        'Vi gör en budget tillsammans.',
        '',
        'Den enskildes delaktighet',
        'Den enskilde har samtyckt till och medverkat i att upprätta planen.',
        'Kommentar: Ville själv formulera målen.',
        '',
      ].join('\n'),
    );

    const row = await database.db.selectFrom('cases').select(['genomforandeplan_date']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.genomforandeplan_date).toBe('2026-11-14');

    // double send: the same card pressed again sends nothing more
    const again = (await bot.press(preview, 'Skicka')).card!;
    expect(JSON.stringify(again)).toContain(MESSAGES.alreadySent);
    expect(await listByStatus(database.db, 'pending')).toHaveLength(1);
  });

  it.each([
    // 001 › Genomförandeplan: ready within about 14 days of moving in (2026-11-02 → 2026-11-16)
    ['2026-11-16', 'Upprättad 14 dagar efter inflyttningen – inom tidsgränsen (ca 14 dagar, 001 › Genomförandeplan).'],
    ['2026-11-17', 'Upprättad 15 dagar efter inflyttningen – 1 dag efter tidsgränsen 2026-11-16 (ca 14 dagar, 001 › Genomförandeplan).'],
    ['2026-11-02', 'Upprättad samma dag som inflyttningen – inom tidsgränsen (ca 14 dagar, 001 › Genomförandeplan).'],
  ])('plan dated %s: %s', async (date, status) => {
    await registerTestCase(database.db);
    const second = (await bot.press(await start(), 'Nästa', { date })).card!;
    expect(body(second)).toContain(status);
  });

  it('asks how participation was sought only when the client did not take part, and requires it then', async () => {
    await registerTestCase(database.db);
    const third = await walk(await start(), SBMS_STEPS.slice(0, 2));
    const efforts = (await bot.press(third, 'Förhandsgranska', { participation: 'declined', participationComment: '' })).card!;
    expect(body(efforts)).toContain('Så har delaktighet eftersträvats');
    expect(body(efforts)).toContain('Steg 4 av 4');

    const missing = (await bot.press(efforts, 'Förhandsgranska', { participationEfforts: '  ' })).card!;
    expect(body(missing)).toContain('Fältet ”Så har delaktighet eftersträvats” behöver fyllas i.');
    expect(body(missing)).toContain('Steg 4 av 4');

    const preview = (await bot.press(missing, 'Förhandsgranska', { participationEfforts: 'Erbjöd två nya tider och ett möte på boendet.' })).card!;
    expect(body(preview)).toContain('Den enskilde har inte samtyckt till eller inte velat medverka i att upprätta planen.');
    expect(body(preview)).toContain('Erbjöd två nya tider och ett möte på boendet.');

    // changed back to "participated": the efforts step and text disappear, though the draft keeps them
    const edit = (await bot.press(preview, 'Ändra')).card!;
    const again = await walk(edit, [SBMS_STEPS[0], SBMS_STEPS[1]]);
    // "declined" is still saved, so this step says "Nästa"; with the new answer it leads straight to the preview
    const back = (await bot.press(again, 'Nästa', { participation: 'participated', participationComment: '' })).card!;
    expect(body(back)).toContain('Förhandsgranskning');
    expect(body(back)).not.toContain('Så har delaktighet eftersträvats');
  });

  it('refuses a date that does not exist with a Swedish message, on the same step', async () => {
    await registerTestCase(database.db);
    const result = (await bot.press(await start(), 'Nästa', { date: '2026-02-30' })).card!;
    expect(body(result)).toContain('”Datum då genomförandeplanen upprättades”: ange ett datum som finns, som ÅÅÅÅ-MM-DD.');
    expect(body(result)).toContain('Steg 1 av 3');
  });

  describe('boendestöd', () => {
    const DELMAL_1 = { 'delmal.0.lifeArea': 'hemliv', 'delmal.0.what': 'Städar köket varje vecka.', 'delmal.0.when': 'Måndagar efter lunch.', 'delmal.0.expectedBy': '2027-02-28', 'delmal.0.how': 'Vi gör ett schema och städar tillsammans först.', 'delmal.0.more': 'true' };
    const DELMAL_2 = { 'delmal.1.lifeArea': 'utbildningArbeteEkonomi', 'delmal.1.what': 'Betalar hyran i tid.', 'delmal.1.when': 'Den 25:e varje månad.', 'delmal.1.expectedBy': '2027-03-31', 'delmal.1.how': 'Påminnelse i telefonen och genomgång av räkningar.', 'delmal.1.more': 'false' };

    it('collects SMART delmål per life area and the krisplan, and tells the caseworker the plan is ready', async () => {
      const c = await registerTestCase(database.db, BOENDESTOD_CASE);
      const first = await start();
      expect(body(first)).toContain('Planen ska vara klar fyra veckor efter verkställighetsdatum (002 › Genomförandeplan).');
      expect(inputIds(first)).toEqual(['f_date', 'f_implementationDate']);

      const participation = (await bot.press(first, 'Nästa', { date: '2026-11-23', implementationDate: '2026-11-02' })).card!;
      expect(body(participation)).toContain('Upprättad 21 dagar efter verkställighetsdatum – inom tidsgränsen (fyra veckor, 002 › Genomförandeplan).');
      const delmal1 = (await bot.press(participation, 'Nästa', { participation: 'Planen skrevs tillsammans hemma hos den enskilde; ingen annan ville hen ha med.', otherPlans: '' })).card!;
      expect(body(delmal1)).toContain('Delmål 1');
      // the life areas are IBIC's (002 › Individstödande aktiviteter)
      expect(body(delmal1)).toContain('Utbildning, arbete, sysselsättning och ekonomiskt liv');

      // a missing delmål text: Swedish message, same step, the other answers kept
      const missing = (await bot.press(delmal1, 'Nästa', { ...DELMAL_1, 'delmal.0.what': '' })).card!;
      expect(body(missing)).toContain('Fältet ”Delmål” behöver fyllas i.');
      expect(body(missing)).toContain('Delmål 1');
      expect(body(missing)).toContain('Måndagar efter lunch.');
      expect(body(missing)).toContain('2027-02-28');

      const delmal2 = (await bot.press(missing, 'Nästa', DELMAL_1)).card!;
      expect(body(delmal2)).toContain('Delmål 2');
      const method = (await bot.press(delmal2, 'Nästa', DELMAL_2)).card!;
      expect(body(method)).toContain('Arbetsmetod och bemötande');
      const krisplan = (await bot.press(method, 'Nästa', { arbetsmetod: 'Motiverande samtal och visuellt schema.', bemotande: 'Rakt och lugnt, ring innan besök.' })).card!;

      // consent given but nobody named: the contacts are required
      const noContacts = (await bot.press(krisplan, 'Nästa', { 'krisplan.measures': 'Kontakta psykiatrimottagningen vid sömnproblem.', 'krisplan.consentToContact': 'true', 'krisplan.contacts': '' })).card!;
      expect(body(noContacts)).toContain('Fältet ”Vem eller vilka som får kontaktas” behöver fyllas i.');
      expect(body(noContacts)).toContain('Kontakta psykiatrimottagningen vid sömnproblem.');
      const copy = (await bot.press(noContacts, 'Nästa', { 'krisplan.measures': 'Kontakta psykiatrimottagningen vid sömnproblem.', 'krisplan.consentToContact': 'true', 'krisplan.contacts': 'Syster och öppenvården' })).card!;
      const preview = (await bot.press(copy, 'Förhandsgranska', { copyGivenToClient: 'true' })).card!;
      expect(body(preview)).toContain('Förhandsgranskning');

      const done = (await bot.press(preview, 'Skicka')).card!;
      expect(JSON.stringify(done)).toContain('Upprättad 21 dagar efter verkställighetsdatum – inom tidsgränsen (fyra veckor, 002 › Genomförandeplan).');
      const outbox = await listByStatus(database.db, 'pending');
      expect(outbox).toHaveLength(1);
      expect(treservaText(outbox[0]!)).toBe(
        [
          'Genomförandeplan upprättad, boendestöd – ärende BST-2026-0077 – 2026-11-23',
          '',
          'Verkställighetsdatum: 2026-11-02',
          '',
          'Den enskildes delaktighet',
          'Planen skrevs tillsammans hemma hos den enskilde; ingen annan ville hen ha med.',
          '',
          'Delmål per livsområde',
          'Delmål 1 (Hemliv): Städar köket varje vecka.',
          'När: Måndagar efter lunch.',
          'Måluppfyllelse väntas: 2027-02-28',
          'Hur: Vi gör ett schema och städar tillsammans först.',
          'Delmål 2 (Utbildning, arbete, sysselsättning och ekonomiskt liv): Betalar hyran i tid.',
          'När: Den 25:e varje månad.',
          'Måluppfyllelse väntas: 2027-03-31',
          'Hur: Påminnelse i telefonen och genomgång av räkningar.',
          '',
          'Arbetsmetod',
          'Motiverande samtal och visuellt schema.',
          '',
          'Bemötande',
          'Rakt och lugnt, ring innan besök.',
          '',
          'Krisplan',
          'Åtgärder: Kontakta psykiatrimottagningen vid sömnproblem.',
          'Samtycke till kontakt: Ja – Syster och öppenvården',
          '',
          'Kopia till den enskilde: Ja',
          '',
        ].join('\n'),
      );
      const row = await database.db.selectFrom('cases').select(['genomforandeplan_date', 'implementation_date']).where('id', '=', c.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ genomforandeplan_date: '2026-11-23', implementation_date: '2026-11-02' });
    });

    it('keeps the implementation date when the plan date is invalid', async () => {
      await registerTestCase(database.db, BOENDESTOD_CASE);
      const result = (await bot.press(await start(), 'Nästa', { date: '23/11/2026', implementationDate: '2026-11-02' })).card!;
      expect(body(result)).toContain('”Datum då genomförandeplanen blev klar”: ange ett datum som finns, som ÅÅÅÅ-MM-DD.');
      expect(body(result)).toContain('Steg 1 av');
      expect(body(result)).toContain('2026-11-02');
    });
  });
});
