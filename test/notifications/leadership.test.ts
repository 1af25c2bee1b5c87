import { describe, expect, it } from 'vitest';
import { startLeadership, type LeaderLock } from '../../src/notifications/leadership';
import { memoryLogger } from '../support/testDeps';

/** A lock service in memory: one holder at a time; ending a session frees its lock, as PostgreSQL does. */
function lockService() {
  let holder: FakeLock | undefined;
  class FakeLock implements LeaderLock {
    alive = true;
    releases = 0;
    private lost: Array<() => void> = [];
    async tryAcquire() {
      if (!this.alive) return false;
      if (!holder) holder = this as FakeLock;
      return holder === this;
    }
    async isHeld() {
      return this.alive && holder === this;
    }
    onLost(listener: () => void) {
      this.lost.push(listener);
    }
    async release() {
      this.releases++;
      if (holder === this) holder = undefined;
    }
    async close() {
      this.endSession();
    }
    /** The process died or its connection broke: the server frees the lock. */
    endSession() {
      this.alive = false;
      if (holder === this) holder = undefined;
      this.lost.forEach((l) => l());
    }
  }
  return { lock: () => new FakeLock(), holder: () => holder };
}

/** Sleeps that end only when the test says so: one `tick` = one poll interval for everyone. */
function manualSleep() {
  const waiting: Array<() => void> = [];
  return {
    sleep: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async tick() {
      waiting.splice(0).forEach((resolve) => resolve());
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

function member(service: ReturnType<typeof lockService>, time: ReturnType<typeof manualSleep>, name: string, events: string[], failElection = false) {
  const lock = service.lock();
  const leadership = startLeadership({
    lock,
    logger: memoryLogger('silent').logger,
    sleep: time.sleep,
    pollMs: 1_000,
    async onElected() {
      events.push(`${name} elected`);
      if (failElection) throw new Error('take-over failed');
    },
    async onDeposed() {
      events.push(`${name} deposed`);
    },
  });
  return { lock, leadership };
}

describe('leader election for the outbox dispatcher', () => {
  it('elects exactly one of two instances; the other takes over one poll after the leader dies', async () => {
    const service = lockService();
    const time = manualSleep();
    const events: string[] = [];
    const one = member(service, time, 'one', events);
    const two = member(service, time, 'two', events);
    await time.tick();
    expect(events).toEqual(['one elected']);
    expect([one.leadership.isLeader(), two.leadership.isLeader()]).toEqual([true, false]);

    await time.tick();
    await time.tick();
    expect(events).toEqual(['one elected']);

    one.lock.endSession();
    await time.tick(); // one notices at once (onLost); two asks at its next poll
    expect(events).toEqual(['one elected', 'one deposed', 'two elected']);
    expect(two.leadership.isLeader()).toBe(true);
    expect(one.leadership.isLeader()).toBe(false);
    await Promise.all([one.leadership.stop(), two.leadership.stop()]);
  });

  it('gives the lock back when taking over fails, so another instance can try', async () => {
    const service = lockService();
    const time = manualSleep();
    const events: string[] = [];
    const failing = member(service, time, 'failing', events, true);
    await time.tick();
    expect(events).toEqual(['failing elected', 'failing deposed']);
    expect(failing.lock.releases).toBe(1);
    expect(service.holder()).toBeUndefined();
    const healthy = member(service, time, 'healthy', events);
    await failing.leadership.stop();
    await time.tick();
    expect(healthy.leadership.isLeader()).toBe(true);
    await healthy.leadership.stop();
  });

  it('steps down and frees the lock on stop', async () => {
    const service = lockService();
    const time = manualSleep();
    const events: string[] = [];
    const one = member(service, time, 'one', events);
    await time.tick();
    await one.leadership.stop();
    expect(events).toEqual(['one elected', 'one deposed']);
    expect(service.holder()).toBeUndefined();
  });
});
