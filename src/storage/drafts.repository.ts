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
  /** Who saved it last (a team shares a case's draft). */
  readonly updatedBy: string;
  /** True when the case team shares it; false for a personal draft. */
  readonly shared: boolean;
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
    updatedBy: row.updated_by ?? row.user_id,
    shared: row.draft_slot.startsWith('case:'),
  };
}

/** Whose draft it is: the case team's (`case:<id>`) or one person's (`user:<id>:<case>`). */
export function draftSlot(userId: string, caseId: string | null, shared: boolean): string {
  return shared && caseId !== null ? `case:${caseId}` : `user:${userId}:${caseId ?? ''}`;
}

/** The open draft of a slot: the team's draft of a case (shared), or the user's own. */
export async function findOpenDraft(db: Executor, userId: string, caseId: string | null, dialogue: string, shared = true): Promise<Draft | undefined> {
  const row = await db
    .selectFrom('drafts')
    .selectAll()
    .where('draft_slot', '=', draftSlot(userId, caseId, shared))
    .where('dialogue', '=', dialogue)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row && toDraft(row);
}

export async function findDraft(db: Executor, id: string): Promise<Draft | undefined> {
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDraft(row);
}

/** The user's own open drafts and the shared drafts of the given cases (the user's team cases). */
export async function listOpenDrafts(db: Executor, userId: string, teamCaseIds: readonly string[] = []): Promise<Draft[]> {
  const rows = await db
    .selectFrom('drafts')
    .selectAll()
    .where('status', '=', 'open')
    .where((eb) =>
      eb.or([
        eb.and([eb('user_id', '=', userId), eb('draft_slot', 'like', 'user:%')]),
        ...(teamCaseIds.length ? [eb('draft_slot', 'in', teamCaseIds.map((id) => `case:${id}`))] : []),
        // a shared draft this user started stays listed until it moves (handover) or closes
        eb.and([eb('user_id', '=', userId), eb('draft_slot', 'like', 'case:%')]),
      ]),
    )
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map(toDraft);
}

/**
 * Opens a draft, or returns the open one of the same slot (the case team's, or the user's own) and
 * dialogue when another turn (a double click, a colleague, another instance) created it a moment
 * earlier: the unique index decides.
 */
export async function createDraft(db: Executor, userId: string, caseId: string | null, dialogue: string, values: DraftValues, at: Date, shared = true): Promise<Draft> {
  const now = at.toISOString();
  const slot = draftSlot(userId, caseId, shared);
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = randomUUID();
    const inserted = await db
      .insertInto('drafts')
      .values({ id, user_id: userId, case_id: caseId, dialogue, step: 0, answers: JSON.stringify(values), status: 'open', open_slot: 'open', version: 1, created_at: now, updated_at: now, closed_at: null, updated_by: userId, draft_slot: slot })
      // No conflict target: it is the index drafts_one_open_per_team_slot (migration 2026_12_03_1200).
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return (await findDraft(db, id))!;
    const winner = await findOpenDraft(db, userId, caseId, dialogue, shared);
    if (winner) return winner;
    // The other turn's draft was closed in between: the slot is free again.
  }
  throw new DraftConflictError();
}

/**
 * Saves step and values if the draft is still at `draft.version` (optimistic concurrency): a
 * colleague's save in between makes this one fail instead of silently overwriting it.
 */
export async function saveDraft(db: Executor, draft: Draft, changes: { step: number; values: DraftValues }, at: Date, by: string = draft.userId): Promise<Draft> {
  const result = await db
    .updateTable('drafts')
    .set({ step: changes.step, answers: JSON.stringify(changes.values), version: draft.version + 1, updated_at: at.toISOString(), updated_by: by })
    .where('id', '=', draft.id)
    .where('version', '=', draft.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new DraftConflictError();
  return { ...draft, step: changes.step, values: changes.values, version: draft.version + 1, updatedAt: at.toISOString(), updatedBy: by };
}

export async function closeDraft(db: Executor, draft: Draft, status: Exclude<DraftStatus, 'open'>, at: Date, by: string = draft.userId): Promise<void> {
  const now = at.toISOString();
  const result = await db
    .updateTable('drafts')
    .set({ status, open_slot: draft.id, version: draft.version + 1, updated_at: now, closed_at: now, updated_by: by })
    .where('id', '=', draft.id)
    .where('version', '=', draft.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new DraftConflictError();
}
