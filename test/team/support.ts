import type { ClientCase } from '../../src/domain/cases';
import { upsertTeamMember } from '../../src/storage/caseTeam.repository';
import type { Db } from '../../src/storage/database';
import { assignRole } from '../../src/storage/roles.repository';
import { upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { cardsOf, executeActivity, invokeResult, pressable, STAFF, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled } from '../support/fixtures';

/** Obviously fictitious colleagues: roles, not names. */
export type Person = typeof STAFF & { readonly upn: string };
const person = (n: string, name: string, upn: string): Person => ({ id: `29:staff-${n}`, name, aadObjectId: `00000000-0000-4000-8000-00000000${n}`, upn });

export const CREATOR: Person = { ...STAFF, upn: 'kontakt.ett@example.se' };
export const COLLEAGUE = person('0002', 'Testperson Kollega', 'kontakt.tva@example.se');
export const SUBSTITUTE = person('0003', 'Testperson Vikarie', 'vikarie.test@example.se');
export const OUTSIDER = person('0009', 'Testperson Utomstående', 'utomstaende.test@example.se');
export const MANAGER = person('00e1', 'Testperson Enhetschef', 'enhetschef.test@example.se');
export const OTHER_MANAGER = person('00e2', 'Testperson Annan chef', 'annan.chef@example.se');
export const UNIT = 'Testenheten Hisingen';

const EARLIER = new Date('2026-11-01T08:00:00.000Z');

/** Everyone has opened Stödlotsen once (so their Teams e-mail is known); the managers have their roles. */
export async function everyoneHasOpenedStodlotsen(db: Db): Promise<void> {
  for (const p of [CREATOR, COLLEAGUE, SUBSTITUTE, OUTSIDER, MANAGER, OTHER_MANAGER]) {
    await upsertUser(db, { id: p.aadObjectId, tenantId: LOCAL_TENANT, upn: p.upn, teamsUserId: p.id }, EARLIER);
  }
  await caseworkerHasInstalled(db);
  await assignRole(db, LOCAL_TENANT, MANAGER.upn, 'unit_manager', UNIT, EARLIER);
  await assignRole(db, LOCAL_TENANT, OTHER_MANAGER.upn, 'unit_manager', 'Testenheten Angered', EARLIER);
}

export async function addToTeam(db: Db, clientCase: ClientCase, who: Person, range?: readonly [string, string]): Promise<void> {
  await upsertTeamMember(
    db,
    clientCase.id,
    { userId: who.aadObjectId, role: range ? 'substitute' : 'staff', validFrom: range?.[0] ?? null, validTo: range?.[1] ?? null },
    CREATOR.aadObjectId,
    EARLIER,
  );
}

export async function say(bot: ConversationHarness, text: string, from: Person | typeof CASEWORKER = CREATOR): Promise<{ cards: Card[]; texts: string[] }> {
  const replies = await bot.send({ type: 'message', text, from });
  return { cards: cardsOf(replies), texts: replies.map((r) => r.text ?? '').filter(Boolean) };
}

/** Presses a team-card button with the card's own `t_` inputs (they carry no `f_` prefix). */
export async function pressTeam(bot: ConversationHarness, card: Card, title: string, inputs: Record<string, string>, from: Person | typeof CASEWORKER = CREATOR) {
  const { verb, data } = pressable(card, title);
  return invokeResult(await bot.send(executeActivity(verb, { ...data, ...inputs }, from)));
}

/** Sends a card action straight away, as a forged or forwarded card would. */
export async function invoke(bot: ConversationHarness, verb: string, data: Record<string, unknown>, from: Person | typeof CASEWORKER) {
  return invokeResult(await bot.send(executeActivity(verb, data, from)));
}

export const body = (card: Card | undefined): string => JSON.stringify(card?.body ?? card ?? '');
