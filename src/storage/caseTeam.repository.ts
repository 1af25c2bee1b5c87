import type { ExpressionBuilder } from 'kysely';
import type { IsoDate } from '../domain/case';
import type { TeamMember, TeamRole } from '../domain/caseTeam';
import type { Executor } from './database';
import type { Database } from './schema';

/**
 * The rule of domain/caseTeam `isCurrentMember` in SQL: contact staff always, a substitute when
 * `today` lies in its range (ISO dates compare as text). Without `today` no substitute counts.
 */
export function currentMember(today: IsoDate | undefined) {
  return (m: ExpressionBuilder<Database, 'case_members'>) =>
    m.or([m('role', '=', 'staff'), ...(today ? [m.and([m('role', '=', 'substitute'), m('valid_from', '<=', today), m('valid_to', '>=', today)])] : [])]);
}

/** Team rows of a case (contact staff and substitutes, migration 2026_12_03_1200) with their e-mail. */
export async function listTeam(db: Executor, caseId: string): Promise<TeamMember[]> {
  const teams = await listTeamsOfCases(db, [caseId]);
  return teams.get(caseId) ?? [];
}

export async function listTeamsOfCases(db: Executor, caseIds: readonly string[]): Promise<Map<string, TeamMember[]>> {
  const result = new Map<string, TeamMember[]>();
  if (caseIds.length === 0) return result;
  const rows = await db
    .selectFrom('case_members')
    .leftJoin('users', 'users.id', 'case_members.user_id')
    .select(['case_members.case_id', 'case_members.user_id', 'case_members.role', 'case_members.valid_from', 'case_members.valid_to', 'users.upn'])
    .where('case_members.case_id', 'in', [...caseIds])
    .where('case_members.role', 'in', ['staff', 'substitute'])
    .execute();
  // Sorted here (not by the database collation): contact staff first, then by e-mail.
  const ordered = rows.sort((a, b) => (a.role === b.role ? String(a.upn ?? a.user_id).localeCompare(String(b.upn ?? b.user_id)) : a.role === 'staff' ? -1 : 1));
  for (const row of ordered) {
    const member: TeamMember = { userId: row.user_id, upn: row.upn ?? null, role: row.role as TeamRole, validFrom: row.valid_from, validTo: row.valid_to };
    result.set(row.case_id, [...(result.get(row.case_id) ?? []), member]);
  }
  return result;
}

/** Cases the user is on the current team of (contact staff, or a substitute whose range holds `today`). */
export async function teamCaseIds(db: Executor, userId: string, today: IsoDate): Promise<string[]> {
  const rows = await db
    .selectFrom('case_members')
    .select('case_id')
    .where('user_id', '=', userId)
    .where(currentMember(today))
    .execute();
  return [...new Set(rows.map((r) => r.case_id))];
}

/** Adds a member, or gives a substitute already on the team the new range. */
export async function upsertTeamMember(
  db: Executor,
  caseId: string,
  member: { userId: string; role: TeamRole; validFrom: IsoDate | null; validTo: IsoDate | null },
  addedBy: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto('case_members')
    .values({ case_id: caseId, user_id: member.userId, role: member.role, created_at: at.toISOString(), valid_from: member.validFrom, valid_to: member.validTo, added_by: addedBy })
    .onConflict((oc) => oc.columns(['case_id', 'user_id', 'role']).doUpdateSet({ valid_from: member.validFrom, valid_to: member.validTo, added_by: addedBy }))
    .execute();
}

/** True when a row was removed. */
export async function removeTeamMember(db: Executor, caseId: string, userId: string, role: TeamRole): Promise<boolean> {
  const result = await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', userId).where('role', '=', role).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * "Byt kontaktpersonal": `to` becomes contact staff in place of `from` (a substitute row of `to`
 * is folded in), and the team's open drafts `from` started move to `to`. The deadlines follow by
 * themselves: they are computed from the case, and reminders go to the current team.
 * Returns how many drafts moved.
 */
export async function handOverCase(db: Executor, caseId: string, fromUserId: string, toUserId: string, by: string, at: Date): Promise<number> {
  await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', fromUserId).where('role', '=', 'staff').execute();
  await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', toUserId).where('role', '=', 'substitute').execute();
  await upsertTeamMember(db, caseId, { userId: toUserId, role: 'staff', validFrom: null, validTo: null }, by, at);
  const moved = await db
    .updateTable('drafts')
    .set((eb) => ({ user_id: toUserId, version: eb('version', '+', 1), updated_at: at.toISOString() }))
    .where('case_id', '=', caseId)
    .where('user_id', '=', fromUserId)
    .where('status', '=', 'open')
    .where('draft_slot', '=', `case:${caseId}`)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows);
}
