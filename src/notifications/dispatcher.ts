import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';
import { claimDue } from '../storage/outbox.repository';
import { deferred, inPool, realSleep } from './asyncTools';
import { emptyStats, type DispatchContext, type DispatchStats, type Job } from './dispatchContext';
import { DEFAULT_RETRY_POLICY, TEAMS_LIMITS, type DispatchLimits, type RetryPolicy } from './limits';
import { prepareJob } from './prepareJob';
import { SlidingWindowLimiter } from './rateLimiter';
import { loadRecipients } from './recipients';
import { sendInOrder } from './sendInOrder';
import { sendingAttempts } from './store';
import { takeOver, type TakeOverResult } from './takeover';
import type { NotificationSender, Sleep } from './types';

export { realSleep } from './asyncTools';
export type { DispatchStats } from './dispatchContext';
export type { TakeOverResult } from './takeover';

/**
 * Delivers the outbox. Per row: claim with a lease → resolve the recipient's conversation →
 * wait for a rate-limit slot → mark "send started" → one HTTP request → mark sent / retry / dead.
 *
 * Exactly once, and where that cannot be promised: Teams' "send activity" is not idempotent and
 * takes no idempotency key (a client-chosen activity id or channelData is not used to
 * de-duplicate), so a second POST is always a second message. What we control:
 *  - a row marked 'sent' is never claimed again (claimDue only takes 'pending');
 *  - a lease makes two live instances never work on one row at the same time, and the "send
 *    started" write is conditional on the lease, so an instance that stalled past its lease
 *    does not send a row someone else has taken over;
 *  - `sending_attempt` is written right before the request. If the instance dies after that
 *    but before the outcome is stored (the HTTP round trip plus one UPDATE, milliseconds), the
 *    next claimer sees a started attempt without an outcome and dead-letters the row as
 *    'in-doubt' instead of sending it again: never a second message, and the possibly lost
 *    one is visible to the admin, who can check with the recipient and requeue it.
 *    A crash between that write and the request leaving gives a false 'in-doubt' (no message
 *    at all, but visible) – the price of never duplicating.
 *  - No hidden retries: src/teams/proactive.ts removes the SDK pipeline's own retry policy, so
 *    one attempt here is exactly one HTTP request. 502/504 are retried as Microsoft advises
 *    although a gateway error can hide a delivered message; a reset/timeout after the request
 *    was written is treated as 'in-doubt'.
 */
export interface DispatcherOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly sender: NotificationSender;
  readonly logger: Logger;
  /** Unique per running process; used as the lease owner. */
  readonly instanceId: string;
  readonly limits?: DispatchLimits;
  readonly retry?: RetryPolicy;
  /** Waits between sends; tests pass one that advances their clock. */
  readonly sleep?: Sleep;
  /** [0, 1) source for backoff jitter. */
  readonly random?: () => number;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  /** Longest wait for a rate-limit slot while holding a row; later slots release the row. */
  readonly horizonMs?: number;
  /** Conversations served at the same time (each one strictly in order). */
  readonly concurrency?: number;
  /**
   * Watchdog on one send, in real time (not the injected clock): a request that never answers
   * must not stall the loop. What happened to it is unknown, so it becomes 'in-doubt'.
   */
  readonly sendTimeoutMs?: number;
  /** Shared limiter, e.g. with a second dispatcher in the same process. */
  readonly limiter?: SlidingWindowLimiter;
}

export interface Dispatcher {
  runOnce(): Promise<DispatchStats>;
  /** Polls every `intervalMs` (sooner when rows become due or on `nudge`). */
  start(intervalMs: number): void;
  /** Stops polling, lets the request in flight finish, gives back rows not yet sent. */
  stop(): Promise<void>;
  /** Something was enqueued or a recipient installed the app: look now. */
  nudge(): void;
  /**
   * Call before `start` when this instance has just become the one dispatcher of a shared
   * database: takes back a predecessor's leases and counts its recent sends (src/notifications/takeover.ts).
   */
  takeOver(): Promise<TakeOverResult>;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, clock, instanceId } = options;
  const limits = options.limits ?? TEAMS_LIMITS;
  const sleep = options.sleep ?? realSleep;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 120_000;
  const concurrency = options.concurrency ?? 32;
  const log = options.logger.child({ component: 'dispatcher', instanceId });

  let stopping = false;
  let stopSignal = deferred();
  let wake = deferred();
  let loop: Promise<void> | undefined;

  const ctx: DispatchContext = {
    db,
    clock,
    sender: options.sender,
    log,
    instanceId,
    limits,
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    random: options.random ?? Math.random,
    limiter: options.limiter ?? new SlidingWindowLimiter(limits.marginMs),
    horizonMs: Math.min(options.horizonMs ?? 10_000, leaseMs / 4),
    sendTimeoutMs: options.sendTimeoutMs ?? 60_000,
    isStopping: () => stopping,
    sleep,
    pause: (ms) => Promise.race([sleep(ms), stopSignal.promise]),
  };

  async function runOnce(): Promise<DispatchStats> {
    const stats = emptyStats();
    const claimedAt = clock.now();
    const rows = await claimDue(db, instanceId, claimedAt, leaseMs, batchSize);
    stats.claimed = rows.length;
    if (rows.length === 0) return stats;
    const started = await sendingAttempts(
      db,
      rows.map((r) => r.id),
    );
    const recipients = await loadRecipients(db, rows);
    const groups = new Map<string, Job[]>();
    for (const row of rows) {
      const job = await prepareJob(ctx, row, started.get(row.id) ?? null, recipients, stats);
      if (!job) continue;
      const group = groups.get(job.conversationKey) ?? [];
      group.push(job);
      groups.set(job.conversationKey, group);
    }
    const leaseDeadline = claimedAt.getTime() + leaseMs / 2;
    await inPool([...groups.values()], concurrency, (jobs) =>
      sendInOrder(ctx, jobs, leaseDeadline, stats).catch((err: unknown) => {
        // rows left leased come back when the lease ends; a started send is then 'in-doubt'
        log.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'dispatch of a conversation failed');
      }),
    );
    return Object.freeze({ ...stats });
  }

  function start(intervalMs: number): void {
    if (loop) return;
    stopping = false;
    stopSignal = deferred();
    // earliest instant a row this instance gave back becomes due (kept across runs)
    let dueAgain = Number.POSITIVE_INFINITY;
    loop = (async () => {
      while (!stopping) {
        let stats: DispatchStats | undefined;
        if (clock.now().getTime() >= dueAgain) dueAgain = Number.POSITIVE_INFINITY;
        try {
          stats = await runOnce();
        } catch (err) {
          log.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'dispatch run failed');
        }
        if (stopping) break;
        if (stats?.nextWakeAt) dueAgain = Math.min(dueAgain, stats.nextWakeAt.getTime());
        const waitMs = stats && stats.claimed >= batchSize ? 0 : Math.min(intervalMs, Math.max(0, dueAgain - clock.now().getTime()));
        wake = deferred();
        await Promise.race([waitMs > 0 ? sleep(waitMs) : new Promise<void>((resolve) => setImmediate(resolve)), wake.promise, stopSignal.promise]);
      }
    })();
  }

  async function stop(): Promise<void> {
    stopping = true;
    stopSignal.resolve();
    await loop;
    loop = undefined;
  }

  return { runOnce, start, stop, nudge: () => wake.resolve(), takeOver: () => takeOver(ctx) };
}
