import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realSleep } from '../../src/notifications/dispatcher';
import { TEAMS_LIMITS } from '../../src/notifications/limits';
import { SlidingWindowLimiter } from '../../src/notifications/rateLimiter';
import { findByIdempotencyKey } from '../../src/storage/outbox.repository';
import { CASEWORKER, installFor, notificationRig, notify, type Rig } from './support';

/** The polling loop with real waits (the clock stays fixed: only nudge/stop can move things). */
describe('dispatcher loop', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await notificationRig();
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
  });
  afterEach(async () => {
    await rig.close();
  });

  it('a nudge makes it look at once instead of at the next poll', async () => {
    const dispatcher = rig.dispatcher({ sleep: realSleep });
    dispatcher.start(60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await notify(rig.db, rig.clock.now(), 'n-nudge');
    dispatcher.nudge();
    await rig.connector.waitForCalls(1, 2_000);
    await dispatcher.stop();
    expect(await findByIdempotencyKey(rig.db, 'n-nudge')).toMatchObject({ status: 'sent' });
  });

  it('stop interrupts a rate-limit wait and gives the row back unsent, without counting an attempt', async () => {
    const limiter = new SlidingWindowLimiter(0);
    for (let i = 0; i < 7; i++) limiter.reserve([{ key: `conversation:${CASEWORKER.conversationId}`, windows: TEAMS_LIMITS.perConversation }], rig.ms());
    await notify(rig.db, rig.clock.now(), 'n-stop');
    const dispatcher = rig.dispatcher({ sleep: realSleep, limiter });
    dispatcher.start(60_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await dispatcher.stop();
    expect(performance.now() - started).toBeLessThan(500);
    expect(rig.connector.calls).toHaveLength(0);
    const row = await findByIdempotencyKey(rig.db, 'n-stop');
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    const lease = await rig.db.selectFrom('outbox').select(['leased_by', 'sending_attempt']).where('id', '=', row!.id).executeTakeFirstOrThrow();
    expect(lease).toEqual({ leased_by: null, sending_attempt: null });
  });
});
