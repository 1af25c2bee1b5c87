import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/dialogues/service';
import { TEAM_CONFLICT_TEXT } from '../../src/dialogues/views';
import type { ClientCase } from '../../src/domain/cases';
import type { DatabaseHandle } from '../../src/storage/database';
import { findDraft } from '../../src/storage/drafts.repository';
import { cardActions, conversationHarness, executeActivity, invokeResult, type Card, type ConversationHarness } from '../support/conversation';
import { registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { addToTeam, body, COLLEAGUE, CREATOR, everyoneHasOpenedStodlotsen, say } from './support';

const MEETING = { date: '2026-12-09', 'participants.roles': 'client,caseworker,contactStaff', 'participants.others': '' };

describe('a shared draft of the case team', () => {
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
    await addToTeam(database.db, clientCase, COLLEAGUE);
  });
  afterEach(async () => {
    await database.close();
  });

  const draftIdOf = (card: Card) => String((cardActions(card)[0]!.data as { draftId: string }).draftId);

  /** The creator fills in step 1 at 10:00 Stockholm time; both then hold the card of step 2. */
  async function bothOnStepTwo(): Promise<{ mine: Card; theirs: Card }> {
    const [first] = (await say(bot, 'uppstartsmöte', CREATOR)).cards;
    const mine = (await bot.press(first!, 'Nästa', MEETING, CREATOR)).card!;
    clock.set('2026-12-10T09:05:00.000Z');
    const [theirs] = (await say(bot, 'uppstartsmöte', COLLEAGUE)).cards;
    return { mine, theirs: theirs! };
  }

  it('a colleague resumes it where it was, told who changed it last and when – by e-mail, no client data', async () => {
    const { mine, theirs } = await bothOnStepTwo();
    expect(draftIdOf(theirs)).toBe(draftIdOf(mine));
    expect(body(theirs)).toContain('Steg 2 av 6');
    expect(body(theirs)).toContain(MESSAGES.resumedShared);
    expect(body(theirs)).toContain('Senast ändrat av kontakt.ett@example.se 2026-12-10 kl. 10:00.');
    // the one who saved last is not told about themselves
    expect(body((await say(bot, 'uppstartsmöte', CREATOR)).cards[0])).not.toContain('Senast ändrat av');

    const list = body((await say(bot, 'mina utkast', COLLEAGUE)).cards[0]);
    expect(list).toContain('Uppstartsmöte – ärende BST-2026-0042, senast ändrat av kontakt.ett@example.se 2026-12-10 kl. 10:00.');
  });

  it('two edit at once: the second save does not silently win; its writer sees the current state and can re-apply what they typed', async () => {
    const { mine, theirs } = await bothOnStepTwo();
    const id = draftIdOf(mine);

    clock.set('2026-12-10T09:10:00.000Z');
    const first = await bot.press(mine, 'Nästa', { sinceMoveIn: 'Skrivet av kontaktpersonal ett.' }, CREATOR);
    expect(body(first.card)).toContain('Steg 3 av 6');

    clock.set('2026-12-10T09:11:00.000Z');
    const second = (await bot.press(theirs, 'Nästa', { sinceMoveIn: 'Skrivet av kontaktpersonal två.' }, COLLEAGUE)).card!;
    expect(body(second)).toContain(TEAM_CONFLICT_TEXT);
    expect(body(second)).toContain(MESSAGES.reapplyOffer);
    expect(body(second)).toContain('Senast ändrat av kontakt.ett@example.se 2026-12-10 kl. 10:10.');
    expect(body(second)).toContain('Steg 3 av 6'); // the current state, as the colleague left it
    expect((await findDraft(database.db, id))!.values.sinceMoveIn).toBe('Skrivet av kontaktpersonal ett.');

    const reapplied = (await bot.press(second, 'Använd mina ändringar', {}, COLLEAGUE)).card!;
    expect(body(reapplied)).toContain(MESSAGES.reapplied);
    expect(body(reapplied)).toContain('Steg 2 av 6');
    expect(body(reapplied)).toContain('Skrivet av kontaktpersonal två.');
    const stored = (await findDraft(database.db, id))!;
    expect(stored).toMatchObject({ updatedBy: COLLEAGUE.aadObjectId, step: 1, values: { sinceMoveIn: 'Skrivet av kontaktpersonal två.', date: '2026-12-09' } });

    // the creator's old card is now behind in turn: refused the same way, nothing overwritten
    const late = (await bot.press(first.card!, 'Tillbaka', {}, CREATOR)).card!;
    expect(body(late)).toContain('inte längre aktuellt');
    expect((await findDraft(database.db, id))!.version).toBe(stored.version);
  });

  it('re-applying on a card that is behind again does not overwrite either', async () => {
    const { mine, theirs } = await bothOnStepTwo();
    await bot.press(mine, 'Spara och fortsätt senare', { sinceMoveIn: 'Version ett.' }, CREATOR);
    const conflict = (await bot.press(theirs, 'Spara och fortsätt senare', { sinceMoveIn: 'Version två.' }, COLLEAGUE)).card!;
    const [again] = (await say(bot, 'uppstartsmöte', CREATOR)).cards;
    await bot.press(again!, 'Spara och fortsätt senare', { sinceMoveIn: 'Version tre.' }, CREATOR);
    const stillBehind = (await bot.press(conflict, 'Använd mina ändringar', {}, COLLEAGUE)).card!;
    expect(body(stillBehind)).toContain(TEAM_CONFLICT_TEXT);
    expect((await findDraft(database.db, draftIdOf(mine)))!.values.sinceMoveIn).toBe('Version tre.');
    expect(cardActions(stillBehind).map((a) => a.title)).toContain('Använd mina ändringar');
  });

  it('a malformed re-apply payload gets the clear message and changes nothing', async () => {
    const { theirs } = await bothOnStepTwo();
    const before = await findDraft(database.db, draftIdOf(theirs));
    const answer = invokeResult(await bot.send(executeActivity('dialogue.reapply', { draftId: draftIdOf(theirs), version: before!.version, reapply: '{not json' }, COLLEAGUE)));
    expect(answer.message).toContain('Kortet skickade något som Stödlotsen inte känner igen');
    expect(await findDraft(database.db, draftIdOf(theirs))).toEqual(before);
  });
});
