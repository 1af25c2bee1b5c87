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

/**
 * Taking over as the one dispatcher: rows another dispatcher still holds come back now instead of
 * when their lease ends. Its conditional writes fail from here on, so a dispatcher that is not
 * dead but only cut off cannot start a send of these rows any more.
 */
export async function releaseForeignLeases(db: Executor, owner: string): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ lease_until: null, leased_by: null })
    .where('status', '=', 'pending')
    .where('leased_by', 'is not', null)
    .where('leased_by', '!=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A send Teams may have counted: to whom, and the latest instant it can have reached Teams. */
export interface RecentSend {
  readonly tenantId: string;
  /** The conversation's id from the stored reference, or the user id (as the dispatcher keys it). */
  readonly conversationId: string | null;
  /** Null when only "started, outcome unknown" is known: count it as of now. */
  readonly at: string | null;
}

/**
 * Every send since `since` that counts against Teams' windows: delivered ones at `sent_at` (when
 * the answer came back, so no earlier than Teams counted them), in-doubt ones at the moment
 * they were dead-lettered, and ones started without a stored outcome (a dispatcher died with
 * the request on the wire) as of now.
 */
export async function recentSends(db: Executor, since: Date): Promise<RecentSend[]> {
  const sinceIso = since.toISOString();
  const rows = await db
    .selectFrom('outbox as o')
    .leftJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.upn', '=', 'o.recipient_upn'))
    .select(['o.tenant_id as tenantId', 'o.recipient_user_id as userId', 'u.id as upnUserId', 'o.status as status', 'o.sent_at as sentAt', 'o.next_attempt_at as deadAt'])
    .where((eb) =>
      eb.or([
        eb.and([eb('o.status', '=', 'sent'), eb('o.sent_at', '>', sinceIso)]),
        eb.and([eb('o.status', '=', 'dead'), eb('o.last_error', 'like', 'in-doubt:%'), eb('o.next_attempt_at', '>', sinceIso)]),
        eb.and([eb('o.status', '=', 'pending'), eb('o.sending_attempt', '>', eb.ref('o.attempts'))]),
      ]),
    )
    .execute();
  const userIds = [...new Set(rows.map((r) => r.userId ?? r.upnUserId).filter((id): id is string => id !== null))];
  const refs = userIds.length === 0 ? [] : await db.selectFrom('conversation_refs').select(['user_id', 'reference']).where('user_id', 'in', userIds).execute();
  const conversationOf = new Map(refs.map((r) => [r.user_id, (JSON.parse(r.reference) as { conversation?: { id?: string } }).conversation?.id ?? r.user_id]));
  return rows.map((r) => {
    const userId = r.userId ?? r.upnUserId;
    return {
      tenantId: r.tenantId,
      conversationId: userId === null ? null : (conversationOf.get(userId) ?? userId),
      at: r.status === 'sent' ? r.sentAt : r.status === 'dead' ? r.deadAt : null,
    };
  });
}
