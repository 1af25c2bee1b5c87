import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHOW_LEVEL_TABLE_TITLE, SHOW_SECTION_TITLE } from '../../src/cards/qaAnswer';
import { VERBS } from '../../src/cards/verbs';
import type { DatabaseHandle } from '../../src/storage/database';
import { MALFORMED_CARD_TEXT } from '../../src/teams/cardData';
import { cardActions, cardsOf, conversationHarness, executeActivity, invokeResult, textOfCard } from '../support/conversation';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('answers from the source passages through the real Application', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  it('quotes the passage with its citation and opens the whole section on "Visa hela avsnittet"', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('vad är ESL för något?'));
    expect(card).toBeDefined();
    const text = textOfCard(card);
    expect(text).toContain('Ett Självständigt Liv');
    expect(text).toContain('002 › Ett Självständigt Liv (ESL)');
    const section = await bot.press(card!, SHOW_SECTION_TITLE);
    expect(section.card).toBeDefined();
    expect(textOfCard(section.card)).toContain('Hela avsnittet');
  });

  it('answers a situation against the level thresholds and offers the level table', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('brukaren behöver runt 4 timmar i veckan, räcker medel?'));
    const text = textOfCard(card);
    expect(text).toContain('Nej, medel räcker inte');
    expect(text).toContain('hög');
    expect(text).toContain('upp till 3 timmar');
    expect(cardActions(card!).map((a) => a.title)).toContain(SHOW_LEVEL_TABLE_TITLE);
    const table = await bot.press(card!, SHOW_LEVEL_TABLE_TITLE);
    expect(textOfCard(table.card)).toContain('Låg');
  });

  it('computes a deadline from the date the user gives, on working days', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('uppdraget kom in tisdag 2026-03-10, senast när ska vi ha kontaktat brukaren?'));
    expect(textOfCard(card)).toContain('2026-03-13');
  });

  it('declines what the documents do not say and offers the nearest topics', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('hur ansöker man om försörjningsstöd'));
    expect(textOfCard(card)).toContain('Det vet jag inte säkert');
    expect(cardActions(card!).length).toBeGreaterThan(0);
  });

  it('rejects a malformed section id with a clear message', async () => {
    const bot = conversationHarness(database, testClock());
    const result = invokeResult(await bot.send(executeActivity(VERBS.qaSection, { topicId: 'section.../etc' })));
    expect(result.message).toBe(MALFORMED_CARD_TEXT);
  });
});
