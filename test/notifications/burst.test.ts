import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../src/notifications/limits';
import { listByStatus } from '../../src/storage/outbox.repository';
import { idealSchedule, installFor, maxInWindow, notificationRig, notify, type Rig } from './support';

describe('a burst of 1,000 notifications to one caseworker', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await notificationRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  it('never exceeds 7 per second or 60 per 30 s in that chat, and loses little time to the limits', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    const t0 = rig.ms();
    await rig.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 1_000; i++) await notify(tx as never, rig.clock.now(), `burst-${String(i).padStart(4, '0')}`);
    });
    const dispatcher = rig.dispatcher();
    dispatcher.start(1_000);
    await rig.connector.waitForCalls(1_000, 50_000);
    await dispatcher.stop();

    const times = rig.deliveries.map((d) => d.at - t0);
    expect(rig.deliveries.every((d) => d.status === 200)).toBe(true);
    expect(times).toHaveLength(1_000);
    expect(maxInWindow(times, 1_000)).toBe(7);
    expect(maxInWindow(times, 30_000)).toBe(60);
    expect(maxInWindow(times, 3_600_000)).toBeLessThanOrEqual(1_800);
    // sent in the order they were written
    expect(rig.delivered().map((d) => d.text)).toEqual(Array.from({ length: 1_000 }, (_, i) => `Notis burst-${String(i).padStart(4, '0')}`));
    expect(await listByStatus(rig.db, 'sent', 2_000)).toHaveLength(1_000);

    const ideal = idealSchedule(1_000, TEAMS_LIMITS.perConversation).at(-1)!;
    expect(ideal).toBe(485_000);
    expect(times.at(-1)!).toBeLessThanOrEqual(ideal * 1.01);
    expect(times.at(-1)!).toBeGreaterThanOrEqual(ideal);
  }, 60_000);
});
