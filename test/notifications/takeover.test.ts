import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../src/notifications/rateLimiter';
import { markSendStarted } from '../../src/notifications/store';
import { TEAMS_LIMITS } from '../../src/notifications/limits';
import { claimDue, findByIdempotencyKey, listByStatus } from '../../src/storage/outbox.repository';
import { installFor, maxInWindow, notificationRig, notify, type Rig } from './support';

/**
 * A dispatcher that becomes the one dispatcher of a shared database (after the previous one's
 * process died) keeps Teams' windows across the change and does not wait out dead leases.
 */
describe('taking over from a previous dispatcher', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await notificationRig();
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
  });
  afterEach(async () => {
    await rig.close();
  });

  /** 50 sent by instance-a (7/s in one chat), then 20 more queued for whoever dispatches next. */
  async function predecessorSent50(): Promise<number> {
    const t0 = rig.ms();
    for (let i = 0; i < 50; i++) await notify(rig.db, rig.clock.now(), `first-${String(i).padStart(2, '0')}`);
    const a = rig.dispatcher({ instanceId: 'instance-a' });
    while ((await listByStatus(rig.db, 'sent', 100)).length < 50) await a.runOnce();
    for (let i = 0; i < 20; i++) await notify(rig.db, rig.clock.now(), `then-${String(i).padStart(2, '0')}`);
    return t0;
  }

  async function drainWith(b: ReturnType<Rig['dispatcher']>): Promise<void> {
    while ((await listByStatus(rig.db, 'pending', 100)).length > 0) {
      const stats = await b.runOnce();
      if (stats.claimed === 0) rig.advance(500);
    }
  }

  it("counts the predecessor's sends: 60 per 30 s in the chat holds across the change", async () => {
    await predecessorSent50();
    const b = rig.dispatcher({ instanceId: 'instance-b', limiter: new SlidingWindowLimiter(TEAMS_LIMITS.marginMs) });
    expect(await b.takeOver()).toEqual({ released: 0, counted: 50 });
    await drainWith(b);
    const times = rig.delivered().map((d) => d.at);
    expect(times).toHaveLength(70);
    expect(maxInWindow(times, 30_000)).toBe(60);
    expect(maxInWindow(times, 1_000)).toBe(7);
  }, 20_000);

  it('without the take-over a fresh dispatcher would break the 30 s window (the check above can fail)', async () => {
    await predecessorSent50();
    const b = rig.dispatcher({ instanceId: 'instance-b', limiter: new SlidingWindowLimiter(TEAMS_LIMITS.marginMs) });
    await drainWith(b);
    expect(maxInWindow(rig.delivered().map((d) => d.at), 30_000)).toBeGreaterThan(60);
  }, 20_000);

  it("takes back the predecessor's leases at once, and its started send stays in doubt", async () => {
    for (let i = 0; i < 3; i++) await notify(rig.db, rig.clock.now(), `leased-${i}`);
    const claimed = await claimDue(rig.db, 'instance-dead', rig.clock.now(), 120_000, 10);
    expect(claimed).toHaveLength(3);
    expect(await markSendStarted(rig.db, claimed[0]!.id, 'instance-dead', rig.clock.now())).toBe(true);

    const b = rig.dispatcher({ instanceId: 'instance-b' });
    expect(await b.takeOver()).toEqual({ released: 3, counted: 1 });
    // Well inside the dead instance's 120 s lease.
    rig.advance(1_000);
    expect(await b.runOnce()).toMatchObject({ claimed: 3, sent: 2, inDoubt: 1 });
    expect(await findByIdempotencyKey(rig.db, 'leased-0')).toMatchObject({ status: 'dead' });
    expect(rig.delivered().map((d) => d.text)).toEqual(['Notis leased-1', 'Notis leased-2']);
  });
});
