import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Executor } from './database';
import type { DraftsTable } from './schema';

export type DraftStatus = 'open' | 'sent' | 'discarded';

/** Raw, flat answers exactly as the user typed them (already through the personnummer guard). */
export type DraftValues = Readonly<Record<string, string>>;

export interface Draft {
  readonly id: string;
  readonly userId: string;
  readonly caseId: string | null;
  readonly dialogue: string;
  readonly step: number;
  readonly values: DraftValues;
  readonly status: DraftStatus;
  readonly version: number;
  readonly updatedAt: string;
}

export class DraftConflictError extends Error {
  constructor() {
    super('draft was changed by another turn');
    this.name = 'DraftConflictError';
  }
}

function toDraft(row: Selectable<DraftsTable>): Draft {
  return {
    id: row.id,
    userId: row.user_id,
    caseId: row.case_id,
    dialogue: row.dialogue,
    step: row.step,
    values: JSON.parse(row.answers) as DraftValues,
    status: row.status as DraftStatus,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function findOpenDraft(db: Executor, userId: string, caseId: string | null, dialogue: string): Promise<Draft | undefined> {
  let query = db.selectFrom('drafts').selectAll().where('user_id', '=', userId).where('dialogue', '=', dialogue).where('status', '=', 'open');
  query = caseId === null ? query.where('case_id', 'is', null) : query.where('case_id', '=', caseId);
  const row = await query.executeTakeFirst();
  return row && toDraft(row);
}

export async function findDraft(db: Executor, id: string): Promise<Draft | undefined> {
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDraft(row);
}

export async function listOpenDrafts(db: Executor, userId: string): Promise<Draft[]> {
  const rows = await db.selectFrom('drafts').selectAll().where('user_id', '=', userId).where('status', '=', 'open').orderBy('updated_at', 'desc').execute();
  return rows.map(toDraft);
}

/**
 * Opens a draft, or returns the open one for the same user + case + dialogue when another turn
 * (a double click, another instance) created it a moment earlier: the unique index decides.
 */
export async function createDraft(db: Executor, userId: string, caseId: string | null, dialogue: string, values: DraftValues, at: Date): Promise<Draft> {
  const now = at.toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = randomUUID();
    const inserted = await db
      .insertInto('drafts')
      .values({ id, user_id: userId, case_id: caseId, dialogue, step: 0, answers: JSON.stringify(values), status: 'open', open_slot: 'open', version: 1, created_at: now, updated_at: now, closed_at: null })
      // No conflict target: it is the expression index drafts_one_open_per_slot (migration 2026_11_23_2330).
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return (await findDraft(db, id))!;
    const winner = await findOpenDraft(db, userId, caseId, dialogue);
    if (winner) return winner;
    // The other turn's draft was closed in between: the slot is free again.
  }
  throw new DraftConflictError();
}

/** Saves step and values if the draft is still at `expectedVersion` (optimistic concurrency). */
export async function saveDraft(db: Executor, draft: Draft, changes: { step: number; values: DraftValues }, at: Date): Promise<Draft> {
  const result = await db
    .updateTable('drafts')
    .set({ step: changes.step, answers: JSON.stringify(changes.values), version: draft.version + 1, updated_at: at.toISOString() })
    .where('id', '=', draft.id)
    .where('version', '=', draft.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new DraftConflictError();
  return { ...draft, step: changes.step, values: changes.values, version: draft.version + 1, updatedAt: at.toISOString() };
}

export async function closeDraft(db: Executor, draft: Draft, status: Exclude<DraftStatus, 'open'>, at: Date): Promise<void> {
  const now = at.toISOString();
  const result = await db
    .updateTable('drafts')
    .set({ status, open_slot: draft.id, version: draft.version + 1, updated_at: now, closed_at: now })
    .where('id', '=', draft.id)
    .where('version', '=', draft.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new DraftConflictError();
}
