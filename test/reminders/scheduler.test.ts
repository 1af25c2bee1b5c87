import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReminderScheduler } from '../../src/reminders/scheduler';
import type { DatabaseHandle } from '../../src/storage/database';
import { STAFF } from '../support/conversation';
import { registerTestCase } from '../support/fixtures';
import { memoryLogger, openTestDatabase, testClock } from '../support/testDeps';

describe('reminder scheduler', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
    await registerTestCase(database.db); // moved in 2026-11-02: GP due 2026-11-16
  });
  afterEach(async () => {
    await database.close();
  });

  const reminders = () => database.db.selectFrom('outbox').selectAll().where('kind', '=', 'reminder').execute();

  it('runs once a working day at the configured Stockholm time and fires once across a restart', async () => {
    const clock = testClock('2026-11-17T06:00:00.000Z'); // 07:00 in Stockholm (CET)
    const first = startReminderScheduler({ db: database.db, clock, logger: memoryLogger().logger, timeOfDay: '07:30' }, 3_600_000);
    expect(await first.tick()).toBeNull();
    clock.set('2026-11-17T06:31:00.000Z'); // 07:31
    expect(await first.tick()).toMatchObject({ cases: 1 });
    first.stop();
    const afterFirst = await reminders();
    expect(afterFirst.length).toBeGreaterThan(0);
    const gp = afterFirst.filter((r) => r.payload.includes('enomförandeplan'));
    expect(gp).toHaveLength(1);
    expect(gp[0]!.recipient_user_id).toBe(STAFF.aadObjectId);

    // "restart": a new scheduler on the same database the same day fires nothing more
    const second = startReminderScheduler({ db: database.db, clock, logger: memoryLogger().logger, timeOfDay: '07:30' }, 3_600_000);
    expect(await second.tick()).toBeNull();
    second.stop();
    expect(await reminders()).toHaveLength(afterFirst.length);
  });

  it('does not run on a weekend or a Swedish public holiday', async () => {
    const clock = testClock('2026-11-21T08:00:00.000Z'); // Saturday
    const scheduler = startReminderScheduler({ db: database.db, clock, logger: memoryLogger().logger, timeOfDay: '07:30' }, 3_600_000);
    expect(await scheduler.tick()).toBeNull();
    clock.set('2026-12-25T08:00:00.000Z'); // juldagen
    expect(await scheduler.tick()).toBeNull();
    scheduler.stop();
    expect(await reminders()).toHaveLength(0);
  });
});
