import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client } from 'pg';
import { openAdvisoryLock, type AdvisoryLock } from '../../src/storage/advisoryLock';
import { describeWithComponent, postgresStatus } from '../support/components';
import { startPostgres, type TestPostgres } from '../support/postgres';


async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeWithComponent(postgresStatus(), '[postgres] the dispatcher lock: a session-level advisory lock', (binaries) => {
  let server: TestPostgres;
  const opened: AdvisoryLock[] = [];
  const lock = (url: string) => {
    const l = openAdvisoryLock({ url, name: 'stodlotsen:test-lock', timeoutMs: 2_000 });
    opened.push(l);
    return l;
  };

  beforeAll(async () => {
    server = await startPostgres(binaries);
  });
  afterAll(async () => {
    await Promise.all(opened.map((l) => l.close()));
    await server?.stop();
  });

  it('one holder at a time; the lock is free again when the holder releases it or its session ends', async () => {
    const url = await server.createSchema('lock');
    const [a, b] = [lock(url), lock(url)];
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    expect(await a.isHeld()).toBe(true);
    await a.release();
    expect(await b.tryAcquire()).toBe(true);
    expect(await a.tryAcquire()).toBe(false);

    // The server ends b's session (as when its process dies): b learns it, a can take the lock.
    let lost = false;
    b.onLost(() => (lost = true));
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid()`);
    } finally {
      await admin.end();
    }
    await until('b to notice', async () => lost || !(await b.isHeld()));
    expect(await b.isHeld()).toBe(false);
    expect(await a.tryAcquire()).toBe(true);
  });

  it('is per schema: deployments sharing a database each have their own dispatcher', async () => {
    const [one, two] = [lock(await server.createSchema('lock_one')), lock(await server.createSchema('lock_two'))];
    expect(await one.tryAcquire()).toBe(true);
    expect(await two.tryAcquire()).toBe(true);
  });

  it("a standby's notify wakes the holder (a notification enqueued on the other instance)", async () => {
    const url = await server.createSchema('notify');
    const [holder, standby] = [lock(url), lock(url)];
    expect(await holder.tryAcquire()).toBe(true);
    let woken = 0;
    holder.onNotified(() => woken++);
    await standby.notify();
    await until('the notification', async () => woken > 0);
    expect(woken).toBe(1);
  });
});
