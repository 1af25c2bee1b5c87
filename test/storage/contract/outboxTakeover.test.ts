import { expect, it } from 'vitest';
import { markSendStarted, recentSends, releaseForeignLeases } from '../../../src/notifications/store';
import { claimDue, enqueue, markRetry, markSent } from '../../../src/storage/outbox.repository';
import { saveConversationRef, upsertUser } from '../../../src/storage/users.repository';
import { describeEachDialect } from './dialects';

const TENANT = 'tenant-test-0001';
const T0 = new Date('2026-11-23T09:00:00.000Z');
const plus = (ms: number) => new Date(T0.getTime() + ms);

describeEachDialect('outbox take-over queries', (stores) => {
  it("releases only other owners' leases on pending rows", async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    for (const key of ['a', 'b', 'c']) await enqueue(db, { idempotencyKey: key, tenantId: TENANT, recipientUserId: 'user-1', kind: 'summary', payload: { text: key } }, T0);
    const [mine] = await claimDue(db, 'me', T0, 60_000, 1);
    const theirs = await claimDue(db, 'dead-instance', T0, 60_000, 2);
    expect(theirs).toHaveLength(2);
    await markSent(db, theirs[1]!.id, 'dead-instance', 'activity-1', T0);

    expect(await releaseForeignLeases(db, 'me')).toBe(1);
    const rows = await db.selectFrom('outbox').select(['id', 'leased_by', 'status']).orderBy('idempotency_key').execute();
    expect(rows.map((r) => [r.id === mine!.id ? 'mine' : r.status, r.leased_by])).toEqual(
      expect.arrayContaining([
        ['mine', 'me'],
        ['pending', null],
        ['sent', null],
      ]),
    );
  });

  it('lists the sends that count against the windows, keyed by the conversation of the stored reference', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    await upsertUser(db, { id: 'user-1', tenantId: TENANT, upn: 'handlaggare.ett@example.se', teamsUserId: '29:one' }, T0);
    await saveConversationRef(db, { userId: 'user-1', tenantId: TENANT, serviceUrl: 'https://smba.trafficmanager.net/emea/', reference: { conversation: { id: 'a:conv-one' } } }, T0);
    const add = (key: string, recipient: { recipientUpn?: string; recipientUserId?: string }) =>
      enqueue(db, { idempotencyKey: key, tenantId: TENANT, kind: 'summary', payload: { text: key }, ...recipient }, T0);
    await add('old', { recipientUserId: 'user-1' });
    await add('recent-by-upn', { recipientUpn: 'Handlaggare.Ett@example.se' });
    await add('on-the-wire', { recipientUserId: 'user-2' });
    await add('in-doubt', { recipientUserId: 'user-1' });
    await add('never-sent', { recipientUserId: 'user-1' });
    const claimed = new Map((await claimDue(db, 'dead-instance', T0, 3_600_000, 10)).map((r) => [r.idempotencyKey, r.id]));
    await markSent(db, claimed.get('old')!, 'dead-instance', 'activity-1', plus(-1));
    await db.updateTable('outbox').set({ sent_at: plus(-3_700_000).toISOString() }).where('id', '=', claimed.get('old')!).execute();
    await markSent(db, claimed.get('recent-by-upn')!, 'dead-instance', 'activity-2', plus(10_000));
    expect(await markSendStarted(db, claimed.get('on-the-wire')!, 'dead-instance', plus(20_000))).toBe(true);
    await markRetry(db, claimed.get('in-doubt')!, 'dead-instance', plus(30_000), 'in-doubt: attempt 1 started, outcome unknown', true);

    const sends = await recentSends(db, plus(-3_600_000));
    // 'old' is outside the hour, 'never-sent' never started; a started send without outcome counts as of now (null).
    const order = (s: { at: string | null }) => s.at ?? '9999';
    expect(sends.sort((x, y) => (order(x) < order(y) ? -1 : 1))).toEqual([
      { tenantId: TENANT, conversationId: 'a:conv-one', at: plus(10_000).toISOString() },
      { tenantId: TENANT, conversationId: 'a:conv-one', at: plus(30_000).toISOString() },
      { tenantId: TENANT, conversationId: 'user-2', at: null },
    ]);
  });
});
