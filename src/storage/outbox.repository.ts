import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { dialectOf, type Executor } from './database';
import type { OutboxTable } from './schema';

export type OutboxStatus = 'pending' | 'sent' | 'dead';

export interface OutboxMessage {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly tenantId: string;
  readonly recipientUpn: string | null;
  readonly recipientUserId: string | null;
  readonly kind: string;
  readonly payload: unknown;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly activityId: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

function toMessage(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    tenantId: row.tenant_id,
    recipientUpn: row.recipient_upn,
    recipientUserId: row.recipient_user_id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    activityId: row.activity_id,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** Written in the same transaction as the event it reports; a repeated key is a no-op (false). */
export async function enqueue(
  db: Executor,
  message: { idempotencyKey: string; tenantId: string; recipientUpn?: string | null; recipientUserId?: string | null; kind: string; payload: unknown },
  at: Date,
): Promise<boolean> {
  const now = at.toISOString();
  const result = await db
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      idempotency_key: message.idempotencyKey,
      tenant_id: message.tenantId,
      recipient_upn: message.recipientUpn?.toLowerCase() ?? null,
      recipient_user_id: message.recipientUserId ?? null,
      kind: message.kind,
      payload: JSON.stringify(message.payload),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      leased_by: null,
      last_error: null,
      activity_id: null,
      created_at: now,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function findByIdempotencyKey(db: Executor, key: string): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  return row && toMessage(row);
}

/**
 * Claims due messages with a lease, so two dispatchers never send the same row at once.
 * A lease that expires (instance died mid-send) makes the row claimable again.
 */
export async function claimDue(db: Executor, owner: string, at: Date, leaseMs: number, limit: number): Promise<OutboxMessage[]> {
  const now = at.toISOString();
  const leaseUntil = new Date(at.getTime() + leaseMs).toISOString();
  return dialectOf(db) === 'postgres' ? claimDueLocking(db, owner, now, leaseUntil, limit) : claimDueConditional(db, owner, now, leaseUntil, limit);
}

/**
 * PostgreSQL: one statement, hence one transaction. The CTE locks the due rows it picks and
 * skips rows another instance has locked at that moment, so concurrent claimers take disjoint
 * batches without waiting for each other. MATERIALIZED makes it run exactly once: as a plain
 * `id IN (subquery)` the planner may rescan it and lease more rows than `limit`.
 */
async function claimDueLocking(db: Executor, owner: string, now: string, leaseUntil: string, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .with(
      (cte) => cte('due').materialized(),
      (qb) =>
        qb
          .selectFrom('outbox')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', now)]))
          .orderBy('next_attempt_at')
          .orderBy('created_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
    )
    .updateTable('outbox')
    .from('due')
    .set({ lease_until: leaseUntil, leased_by: owner })
    .whereRef('outbox.id', '=', 'due.id')
    .returningAll('outbox')
    .execute();
  // RETURNING has no order of its own.
  const order = (m: OutboxMessage) => `${m.nextAttemptAt}|${m.createdAt}`;
  return rows.map(toMessage).sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** SQLite: one writer at a time, so a conditional UPDATE per candidate is atomic per row. */
async function claimDueConditional(db: Executor, owner: string, now: string, leaseUntil: string, limit: number): Promise<OutboxMessage[]> {
  const candidates = await db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('next_attempt_at')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  const claimed: OutboxMessage[] = [];
  for (const { id } of candidates) {
    const result = await db
      .updateTable('outbox')
      .set({ lease_until: leaseUntil, leased_by: owner })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    if (result.numUpdatedRows > 0n) {
      const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      claimed.push(toMessage(row));
    }
  }
  return claimed;
}

/** Each mark* writes only while `owner` holds the row's lease; false when it no longer does. */
export async function markSent(db: Executor, id: string, owner: string, activityId: string | null, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sent', sent_at: at.toISOString(), activity_id: activityId, lease_until: null, leased_by: null, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('leased_by', '=', owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markRetry(db: Executor, id: string, owner: string, nextAttemptAt: Date, error: string, dead: boolean): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({
      status: dead ? 'dead' : 'pending',
      next_attempt_at: nextAttemptAt.toISOString(),
      last_error: error.slice(0, 500),
      lease_until: null,
      leased_by: null,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .where('leased_by', '=', owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The recipient has not installed the app yet: keep waiting without counting an attempt. */
export async function markWaiting(db: Executor, id: string, owner: string, nextAttemptAt: Date, reason: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    // last_error is varchar(500): PostgreSQL rejects longer text where SQLite would keep it.
    .set({ next_attempt_at: nextAttemptAt.toISOString(), last_error: reason.slice(0, 500), lease_until: null, leased_by: null })
    .where('id', '=', id)
    .where('leased_by', '=', owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listByStatus(db: Executor, status: OutboxStatus, limit = 50): Promise<OutboxMessage[]> {
  const rows = await db.selectFrom('outbox').selectAll().where('status', '=', status).orderBy('created_at').limit(limit).execute();
  return rows.map(toMessage);
}
