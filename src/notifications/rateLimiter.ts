import type { RateWindow } from './limits';

/** One rate-limited scope (a conversation, a tenant) and the windows that apply to it. */
export interface RateScope {
  readonly key: string;
  readonly windows: readonly RateWindow[];
  /**
   * Our own pacing, not a Teams limit: slots at least this far apart. Without it a tenant's 30
   * go out as one burst, queue behind each other here, come back late and – counted from then –
   * push the next second's burst back.
   */
  readonly spacingMs?: number;
}

/** A place in line for one send. */
export interface RateTicket {
  /** When the send may go, as far as is known now. */
  readonly slot: number;
  /**
   * Call when the slot has come: 0 = go (the send is now counted as made), otherwise how many
   * ms to wait before asking again (sends still in flight when the slot was given have since
   * come back later than their own slots).
   */
  tryCommit(nowMs: number): number;
  /** As `tryCommit`, without counting the send as made when the answer is 0. */
  peek(nowMs: number): number;
  /** The response came back: the request reached the connector at the latest now. */
  settle(doneMs: number): void;
  /** Not sending after all (shutdown, lease). */
  cancel(): void;
}

interface Entry {
  at: number;
  /** The slot it was given (for pacing); `at` may move later when it settles. */
  slotAt: number;
  /** Reservation order. */
  readonly seq: number;
  committed: boolean;
}

/**
 * In-process sliding-window limiter ("at most `limit` sends in any `windowMs`").
 *
 * A send is counted from its slot and, once its response is back, from that later instant:
 * the request reached the connector somewhere in between, so variable latency (a slow first
 * request, a busy event loop) can never squeeze one send too many into Teams' window. A slot
 * t is allowed when fewer than `limit` counted sends lie after t − window – including sends
 * counted later than t, which makes the check hold for every window containing t, not only
 * the one ending there. Just before sending, `tryCommit` checks again against every send
 * already made and every one ahead in line, so concurrent conversations sharing the tenant
 * limit cannot overtake each other into a violation.
 *
 * Per process. On PostgreSQL only one instance dispatches at a time (src/notifications/leadership.ts),
 * and the one that takes over first counts its predecessor's recent sends in with `recordSent`;
 * 429s with Retry-After remain the backstop.
 */
export class SlidingWindowLimiter {
  private readonly sends = new Map<string, Entry[]>();
  private readonly blockedUntil = new Map<string, number>();
  private seq = 0;

  constructor(private readonly marginMs = 0) {}

  /** The earliest instant (epoch ms, ≥ nowMs) at which one more send fits every scope. */
  earliest(scopes: readonly RateScope[], nowMs: number): number {
    return this.earliestAmong(scopes, nowMs, () => true);
  }

  /** Takes the earliest slot for every scope. */
  reserve(scopes: readonly RateScope[], nowMs: number): RateTicket {
    const seq = this.seq++;
    const slot = this.earliest(scopes, nowMs);
    const taken: Array<{ key: string; entry: Entry }> = [];
    for (const scope of scopes) {
      const entry: Entry = { at: slot, slotAt: slot, seq, committed: false };
      const entries = prune(this.sends.get(scope.key) ?? [], nowMs - longest(scope.windows) - this.marginMs);
      insertSorted(entries, entry);
      this.sends.set(scope.key, entries);
      taken.push({ key: scope.key, entry });
    }
    const update = (change: (entry: Entry) => void, keep = true) => {
      for (const { key, entry } of taken) {
        const entries = this.sends.get(key);
        const index = entries?.indexOf(entry) ?? -1;
        if (!entries || index < 0) continue;
        entries.splice(index, 1);
        change(entry);
        if (keep) insertSorted(entries, entry);
      }
    };
    const check = (now: number, commit: boolean) => {
      const ahead = (e: Entry) => e.seq !== seq && (e.committed || e.seq < seq);
      const at = this.earliestAmong(scopes, now, ahead);
      ticket.slot = at;
      update((e) => {
        e.at = at;
        e.slotAt = at;
        e.committed = commit && at <= now;
      });
      return Math.max(0, at - now);
    };
    const ticket = {
      slot,
      tryCommit: (now: number) => check(now, true),
      peek: (now: number) => check(now, false),
      settle: (doneMs: number) => update((e) => (e.at = Math.max(e.at, doneMs))),
      cancel: () => update(() => undefined, false),
    };
    return ticket;
  }

  /** A send made elsewhere (another process, before this one took over) that Teams counted at `atMs`. */
  recordSent(scopes: readonly RateScope[], atMs: number): void {
    const seq = this.seq++;
    for (const scope of scopes) {
      const entries = this.sends.get(scope.key) ?? [];
      insertSorted(entries, { at: atMs, slotAt: atMs, seq, committed: true });
      this.sends.set(scope.key, entries);
    }
  }

  /** After a 429 (or 503) with Retry-After: nothing more goes to this key before `untilMs`. */
  block(key: string, untilMs: number): void {
    this.blockedUntil.set(key, Math.max(untilMs, this.blockedUntil.get(key) ?? 0));
  }

  private earliestAmong(scopes: readonly RateScope[], nowMs: number, counts: (e: Entry) => boolean): number {
    let slot = nowMs;
    for (const scope of scopes) slot = Math.max(slot, this.blockedUntil.get(scope.key) ?? 0);
    const views = scopes.map((scope) => ({ scope, entries: (this.sends.get(scope.key) ?? []).filter(counts) }));
    for (let changed = true; changed; ) {
      changed = false;
      for (const { scope, entries } of views) {
        if (scope.spacingMs && entries.length > 0) {
          const paced = Math.max(...entries.map((e) => e.slotAt)) + scope.spacingMs;
          if (paced > slot) {
            slot = paced;
            changed = true;
          }
        }
        for (const window of scope.windows) {
          const span = window.windowMs + this.marginMs;
          if (countAfter(entries, slot - span) < window.limit) continue;
          // the count only falls as t grows: first t at which the limit-th newest has left
          const next = entries[entries.length - window.limit]!.at + span;
          if (next > slot) {
            slot = next;
            changed = true;
          }
        }
      }
    }
    return slot;
  }
}

/** Index of the first entry after `instant` in the ascending `entries`. */
function firstAfter(entries: readonly Entry[], instant: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.at > instant) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function countAfter(entries: readonly Entry[], instant: number): number {
  return entries.length - firstAfter(entries, instant);
}

function insertSorted(entries: Entry[], entry: Entry): void {
  entries.splice(firstAfter(entries, entry.at), 0, entry);
}

function prune(entries: Entry[], before: number): Entry[] {
  const first = firstAfter(entries, before);
  return first === 0 ? entries : entries.slice(first);
}

function longest(windows: readonly RateWindow[]): number {
  return windows.reduce((max, w) => Math.max(max, w.windowMs), 0);
}
