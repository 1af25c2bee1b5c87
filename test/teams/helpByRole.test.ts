import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands';
import type { DatabaseHandle } from '../../src/storage/database';
import { assignRole } from '../../src/storage/roles.repository';
import { upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { cardActions, cardsOf, conversationHarness, STAFF, type Card } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';

/** The help card puts a few buttons first by role; every command stays reachable behind "Alla kommandon". */
const MANAGER = { id: '29:manager-help', name: 'Testchef', aadObjectId: '00000000-0000-4000-8000-0000000000e9' };
const ADMIN = { id: '29:admin-help', name: 'Testadmin', aadObjectId: '00000000-0000-4000-8000-0000000000a9' };

describe('hjälp by role', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
    await registerTestCase(database.db);
    await caseworkerHasInstalled(database.db);
    const at = new Date('2026-11-01T08:00:00.000Z');
    await upsertUser(database.db, { id: MANAGER.aadObjectId, tenantId: LOCAL_TENANT, upn: 'chef.test@example.se', teamsUserId: MANAGER.id }, at);
    await upsertUser(database.db, { id: ADMIN.aadObjectId, tenantId: LOCAL_TENANT, upn: 'admin.test@example.se', teamsUserId: ADMIN.id }, at);
    await assignRole(database.db, LOCAL_TENANT, 'chef.test@example.se', 'unit_manager', 'Testenheten Hisingen', at);
    await assignRole(database.db, LOCAL_TENANT, 'admin.test@example.se', 'admin', '', at);
  });
  afterEach(async () => {
    await database.close();
  });

  async function help(from: { id: string; name: string; aadObjectId: string }): Promise<Card> {
    const bot = conversationHarness(database, testClock());
    const [card] = cardsOf(await bot.send({ type: 'message', text: 'hjälp', from }));
    return card!;
  }
  const primary = (card: Card) => cardActions(card).filter((a) => a.type === 'Action.Submit').map((a) => a.title);
  const more = (card: Card) => cardActions(card).find((a) => a.type === 'Action.ShowCard') as unknown as { title: string; card: Card };

  it.each([
    ['boendepersonal', STAFF, ['uppföljning', 'nytt ärende', 'mina ärenden', 'mina utkast']],
    ['socialsekreterare', CASEWORKER, ['uppföljningsmöte', 'mina ärenden', 'mina utkast']],
    ['enhetschef', MANAGER, ['statistik', 'exportera stödnivåer']],
    ['admin', ADMIN, ['köstatus', 'statistik', 'exportera stödnivåer']],
  ])('%s sees its own commands first, within Teams’ six buttons', async (_role, person, expected) => {
    const card = await help(person);
    expect(primary(card)).toEqual(expected);
    expect(cardActions(card).length).toBeLessThanOrEqual(6);
    expect(more(card).title).toBe('Alla kommandon');
  });

  it('lists every command behind "Alla kommandon"', async () => {
    const listed = JSON.stringify(more(await help(STAFF)).card);
    for (const command of COMMANDS) expect(listed).toContain(command.text);
    expect(cardActions(more(await help(STAFF)).card).map((a) => a.title)).toEqual(['uppstartsmöte', 'genomförandeplan', 'stödnivå', 'avsluta ärende']);
  });
});
