import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database';
import { listCasesForUser } from '../../src/storage/cases.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { cardsOf, conversationHarness, STAFF, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

describe('registering a case and listing "mina ärenden"', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-16T13:00:00.000Z'));
  });
  afterEach(async () => {
    await database.close();
  });

  async function register(reference: string): Promise<Card> {
    let card = cardsOf(await bot.send('nytt ärende'))[0]!;
    card = (await bot.press(card, 'Nästa', { caseReference: reference, unit: 'Testenheten Hisingen', service: 'socialt_boende_med_stod', housingForm: 'lagenhetsboende' })).card!;
    expect(JSON.stringify(card.body)).toContain('Inflyttningsdatum');
    card = (await bot.press(card, 'Nästa', { movedInDate: '2026-11-09', levelModel: 'lagenhetsboende_2025' })).card!;
    expect(JSON.stringify(card.body)).toContain('Nuvarande stödnivå');
    card = (await bot.press(card, 'Nästa', { currentLevel: 'hog', levelStartDate: '2026-11-09' })).card!;
    card = (await bot.press(card, 'Förhandsgranska', { caseworkerUpn: CASEWORKER.upn.toUpperCase(), paysRent: 'true', rentFromDate: '2026-12-01', protectedIdentity: 'false' })).card!;
    return card;
  }

  it('registers a case with a pseudonymous reference and lists it with its next deadline', async () => {
    const preview = await register('bst-2026-0099');
    expect(JSON.stringify(preview.body)).toContain('Ärende BST-2026-0099');
    const done = (await bot.press(preview, 'Spara')).card!;
    expect(JSON.stringify(done)).toContain('Ärendet BST-2026-0099 är registrerat');
    const cases = await listCasesForUser(database.db, LOCAL_TENANT, STAFF.aadObjectId, null);
    expect(cases.map((c) => [c.caseReference, c.currentLevel, c.caseworkerUpn, c.paysRent])).toEqual([['BST-2026-0099', 'hog', CASEWORKER.upn, true]]);

    const list = JSON.stringify(cardsOf(await bot.send('mina ärenden')));
    // genomförandeplan ca 14 days after moving in on 2026-11-09 (001)
    expect(list).toContain('BST-2026-0099');
    expect(list).toContain('2026-11-23');
  });

  it('refuses a personnummer as case reference and a taken reference, with Swedish explanations', async () => {
    const card = cardsOf(await bot.send('nytt ärende'))[0]!;
    const refused = (await bot.press(card, 'Nästa', { caseReference: 'Testa Testsson', unit: 'Enhet', service: 'socialt_boende_med_stod', housingForm: 'lagenhetsboende' })).card!;
    expect(JSON.stringify(refused.body)).toMatch(/ärendereferens/i);
    expect(JSON.stringify(refused.body)).toContain('Steg 1 av');

    const first = await register('BST-2026-0100');
    await bot.press(first, 'Spara');
    const again = await register('BST-2026-0100');
    const result = (await bot.press(again, 'Spara')).card!;
    expect(JSON.stringify(result.body)).toContain('Det finns redan ett ärende med den ärendereferensen');
  });

  it('says so when the user has no cases', async () => {
    expect(JSON.stringify(cardsOf(await bot.send('mina ärenden')))).toContain('Du har inga pågående ärenden');
  });
});
