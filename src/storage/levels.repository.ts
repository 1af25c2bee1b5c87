import { randomUUID } from 'node:crypto';
import type { LevelChangeDirection, LevelModelId } from '../domain/case';
import type { Selectable } from 'kysely';
import type { Executor } from './database';
import type { LevelHistoryTable } from './schema';

export type ProposalStatus = 'open' | 'kept' | 'changed';

export interface LevelProposal {
  readonly submissionId: string;
  readonly caseId: string;
  readonly model: LevelModelId;
  readonly fromLevel: string;
  readonly proposedLevel: string;
  readonly direction: LevelChangeDirection;
  readonly proposedBy: string;
  readonly status: ProposalStatus;
  readonly decidedAt: string | null;
}

export async function insertProposal(db: Executor, p: Omit<LevelProposal, 'status' | 'decidedAt'>, at: Date): Promise<void> {
  await db
    .insertInto('level_proposals')
    .values({
      submission_id: p.submissionId,
      case_id: p.caseId,
      model: p.model,
      from_level: p.fromLevel,
      proposed_level: p.proposedLevel,
      direction: p.direction,
      proposed_by: p.proposedBy,
      status: 'open',
      decided_by: null,
      decided_at: null,
      created_at: at.toISOString(),
    })
    .execute();
}

export async function findProposal(db: Executor, submissionId: string): Promise<LevelProposal | undefined> {
  const row = await db.selectFrom('level_proposals').selectAll().where('submission_id', '=', submissionId).executeTakeFirst();
  return (
    row && {
      submissionId: row.submission_id,
      caseId: row.case_id,
      model: row.model as LevelModelId,
      fromLevel: row.from_level,
      proposedLevel: row.proposed_level,
      direction: row.direction as LevelChangeDirection,
      proposedBy: row.proposed_by,
      status: row.status as ProposalStatus,
      decidedAt: row.decided_at,
    }
  );
}

/** Open → decided, once: false when someone already decided (a double click, a second device). */
export async function decideProposal(db: Executor, submissionId: string, status: Exclude<ProposalStatus, 'open'>, userId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('level_proposals')
    .set({ status, decided_by: userId, decided_at: at.toISOString() })
    .where('submission_id', '=', submissionId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export type ReasonCategory = 'initial' | 'increase' | 'decrease' | 'unchanged';

export interface LevelHistoryEntry {
  readonly id: string;
  readonly tenantId: string;
  readonly caseId: string;
  readonly model: LevelModelId;
  readonly level: string;
  readonly validFrom: string;
  readonly previousLevel: string | null;
  readonly reasonCategory: ReasonCategory;
  readonly decidedBy: string;
  readonly decidedByRole: 'caseworker' | 'staff';
  readonly decidedAt: string;
}

export async function insertLevelHistory(db: Executor, entry: Omit<LevelHistoryEntry, 'id'>): Promise<void> {
  await db
    .insertInto('level_history')
    .values({
      id: randomUUID(),
      tenant_id: entry.tenantId,
      case_id: entry.caseId,
      model: entry.model,
      level: entry.level,
      valid_from: entry.validFrom,
      previous_level: entry.previousLevel,
      reason_category: entry.reasonCategory,
      decided_by: entry.decidedBy,
      decided_by_role: entry.decidedByRole,
      decided_at: entry.decidedAt,
    })
    .execute();
}

export async function levelHistoryOfCase(db: Executor, caseId: string): Promise<LevelHistoryEntry[]> {
  const rows = await db.selectFrom('level_history').selectAll().where('case_id', '=', caseId).orderBy('valid_from').orderBy('decided_at').execute();
  return rows.map(toHistoryEntry);
}

/** The level history of every case of one unit (the unit manager's register). */
export async function levelHistoryOfUnit(db: Executor, tenantId: string, unit: string): Promise<LevelHistoryEntry[]> {
  const rows = await db
    .selectFrom('level_history')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', 'in', (eb) => eb.selectFrom('cases').select('id').where('tenant_id', '=', tenantId).where('unit', '=', unit))
    .orderBy('case_id')
    .orderBy('valid_from')
    .orderBy('decided_at')
    .execute();
  return rows.map(toHistoryEntry);
}

function toHistoryEntry(r: Selectable<LevelHistoryTable>): LevelHistoryEntry {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    caseId: r.case_id,
    model: r.model as LevelModelId,
    level: r.level,
    validFrom: r.valid_from,
    previousLevel: r.previous_level,
    reasonCategory: r.reason_category as ReasonCategory,
    decidedBy: r.decided_by,
    decidedByRole: r.decided_by_role as LevelHistoryEntry['decidedByRole'],
    decidedAt: r.decided_at,
  };
}
