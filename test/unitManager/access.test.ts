import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/verbs';
import { ACCESS_MESSAGES } from '../../src/export/access';
import type { DatabaseHandle } from '../../src/storage/database';
import { unitsManagedBy } from '../../src/storage/roles.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { UNIT_MANAGER_TEXTS } from '../../src/teams/handlers/unitManager';
import { STAFF } from '../support/conversation';
import { CASEWORKER } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { ADMIN, ANGERED, HISINGEN, MANAGER_ANGERED, MANAGER_HISINGEN, NEW_MANAGER, NO_UPN_USER, NOW, ROLE_ADMIN, seedCases, seedPeople } from './fixture';
import { elementsOfType, unitManagerHarness, type Person, type UnitManagerHarness } from './support';

const CARD_VERBS = [VERBS.unitManagerChoose, VERBS.unitManagerExport, VERBS.unitManagerStatistics] as const;
const VALID_PERIOD = { f_from: '2026-01-01', f_to: '2026-11-23' };

describe('only unit managers of the unit, and admins, see the register and the statistics', () => {
  let database: DatabaseHandle;
  let bot: UnitManagerHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    await seedCases(database.db);
    await seedPeople(database.db);
    bot = unitManagerHarness(database, testClock(NOW));
  });
  afterEach(async () => {
    await database.close();
  });

  async function refusals(): Promise<{ outcome: string; reason: string | null; actor_id: string }[]> {
    return database.db.selectFrom('audit_log').select(['outcome', 'reason', 'actor_id']).where('action', '=', 'export').where('outcome', '=', 'refused').execute();
  }

  it.each<[string, Person, string]>([
    ['boendepersonal', STAFF, ACCESS_MESSAGES.notUnitManager],
    ['the caseworker', CASEWORKER, ACCESS_MESSAGES.notUnitManager],
    ['someone whose UPN Stödlotsen does not know', NO_UPN_USER, ACCESS_MESSAGES.unknownUser],
  ])('%s is refused both commands in Swedish, with no card', async (_who, person, message) => {
    for (const command of ['exportera stödnivåer', 'statistik']) {
      const reply = await bot.say(command, person);
      expect(reply.cards).toEqual([]);
      expect(reply.texts).toEqual([message]);
    }
  });

  it.each(CARD_VERBS.flatMap((verb) => [[verb, 'boendepersonal', STAFF], [verb, 'the caseworker', CASEWORKER]] as const))(
    'a pressed %s card from %s is refused on the server and audited',
    async (verb, _who, person) => {
      const result = await bot.invoke(verb, { verb, unit: HISINGEN, purpose: 'export', ...VALID_PERIOD }, person);
      expect(result.card).toBeUndefined();
      expect(result.message).toBe(ACCESS_MESSAGES.notUnitManager);
      expect(await refusals()).toEqual([{ outcome: 'refused', reason: 'not_unit_manager', actor_id: person.aadObjectId }]);
    },
  );

  it.each(CARD_VERBS.flatMap((verb) => [[verb, { unit: HISINGEN }], [verb, { unit: ANGERED, f_unit: HISINGEN }]] as const))(
    'the unit manager of another unit gets nothing from %s with forged data %j',
    async (verb, forged) => {
      const result = await bot.invoke(verb, { verb, purpose: 'statistics', ...VALID_PERIOD, ...forged }, MANAGER_ANGERED);
      expect(result.message).toBe(ACCESS_MESSAGES.notYourUnit);
      expect(JSON.stringify(result)).not.toContain('BST-2026');
      expect(await refusals()).toHaveLength(1);
    },
  );

  it('a unit manager is offered only their own unit', async () => {
    const [card] = (await bot.say('exportera stödnivåer', MANAGER_ANGERED)).cards;
    expect(elementsOfType(card, 'Input.ChoiceSet')).toEqual([]);
    expect(JSON.stringify(card)).toContain(ANGERED);
    expect(JSON.stringify(card)).not.toContain(HISINGEN);
  });

  it("a unit manager's statistics are their unit's only (Angered: 1 active case)", async () => {
    const [card] = (await bot.say('statistik', MANAGER_ANGERED)).cards;
    expect(JSON.stringify(card)).toContain(`Statistik – ${ANGERED}`);
    const facts = elementsOfType(card, 'FactSet')[0]!.facts as Array<{ title: string; value: string }>;
    expect(facts.find((f) => f.title === 'Aktiva ärenden')?.value).toBe('1');
  });

  it.each<[string, Person]>([
    ['an admin named in ADMIN_UPNS', ADMIN],
    ['an admin in the roles table', ROLE_ADMIN],
  ])('%s chooses among every unit and may export any', async (_who, admin) => {
    const [card] = (await bot.say('exportera stödnivåer', admin)).cards;
    const [choice] = elementsOfType(card, 'Input.ChoiceSet');
    expect((choice!.choices as Array<{ value: string }>).map((c) => c.value)).toEqual([ANGERED, HISINGEN]);
    const result = await bot.press(card!, 'Skapa Excelfil', { unit: HISINGEN, from: '2026-01-01', to: '2026-11-23' }, admin);
    expect(elementsOfType(result.card, 'FactSet')[0]!.facts).toEqual(expect.arrayContaining([{ title: 'Rader', value: '9' }]));
  });

  it('an admin with no units yet is told so', async () => {
    await database.db.deleteFrom('roles').where('role', '=', 'unit_manager').execute();
    await database.db.deleteFrom('level_history').execute();
    await database.db.deleteFrom('case_members').execute();
    await database.db.deleteFrom('cases').execute();
    expect((await bot.say('statistik', ADMIN)).texts).toEqual([ACCESS_MESSAGES.noUnits]);
  });

  it('losing the role takes effect at the next press, even on an old card', async () => {
    const [card] = (await bot.say('exportera stödnivåer', MANAGER_HISINGEN)).cards;
    await database.db.deleteFrom('roles').where('upn', '=', MANAGER_HISINGEN.upn).execute();
    const result = await bot.press(card!, 'Skapa Excelfil', { from: '2026-01-01', to: '2026-11-23' }, MANAGER_HISINGEN);
    expect(result.message).toBe(ACCESS_MESSAGES.notUnitManager);
  });
});

describe('enhetschef <upn> <enhet> (admin)', () => {
  let database: DatabaseHandle;
  let bot: UnitManagerHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    await seedCases(database.db);
    await seedPeople(database.db);
    bot = unitManagerHarness(database, testClock(NOW));
  });
  afterEach(async () => {
    await database.close();
  });

  it('lets an admin make someone unit manager, who then gets the statistics', async () => {
    expect((await bot.say('statistik', NEW_MANAGER)).texts).toEqual([ACCESS_MESSAGES.notUnitManager]);
    const reply = await bot.say(`enhetschef ${NEW_MANAGER.upn.toUpperCase()}   Testenheten   Hisingen`, ADMIN);
    expect(reply.texts).toEqual([`Klart: ${NEW_MANAGER.upn} är enhetschef för ”${HISINGEN}” och kan nu skriva ”exportera stödnivåer”, ”statistik” och ”gallring”.`]);
    expect(await unitsManagedBy(database.db, LOCAL_TENANT, NEW_MANAGER.upn)).toEqual([HISINGEN]);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'actor_id', 'reason']).where('action', '=', 'role.assigned').execute();
    expect(audit).toEqual([{ action: 'role.assigned', actor_id: ADMIN.aadObjectId, reason: 'unit_manager' }]);
    const [card] = (await bot.say('statistik', NEW_MANAGER)).cards;
    expect(JSON.stringify(card)).toContain(`Statistik – ${HISINGEN}`);
  });

  it('warns when the unit has no cases (a spelling mistake?)', async () => {
    const reply = await bot.say(`enhetschef ${NEW_MANAGER.upn} Testenheten Hisngen`, ROLE_ADMIN);
    expect(reply.texts[0]).toContain('Obs: det finns ännu inget ärende med enheten ”Testenheten Hisngen”');
  });

  it.each<[string, Person]>([
    ['boendepersonal', STAFF],
    ['a unit manager', MANAGER_HISINGEN],
    ['the caseworker', CASEWORKER],
  ])('%s may not assign unit managers', async (_who, person) => {
    expect((await bot.say(`enhetschef ${NEW_MANAGER.upn} ${HISINGEN}`, person)).texts).toEqual([ACCESS_MESSAGES.notAdmin]);
    expect(await unitsManagedBy(database.db, LOCAL_TENANT, NEW_MANAGER.upn)).toEqual([]);
  });

  it.each([
    ['enhetschef', UNIT_MANAGER_TEXTS.assignUsage],
    [`enhetschef ${NEW_MANAGER.upn}`, UNIT_MANAGER_TEXTS.assignUsage],
    ['enhetschef inte-en-adress Testenheten Hisingen', 'Ange socialsekreterarens e-postadress i Teams'],
    [`enhetschef ${NEW_MANAGER.upn} ${'x'.repeat(121)}`, 'högst 120 tecken'],
    [`enhetschef ${NEW_MANAGER.upn} Enhet 19121212-1212`, 'personnummer'],
  ])('answers %j with an explanation and assigns nothing', async (text, expected) => {
    const reply = await bot.say(text, ADMIN);
    expect(reply.texts[0]).toContain(expected);
    expect(await database.db.selectFrom('roles').selectAll().where('upn', '=', NEW_MANAGER.upn).execute()).toEqual([]);
  });
});

