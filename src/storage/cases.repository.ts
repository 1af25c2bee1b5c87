import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { HousingForm, IsoDate, LevelModelId, Service } from '../domain/case';
import type { MovedOnDestination } from '../domain/caseClosing';
import type { CaseRegistration, ClientCase } from '../domain/cases';
import type { CaseReference } from '../domain/privacy/caseReference';
import { currentMember } from './caseTeam.repository';
import type { Executor } from './database';
import type { CasesTable } from './schema';

export type CaseRole = 'staff' | 'caseworker';

export class DuplicateCaseReferenceError extends Error {
  constructor() {
    super('case reference already registered in this tenant');
    this.name = 'DuplicateCaseReferenceError';
  }
}

function toCase(row: Selectable<CasesTable>): ClientCase {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    caseReference: row.case_reference as CaseReference,
    unit: row.unit,
    service: row.service as Service,
    housingForm: row.housing_form as HousingForm,
    levelModel: row.level_model as LevelModelId | null,
    currentLevel: row.current_level,
    levelStartDate: row.level_start_date,
    movedInDate: row.moved_in_date,
    assignmentDate: row.assignment_date,
    implementationDate: row.implementation_date,
    caseworkerUpn: row.caseworker_upn,
    paysRent: row.pays_rent === 1,
    rentFromDate: row.rent_from_date,
    protectedIdentity: row.protected_identity === 1,
    uppstartsmoteDate: row.uppstartsmote_date,
    followUpBookedAt: row.follow_up_booked_at,
    genomforandeplanDate: row.genomforandeplan_date,
    lastUnderlagDate: row.last_underlag_date,
    createdBy: row.created_by,
    version: row.version,
    // Only a closed case carries these (migration 2026_11_23_2140); an open one reads as before.
    ...(row.closed_on ? { closedOn: row.closed_on, movedOnTo: (row.moved_on_to ?? null) as MovedOnDestination | null } : {}),
  };
}

export async function insertCase(db: Executor, tenantId: string, createdBy: string, reg: CaseRegistration, at: Date): Promise<ClientCase> {
  const now = at.toISOString();
  const id = randomUUID();
  const inserted = await db
    .insertInto('cases')
    .values({
      id,
      tenant_id: tenantId,
      case_reference: reg.caseReference,
      unit: reg.unit,
      service: reg.service,
      housing_form: reg.housingForm,
      level_model: reg.levelModel ?? null,
      current_level: reg.levelModel ? (reg.currentLevel ?? null) : null,
      level_start_date: reg.levelModel ? (reg.levelStartDate ?? null) : null,
      moved_in_date: reg.movedInDate ?? null,
      assignment_date: reg.assignmentDate ?? null,
      implementation_date: null,
      caseworker_upn: reg.caseworkerUpn.toLowerCase(),
      pays_rent: reg.paysRent ? 1 : 0,
      rent_from_date: reg.paysRent ? (reg.rentFromDate ?? null) : null,
      protected_identity: reg.protectedIdentity ? 1 : 0,
      uppstartsmote_date: null,
      follow_up_booked_at: null,
      genomforandeplan_date: null,
      last_underlag_date: null,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    // The unique index cases_reference decides, also between two instances registering the same
    // reference at once; DO NOTHING (rather than a caught unique violation) leaves a PostgreSQL
    // transaction usable.
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) throw new DuplicateCaseReferenceError();
  await addCaseMember(db, id, createdBy, 'staff', at);
  return (await findCaseById(db, id))!;
}

export async function addCaseMember(db: Executor, caseId: string, userId: string, role: CaseRole, at: Date): Promise<void> {
  await db
    .insertInto('case_members')
    .values({ case_id: caseId, user_id: userId, role, created_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['case_id', 'user_id', 'role']).doNothing())
    .execute();
}

export async function findCaseById(db: Executor, id: string): Promise<ClientCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

/**
 * Cases the user belongs to: on the current team (contact staff, or a substitute whose range holds
 * `today`, the rule of domain/caseTeam), or as the responsible caseworker (by UPN). Without
 * `today` no substitute counts.
 */
/** The open cases of the tenant where the user is on the team today (led by the case_members_user index). */
export function casesAsMemberQuery(db: Executor, tenantId: string, userId: string, today?: IsoDate) {
  return (
    db
      .selectFrom('case_members')
      .innerJoin('cases', 'cases.id', 'case_members.case_id')
      .selectAll('cases')
      .where('case_members.user_id', '=', userId)
      .where(currentMember(today))
      .where('cases.tenant_id', '=', tenantId)
      // Ended cases (avsluta ärende) leave the user's lists and dialogues; the register keeps them.
      .where('cases.closed_on', 'is', null)
  );
}

export async function listCasesForUser(db: Executor, tenantId: string, userId: string, upn: string | null, today?: IsoDate): Promise<ClientCase[]> {
  // Two queries, each led by its own index (case_members_user; cases_caseworker), rather than one
  // with an OR, which is answered by reading every open case of the tenant.
  const asMember = await casesAsMemberQuery(db, tenantId, userId, today).execute();
  const asCaseworker = upn
    ? await db.selectFrom('cases').selectAll().where('tenant_id', '=', tenantId).where('caseworker_upn', '=', upn.toLowerCase()).where('closed_on', 'is', null).execute()
    : [];
  const rows = [...new Map([...asMember, ...asCaseworker].map((row) => [row.id, row])).values()];
  // Sorted here, not in SQL: PostgreSQL orders text by the database collation (en-US on Azure:
  // Å and Ä next to A, hyphens weighed differently), SQLite by code point. Same list on both.
  return rows.map(toCase).sort((a, b) => (a.caseReference < b.caseReference ? -1 : a.caseReference > b.caseReference ? 1 : 0));
}

export type CaseProcessUpdate = Partial<
  Pick<CasesTable, 'uppstartsmote_date' | 'follow_up_booked_at' | 'genomforandeplan_date' | 'last_underlag_date' | 'current_level' | 'level_start_date' | 'implementation_date'>
>;

export async function updateCaseProcess(db: Executor, caseId: string, update: CaseProcessUpdate, at: Date): Promise<void> {
  if (Object.keys(update).length === 0) return;
  await db
    .updateTable('cases')
    .set((eb) => ({ ...update, updated_at: at.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .execute();
}

/** Keyset pagination over every case (the reminder pass). */
export async function listAllCasesPage(db: Executor, afterId: string, limit: number): Promise<ClientCase[]> {
  // Closed cases get no reminders (migration 2026_11_23_2140).
  const rows = await db.selectFrom('cases').selectAll().where('id', '>', afterId).where('closed_on', 'is', null).orderBy('id').limit(limit).execute();
  return rows.map(toCase);
}

/**
 * Closes an open case: the day the client moved on and where to. False when it was already closed
 * (a double click, a second device), so the first closing stands.
 */
export async function closeCase(db: Executor, caseId: string, closedOn: string, movedOnTo: MovedOnDestination, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set((eb) => ({ closed_on: closedOn, moved_on_to: movedOnTo, updated_at: at.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every case of one unit, open and closed (the unit manager's register and statistics). */
export async function listCasesOfUnit(db: Executor, tenantId: string, unit: string): Promise<ClientCase[]> {
  const rows = await db.selectFrom('cases').selectAll().where('tenant_id', '=', tenantId).where('unit', '=', unit).execute();
  return rows.map(toCase).sort((a, b) => (a.caseReference < b.caseReference ? -1 : a.caseReference > b.caseReference ? 1 : 0));
}

/** Distinct unit names with at least one case in the tenant. */
export async function listCaseUnits(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db.selectFrom('cases').select('unit').distinct().where('tenant_id', '=', tenantId).execute();
  return rows.map((r) => r.unit);
}
