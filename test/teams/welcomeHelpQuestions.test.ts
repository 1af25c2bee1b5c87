import { renderWelcomeCard, welcomeCardData } from '../../src/cards/welcome';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_TEXT } from '../../src/teams/turnHandler';
import { syntheticNumber, writeNumber } from '../domain/privacy/fixtures';
import { PERSONNUMMER_IN_QUESTION } from '../../src/teams/handlers/questions';
import type { DatabaseHandle } from '../../src/storage/database';
import { botAdded, installationUpdate, personalConversation } from '../support/activities';
import { cardsOf, conversationHarness, textOfCard } from '../support/conversation';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('welcome, help, questions and unknown input through the real Application', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  const installation = installationUpdate('conv-1');

  it('welcomes on install with a card that lists the commands', async () => {
    const bot = conversationHarness(database, testClock());
    const cards = cardsOf(await bot.send(installation));
    expect(cards).toHaveLength(1);
    const text = textOfCard(cards[0]);
    expect(text).toContain('Välkommen till Stödlotsen');
    expect(text).toContain('hjälp');
    expect(text).toContain('personnummer');
  });

  it('welcomes once when Teams sends installationUpdate and conversationUpdate for the same install', async () => {
    const clock = testClock('2026-11-23T09:00:00.000Z');
    const bot = conversationHarness(database, clock);
    const first = await bot.send(installation);
    const second = await bot.send(botAdded('conv-1'));
    expect(cardsOf(first)).toHaveLength(1);
    expect(second).toHaveLength(0);
    clock.set('2026-11-23T09:05:00.000Z');
    expect(cardsOf(await bot.send(installation))).toHaveLength(1);
  });

  it('does not welcome in a group chat or channel', async () => {
    const bot = conversationHarness(database, testClock());
    const replies = await bot.send({ ...installation, conversation: { ...personalConversation('group-1'), conversationType: 'groupChat', isGroup: true } });
    expect(replies).toHaveLength(0);
  });

  it.each(['hjälp', 'Hjälp', '  HJÄLP ', 'hjalp', 'help'])('answers %j with the help card', async (text) => {
    const bot = conversationHarness(database, testClock());
    const cards = cardsOf(await bot.send(text));
    expect(cards).toHaveLength(1);
    expect(textOfCard(cards[0])).toContain('Det här kan Stödlotsen');
  });

  it('does not treat a sentence that merely contains the word as the help command', async () => {
    const bot = conversationHarness(database, testClock());
    const cards = cardsOf(await bot.send('jag behöver hjälp med något annat'));
    expect(textOfCard(cards[0])).not.toContain('Det här kan Stödlotsen');
  });

  it('treats unknown input as a question and says honestly when it does not know, offering the nearest topics', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('vem vann melodifestivalen i fjol'));
    expect(textOfCard(card)).toContain('Det vet jag inte säkert');
    expect((card!.actions as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers a level question with the level card and its source', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('vad krävs för medel?'));
    const text = textOfCard(card);
    expect(text).toContain('3');
    expect(text).toContain('Källa: 003 ›');
    expect(text).toContain('ColumnSet');
  });

  it('shows two levels side by side for a comparison', async () => {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send('skillnad mellan låg och medel'));
    const columns = (card!.body as Array<{ type: string; columns?: unknown[] }>).find((b) => b.type === 'ColumnSet')?.columns;
    expect(columns).toHaveLength(2);
  });

  it('refuses to process a question containing a personnummer', async () => {
    const bot = conversationHarness(database, testClock());
    const pnr = writeNumber(syntheticNumber({ date: '2094-03-17', serial: '482' }), 'twelve', '-');
    const replies = await bot.send(`gäller nivå hög för ${pnr}?`);
    expect(replies.map((r) => r.text)).toEqual([PERSONNUMMER_IN_QUESTION]);
  });

  it('answers a failing turn with a plain Swedish message and logs the error without message text', async () => {
    const failingStorage = {
      read: async () => {
        throw new Error('database unavailable');
      },
      write: async () => undefined,
      delete: async () => undefined,
    };
    const bot = conversationHarness(database, testClock(), failingStorage);
    const replies = await bot.send('hemlig text 123');
    expect(replies.map((r) => r.text)).toEqual([ERROR_TEXT]);
    const logged = JSON.stringify(bot.logLines());
    expect(logged).toContain('turn failed');
    expect(logged).not.toContain('hemlig text');
  });
});

describe('welcome card buttons', () => {
  it('offers buttons for the everyday commands only; role commands are listed, not buttons', () => {
    const card = renderWelcomeCard(welcomeCardData('help')) as unknown as { actions: Array<{ title: string }> };
    const titles = card.actions.map((a) => a.title);
    expect(titles).toContain('uppföljning');
    expect(titles).not.toContain('köstatus');
    expect(JSON.stringify(card)).toContain('köstatus');
  });
});
