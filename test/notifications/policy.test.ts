import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, TEAMS_LIMITS } from '../../src/notifications/limits';
import { SlidingWindowLimiter } from '../../src/notifications/rateLimiter';
import { backoffMs, decideAfterFailure, parseRetryAfter } from '../../src/notifications/retryPolicy';
import type { SendFailure } from '../../src/notifications/types';
import { maxInWindow } from './support';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const conversation = (id = 'c1') => ({ key: `conversation:${id}`, windows: TEAMS_LIMITS.perConversation });
const tenant = { key: 'tenant:t1', windows: TEAMS_LIMITS.perTenant, spacingMs: TEAMS_LIMITS.tenantSpacingMs };

describe('sliding-window limiter with Teams limits', () => {
  it.each([
    // [sends already made at t=0 …, what the next slot must be]
    ['8th send in a second waits for the 1st to leave the 1 s window', 7, 1_000],
    ['61st send waits for the 1st to leave the 30 s window', 60, 30_000],
  ])('%s', (_label, before, expected) => {
    const limiter = new SlidingWindowLimiter(0);
    let last = 0;
    for (let i = 0; i < before; i++) last = limiter.reserve([conversation()], last).slot;
    expect(limiter.earliest([conversation()], last)).toBe(expected);
  });

  it('1,801st send in an hour waits for the hour window', () => {
    const limiter = new SlidingWindowLimiter(0);
    const times: number[] = [];
    for (let i = 0; i < 1_801; i++) times.push(limiter.reserve([conversation()], 0).slot);
    expect(maxInWindow(times, 1_000)).toBe(7);
    expect(maxInWindow(times, 30_000)).toBe(60);
    expect(maxInWindow(times, 3_600_000)).toBe(1_800);
    expect(times[1_800]).toBe(3_600_000);
  });

  it('adds the safety margin to every window', () => {
    const limiter = new SlidingWindowLimiter(TEAMS_LIMITS.marginMs);
    for (let i = 0; i < 7; i++) limiter.reserve([conversation()], 0);
    expect(limiter.earliest([conversation()], 0)).toBe(1_005);
  });

  it('30 per second per tenant, across conversations, paced 25 ms apart', () => {
    const limiter = new SlidingWindowLimiter(0);
    const times = Array.from({ length: 32 }, (_, i) => limiter.reserve([conversation(`c${i}`), tenant], 0).slot);
    expect(times.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i * 25));
    expect(times[30]).toBe(1_000);
    expect(times[31]).toBe(1_025);
  });

  it('without pacing the tenant\'s 30 may go at once', () => {
    const limiter = new SlidingWindowLimiter(0);
    const unpaced = { key: 'tenant:t1', windows: TEAMS_LIMITS.perTenant };
    const times = Array.from({ length: 31 }, (_, i) => limiter.reserve([conversation(`c${i}`), unpaced], 0).slot);
    expect(times.slice(0, 30).every((t) => t === 0)).toBe(true);
    expect(times[30]).toBe(1_000);
  });

  it('a send that commits checks again against sends that came back late', () => {
    const limiter = new SlidingWindowLimiter(0);
    const first = Array.from({ length: 7 }, () => limiter.reserve([conversation()], 0));
    for (const t of first) expect(t.tryCommit(0)).toBe(0);
    const eighth = limiter.reserve([conversation()], 0);
    expect(eighth.slot).toBe(1_000);
    first.forEach((t, i) => t.settle(100 + 3 * i)); // the responses came back between 100 and 118 ms
    expect(eighth.tryCommit(1_000)).toBe(100);
    expect(eighth.tryCommit(1_100)).toBe(0);
  });

  it('a cancelled ticket frees its slot', () => {
    const limiter = new SlidingWindowLimiter(0);
    const tickets = Array.from({ length: 7 }, () => limiter.reserve([conversation()], 0));
    tickets[6]!.cancel();
    expect(limiter.earliest([conversation()], 0)).toBe(0);
  });

  it('counts a send from when its response came back, so a slow request cannot squeeze in an 8th', () => {
    const limiter = new SlidingWindowLimiter(0);
    const tickets = Array.from({ length: 7 }, () => limiter.reserve([conversation()], 0));
    tickets[0]!.settle(80);
    expect(limiter.earliest([conversation()], 0)).toBe(1_000);
    for (const t of tickets) t.settle(80);
    expect(limiter.earliest([conversation()], 0)).toBe(1_080);
  });

  it('counts slots already taken later than the candidate (every window containing it holds)', () => {
    const limiter = new SlidingWindowLimiter(0);
    for (let i = 0; i < 7; i++) limiter.reserve([conversation()], 5_000);
    expect(limiter.earliest([conversation()], 4_500)).toBe(6_000);
  });

  it('a Retry-After block holds the conversation, not the others', () => {
    const limiter = new SlidingWindowLimiter(0);
    limiter.block('conversation:c1', 7_000);
    expect(limiter.earliest([conversation('c1')], 0)).toBe(7_000);
    expect(limiter.earliest([conversation('c2')], 0)).toBe(0);
  });
});

describe('retry policy', () => {
  const failure = (status: number | null, extra: Partial<SendFailure> = {}): SendFailure => ({ ok: false, status, retryAfter: null, code: 'x', delivery: 'rejected', ...extra });

  it.each([
    [429, 'retry'],
    [412, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
    [401, 'retry'],
    [400, 'dead'],
    [403, 'dead'],
    [404, 'dead'],
    [413, 'dead'],
  ] as const)('HTTP %i → %s', (status, kind) => {
    expect(decideAfterFailure(failure(status), 1, NOW, DEFAULT_RETRY_POLICY, () => 0).kind).toBe(kind);
  });

  it.each([
    ['7', 7_000],
    ['0.5', 500],
    ['Mon, 23 Nov 2026 09:00:30 GMT', 30_000],
    ['Mon, 23 Nov 2026 08:59:00 GMT', 0],
    ['250ms', 250],
    ['soon', null],
  ])('Retry-After %j → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([
    [1, 0.5, 1_000],
    [2, 0.5, 2_000],
    [3, 0.999, 7_992],
    [10, 0.5, 450_000],
    [20, 0.5, 450_000],
  ])('full-jitter backoff: attempt %i, random %f → %i ms (cap 15 min)', (attempt, random, expected) => {
    expect(backoffMs(attempt, DEFAULT_RETRY_POLICY, () => random)).toBe(expected);
  });

  it('uses Retry-After instead of backoff and marks the conversation throttled', () => {
    const decision = decideAfterFailure(failure(503, { retryAfter: '12' }), 1, NOW, DEFAULT_RETRY_POLICY, () => 0.9);
    expect(decision).toMatchObject({ kind: 'retry', at: new Date('2026-11-23T09:00:12.000Z'), throttled: true });
  });

  it('clamps an absurd Retry-After to an hour', () => {
    const decision = decideAfterFailure(failure(429, { retryAfter: '999999' }), 1, NOW, DEFAULT_RETRY_POLICY, () => 0);
    expect(decision).toMatchObject({ kind: 'retry', at: new Date('2026-11-23T10:00:00.000Z') });
  });

  it('gives up on the 8th attempt', () => {
    expect(decideAfterFailure(failure(500), 7, NOW, DEFAULT_RETRY_POLICY, () => 0).kind).toBe('retry');
    expect(decideAfterFailure(failure(500), 8, NOW, DEFAULT_RETRY_POLICY, () => 0)).toMatchObject({ kind: 'dead', reason: 'max-attempts' });
  });

  it.each([
    ['not-sent', 'retry'],
    ['unknown', 'dead'],
  ] as const)('no HTTP response, delivery %s → %s', (delivery, kind) => {
    expect(decideAfterFailure(failure(null, { delivery }), 1, NOW, DEFAULT_RETRY_POLICY, () => 0).kind).toBe(kind);
  });
});
