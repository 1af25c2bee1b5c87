import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSING_MESSAGES } from '../../src/dialogues/avsluta';
import { MESSAGES } from '../../src/dialogues/service';
import { statisticsOfUnit } from '../../src/export/data';
import { runReminderPass } from '../../src/reminders/scheduler';
import { findCaseById } from '../../src/storage/cases.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { LOCAL_TENANT } from '../../src/teams/identity';
import type { ClientCase } from '../../src/domain/cases';
import { cardsOf, conversationHarness, type Card, type ConversationHarness } from '../support/conversation';
import { registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('avsluta ärende: the client has moved on (004 › 9. UPPFÖLJNING)', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let clientCase: ClientCase;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-23T09:00:00.000Z'));
    // moved in 2026-11-02: the genomförandeplan was due 2026-11-16 and is overdue (001 › Genomförandeplan)
    clientCase = await registerTestCase(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  async function closingCard(): Promise<Card> {
    const [card] = cardsOf(await bot.send('avsluta ärende'));
    return card!;
  }

  it('asks for the date (today by default) and where to, previews, and closes the case once', async () => {
    const card = await closingCard();
    expect(JSON.stringify(card)).toContain('BST-2026-0042');
    expect(JSON.stringify(card)).toContain('"value":"2026-11-23"');
    for (const label of ['Träningslägenhet', 'Försökslägenhet', 'Eget kontrakt', 'Annat boende', 'Annat']) expect(JSON.stringify(card)).toContain(label);
    const preview = (await bot.press(card, 'Förhandsgranska', { closedOn: '2026-11-20', movedOnTo: 'eget_kontrakt' })).card!;
    expect(JSON.stringify(preview)).toContain('Flyttade vidare till: Eget kontrakt');
    const done = (await bot.press(preview, 'Avsluta ärendet')).card!;
    expect(JSON.stringify(done)).toContain('Ärendet BST-2026-0042 är avslutat från och med 2026-11-20 (eget kontrakt).');

    const closed = await findCaseById(database.db, clientCase.id);
    expect([closed?.closedOn, closed?.movedOnTo]).toEqual(['2026-11-20', 'eget_kontrakt']);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'reason']).execute();
    expect(audit).toEqual([{ action: 'dialogue.completed', reason: 'avsluta' }]);

    const again = await bot.press(preview, 'Avsluta ärendet');
    expect(JSON.stringify(again)).toContain(MESSAGES.alreadySent);
    expect(cardsOf(await bot.send('avsluta ärende')).map((c) => JSON.stringify(c))[0]).toContain(MESSAGES.noCases);
    expect(JSON.stringify(cardsOf(await bot.send('mina ärenden')))).toContain('Du har inga pågående ärenden');
  });

  it.each([
    ['a day in the future', '2026-11-24', 'Ett ärende avslutas först när flytten har skett'],
    ['a day before moving in', '2026-11-01', 'Avslutsdatumet kan inte ligga före ärendets start (2026-11-02).'],
  ])('refuses %s and closes nothing', async (_why, closedOn, message) => {
    const card = await closingCard();
    const answer = (await bot.press(card, 'Förhandsgranska', { closedOn, movedOnTo: 'traningslagenhet' })).card!;
    expect(JSON.stringify(answer)).toContain(message);
    expect((await findCaseById(database.db, clientCase.id))?.closedOn).toBeUndefined();
  });

  it('stops the reminders: the overdue genomförandeplan is no longer nagged about', async () => {
    const before = await runReminderPass(database.db, '2026-11-23', new Date('2026-11-23T06:30:00.000Z'));
    expect(before.reminders).toBeGreaterThan(0);
    const preview = (await bot.press(await closingCard(), 'Förhandsgranska', { closedOn: '2026-11-23', movedOnTo: 'provlagenhet' })).card!;
    await bot.press(preview, 'Avsluta ärendet');
    const after = await runReminderPass(database.db, '2026-11-24', new Date('2026-11-24T06:30:00.000Z'));
    expect([after.cases, after.reminders]).toEqual([0, 0]);
  });

  it('takes the case out of the active figures and counts where it went', async () => {
    const period = { from: '2026-01-01', to: '2026-11-23' };
    const open = await statisticsOfUnit(database.db, LOCAL_TENANT, clientCase.unit, period, '2026-11-23');
    expect([open.activeCases, open.movedOn.total, open.overdueNow.total]).toEqual([1, 0, 1]);
    const preview = (await bot.press(await closingCard(), 'Förhandsgranska', { closedOn: '2026-11-23', movedOnTo: 'traningslagenhet' })).card!;
    await bot.press(preview, 'Avsluta ärendet');
    const closed = await statisticsOfUnit(database.db, LOCAL_TENANT, clientCase.unit, period, '2026-11-23');
    expect([closed.activeCases, closed.movedOn.byDestination[0], closed.overdueNow.total]).toEqual([0, { destination: 'traningslagenhet', label: 'Träningslägenhet', count: 1 }, 0]);
  });

  it('a closing that lost a race tells the user the case was already closed', async () => {
    const preview = (await bot.press(await closingCard(), 'Förhandsgranska', { closedOn: '2026-11-23', movedOnTo: 'annat' })).card!;
    await database.db.updateTable('cases').set({ closed_on: '2026-11-22', moved_on_to: 'annat_boende' }).where('id', '=', clientCase.id).execute();
    const answer = await bot.press(preview, 'Avsluta ärendet');
    expect(JSON.stringify(answer)).toContain(CLOSING_MESSAGES.alreadyClosed);
    expect((await findCaseById(database.db, clientCase.id))?.movedOnTo).toBe('annat_boende');
  });
});
