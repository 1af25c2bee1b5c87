import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';
import { markRetry, type OutboxMessage } from '../storage/outbox.repository';
import type { DispatchLimits, RetryPolicy } from './limits';
import type { RateScope, SlidingWindowLimiter } from './rateLimiter';
import type { DeadReason } from './retryPolicy';
import type { NotificationPayload, NotificationSender } from './types';

/** What one dispatcher's parts share: its dependencies, its settings and its stop flag. */
export interface DispatchContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly sender: NotificationSender;
  readonly log: Logger;
  readonly instanceId: string;
  readonly limits: DispatchLimits;
  readonly retry: RetryPolicy;
  readonly random: () => number;
  readonly limiter: SlidingWindowLimiter;
  /** Longest wait for a rate-limit slot while holding a row. */
  readonly horizonMs: number;
  readonly sendTimeoutMs: number;
  isStopping(): boolean;
  /** The injected sleep, not cut short by a stop. */
  sleep(ms: number): Promise<void>;
  /** Waits `ms` on the injected sleep, or less when the dispatcher is stopped meanwhile. */
  pause(ms: number): Promise<unknown>;
}

export interface DispatchStats {
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
  readonly inDoubt: number;
  readonly waiting: number;
  readonly deferred: number;
  /** Earliest instant something released in this run becomes due again. */
  readonly nextWakeAt: Date | null;
}

export type MutableStats = { -readonly [K in keyof DispatchStats]: DispatchStats[K] };

export function emptyStats(): MutableStats {
  return { claimed: 0, sent: 0, retried: 0, dead: 0, inDoubt: 0, waiting: 0, deferred: 0, nextWakeAt: null };
}

/** A claimed row ready to send: its recipient's conversation resolved, its rate scopes named. */
export interface Job {
  readonly row: OutboxMessage;
  readonly payload: NotificationPayload;
  readonly reference: unknown;
  readonly conversationKey: string;
  readonly scopes: readonly RateScope[];
}

export function tenantScope(limits: DispatchLimits, tenantId: string): RateScope {
  return { key: `tenant:${tenantId}`, windows: limits.perTenant, spacingMs: limits.tenantSpacingMs };
}

export function conversationScope(limits: DispatchLimits, conversationId: string): RateScope {
  return { key: `conversation:${conversationId}`, windows: limits.perConversation };
}

/** The conversation a stored ConversationReference points at (the user id when it has none). */
export function conversationIdOf(reference: unknown, userId: string): string {
  return (reference as { conversation?: { id?: string } } | null)?.conversation?.id ?? userId;
}

export async function deadLetter(ctx: DispatchContext, row: OutboxMessage, reason: DeadReason, detail: string, stats: MutableStats): Promise<void> {
  stats.dead++;
  ctx.log.warn({ outboxId: row.id, kind: row.kind, reason }, 'notification dead-lettered');
  await markRetry(ctx.db, row.id, ctx.instanceId, ctx.clock.now(), `${reason}: ${detail}`, true);
}

export function noteWake(stats: MutableStats, at: Date): void {
  if (!stats.nextWakeAt || at < stats.nextWakeAt) stats.nextWakeAt = at;
}
