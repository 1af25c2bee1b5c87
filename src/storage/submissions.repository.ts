import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Executor } from './database';
import type { SubmissionsTable } from './schema';

export interface Submission {
  readonly id: string;
  readonly draftId: string;
  readonly caseId: string;
  readonly kind: string;
  readonly sentBy: string;
  readonly text: string;
  readonly card: unknown;
  readonly createdAt: string;
  readonly acknowledgedAt: string | null;
}

export async function insertSubmission(db: Executor, s: Omit<Submission, 'id' | 'createdAt' | 'acknowledgedAt'>, at: Date): Promise<Submission> {
  const id = randomUUID();
  const createdAt = at.toISOString();
  await db
    .insertInto('submissions')
    .values({ id, draft_id: s.draftId, case_id: s.caseId, kind: s.kind, sent_by: s.sentBy, text: s.text, card: JSON.stringify(s.card), created_at: createdAt, acknowledged_at: null, acknowledged_by: null })
    .execute();
  return { ...s, id, createdAt, acknowledgedAt: null };
}

export type StoredSubmission = Submission & { readonly acknowledgedBy: string | null };

function toSubmission(row: Selectable<SubmissionsTable>): StoredSubmission {
  return {
    id: row.id,
    draftId: row.draft_id,
    caseId: row.case_id,
    kind: row.kind,
    sentBy: row.sent_by,
    text: row.text,
    card: JSON.parse(row.card) as unknown,
    createdAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
  };
}

export async function findSubmissionByDraft(db: Executor, draftId: string): Promise<StoredSubmission | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('draft_id', '=', draftId).executeTakeFirst();
  return row && toSubmission(row);
}

export async function findSubmission(db: Executor, id: string): Promise<StoredSubmission | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSubmission(row);
}

/** True only for the first acknowledgement; a second click changes nothing. */
export async function acknowledgeSubmission(db: Executor, id: string, userId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ acknowledged_at: at.toISOString(), acknowledged_by: userId })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
