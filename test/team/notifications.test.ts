import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeWithSummary } from '../../src/dialogues/completeWithSummary';
import type { ClientCase } from '../../src/domain/cases';
import type { DatabaseHandle } from '../../src/storage/database';
import { listByStatus } from '../../src/storage/outbox.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { conversationHarness, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { addToTeam, COLLEAGUE, CREATOR, everyoneHasOpenedStodlotsen, SUBSTITUTE } from './support';

describe('decisions and Mottaget reach the whole current team, through the outbox', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let clientCase: ClientCase;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-12-10T09:00:00.000Z'));
    clientCase = await registerTestCase(database.db);
    await everyoneHasOpenedStodlotsen(database.db);
    await addToTeam(database.db, clientCase, COLLEAGUE);
  });
  afterEach(async () => {
    await database.close();
  });

  /** The creator proposed a level change; the caseworker's card as the outbox holds it. */
  async function proposalCard(): Promise<Card> {
    await database.db.transaction().execute((tx) =>
      completeWithSummary(
        { tx, draftId: '00000000-0000-4000-8000-00000000d001', values: {}, answers: {}, ctx: { case: clientCase, today: '2026-12-10' }, userId: CREATOR.aadObjectId, tenantId: LOCAL_TENANT, now: new Date('2026-12-10T09:00:00.000Z') },
        { kind: 'stodniva', title: 'Förslag om ändrad stödnivå', text: 'Förslag om ändrad stödnivå – BST-2026-0042', card: { title: 'Förslag om ändrad stödnivå', facts: [], sections: [] } },
        {},
        'Förslag från boendepersonalen.',
        { model: 'lagenhetsboende_2025', fromLevel: 'medel', proposedLevel: 'hog', direction: 'increase' },
      ),
    );
    const [message] = await listByStatus(database.db, 'pending');
    return (message!.payload as { card: Card }).card;
  }

  const recipientsOf = async (kind: string) =>
    (await database.db.selectFrom('outbox').select('recipient_user_id').where('kind', '=', kind).execute()).map((r) => r.recipient_user_id).sort();

  it.each([
    ['within the substitute range', ['2026-12-01', '2026-12-31'] as const, true],
    ['after the substitute range', ['2026-11-01', '2026-11-30'] as const, false],
  ])('a level decision goes to the proposer and every current team member (%s)', async (_label, range, substituteHears) => {
    await addToTeam(database.db, clientCase, SUBSTITUTE, range);
    const card = await proposalCard();
    await bot.press(card, 'Ändra till hög', { effectiveDate: '2026-12-15', reason: 'Ökat behov under en längre period.' }, CASEWORKER);
    const expected = [CREATOR, COLLEAGUE, ...(substituteHears ? [SUBSTITUTE] : [])].map((p) => p.aadObjectId).sort();
    expect((await recipientsOf('level_decision')).filter((r) => r !== null)).toEqual(expected);

    // a second press (another device) enqueues nothing more
    await bot.press(card, 'Ändra till hög', { effectiveDate: '2026-12-15', reason: 'Ökat behov under en längre period.' }, CASEWORKER);
    expect((await recipientsOf('level_decision')).filter((r) => r !== null)).toEqual(expected);
  });

  it('Mottaget tells the sender and the rest of the team, once each', async () => {
    const card = await proposalCard();
    await bot.press(card, 'Mottaget', {}, CASEWORKER);
    await bot.press(card, 'Mottaget', {}, CASEWORKER);
    expect(await recipientsOf('acknowledged')).toEqual([CREATOR.aadObjectId, COLLEAGUE.aadObjectId].sort());
    const texts = (await database.db.selectFrom('outbox').select(['recipient_user_id', 'payload']).where('kind', '=', 'acknowledged').execute()).map((r) => [r.recipient_user_id, JSON.parse(r.payload).text as string]);
    expect(texts).toEqual(
      expect.arrayContaining([
        [CREATOR.aadObjectId, 'Socialsekreteraren har tagit emot det du skickade för ärende BST-2026-0042.'],
        [COLLEAGUE.aadObjectId, 'Socialsekreteraren har tagit emot det som skickades från teamet för ärende BST-2026-0042.'],
      ]),
    );
  });
});
