import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';
import { claimDue, markRetry, markSent, markWaiting, type OutboxMessage } from '../storage/outbox.repository';
import { findConversationRef, findUser, findUserByUpn, saveConversationRef } from '../storage/users.repository';
import { DEFAULT_RETRY_POLICY, TEAMS_LIMITS, type DispatchLimits, type RetryPolicy } from './limits';
import { parsePayload } from './payload';
import { SlidingWindowLimiter, type RateScope } from './rateLimiter';
import { decideAfterFailure, type DeadReason } from './retryPolicy';
import { knownServiceUrl, markDeliveredLate, markSendStarted, releaseUntil, sendingAttempts, WAITING_PREFIX } from './store';
import type { NotificationPayload, NotificationSender, Sleep } from './types';

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

export interface Dispatcher {
  runOnce(): Promise<DispatchStats>;
  /** Polls every `intervalMs` (sooner when rows become due or on `nudge`). */
  start(intervalMs: number): void;
  /** Stops polling, lets the request in flight finish, gives back rows not yet sent. */
  stop(): Promise<void>;
  /** Something was enqueued or a recipient installed the app: look now. */
  nudge(): void;
}

interface Job {
  readonly row: OutboxMessage;
  readonly payload: NotificationPayload;
  readonly reference: unknown;
  readonly conversationKey: string;
  readonly scopes: readonly RateScope[];
}

type MutableStats = { -readonly [K in keyof DispatchStats]: DispatchStats[K] };

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, clock, sender, logger, instanceId } = options;
  const limits = options.limits ?? TEAMS_LIMITS;
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 120_000;
  const horizonMs = Math.min(options.horizonMs ?? 10_000, leaseMs / 4);
  const concurrency = options.concurrency ?? 32;
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const limiter = options.limiter ?? new SlidingWindowLimiter(limits.marginMs);
  const log = logger.child({ component: 'dispatcher', instanceId });

  let stopping = false;
  let stopSignal = deferred();
  let wake = deferred();
  let loop: Promise<void> | undefined;

  const pause = (ms: number) => Promise.race([sleep(ms), stopSignal.promise]);

  async function runOnce(): Promise<DispatchStats> {
    const stats: MutableStats = { claimed: 0, sent: 0, retried: 0, dead: 0, inDoubt: 0, waiting: 0, deferred: 0, nextWakeAt: null };
    const claimedAt = clock.now();
    const rows = await claimDue(db, instanceId, claimedAt, leaseMs, batchSize);
    stats.claimed = rows.length;
    if (rows.length === 0) return stats;
    const started = await sendingAttempts(
      db,
      rows.map((r) => r.id),
    );
    const groups = new Map<string, Job[]>();
    for (const row of rows) {
      const job = await prepare(row, started.get(row.id) ?? null, stats);
      if (!job) continue;
      const group = groups.get(job.conversationKey) ?? [];
      group.push(job);
      groups.set(job.conversationKey, group);
    }
    const leaseDeadline = claimedAt.getTime() + leaseMs / 2;
    await inPool([...groups.values()], concurrency, (jobs) =>
      sendInOrder(jobs, leaseDeadline, stats).catch((err: unknown) => {
        // rows left leased come back when the lease ends; a started send is then 'in-doubt'
        log.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'dispatch of a conversation failed');
      }),
    );
    return Object.freeze({ ...stats });
  }

  /** Everything short of sending: in-doubt check, payload, recipient and conversation. */
  async function prepare(row: OutboxMessage, sendingAttempt: number | null, stats: MutableStats): Promise<Job | undefined> {
    if (sendingAttempt !== null && sendingAttempt > row.attempts) {
      stats.inDoubt++;
      log.warn({ outboxId: row.id, kind: row.kind, attempt: sendingAttempt }, 'notification in doubt: a send started but its outcome was never stored; not resending');
      await dead(row, 'in-doubt', `attempt ${sendingAttempt} started, outcome unknown`, stats);
      return undefined;
    }
    const payload = parsePayload(row.payload);
    if (!payload) {
      await dead(row, 'invalid-payload', 'payload is not { text?, card? }', stats);
      return undefined;
    }
    const userId = row.recipientUserId ?? (row.recipientUpn ? (await findUserByUpn(db, row.tenantId, row.recipientUpn))?.id : undefined);
    if (!userId) return waitForInstall(row, 'unknown-recipient', stats);
    const stored = await findConversationRef(db, userId);
    const reference = stored?.reference ?? (await openConversation(row, userId));
    if (reference === undefined) return waitForInstall(row, 'not-installed', stats);
    const conversationId = (reference as { conversation?: { id?: string } }).conversation?.id ?? userId;
    return {
      row,
      payload,
      reference,
      conversationKey: conversationId,
      scopes: [
        { key: `conversation:${conversationId}`, windows: limits.perConversation },
        { key: `tenant:${row.tenantId}`, windows: limits.perTenant, spacingMs: limits.tenantSpacingMs },
      ],
    };
  }

  /** The user is known (has talked to the bot somewhere) but there is no 1:1 reference yet. */
  async function openConversation(row: OutboxMessage, userId: string): Promise<unknown> {
    if (!sender.createPersonalConversation) return undefined;
    const user = await findUser(db, userId);
    const serviceUrl = await knownServiceUrl(db, row.tenantId);
    if (!user || !serviceUrl) return undefined;
    const tenantScope = [{ key: `tenant:${row.tenantId}`, windows: limits.perTenant, spacingMs: limits.tenantSpacingMs }];
    const nowMs = clock.now().getTime();
    const ticket = limiter.reserve(tenantScope, nowMs);
    for (let wait = ticket.tryCommit(nowMs); wait > 0 && !stopping; wait = ticket.tryCommit(clock.now().getTime())) await pause(wait);
    const created = await sender.createPersonalConversation({ tenantId: row.tenantId, userId: user.teamsUserId, serviceUrl });
    ticket.settle(clock.now().getTime());
    if (!created.ok) {
      log.info({ outboxId: row.id, status: created.status, code: created.code }, 'could not open a 1:1 conversation (app not installed for the recipient?)');
      return undefined;
    }
    await saveConversationRef(db, { userId, tenantId: row.tenantId, serviceUrl, reference: created.reference }, clock.now());
    return created.reference;
  }

  async function waitForInstall(row: OutboxMessage, why: 'unknown-recipient' | 'not-installed', stats: MutableStats): Promise<undefined> {
    const now = clock.now();
    if (now.getTime() - Date.parse(row.createdAt) >= retry.maxWaitingMs) {
      await dead(row, 'not-installed', `recipient did not install the app (${why})`, stats);
      return undefined;
    }
    stats.waiting++;
    await markWaiting(db, row.id, instanceId, new Date(now.getTime() + retry.waitingRecheckMs), `${WAITING_PREFIX}${why}`);
    return undefined;
  }

  async function dead(row: OutboxMessage, reason: DeadReason, detail: string, stats: MutableStats): Promise<void> {
    stats.dead++;
    log.warn({ outboxId: row.id, kind: row.kind, reason }, 'notification dead-lettered');
    await markRetry(db, row.id, instanceId, clock.now(), `${reason}: ${detail}`, true);
  }

  async function sendInOrder(jobs: readonly Job[], leaseDeadline: number, stats: MutableStats): Promise<void> {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      const nowMs = clock.now().getTime();
      const slot = limiter.earliest(job.scopes, nowMs);
      if (stopping || slot - nowMs > horizonMs || slot > leaseDeadline) {
        await giveBack(jobs.slice(i), new Date(stopping ? nowMs : slot), stats);
        return;
      }
      const ticket = limiter.reserve(job.scopes, nowMs);
      for (;;) {
        const now = clock.now().getTime();
        const wait = stopping ? 0 : ticket.tryCommit(now);
        if (stopping || now + wait > leaseDeadline) {
          ticket.cancel();
          await giveBack(jobs.slice(i), new Date(now + wait), stats);
          return;
        }
        if (wait === 0) break;
        await pause(wait);
      }
      if (!(await markSendStarted(db, job.row.id, instanceId, clock.now()))) {
        log.warn({ outboxId: job.row.id }, 'lease lost before sending; another instance owns the row');
        return;
      }
      const result = await withWatchdog(sender.send(job.reference, job.payload), sendTimeoutMs).catch((err: unknown) => {
        log.error({ outboxId: job.row.id, err: { type: (err as Error)?.name } }, 'send failed without an answer');
        return { ok: false, status: null, retryAfter: null, code: String((err as Error)?.message ?? 'sender-threw').slice(0, 80), delivery: 'unknown' } as const;
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
      const decision = decideAfterFailure(result, job.row.attempts + 1, doneAt, retry, random);
      if (decision.kind === 'dead') {
        if (decision.reason === 'in-doubt') stats.inDoubt++;
        await dead(job.row, decision.reason, decision.error, stats);
        continue;
      }
      stats.retried++;
      log.info({ outboxId: job.row.id, attempt: job.row.attempts + 1, status: result.status, retryAt: decision.at.toISOString() }, 'notification will be retried');
      await markRetry(db, job.row.id, instanceId, decision.at, decision.error, false);
      if (decision.throttled) limiter.block(`conversation:${job.conversationKey}`, decision.at.getTime());
      noteWake(stats, decision.at);
      // keep the conversation's order: its later notifications wait for this one
      await giveBack(jobs.slice(i + 1), decision.at, stats);
      return;
    }
  }

  async function giveBack(jobs: readonly Job[], at: Date, stats: MutableStats): Promise<void> {
    for (const job of jobs) await releaseUntil(db, job.row.id, instanceId, at);
    stats.deferred += jobs.length;
    if (jobs.length > 0) noteWake(stats, at);
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

  return { runOnce, start, stop, nudge: () => wake.resolve() };
}

function withWatchdog<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function noteWake(stats: MutableStats, at: Date): void {
  if (!stats.nextWakeAt || at < stats.nextWakeAt) stats.nextWakeAt = at;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
