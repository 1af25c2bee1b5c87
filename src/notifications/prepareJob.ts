import type { OutboxMessage } from '../storage/outbox.repository';
import { markWaiting } from '../storage/outbox.repository';
import { findUser, saveConversationRef } from '../storage/users.repository';
import { conversationIdOf, conversationScope, deadLetter, tenantScope, type DispatchContext, type Job, type MutableStats } from './dispatchContext';
import { parsePayload } from './payload';
import type { RecipientDirectory } from './recipients';
import { knownServiceUrl, WAITING_PREFIX } from './store';

/**
 * Everything short of sending one claimed row: the in-doubt check, the payload, the recipient
 * and their 1:1 conversation (opened when the user is known but has none stored yet).
 * Returns undefined when the row was settled here (dead letter, waiting for an install).
 */
export async function prepareJob(ctx: DispatchContext, row: OutboxMessage, sendingAttempt: number | null, recipients: RecipientDirectory, stats: MutableStats): Promise<Job | undefined> {
  if (sendingAttempt !== null && sendingAttempt > row.attempts) {
    stats.inDoubt++;
    ctx.log.warn({ outboxId: row.id, kind: row.kind, attempt: sendingAttempt }, 'notification in doubt: a send started but its outcome was never stored; not resending');
    await deadLetter(ctx, row, 'in-doubt', `attempt ${sendingAttempt} started, outcome unknown`, stats);
    return undefined;
  }
  const payload = parsePayload(row.payload);
  if (!payload) {
    await deadLetter(ctx, row, 'invalid-payload', 'payload is not { text?, card? }', stats);
    return undefined;
  }
  const userId = recipients.userIdOf(row);
  if (!userId) return waitForInstall(ctx, row, 'unknown-recipient', stats);
  let reference = recipients.referenceOf(userId);
  if (reference === undefined) {
    reference = await openConversation(ctx, row, userId);
    if (reference === undefined) return waitForInstall(ctx, row, 'not-installed', stats);
    recipients.remember(userId, reference);
  }
  const conversationId = conversationIdOf(reference, userId);
  return {
    row,
    payload,
    reference,
    conversationKey: conversationId,
    scopes: [conversationScope(ctx.limits, conversationId), tenantScope(ctx.limits, row.tenantId)],
  };
}

/** The user is known (has talked to the bot somewhere) but there is no 1:1 reference yet. */
async function openConversation(ctx: DispatchContext, row: OutboxMessage, userId: string): Promise<unknown> {
  const { db, clock, sender, limiter } = ctx;
  if (!sender.createPersonalConversation) return undefined;
  const user = await findUser(db, userId);
  const serviceUrl = await knownServiceUrl(db, row.tenantId);
  if (!user || !serviceUrl) return undefined;
  const scopes = [tenantScope(ctx.limits, row.tenantId)];
  const nowMs = clock.now().getTime();
  const ticket = limiter.reserve(scopes, nowMs);
  for (let wait = ticket.tryCommit(nowMs); wait > 0 && !ctx.isStopping(); wait = ticket.tryCommit(clock.now().getTime())) await ctx.pause(wait);
  const created = await sender.createPersonalConversation({ tenantId: row.tenantId, userId: user.teamsUserId, serviceUrl });
  ticket.settle(clock.now().getTime());
  if (!created.ok) {
    ctx.log.info({ outboxId: row.id, status: created.status, code: created.code }, 'could not open a 1:1 conversation (app not installed for the recipient?)');
    return undefined;
  }
  await saveConversationRef(db, { userId, tenantId: row.tenantId, serviceUrl, reference: created.reference }, clock.now());
  return created.reference;
}

async function waitForInstall(ctx: DispatchContext, row: OutboxMessage, why: 'unknown-recipient' | 'not-installed', stats: MutableStats): Promise<undefined> {
  const now = ctx.clock.now();
  if (now.getTime() - Date.parse(row.createdAt) >= ctx.retry.maxWaitingMs) {
    await deadLetter(ctx, row, 'not-installed', `recipient did not install the app (${why})`, stats);
    return undefined;
  }
  stats.waiting++;
  await markWaiting(ctx.db, row.id, ctx.instanceId, new Date(now.getTime() + ctx.retry.waitingRecheckMs), `${WAITING_PREFIX}${why}`);
  return undefined;
}
