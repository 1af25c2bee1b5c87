import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadLetters, requeueDeadLetter } from '../../src/notifications/deadLetters';
import { DEFAULT_RETRY_POLICY, MAX_ATTEMPTS, TEAMS_LIMITS } from '../../src/notifications/limits';
import { SlidingWindowLimiter } from '../../src/notifications/rateLimiter';
import { markSendStarted } from '../../src/notifications/store';
import { createProactiveSender } from '../../src/teams/proactive';
import { claimDue, findByIdempotencyKey, listByStatus } from '../../src/storage/outbox.repository';
import { findConversationRef, upsertUser } from '../../src/storage/users.repository';
import { CASEWORKER, installFor, notificationRig, notify, TENANT, type Rig } from './support';

describe('outbox dispatcher over HTTP against a fake Bot Connector', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await notificationRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  it('delivers a notification exactly once, as text and Adaptive Card, and stores the activity id', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Underlag för uppföljning BST-2026-0042' }] };
    await notify(rig.db, rig.clock.now(), 'n-1', { text: 'Nytt underlag', card });
    const dispatcher = rig.dispatcher();

    expect((await dispatcher.runOnce()).sent).toBe(1);
    expect((await dispatcher.runOnce()).claimed).toBe(0);

    expect(rig.connector.calls).toHaveLength(1);
    const [call] = rig.connector.calls;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe(`/v3/conversations/${encodeURIComponent(CASEWORKER.conversationId)}/activities`);
    expect(call!.body).toMatchObject({ type: 'message', text: 'Nytt underlag', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });
    const row = await findByIdempotencyKey(rig.db, 'n-1');
    expect(row).toMatchObject({ status: 'sent', attempts: 1, activityId: 'activity-1', sentAt: '2026-11-23T09:00:00.000Z' });
  });

  it('honours Retry-After on 429: no attempt before it has passed on the injected clock', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-429');
    rig.script((_call, index) => (index === 0 ? { status: 429, headers: { 'Retry-After': '7' } } : { status: 200 }));
    const dispatcher = rig.dispatcher();

    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1, nextWakeAt: new Date('2026-11-23T09:00:07.000Z') });
    rig.advance(6_999);
    expect((await dispatcher.runOnce()).claimed).toBe(0);
    expect(rig.connector.calls).toHaveLength(1);
    rig.advance(1);
    expect((await dispatcher.runOnce()).sent).toBe(1);

    expect(rig.deliveries.map((d) => [d.status, d.at - rig.deliveries[0]!.at])).toEqual([
      [429, 0],
      [200, 7_000],
    ]);
    expect(await findByIdempotencyKey(rig.db, 'n-429')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('honours an HTTP-date Retry-After too, and holds back the other notifications to that chat', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-a');
    await notify(rig.db, rig.clock.now(), 'n-b');
    rig.script((_call, index) => (index === 0 ? { status: 429, headers: { 'Retry-After': 'Mon, 23 Nov 2026 09:00:30 GMT' } } : { status: 200 }));
    const dispatcher = rig.dispatcher();

    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1, deferred: 1 });
    rig.advance(29_000);
    expect((await dispatcher.runOnce()).claimed).toBe(0);
    rig.advance(1_000);
    expect((await dispatcher.runOnce()).sent).toBe(2);
    // 25 ms apart: the dispatcher's own pacing across the tenant (TEAMS_LIMITS.tenantSpacingMs)
    expect(rig.delivered().map((d) => [d.text, d.at - rig.deliveries[0]!.at])).toEqual([
      ['Notis n-a', 30_000],
      ['Notis n-b', 30_025],
    ]);
  });

  it('retries 5xx with full-jitter exponential backoff, then delivers', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-5xx');
    const statuses = [503, 502, 504, 200];
    rig.script((_call, index) => ({ status: statuses[index] ?? 200 }));
    const dispatcher = rig.dispatcher({ random: () => 0.5 });

    for (let i = 0; i < 4; i++) {
      const stats = await dispatcher.runOnce();
      if (stats.nextWakeAt) rig.advance(stats.nextWakeAt.getTime() - rig.ms());
    }

    // random 0.5 of [0, base·2^(n-1)): 1 s, 2 s, 4 s with the default 2 s base
    const gaps = rig.deliveries.slice(1).map((d, i) => d.at - rig.deliveries[i]!.at);
    expect(gaps).toEqual([1_000, 2_000, 4_000]);
    expect(DEFAULT_RETRY_POLICY.baseBackoffMs).toBe(2_000);
    expect(await findByIdempotencyKey(rig.db, 'n-5xx')).toMatchObject({ status: 'sent', attempts: 4 });
    expect(rig.delivered()).toHaveLength(1);
  });

  it.each([
    [403, 'forbidden', 'ConversationBlockedByUser'],
    [404, 'not-found', 'ConversationNotFound'],
    [400, 'rejected', 'BadSyntax'],
  ])('dead-letters at once on HTTP %i (%s) with its reason', async (status, reason, code) => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), `n-${status}`);
    rig.script(() => ({ status, body: { error: { code, message: 'x' } } }));

    expect(await rig.dispatcher().runOnce()).toMatchObject({ dead: 1, retried: 0 });
    rig.advance(24 * 3_600_000);
    expect((await rig.dispatcher().runOnce()).claimed).toBe(0);

    expect(rig.connector.calls).toHaveLength(1);
    const [letter] = await deadLetters(rig.db);
    expect(letter).toMatchObject({ idempotencyKey: `n-${status}`, reason, attempts: 1, recipient: CASEWORKER.upn });
    expect(letter!.detail).toBe(`HTTP ${status} ${code}`);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts and shows the dead letter; an admin can requeue it`, async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-dead');
    rig.script(() => ({ status: 500 }));
    const dispatcher = rig.dispatcher();

    for (let i = 0; i < 20; i++) {
      const stats = await dispatcher.runOnce();
      rig.advance(stats.nextWakeAt ? stats.nextWakeAt.getTime() - rig.ms() : 60_000);
    }

    expect(rig.connector.calls).toHaveLength(MAX_ATTEMPTS);
    expect(MAX_ATTEMPTS).toBe(8);
    const letters = await deadLetters(rig.db);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ reason: 'max-attempts', attempts: 8, detail: '8 attempts, last HTTP 500 http-error' });

    rig.script(() => ({ status: 200 }));
    expect(await requeueDeadLetter(rig.db, letters[0]!.id, rig.clock.now())).toBe(true);
    expect((await dispatcher.runOnce()).sent).toBe(1);
    expect(await deadLetters(rig.db)).toEqual([]);
  });

  it('keeps waiting (no attempt counted) while the recipient has not installed the app, then delivers', async () => {
    await notify(rig.db, rig.clock.now(), 'n-wait');
    const dispatcher = rig.dispatcher();

    expect(await dispatcher.runOnce()).toMatchObject({ waiting: 1, sent: 0 });
    expect(await findByIdempotencyKey(rig.db, 'n-wait')).toMatchObject({ status: 'pending', attempts: 0, lastError: 'waiting:unknown-recipient', nextAttemptAt: '2026-11-23T09:10:00.000Z' });
    expect(rig.connector.calls).toHaveLength(0);

    rig.advance(60_000);
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    rig.advance(9 * 60_000);
    expect((await dispatcher.runOnce()).sent).toBe(1);
    expect(rig.delivered().map((d) => d.text)).toEqual(['Notis n-wait']);
  });

  it('dead-letters a notification whose recipient never installs, after the waiting limit', async () => {
    await notify(rig.db, rig.clock.now(), 'n-never');
    const dispatcher = rig.dispatcher();
    await dispatcher.runOnce();
    rig.advance(DEFAULT_RETRY_POLICY.maxWaitingMs);
    expect(await dispatcher.runOnce()).toMatchObject({ dead: 1 });
    expect((await deadLetters(rig.db))[0]).toMatchObject({ reason: 'not-installed' });
  });

  it('dead-letters a payload that breaks the contract instead of retrying it', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-bad', { title: 'no text, no card' });
    expect(await rig.dispatcher().runOnce()).toMatchObject({ dead: 1 });
    expect((await deadLetters(rig.db))[0]).toMatchObject({ reason: 'invalid-payload' });
    expect(rig.connector.calls).toHaveLength(0);
  });

  it('sends to recipient_user_id directly, without a UPN', async () => {
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-id', { text: 'Till id' }, { recipientUserId: CASEWORKER.userId });
    expect((await rig.dispatcher().runOnce()).sent).toBe(1);
    expect(rig.delivered()).toHaveLength(1);
  });

  it('opens the 1:1 chat (createConversation) for a known user without a stored reference, then delivers and keeps the reference', async () => {
    const colleague = { userId: 'aad-colleague-0002', teamsId: '29:colleague-0002', upn: 'kollega.test@stodlotsen.example', conversationId: 'a:conv-colleague' };
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now(), colleague);
    await upsertUser(rig.db, { id: CASEWORKER.userId, tenantId: TENANT, upn: CASEWORKER.upn, teamsUserId: CASEWORKER.teamsId }, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-create');
    rig.script((call) => (call.path === '/v3/conversations' ? { status: 200, body: { id: 'a:created-1on1' } } : { status: 200 }));

    expect((await rig.dispatcher().runOnce()).sent).toBe(1);
    const [create, send] = rig.connector.calls;
    expect(create!.body).toMatchObject({ isGroup: false, members: [{ id: CASEWORKER.teamsId }], tenantId: TENANT, channelData: { tenant: { id: TENANT } } });
    expect(send!.path).toBe('/v3/conversations/a%3Acreated-1on1/activities');
    expect((await findConversationRef(rig.db, CASEWORKER.userId))!.reference).toMatchObject({ conversation: { id: 'a:created-1on1' }, user: { id: CASEWORKER.teamsId } });
  });

  it('keeps waiting when Teams refuses to open the chat (app not installed for the user)', async () => {
    const colleague = { userId: 'aad-colleague-0002', teamsId: '29:colleague-0002', upn: 'kollega.test@stodlotsen.example', conversationId: 'a:conv-colleague' };
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now(), colleague);
    await upsertUser(rig.db, { id: CASEWORKER.userId, tenantId: TENANT, upn: CASEWORKER.upn, teamsUserId: CASEWORKER.teamsId }, rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-create-403');
    rig.script(() => ({ status: 403, body: { error: { code: 'BotNotInConversationRoster' } } }));

    expect(await rig.dispatcher().runOnce()).toMatchObject({ waiting: 1, dead: 0 });
    expect(await findByIdempotencyKey(rig.db, 'n-create-403')).toMatchObject({ status: 'pending', attempts: 0, lastError: 'waiting:not-installed' });
    expect(await findConversationRef(rig.db, CASEWORKER.userId)).toBeUndefined();
  });

  it('treats a connection that never reached the connector as retryable, not as in doubt', async () => {
    await installFor(rig.db, 'http://127.0.0.1:9', rig.clock.now());
    await notify(rig.db, rig.clock.now(), 'n-refused');
    expect(await rig.dispatcher().runOnce()).toMatchObject({ retried: 1, inDoubt: 0 });
    expect(await findByIdempotencyKey(rig.db, 'n-refused')).toMatchObject({ status: 'pending', attempts: 1 });
  });
});

describe('exactly once across a restart in the middle of dispatch (two instances, one SQLite file)', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await notificationRig();
    await installFor(rig.db, rig.connector.serviceUrl, rig.clock.now());
  });
  afterEach(async () => {
    await rig.close();
  });

  /** Instance A "dies": the step after `when` never returns (its process is gone). */
  function dyingSender(when: 'before-request' | 'after-request') {
    return {
      async send(reference: unknown, payload: { text?: string }) {
        if (when === 'after-request') await rig.sender.send(reference, payload);
        return new Promise<never>(() => undefined);
      },
    };
  }

  it('A sent the message and died before recording it: B does not send it again, and the admin sees it as in doubt', async () => {
    await notify(rig.db, rig.clock.now(), 'n-crash-after');
    const a = rig.dispatcher({ instanceId: 'instance-a', sender: dyingSender('after-request'), leaseMs: 60_000 });
    void a.runOnce();
    await rig.connector.waitForCalls(1);

    const b = rig.dispatcher({ instanceId: 'instance-b' });
    expect((await b.runOnce()).claimed).toBe(0); // A's lease still holds
    rig.advance(60_001);
    expect(await b.runOnce()).toMatchObject({ claimed: 1, inDoubt: 1, sent: 0 });
    rig.advance(3_600_000);
    await b.runOnce();

    expect(rig.delivered().filter((d) => d.text === 'Notis n-crash-after')).toHaveLength(1);
    expect((await deadLetters(rig.db))[0]).toMatchObject({ idempotencyKey: 'n-crash-after', reason: 'in-doubt' });
  });

  /** A limiter in which the caseworker's chat has just had 7 sends: the next slot is 1 s away. */
  function busyLimiter() {
    const limiter = new SlidingWindowLimiter(0);
    const scope = [{ key: `conversation:${CASEWORKER.conversationId}`, windows: TEAMS_LIMITS.perConversation }];
    for (let i = 0; i < 7; i++) limiter.reserve(scope, rig.ms());
    return limiter;
  }

  it('A claimed the row and died while waiting for a rate-limit slot: B sends it, once', async () => {
    await notify(rig.db, rig.clock.now(), 'n-crash-before');
    const a = rig.dispatcher({ instanceId: 'instance-a', leaseMs: 60_000, limiter: busyLimiter(), sleep: () => new Promise<never>(() => undefined) });
    void a.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await findByIdempotencyKey(rig.db, 'n-crash-before')).toMatchObject({ status: 'pending', attempts: 0 });

    const b = rig.dispatcher({ instanceId: 'instance-b' });
    expect((await b.runOnce()).claimed).toBe(0);
    rig.advance(60_001);
    expect(await b.runOnce()).toMatchObject({ claimed: 1, sent: 1, inDoubt: 0 });
    rig.advance(3_600_000);
    expect((await b.runOnce()).claimed).toBe(0);
    expect(rig.delivered()).toHaveLength(1);
  });

  it('A died between "send started" and the request: B does not guess (in doubt, no second message possible)', async () => {
    await notify(rig.db, rig.clock.now(), 'n-crash-between');
    void rig.dispatcher({ instanceId: 'instance-a', leaseMs: 60_000, sender: dyingSender('before-request') }).runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    rig.advance(60_001);
    expect(await rig.dispatcher({ instanceId: 'instance-b' }).runOnce()).toMatchObject({ inDoubt: 1, sent: 0 });
    // the price of never duplicating: nothing was delivered, but the admin sees it and can requeue
    expect(rig.delivered()).toHaveLength(0);
    expect((await deadLetters(rig.db))[0]).toMatchObject({ reason: 'in-doubt' });
  });

  it('an instance that stalls past its lease does not send a row another instance has taken over', async () => {
    await notify(rig.db, rig.clock.now(), 'n-stall');
    let wakeA!: () => void;
    const a = rig.dispatcher({ instanceId: 'instance-a', leaseMs: 60_000, limiter: busyLimiter(), sleep: () => new Promise<void>((resolve) => (wakeA = resolve)) });
    const aRun = a.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    rig.advance(60_001);
    expect((await rig.dispatcher({ instanceId: 'instance-b' }).runOnce()).sent).toBe(1);
    wakeA();
    expect(await aRun).toMatchObject({ sent: 0 });
    expect(rig.delivered()).toHaveLength(1);
  });

  it('"send started" is only written while the lease is held (the last guard before the request)', async () => {
    await notify(rig.db, rig.clock.now(), 'n-lease');
    const [row] = await claimDue(rig.db, 'instance-a', rig.clock.now(), 60_000, 1);
    rig.advance(60_001);
    expect(await markSendStarted(rig.db, row!.id, 'instance-a', rig.clock.now())).toBe(false);
    await claimDue(rig.db, 'instance-b', rig.clock.now(), 60_000, 1);
    expect(await markSendStarted(rig.db, row!.id, 'instance-a', rig.clock.now())).toBe(false);
    expect(await markSendStarted(rig.db, row!.id, 'instance-b', rig.clock.now())).toBe(true);
  });

  it('a send that outlives its lease and then succeeds is recorded as sent, not left as in doubt', async () => {
    await notify(rig.db, rig.clock.now(), 'n-slow');
    const b = rig.dispatcher({ instanceId: 'instance-b' });
    let bSaw: unknown;
    const slowSender = {
      async send(reference: unknown, payload: { text?: string }) {
        const result = await rig.sender.send(reference, payload);
        rig.advance(60_001); // the answer took longer than the lease; B takes over meanwhile
        bSaw = await b.runOnce();
        return result;
      },
    };
    expect(await rig.dispatcher({ instanceId: 'instance-a', sender: slowSender, leaseMs: 60_000 }).runOnce()).toMatchObject({ sent: 1 });
    expect(bSaw).toMatchObject({ inDoubt: 1 });
    expect(await findByIdempotencyKey(rig.db, 'n-slow')).toMatchObject({ status: 'sent', activityId: 'activity-1', lastError: null });
    expect(await deadLetters(rig.db)).toEqual([]);
    expect(rig.delivered()).toHaveLength(1);
  });

  it('a request that never gets an answer times out as in doubt instead of stalling the dispatcher', async () => {
    await notify(rig.db, rig.clock.now(), 'n-hang');
    rig.connector.respond = () => new Promise(() => undefined);
    const sender = createProactiveSender({ adapter: rig.adapter, appId: '', timeoutMs: 200 });
    expect(await rig.dispatcher({ sender }).runOnce()).toMatchObject({ inDoubt: 1, dead: 1 });
    expect((await deadLetters(rig.db))[0]).toMatchObject({ reason: 'in-doubt' });
  });

  it('both instances polling the same file at once deliver each notification exactly once', async () => {
    for (let i = 0; i < 40; i++) await notify(rig.db, rig.clock.now(), `n-par-${i}`);
    const a = rig.dispatcher({ instanceId: 'instance-a', batchSize: 7 });
    const b = rig.dispatcher({ instanceId: 'instance-b', batchSize: 7 });
    for (let round = 0; round < 200 && (await listByStatus(rig.db, 'sent', 100)).length < 40; round++) {
      const [sa, sb] = await Promise.all([a.runOnce(), b.runOnce()]);
      const next = [sa.nextWakeAt, sb.nextWakeAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
      rig.advance(next.length > 0 ? Math.max(0, Math.min(...next) - rig.ms()) + 1 : 1_000);
    }
    const texts = rig.delivered().map((d) => d.text);
    expect(texts).toHaveLength(40);
    expect(new Set(texts).size).toBe(40);
    expect(TENANT).toBe('tenant-test-0001');
  });
});
