import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/verbs';
import { matchCommand } from '../../src/commands';
import { ACCESS_MESSAGES } from '../../src/export/access';
import { runRetentionPass } from '../../src/retention';
import type { DatabaseHandle } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts.repository';
import { recordRetentionRun } from '../../src/storage/retention.repository';
import { insertSubmission } from '../../src/storage/submissions.repository';
import { MALFORMED_CARD_TEXT } from '../../src/teams/cardData';
import { testClock, openTestDatabase } from '../support/testDeps';
import { STAFF, blockText, type Card } from '../support/conversation';
import { CASEWORKER } from '../support/fixtures';
import { SETTINGS } from '../retention/support';
import { ADMIN, ANGERED, HISINGEN, MANAGER_ANGERED, MANAGER_HISINGEN, NO_UPN_USER, NOW, seedCases, seedPeople } from './fixture';
import { elementsOfType, unitManagerHarness, type Person, type UnitManagerHarness } from './support';

/** The table rows of the card: [what, due at the next pass, rule]. */
function tableOf(card: Card): string[][] {
  const rows = elementsOfType(card, 'TableRow').slice(1);
  return rows.map((row) => (row.cells as Array<{ items: Array<{ text: string }> }>).map((cell) => cell.items[0]!.text));
}

function texts(card: Card): string[] {
  return [...elementsOfType(card, 'TextBlock'), ...elementsOfType(card, 'RichTextBlock')].map((b) => blockText(b as { text?: string }));
}

describe('gallring: what the next pass deletes in my unit, and when', () => {
  let database: DatabaseHandle;
  let bot: UnitManagerHarness;
  let cases: Awaited<ReturnType<typeof seedCases>>;
  beforeEach(async () => {
    database = await openTestDatabase();
    cases = await seedCases(database.db);
    await seedPeople(database.db);
    // Today's pass has run: the next one is tomorrow, Tuesday 24 November, 03:30.
    await recordRetentionRun(database.db, '2026-11-23', new Date('2026-11-23T02:30:05.000Z'));
    const hisingen = cases.get('BST-2026-0101')!.id;
    const angered = cases.get('BST-2026-0201')!.id;
    await createDraft(database.db, STAFF.aadObjectId, hisingen, 'uppfoljning', { note: 'x' }, new Date('2026-10-01T08:00:00.000Z'));
    await createDraft(database.db, STAFF.aadObjectId, hisingen, 'stodniva', { note: 'x' }, new Date('2026-11-20T08:00:00.000Z'));
    await createDraft(database.db, STAFF.aadObjectId, angered, 'uppfoljning', { note: 'x' }, new Date('2026-10-01T08:00:00.000Z'));
    await insertSubmission(database.db, { draftId: 'd-old', caseId: hisingen, kind: 'uppstartsmote', sentBy: STAFF.aadObjectId, text: 't', card: {} }, new Date('2026-10-20T08:00:00.000Z'));
    bot = unitManagerHarness(database, testClock(NOW));
  });
  afterEach(async () => {
    await database.close();
  });

  const previewAudit = () => database.db.selectFrom('audit_log').select(['actor_id', 'outcome', 'reason']).where('action', '=', 'retention.previewed').orderBy('at').execute();

  it('is a command of the unit manager (command data for the welcome and help cards)', () => {
    expect(matchCommand('gallring')).toMatchObject({ id: 'retentionPreview', inManifest: false });
    expect(matchCommand('Vad gallras')?.id).toBe('retentionPreview');
  });

  it("shows the unit manager their unit's counts per category, the rules and the time of the next pass", async () => {
    const { cards, texts: messages } = await bot.say('gallring', MANAGER_HISINGEN);
    expect(messages).toEqual([]);
    const card = cards[0]!;
    expect(texts(card)).toEqual(
      expect.arrayContaining(['Gallring – vad som raderas och när', `Enhet: ${HISINGEN}`, 'Nästa gallring: tisdag 24 november 2026 kl. 03:30.']),
    );
    expect(tableOf(card)).toEqual([
      ['Utkast', '1', '30 dagar efter senaste ändring (även påbörjade utkast som aldrig skickades)'],
      ['Skickade sammanfattningar', '1', '30 dagar efter att sammanfattningen skickades, mottagen eller inte'],
      ['Avslutade ärenden', '1', '90 dagar efter avslutsdatum, med tidsgränser, utkast, sammanfattningar och stödnivåer'],
      ['Exporterade stödnivåbeslut', '0', '90 dagar efter första export, när ett senare beslut har ersatt beslutet'],
    ]);
    // BST-2026-0107 (closed 2025-12-20) has one level decision that was never exported.
    expect(texts(card).some((t) => t.startsWith('1 stödnivåbeslut i avslutade ärenden som gallras har aldrig exporterats.'))).toBe(true);
    expect(texts(card).some((t) => t.startsWith('Aviseringar kan inte knytas till en enhet'))).toBe(true);
    expect(JSON.stringify(card)).not.toMatch(/BST-2026|ÄR-|Angered/);
    expect(await previewAudit()).toEqual([{ actor_id: MANAGER_HISINGEN.aadObjectId, outcome: 'success', reason: 'unit_manager' }]);
  });

  it('counts what the pass at that time then deletes in the unit', async () => {
    await bot.say('gallring', MANAGER_HISINGEN);
    const hisingenDrafts = () => database.db.selectFrom('drafts').innerJoin('cases', 'cases.id', 'drafts.case_id').select('drafts.id').where('cases.unit', '=', HISINGEN).execute();
    const before = (await hisingenDrafts()).length;
    const result = await runRetentionPass(database.db, testClock('2026-11-24T02:30:00.000Z'), SETTINGS);
    expect(before - (await hisingenDrafts()).length).toBe(1);
    expect(result.categories).toMatchObject({ drafts: 2, submissions: 1, closedCases: 1, exportedLevels: 0 });
    expect(await database.db.selectFrom('cases').select('id').where('id', '=', cases.get('BST-2026-0107')!.id).execute()).toEqual([]);
  });

  it('says the pass is under way when it has not run yet today and its time has passed', async () => {
    await database.db.deleteFrom('retention_runs').execute();
    const [card] = (await bot.say('gallring', MANAGER_HISINGEN)).cards;
    expect(texts(card!)).toContain('Nästa gallring: pågår eller startar inom en minut.');
  });

  it('an administrator also sees the notifications and can switch unit', async () => {
    const [card] = (await bot.say('gallring', ADMIN)).cards;
    expect(tableOf(card!).map((r) => r[0])).toEqual(['Utkast', 'Skickade sammanfattningar', 'Avslutade ärenden', 'Exporterade stödnivåbeslut', 'Aviseringar']);
    // Units in Swedish order: Angered first, a button for Hisingen.
    expect(texts(card!)).toContain(`Enhet: ${ANGERED}`);
    expect(tableOf(card!)[0]).toEqual(['Utkast', '1', expect.any(String)]);
    const hisingen = await bot.press(card!, `Visa ${HISINGEN}`, {}, ADMIN);
    expect(texts(hisingen.card!)).toContain(`Enhet: ${HISINGEN}`);
    expect(tableOf(hisingen.card!).map((r) => r[1])).toEqual(['1', '1', '1', '0', '0']);
    expect(await previewAudit()).toEqual([
      { actor_id: ADMIN.aadObjectId, outcome: 'success', reason: 'admin' },
      { actor_id: ADMIN.aadObjectId, outcome: 'success', reason: 'admin' },
    ]);
  });

  it('the button refreshes the same unit for its unit manager', async () => {
    const [card] = (await bot.say('gallring', MANAGER_HISINGEN)).cards;
    const refreshed = await bot.press(card!, 'Uppdatera', {}, MANAGER_HISINGEN);
    expect(tableOf(refreshed.card!)[0]).toEqual(['Utkast', '1', expect.any(String)]);
  });

  it.each<[string, Person, string, string]>([
    ['boendepersonal', STAFF, ACCESS_MESSAGES.notUnitManager, 'not_unit_manager'],
    ['the caseworker', CASEWORKER, ACCESS_MESSAGES.notUnitManager, 'not_unit_manager'],
    ['someone whose UPN Stödlotsen does not know', NO_UPN_USER, ACCESS_MESSAGES.unknownUser, 'unknown_upn'],
  ])('%s is refused the command in Swedish, with no card, and the refusal is audited', async (_who, person, message, reason) => {
    const reply = await bot.say('gallring', person);
    expect(reply.cards).toEqual([]);
    expect(reply.texts).toEqual([message]);
    expect(await previewAudit()).toEqual([{ actor_id: person.aadObjectId, outcome: 'refused', reason }]);
  });

  it.each<[string, Person, string]>([
    ['boendepersonal pressing the button', STAFF, ACCESS_MESSAGES.notUnitManager],
    ["the other unit's manager with forged data", MANAGER_ANGERED, ACCESS_MESSAGES.notYourUnit],
  ])('%s gets nothing and is audited', async (_who, person, message) => {
    const result = await bot.invoke(VERBS.unitManagerRetention, { verb: VERBS.unitManagerRetention, unit: HISINGEN }, person);
    expect(result.card).toBeUndefined();
    expect(result.message).toBe(message);
    expect(await previewAudit()).toEqual([{ actor_id: person.aadObjectId, outcome: 'refused', reason: 'not_unit_manager' }]);
  });

  it.each([[{ unit: 42 }], [{}], [{ unit: 'x'.repeat(500) }]])('malformed card data %j gets the Swedish message and nothing else', async (data) => {
    const result = await bot.invoke(VERBS.unitManagerRetention, { verb: VERBS.unitManagerRetention, ...data }, MANAGER_HISINGEN);
    expect(result.message).toBe(MALFORMED_CARD_TEXT);
  });
});
