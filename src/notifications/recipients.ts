import type { Executor } from '../storage/database';
import type { OutboxMessage } from '../storage/outbox.repository';

/**
 * The recipients of one claimed batch, looked up in two queries instead of two per row: at
 * Teams' 30 sends a second, per-row look-ups between batches left the tenant's budget idle.
 */
export interface RecipientDirectory {
  /** The user the row is for (by id, or by UPN in its tenant); undefined = not known yet. */
  userIdOf(row: OutboxMessage): string | undefined;
  /** The stored 1:1 ConversationReference, if there is one. */
  referenceOf(userId: string): unknown;
  /** A conversation opened during this batch: later rows for the same user use it. */
  remember(userId: string, reference: unknown): void;
}

export async function loadRecipients(db: Executor, rows: readonly OutboxMessage[]): Promise<RecipientDirectory> {
  const byUpn = rows.filter((r) => r.recipientUserId === null && r.recipientUpn !== null);
  const upns = [...new Set(byUpn.map((r) => r.recipientUpn!.toLowerCase()))];
  const users =
    upns.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select(['id', 'tenant_id', 'upn'])
          .where('upn', 'in', upns)
          .where('tenant_id', 'in', [...new Set(byUpn.map((r) => r.tenantId))])
          .execute();
  const userByUpn = new Map(users.map((u) => [`${u.tenant_id}\n${u.upn}`, u.id]));
  const userIdOf = (row: OutboxMessage) => row.recipientUserId ?? (row.recipientUpn ? userByUpn.get(`${row.tenantId}\n${row.recipientUpn.toLowerCase()}`) : undefined);
  const userIds = [...new Set(rows.map(userIdOf).filter((id): id is string => id !== undefined))];
  const refs = userIds.length === 0 ? [] : await db.selectFrom('conversation_refs').select(['user_id', 'reference']).where('user_id', 'in', userIds).execute();
  const references = new Map<string, unknown>(refs.map((r) => [r.user_id, JSON.parse(r.reference) as unknown]));
  return {
    userIdOf,
    referenceOf: (userId) => references.get(userId),
    remember: (userId, reference) => void references.set(userId, reference),
  };
}
