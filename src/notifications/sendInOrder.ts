import { markRetry, markSent } from '../storage/outbox.repository';
import { withWatchdog } from './asyncTools';
import { deadLetter, noteWake, type DispatchContext, type Job, type MutableStats } from './dispatchContext';
import { decideAfterFailure } from './retryPolicy';
import { markDeliveredLate, markSendStarted, releaseUntil } from './store';
import type { SendResult } from './types';

/**
 * Sends one conversation's jobs strictly in order: wait for a rate-limit slot → mark "send
 * started" → one HTTP request → mark sent / retry / dead. Rows it will not reach before the
 * horizon or the lease deadline (or after a failure that keeps the order) are given back.
 */
export async function sendInOrder(ctx: DispatchContext, jobs: readonly Job[], leaseDeadline: number, stats: MutableStats): Promise<void> {
  const { db, clock, limiter, instanceId, log } = ctx;
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const nowMs = clock.now().getTime();
    const slot = limiter.earliest(job.scopes, nowMs);
    if (ctx.isStopping() || slot - nowMs > ctx.horizonMs || slot > leaseDeadline) {
      await giveBack(ctx, jobs.slice(i), new Date(ctx.isStopping() ? nowMs : slot), stats);
      return;
    }
    const ticket = limiter.reserve(job.scopes, nowMs);
    for (;;) {
      const now = clock.now().getTime();
      const stopping = ctx.isStopping();
      const wait = stopping ? 0 : ticket.peek(now);
      if (stopping || now + wait > leaseDeadline) {
        ticket.cancel();
        await giveBack(ctx, jobs.slice(i), new Date(now + wait), stats);
        return;
      }
      if (wait === 0) break;
      await ctx.pause(wait);
    }
    // The "send started" write comes before the send is counted as made: a send is counted until
    // its answer is back, so a database round trip inside that span would hold the next window back.
    if (!(await markSendStarted(db, job.row.id, instanceId, clock.now()))) {
      ticket.cancel();
      log.warn({ outboxId: job.row.id }, 'lease lost before sending; another instance owns the row');
      return;
    }
    // Committed to this send now (a stop waits for it); another conversation may have taken the slot meanwhile.
    for (let wait = ticket.tryCommit(clock.now().getTime()); wait > 0; wait = ticket.tryCommit(clock.now().getTime())) await ctx.sleep(wait);
    const result = await withWatchdog(ctx.sender.send(job.reference, job.payload), ctx.sendTimeoutMs).catch((err: unknown): SendResult => {
      log.error({ outboxId: job.row.id, err: { type: (err as Error)?.name } }, 'send failed without an answer');
      return { ok: false, status: null, retryAfter: null, code: String((err as Error)?.message ?? 'sender-threw').slice(0, 80), delivery: 'unknown' };
    });
    const doneAt = clock.now();
    ticket.settle(doneAt.getTime());
    if (result.ok) {
      const attempt = job.row.attempts + 1;
      if (!(await markSent(db, job.row.id, instanceId, result.activityId, doneAt))) {
        const recorded = await markDeliveredLate(db, job.row.id, attempt, result.activityId, doneAt);
        log.warn({ outboxId: job.row.id, recorded }, 'delivered after the lease ran out');
      }
      stats.sent++;
      continue;
    }
    const decision = decideAfterFailure(result, job.row.attempts + 1, doneAt, ctx.retry, ctx.random);
    if (decision.kind === 'dead') {
      if (decision.reason === 'in-doubt') stats.inDoubt++;
      await deadLetter(ctx, job.row, decision.reason, decision.error, stats);
      continue;
    }
    stats.retried++;
    log.info({ outboxId: job.row.id, attempt: job.row.attempts + 1, status: result.status, retryAt: decision.at.toISOString() }, 'notification will be retried');
    await markRetry(db, job.row.id, instanceId, decision.at, decision.error, false);
    if (decision.throttled) limiter.block(`conversation:${job.conversationKey}`, decision.at.getTime());
    noteWake(stats, decision.at);
    // keep the conversation's order: its later notifications wait for this one
    await giveBack(ctx, jobs.slice(i + 1), decision.at, stats);
    return;
  }
}

/** Gives claimed rows back for `at` without counting an attempt (rate limit, shutdown, order). */
export async function giveBack(ctx: DispatchContext, jobs: readonly Job[], at: Date, stats: MutableStats): Promise<void> {
  for (const job of jobs) await releaseUntil(ctx.db, job.row.id, ctx.instanceId, at);
  stats.deferred += jobs.length;
  if (jobs.length > 0) noteWake(stats, at);
}
