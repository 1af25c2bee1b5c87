import type { Logger } from 'pino';
import { deferred } from './asyncTools';
import type { Sleep } from './types';

/**
 * A lock at most one process holds, released by the lock service when its holder's session
 * ends (PostgreSQL: a session-level advisory lock, src/storage/advisoryLock.ts).
 */
export interface LeaderLock {
  /** Takes the lock if it is free, without waiting; true = this process holds it now. */
  tryAcquire(): Promise<boolean>;
  /** Whether this process still holds it (false once its session has ended). */
  isHeld(): Promise<boolean>;
  /** Called when the session ends on its own (connection lost): look at once, not at the next poll. */
  onLost(listener: () => void): void;
  release(): Promise<void>;
  close(): Promise<void>;
}

export interface LeadershipOptions {
  readonly lock: LeaderLock;
  readonly logger: Logger;
  readonly sleep: Sleep;
  /** How often a follower asks for the lock and the leader checks it still holds it. */
  readonly pollMs: number;
  /** This process has become the leader (the lock is held). If it throws, the lock is given back. */
  onElected(): Promise<void>;
  /** This process is no longer the leader (lost the lock, or stopping): stop acting as one. */
  onDeposed(): Promise<void>;
}

export interface Leadership {
  isLeader(): boolean;
  /** Steps down (if leading), releases the lock and closes its session. */
  stop(): Promise<void>;
}

/**
 * One leader among the processes sharing a lock. Followers poll `tryAcquire`; the leader polls
 * `isHeld` and steps down when it fails. When the leader's process dies, the lock service ends
 * its session and releases the lock, and a follower wins it within `pollMs` (plus the time the
 * lock service takes to notice: at once for a killed process, whose socket the kernel closes;
 * its keepalive timeout for a vanished host).
 */
export function startLeadership(options: LeadershipOptions): Leadership {
  const { lock, sleep, pollMs } = options;
  const log = options.logger.child({ component: 'leadership' });
  let leader = false;
  let stopping = false;
  let stopSignal = deferred();
  let lost = deferred();
  lock.onLost(() => lost.resolve());

  async function stepDown(why: string): Promise<void> {
    if (!leader) return;
    leader = false;
    log.warn({ why }, 'no longer the outbox dispatcher');
    await options.onDeposed();
  }

  async function round(): Promise<void> {
    if (!leader) {
      if (!(await lock.tryAcquire())) return;
      leader = true;
      try {
        await options.onElected();
      } catch (err) {
        log.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'taking over as the outbox dispatcher failed; giving the lock back');
        await stepDown('take-over failed');
        await lock.release().catch(() => undefined);
      }
      return;
    }
    if (!(await lock.isHeld())) await stepDown('lock lost');
  }

  const loop = (async () => {
    while (!stopping) {
      lost = deferred();
      try {
        await round();
      } catch (err) {
        log.error({ err: { type: (err as Error)?.name } }, 'leader election round failed');
        await stepDown('lock session failed').catch(() => undefined);
      }
      if (stopping) break;
      await Promise.race([sleep(pollMs), lost.promise, stopSignal.promise]);
    }
  })();

  return {
    isLeader: () => leader,
    async stop() {
      stopping = true;
      stopSignal.resolve();
      await loop;
      await stepDown('stopping');
      await lock.release().catch(() => undefined);
      await lock.close();
      stopSignal = deferred();
    },
  };
}
