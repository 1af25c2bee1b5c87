import type { Executor } from '../storage/database';

/**
 * Outbox and reference queries the dispatcher needs beyond src/storage's repositories; they
 * keep the same lease discipline (every write is conditional on still holding the lease).
 */

/** Attempt numbers whose send was started, for freshly claimed rows. */
export async function sendingAttempts(db: Executor, ids: readonly string[]): Promise<Map<string, number | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('outbox').select(['id', 'sending_attempt']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.sending_attempt]));
}

/**
 * Written immediately before the HTTP request. Conditional on a live lease, so an instance that
 * stalled past its lease (and whose row another instance has taken over) never sends.
 */
export async function markSendStarted(db: Executor, id: string, owner: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({ sending_attempt: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('leased_by', '=', owner)
    .where('lease_until', '>', at.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The send succeeded but the lease had run out meanwhile (a very slow request): another
 * instance may have taken the row and, seeing a started send without outcome, dead-lettered it
 * as in doubt. We know better – it was delivered – so record that, whoever holds it now.
 */
export async function markDeliveredLate(db: Executor, id: string, attempt: number, activityId: string | null, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at.toISOString(), activity_id: activityId, attempts: attempt, last_error: null, lease_until: null, leased_by: null })
    .where('id', '=', id)
    .where('status', '!=', 'sent')
    .where('sending_attempt', '=', attempt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives a claimed row back for later (rate limit, shutdown) without counting an attempt. */
export async function releaseUntil(db: Executor, id: string, owner: string, nextAttemptAt: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: nextAttemptAt.toISOString(), lease_until: null, leased_by: null })
    .where('id', '=', id)
    .where('leased_by', '=', owner)
    .execute();
}

export const WAITING_PREFIX = 'waiting:';

/** Makes notifications waiting for this recipient due now (called when a reference appears). */
export async function wakeWaitingFor(db: Executor, recipient: { tenantId: string; userId: string; upn: string | null }, at: Date): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ next_attempt_at: at.toISOString() })
    .where('status', '=', 'pending')
    .where('tenant_id', '=', recipient.tenantId)
    .where('last_error', 'like', `${WAITING_PREFIX}%`)
    .where((eb) =>
      eb.or([
        eb('recipient_user_id', '=', recipient.userId),
        ...(recipient.upn ? [eb('recipient_upn', '=', recipient.upn.toLowerCase())] : []),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A service URL already used in this tenant, for opening a conversation that has none yet. */
export async function knownServiceUrl(db: Executor, tenantId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('conversation_refs')
    .select('service_url')
    .where('tenant_id', '=', tenantId)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row?.service_url;
}

export async function deleteConversationRef(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('conversation_refs').where('user_id', '=', userId).execute();
}
