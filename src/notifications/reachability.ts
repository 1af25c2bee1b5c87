import type { Executor } from '../storage/database';
import { findConversationRef, findUserByUpn } from '../storage/users.repository';

/**
 * For the sender, at enqueue time: 'reachable' = a 1:1 reference is stored; 'not-installed' =
 * the person is known but has no 1:1 chat with the bot; 'unknown' = never seen. In the last two
 * cases the notification waits, and the dialogue should say so and offer the text to paste.
 */
export type Reachability = 'reachable' | 'not-installed' | 'unknown';

export async function recipientReachability(db: Executor, recipient: { tenantId: string; upn?: string | null; userId?: string | null }): Promise<Reachability> {
  const userId = recipient.userId ?? (recipient.upn ? (await findUserByUpn(db, recipient.tenantId, recipient.upn))?.id : undefined);
  if (!userId) return 'unknown';
  return (await findConversationRef(db, userId)) ? 'reachable' : 'not-installed';
}
