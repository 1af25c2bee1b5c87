/** A sliding window: at most `limit` sends in any `windowMs` span. */
export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
}

export interface DispatchLimits {
  /** Teams: per bot and conversation. */
  readonly perConversation: readonly RateWindow[];
  /** Teams: per bot (app) and tenant, across all conversations. */
  readonly perTenant: readonly RateWindow[];
  /** Our pacing across a tenant (not a Teams limit): spreads its 30 sends over the second. */
  readonly tenantSpacingMs: number;
  /**
   * Added to every window. Sends are counted up to the moment their response came back (an
   * upper bound for whenever Teams counted them), so this only covers clock granularity.
   */
  readonly marginMs: number;
}

/** Teams' documented bot limits for sending to a conversation, and the per-app/tenant ceiling. */
export const TEAMS_LIMITS: DispatchLimits = Object.freeze({
  perConversation: Object.freeze([
    Object.freeze({ limit: 7, windowMs: 1_000 }),
    Object.freeze({ limit: 60, windowMs: 30_000 }),
    Object.freeze({ limit: 1_800, windowMs: 3_600_000 }),
  ]),
  perTenant: Object.freeze([Object.freeze({ limit: 30, windowMs: 1_000 })]),
  tenantSpacingMs: 25,
  marginMs: 5,
});

export interface RetryPolicy {
  /** Attempts (HTTP sends) before a notification becomes a dead letter. */
  readonly maxAttempts: number;
  /** Full-jitter exponential backoff: delay ∈ [0, min(maxBackoffMs, baseBackoffMs · 2^(attempt-1))). */
  readonly baseBackoffMs: number;
  readonly maxBackoffMs: number;
  /** A Retry-After beyond this is clamped (a broken header must not park a message for days). */
  readonly maxRetryAfterMs: number;
  /** How often a notification whose recipient has not installed the app is looked at again. */
  readonly waitingRecheckMs: number;
  /** After this long without an install the notification is dead-lettered. */
  readonly maxWaitingMs: number;
}

export const MAX_ATTEMPTS = 8;

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: MAX_ATTEMPTS,
  baseBackoffMs: 2_000,
  maxBackoffMs: 15 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
  waitingRecheckMs: 10 * 60_000,
  maxWaitingMs: 14 * 24 * 60 * 60_000,
});
