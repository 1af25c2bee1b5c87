import type { IsoDate } from '../domain/case';
import { currentTeamUserIds } from '../domain/caseTeam';
import { listTeam } from '../storage/caseTeam.repository';
import type { Executor } from '../storage/database';

/**
 * Who on the staff side hears about a case event: the person who sent it (even if no longer on
 * the team) first, then every other current team member. Each gets an own outbox row.
 */
export async function staffRecipients(db: Executor, caseId: string, today: IsoDate, sender: string): Promise<Array<{ userId: string; isSender: boolean }>> {
  const team = currentTeamUserIds(await listTeam(db, caseId), today).filter((id) => id !== sender);
  return [{ userId: sender, isSender: true }, ...team.map((userId) => ({ userId, isSender: false }))];
}
