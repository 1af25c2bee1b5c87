import { expect, it } from 'vitest';
import type { Db } from '../../../src/storage/database';
import {
  claimDue,
  enqueue,
  findByIdempotencyKey,
  listByStatus,
  markRetry,
  markSent,
  markWaiting,
  type OutboxMessage,
} from '../../../src/storage/outbox.repository';
import { describeEachDialect } from './dialects';

const TENANT = 'tenant-test-0001';
const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-23T09:00:00.000Z');
const LEASE_MS = 60_000;

const message = (key: string) => ({ idempotencyKey: key, tenantId: TENANT, recipientUpn: 'Handlaggare.Test@Example.se', kind: 'submission', payload: { key, text: 'Uppstartsmöte bokat' } });

async function enqueueMany(db: Db, count: number, start = T0): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = `msg-${String(i).padStart(3, '0')}`;
    // Spread over distinct instants so the due order is well defined.
    await enqueue(db, message(key), new Date(start.getTime() + i * 1000));
    keys.push(key);
  }
  return keys;
}

const keysOf = (rows: readonly OutboxMessage[]) => rows.map((r) => r.idempotencyKey);

describeEachDialect('outbox', (stores) => {
  it('enqueues once per idempotency key, also when several instances enqueue it at once', async () => {
    const store = await stores.fresh();
    expect(await enqueue(store.handle.db, message('k-1'), T0)).toBe(true);
    expect(await enqueue(store.handle.db, { ...message('k-1'), kind: 'changed' }, at('2026-11-23T10:00:00.000Z'))).toBe(false);
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db];
    const created = await Promise.all(dbs.map((db) => enqueue(db, message('k-2'), T0)));
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await store.handle.db.selectFrom('outbox').select('idempotency_key').orderBy('idempotency_key').execute()).toEqual([
      { idempotency_key: 'k-1' },
      { idempotency_key: 'k-2' },
    ]);
    expect(await findByIdempotencyKey(store.handle.db, 'k-1')).toMatchObject({
      kind: 'submission', recipientUpn: 'handlaggare.test@example.se', status: 'pending', attempts: 0, payload: message('k-1').payload, nextAttemptAt: T0.toISOString(),
    });
  });

  it('enqueues inside the transaction of the event: rolled back together, and a repeated key keeps the transaction usable', async () => {
    const { handle } = await stores.fresh();
    await enqueue(handle.db, message('k-1'), T0);
    await expect(
      handle.db.transaction().execute(async (tx) => {
        await enqueue(tx, message('k-2'), T0);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    await handle.db.transaction().execute(async (tx) => {
      expect(await enqueue(tx, message('k-1'), T0)).toBe(false);
      expect(await enqueue(tx, message('k-3'), T0)).toBe(true);
    });
    expect((await listByStatus(handle.db, 'pending')).map((m) => m.idempotencyKey)).toEqual(['k-1', 'k-3']);
  });

  it('claims due pending rows only, oldest first, up to the limit, with a lease', async () => {
    const { handle } = await stores.fresh();
    await enqueueMany(handle.db, 5);
    await enqueue(handle.db, message('later'), at('2026-11-23T12:00:00.000Z'));
    const now = at('2026-11-23T09:00:03.000Z'); // msg-000..003 are due
    const first = await claimDue(handle.db, 'instance-a', now, LEASE_MS, 3);
    expect(keysOf(first)).toEqual(['msg-000', 'msg-001', 'msg-002']);
    const second = await claimDue(handle.db, 'instance-b', now, LEASE_MS, 10);
    expect(keysOf(second)).toEqual(['msg-003']);
    const row = await handle.db.selectFrom('outbox').select(['leased_by', 'lease_until']).where('idempotency_key', '=', 'msg-000').executeTakeFirstOrThrow();
    expect(row).toEqual({ leased_by: 'instance-a', lease_until: '2026-11-23T09:01:03.000Z' });
    expect(await claimDue(handle.db, 'instance-b', now, LEASE_MS, 10)).toEqual([]);
  });

  it('never hands the same row to two instances claiming at once', async () => {
    const store = await stores.fresh();
    const keys = await enqueueMany(store.handle.db, 40);
    const now = at('2026-11-23T10:00:00.000Z');
    const instances = ['a', 'b', 'c', 'd'].map((name, i) => ({ name, db: i === 0 ? store.handle.db : store.peer().db, got: [] as string[] }));
    // Every instance claims small batches concurrently until nothing is left.
    await Promise.all(
      instances.map(async (instance) => {
        for (;;) {
          const batch = await claimDue(instance.db, instance.name, now, LEASE_MS, 3);
          if (batch.length === 0) {
            const left = await instance.db.selectFrom('outbox').select('id').where('leased_by', 'is', null).execute();
            if (left.length === 0) return;
            continue;
          }
          instance.got.push(...keysOf(batch));
          for (const m of batch) expect(m.status).toBe('pending');
        }
      }),
    );
    const all = instances.flatMap((i) => i.got);
    expect(all.sort()).toEqual(keys);
    const owners = await store.handle.db.selectFrom('outbox').select(['idempotency_key', 'leased_by']).execute();
    for (const { idempotency_key, leased_by } of owners) {
      expect(instances.find((i) => i.name === leased_by)?.got).toContain(idempotency_key);
    }
  });

  it('makes a row claimable again when its lease expires (the instance died mid-send); the old owner can then no longer mark it', async () => {
    const { handle } = await stores.fresh();
    await enqueue(handle.db, message('k-1'), T0);
    const [claimed] = await claimDue(handle.db, 'instance-a', T0, LEASE_MS, 10);
    expect(claimed?.idempotencyKey).toBe('k-1');
    expect(await claimDue(handle.db, 'instance-b', at('2026-11-23T09:00:59.999Z'), LEASE_MS, 10)).toEqual([]);
    expect(await claimDue(handle.db, 'instance-b', at('2026-11-23T09:01:00.000Z'), LEASE_MS, 10)).toEqual([]); // lease_until itself still holds
    const retaken = await claimDue(handle.db, 'instance-b', at('2026-11-23T09:01:00.001Z'), LEASE_MS, 10);
    expect(keysOf(retaken)).toEqual(['k-1']);
    expect(await markSent(handle.db, claimed!.id, 'instance-a', 'activity-a', at('2026-11-23T09:01:01.000Z'))).toBe(false);
    expect(await findByIdempotencyKey(handle.db, 'k-1')).toMatchObject({ status: 'pending', attempts: 0, activityId: null });
    expect(await markSent(handle.db, claimed!.id, 'instance-b', 'activity-b', at('2026-11-23T09:01:02.000Z'))).toBe(true);
    expect(await findByIdempotencyKey(handle.db, 'k-1')).toMatchObject({ status: 'sent', attempts: 1, activityId: 'activity-b', sentAt: '2026-11-23T09:01:02.000Z' });
  });

  it('marks sent only by the lease owner, and a sent row is never claimed again', async () => {
    const { handle } = await stores.fresh();
    await enqueue(handle.db, message('k-1'), T0);
    const [m] = await claimDue(handle.db, 'instance-a', T0, LEASE_MS, 1);
    expect(await markSent(handle.db, m!.id, 'instance-b', 'x', T0)).toBe(false);
    expect(await markSent(handle.db, m!.id, 'instance-a', 'activity-1', T0)).toBe(true);
    expect(await markSent(handle.db, m!.id, 'instance-a', 'activity-2', T0)).toBe(false);
    const row = await handle.db.selectFrom('outbox').select(['status', 'attempts', 'lease_until', 'leased_by', 'activity_id']).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent', attempts: 1, lease_until: null, leased_by: null, activity_id: 'activity-1' });
    expect(await claimDue(handle.db, 'instance-b', at('2026-11-30T00:00:00.000Z'), LEASE_MS, 10)).toEqual([]);
  });

  it('reschedules on retry (an attempt counted), parks dead rows, and only for the lease owner', async () => {
    const { handle } = await stores.fresh();
    await enqueueMany(handle.db, 2);
    const [a, b] = await claimDue(handle.db, 'instance-a', at('2026-11-23T09:00:01.000Z'), LEASE_MS, 2);
    expect(await markRetry(handle.db, a!.id, 'instance-b', at('2026-11-23T09:05:00.000Z'), 'HTTP 502', false)).toBe(false);
    expect(await markRetry(handle.db, a!.id, 'instance-a', at('2026-11-23T09:05:00.000Z'), `HTTP 502 ${'x'.repeat(700)}`, false)).toBe(true);
    expect(await markRetry(handle.db, b!.id, 'instance-a', at('2026-11-23T09:05:00.000Z'), 'HTTP 403', true)).toBe(true);

    const retried = (await findByIdempotencyKey(handle.db, a!.idempotencyKey))!;
    expect(retried).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-23T09:05:00.000Z' });
    expect(retried.lastError).toHaveLength(500);
    expect(await claimDue(handle.db, 'instance-b', at('2026-11-23T09:04:59.999Z'), LEASE_MS, 10)).toEqual([]);
    expect(keysOf(await claimDue(handle.db, 'instance-b', at('2026-11-23T09:05:00.000Z'), LEASE_MS, 10))).toEqual([a!.idempotencyKey]);
    expect((await listByStatus(handle.db, 'dead')).map((m) => [m.idempotencyKey, m.attempts, m.lastError])).toEqual([[b!.idempotencyKey, 1, 'HTTP 403']]);
  });

  it('waits for a recipient without counting an attempt, keeping at most 500 characters of the reason', async () => {
    const { handle } = await stores.fresh();
    await enqueue(handle.db, message('k-1'), T0);
    const [m] = await claimDue(handle.db, 'instance-a', T0, LEASE_MS, 1);
    expect(await markWaiting(handle.db, m!.id, 'instance-b', at('2026-11-24T09:00:00.000Z'), 'waiting: not installed')).toBe(false);
    expect(await markWaiting(handle.db, m!.id, 'instance-a', at('2026-11-24T09:00:00.000Z'), `waiting: ${'ä'.repeat(600)}`)).toBe(true);
    const waiting = (await findByIdempotencyKey(handle.db, 'k-1'))!;
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: '2026-11-24T09:00:00.000Z' });
    expect(waiting.lastError).toHaveLength(500);
    expect(await claimDue(handle.db, 'instance-b', at('2026-11-24T09:00:00.000Z'), LEASE_MS, 1)).toHaveLength(1);
  });

  // PostgreSQL only: SQLite has one writer at a time, there are no row locks to skip.
  if (stores.dialect === 'postgres') it('skips rows another transaction holds locked instead of waiting for them (FOR UPDATE SKIP LOCKED)', async () => {
    const store = await stores.fresh();
    await enqueueMany(store.handle.db, 3);
    const now = at('2026-11-23T10:00:00.000Z');
    const locker = await store.handle.db.startTransaction().execute();
    try {
      await locker.selectFrom('outbox').select('id').where('idempotency_key', '=', 'msg-000').forUpdate().execute();
      const started = performance.now();
      const claimed = await claimDue(store.peer().db, 'instance-b', now, LEASE_MS, 10);
      expect(keysOf(claimed)).toEqual(['msg-001', 'msg-002']);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await locker.rollback().execute();
    }
    expect(keysOf(await claimDue(store.handle.db, 'instance-c', now, LEASE_MS, 10))).toEqual(['msg-000']);
  });
});
