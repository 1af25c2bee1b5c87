import type { RetryPolicy } from './limits';
import type { SendFailure } from './types';

/** Stored in `last_error` as `<reason>: <detail>`; the admin view translates the reason. */
export type DeadReason = 'rejected' | 'forbidden' | 'not-found' | 'max-attempts' | 'in-doubt' | 'invalid-payload' | 'not-installed';

export type FailureDecision =
  | { readonly kind: 'retry'; readonly at: Date; readonly error: string; readonly throttled: boolean }
  | { readonly kind: 'dead'; readonly reason: DeadReason; readonly error: string };

/** Teams asks bots to retry these (429 throttled, 412 precondition, 5xx gateway/unavailable). */
const RETRYABLE = new Set([401, 408, 412, 429]);

/**
 * What to do after a failed send. `attempt` is the number of this attempt (1-based).
 * 502 and 504 are retried as Microsoft recommends, although a gateway error may hide a delivered
 * message; an outcome we know nothing about (connection reset after sending) is not retried.
 */
export function decideAfterFailure(failure: SendFailure, attempt: number, now: Date, policy: RetryPolicy, random: () => number): FailureDecision {
  const error = describe(failure);
  if (failure.status === null && failure.delivery === 'unknown') return { kind: 'dead', reason: 'in-doubt', error };
  const retryable = failure.status === null || RETRYABLE.has(failure.status) || failure.status >= 500;
  if (!retryable) {
    const reason: DeadReason = failure.status === 403 ? 'forbidden' : failure.status === 404 ? 'not-found' : 'rejected';
    return { kind: 'dead', reason, error };
  }
  if (attempt >= policy.maxAttempts) return { kind: 'dead', reason: 'max-attempts', error: `${attempt} attempts, last ${error}` };
  const retryAfterMs = parseRetryAfter(failure.retryAfter, now);
  const delay = retryAfterMs !== null ? Math.min(retryAfterMs, policy.maxRetryAfterMs) : backoffMs(attempt, policy, random);
  return { kind: 'retry', at: new Date(now.getTime() + delay), error, throttled: retryAfterMs !== null || failure.status === 429 };
}

/** Full jitter (AWS style): uniformly random in [0, min(cap, base · 2^(attempt-1))). */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Retry-After as delta-seconds or HTTP-date (RFC 9110), or `<n>ms` from retry-after-ms. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  const ms = /^(\d+(?:\.\d+)?)ms$/.exec(trimmed);
  if (ms) return Math.ceil(Number(ms[1]));
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

function describe(failure: SendFailure): string {
  return `${failure.status === null ? 'no response' : `HTTP ${failure.status}`} ${failure.code}`.trim();
}
