import type { Logger } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { Clock } from '../../src/domain/clock';
import { startBot, type RunningBot } from '../../src/main';
import { deadLetters } from '../../src/notifications/deadLetters';
import { startReminderScheduler } from '../../src/reminders/scheduler';
import { openDatabase, type DatabaseHandle } from '../../src/storage/database';
import { enqueue } from '../../src/storage/outbox.repository';
import { saveConversationRef, upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { BOT, STAFF_USER, TENANT_ID } from '../e2e/journey';
import { registerTestCase } from '../support/fixtures';
import { describeWithComponent, postgresStatus } from '../support/components';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { memoryLogger } from '../support/testDeps';
import { startScaleConnector, type ScaleConnector } from './connector';

/**
 * Two real bot instances (startBot twice: own HTTP server, own pool, own dispatcher, own
 * reminder scheduler) on one PostgreSQL database, as App Service runs them with two instances.
 * Only one of the two dispatchers runs at a time (src/notifications/leadership.ts); in (b)
 * closing the victim's database also ends its lock session, as its death would.
 * test/scale/sharedLimit.test.ts kills a real process instead and measures the rate.
 */

const START = '2026-11-23T09:00:00.000Z'; // a Monday, 10:00 in Stockholm
const TODAY = '2026-11-23';
const N = 200;
/** Teams allows 7 sends/s and 60 per 30 s per conversation: spread N over enough chats to finish in seconds. */
const RECIPIENTS = 20;
/** The dispatcher's default lease (src/notifications/dispatcher.ts). */
const LEASE_MS = 120_000;

/** Real time from a fixed start, plus a jump the test can make (an instance's clock after a lease runs out). */
function movingClock(iso: string): Clock & { jump(ms: number): void } {
  const base = Date.parse(iso);
  const startedAt = performance.now();
  let offset = 0;
  return { now: () => new Date(base + (performance.now() - startedAt) + offset), jump: (ms) => void (offset += ms) };
}

/** A silent logger that remembers the dispatcher's lease-owner id (its only `instanceId` binding). */
function loggerRecordingInstanceId(): { logger: Logger; instanceId: () => string } {
  const { logger } = memoryLogger('silent');
  let id: string | undefined;
  const child = logger.child.bind(logger);
  logger.child = ((bindings: Record<string, unknown>, options?: Record<string, unknown>) => {
    if (typeof bindings.instanceId === 'string') id = bindings.instanceId;
    return child(bindings, options);
  }) as Logger['child'];
  return { logger, instanceId: () => id ?? 'unknown' };
}

function recipient(i: number) {
  const n = String(i).padStart(4, '0');
  return { userId: `00000000-0000-4000-8000-00005ca1${n}`, teamsId: `29:handlaggare-${n}`, upn: `handlaggare.${n}@example.se`, conversationId: `a:conv-scale-${n}` };
}

describeWithComponent(postgresStatus(), '[scale] two bot instances on one PostgreSQL database', (binaries) => {
  let server: TestPostgres;
  let url: string;
  let connector: ScaleConnector;
  let observer: DatabaseHandle;
  const bots: Array<{ bot: RunningBot; clock: ReturnType<typeof movingClock>; instanceId: () => string }> = [];

  beforeAll(async () => {
    server = await startPostgres(binaries);
    url = await server.createDatabase('scale');
    connector = await startScaleConnector();
    // Both start at once, as App Service starts its instances: the migrations must not collide.
    const started = await Promise.all(
      [0, 1].map(async () => {
        const clock = movingClock(START);
        const log = loggerRecordingInstanceId();
        const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', DATABASE_URL: url, LOG_LEVEL: 'silent', REMINDER_TIME: '23:59' });
        return { bot: await startBot(config, log.logger, clock), clock, instanceId: log.instanceId };
      }),
    );
    bots.push(...started);
    observer = openDatabase({ kind: 'postgres', url });
    for (let i = 1; i <= RECIPIENTS; i++) {
      const who = recipient(i);
      const at = new Date(START);
      await upsertUser(observer.db, { id: who.userId, tenantId: LOCAL_TENANT, upn: who.upn, teamsUserId: who.teamsId }, at);
      const reference = { channelId: 'msteams', serviceUrl: connector.serviceUrl, bot: { id: '28:bot-test', name: 'Stödlotsen' }, user: { id: who.teamsId, aadObjectId: who.userId }, conversation: { id: who.conversationId, conversationType: 'personal', tenantId: LOCAL_TENANT } };
      await saveConversationRef(observer.db, { userId: who.userId, tenantId: LOCAL_TENANT, serviceUrl: connector.serviceUrl, reference }, at);
    }
  }, 60_000);

  afterAll(async () => {
    await connector?.close();
    await Promise.all(bots.map((b) => b.bot.stop()));
    await observer?.close();
    await server?.stop();
  });

  const MARK = /^Skalningstest (\S+)$/;
  const keyOf = (body: Record<string, unknown>) => MARK.exec(String(body.text ?? ''))?.[1];

  async function enqueueBatch(prefix: string): Promise<string[]> {
    const keys = Array.from({ length: N }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
    const at = bots[0]!.clock.now();
    await observer.db.transaction().execute(async (tx) => {
      for (const [i, key] of keys.entries()) {
        await enqueue(tx, { idempotencyKey: key, tenantId: LOCAL_TENANT, recipientUpn: recipient((i % RECIPIENTS) + 1).upn, kind: 'summary', payload: { text: `Skalningstest ${key}` } }, at);
      }
    });
    return keys;
  }

  async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Who holds the row's lease right now (asked while its request is at the connector). */
  const leaseOwner = async (key: string) =>
    (await observer.db.selectFrom('outbox').select('leased_by').where('idempotency_key', '=', key).executeTakeFirst())?.leased_by ?? 'none';

  const countBy = (items: readonly string[]) => items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

  it(`(a) ${N} notifications: each delivered exactly once, all by the one elected dispatcher`, async () => {
    const senders: string[] = [];
    connector.answer = async (path, method, body) => {
      const key = keyOf(body);
      if (key) senders.push(await leaseOwner(key));
      return { status: 200 };
    };
    const keys = await enqueueBatch('a');
    const delivered = () => connector.delivered.map((d) => keyOf(d.body)).filter((k): k is string => k?.startsWith('a-') ?? false);
    await until('all deliveries', () => (delivered().length >= N ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a duplicate would show up now

    const counts = countBy(delivered());
    expect([...counts.keys()].sort()).toEqual(keys);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    const rows = await observer.db.selectFrom('outbox').select(['status']).where('idempotency_key', 'like', 'a-%').execute();
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(N);
    // One dispatcher for the database (the advisory lock's holder) sent them all, so the two
    // instances together keep to one set of Teams limits: the lease owner at each request.
    const perInstance = countBy(senders);
    expect(bots.map((b) => perInstance.get(b.instanceId()) ?? 0).sort((x, y) => x - y)).toEqual([0, N]);
  });

  it(`(b) one instance dies mid-dispatch: of ${N}, the ones on the wire are in doubt, all others delivered once, none twice`, async () => {
    // The first instance to send in this batch is the victim: its requests reach the connector
    // and get no answer; then it dies (its pool and server gone, its leases left in the table).
    let victimId: string | undefined;
    connector.answer = async (path, method, body) => {
      const key = keyOf(body);
      if (!key) return { status: 200 };
      const owner = await leaseOwner(key);
      victimId ??= owner;
      return owner === victimId ? 'hold' : { status: 200 };
    };
    const keys = await enqueueBatch('b');
    const held = () => connector.held.map((h) => keyOf(h.body)!);
    // Wait until the victim has put what it will on the wire (one request per chat, in order).
    let last = -1;
    await until('the victim to stall', async () => {
      const n = held().length;
      const settled = n > 0 && n === last;
      last = n;
      await new Promise((resolve) => setTimeout(resolve, 400));
      return settled ? true : undefined;
    });
    const victim = bots.find((b) => b.instanceId() === victimId)!;
    const survivor = bots.find((b) => b !== victim)!;
    expect(victim, `victim ${victimId} is one of the two instances`).toBeDefined();

    await victim.bot.database.close();
    await victim.bot.server.close();
    const onTheWire = held();
    connector.held.forEach((h) => h.destroy()); // the outcome of these requests is never recorded

    // The victim's leases run out on the survivor's clock; it then finishes the batch.
    survivor.clock.jump(LEASE_MS + 1_000);
    const settled = async () => {
      const rows = await observer.db.selectFrom('outbox').select(['status']).where('idempotency_key', 'like', 'b-%').where('status', '=', 'pending').execute();
      return rows.length === 0 ? true : undefined;
    };
    await until('the survivor to settle every row', settled, 30_000);

    const delivered = connector.delivered.map((d) => keyOf(d.body)).filter((k): k is string => k?.startsWith('b-') ?? false);
    const counts = countBy(delivered);
    expect([...counts.values()].every((c) => c === 1), 'no notification delivered twice').toBe(true);
    const inDoubt = (await deadLetters(observer.db, 500)).filter((d) => d.idempotencyKey.startsWith('b-'));
    expect(inDoubt.every((d) => d.reason === 'in-doubt')).toBe(true);
    // Exactly the requests that were on the wire when the victim died are in doubt ...
    expect(inDoubt.map((d) => d.idempotencyKey).sort()).toEqual([...onTheWire].sort());
    expect(onTheWire.length).toBeGreaterThan(0);
    // ... and delivered + in doubt accounts for every notification, with no overlap.
    expect(onTheWire.filter((k) => counts.has(k))).toEqual([]);
    expect(counts.size + inDoubt.length).toBe(N);
    expect([...new Set([...counts.keys(), ...onTheWire])].sort()).toEqual(keys);
  });

  it('(c) the reminder pass run by both instances at once enqueues each reminder once', async () => {
    for (let i = 0; i < 40; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = ['05', '06', '08', '09', '10'][i % 5]!;
      await registerTestCase(observer.db, { caseReference: `BST-2026-${String(1000 + i)}`, movedInDate: `2026-${month}-${day}`, levelStartDate: `2026-${month}-${day}`, rentFromDate: `2026-${month}-${day}` }, new Date(START));
    }
    // Two schedulers, each with its own pool to the one database, as in two instances (one of
    // the bots died in (b), so both are fresh pools here).
    const pools = [openDatabase({ kind: 'postgres', url }), openDatabase({ kind: 'postgres', url })];
    try {
      const at = movingClock(START);
      const schedulers = pools.map((p) => startReminderScheduler({ db: p.db, clock: at, logger: memoryLogger('silent').logger, timeOfDay: '07:30' }, 3_600_000));
      const results = await Promise.all(schedulers.map((s) => s.tick()));
      schedulers.forEach((s) => s.stop());
      // Both really ran the pass (neither saw the other's reminder_runs row first).
      expect(results.map((r) => r?.cases)).toEqual([40, 40]);
      const planned = results[0]?.reminders ?? 0;
      expect(results[1]?.reminders).toBe(planned);
      expect(planned, 'the seeded cases have reminders due today').toBeGreaterThan(0);
      const rows = await observer.db.selectFrom('outbox').select(['idempotency_key']).where('kind', '=', 'reminder').execute();
      expect(rows).toHaveLength(planned);
      expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(planned);
      expect(rows.every((r) => r.idempotency_key.includes(TODAY))).toBe(true);
      const runs = await observer.db.selectFrom('reminder_runs').selectAll().where('run_date', '=', TODAY).execute();
      expect(runs).toHaveLength(1);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });

  it('(d) the same draft step pressed on both instances at once: one wins, the other gets the stale notice, nothing half-written', async () => {
    // Restart the instance that died in (b): a new process on the same database.
    const restarted = await startBot(loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', DATABASE_URL: url, LOG_LEVEL: 'silent', REMINDER_TIME: '23:59' }), memoryLogger('silent').logger, movingClock(START));
    const live = [restarted];
    for (const b of bots) if (await b.bot.database.ping()) live.push(b.bot);
    expect(live).toHaveLength(2);
    bots.push({ bot: restarted, clock: movingClock(START), instanceId: () => 'restarted' });
    const [one, two] = live as [RunningBot, RunningBot];

    const replies: Record<string, unknown>[] = [];
    connector.answer = (path, method, body) => {
      if (method === 'GET' && path.includes('/members/')) {
        return { status: 200, body: { id: STAFF_USER.id, aadObjectId: STAFF_USER.aadObjectId, name: STAFF_USER.name, userPrincipalName: STAFF_USER.upn, email: STAFF_USER.upn, tenantId: TENANT_ID } };
      }
      // Only the staff chat: reminders queued in (c) may be delivered meanwhile.
      if (method === 'POST' && path.startsWith(`/v3/conversations/${encodeURIComponent(STAFF_USER.conversationId)}/activities`)) replies.push(body);
      return { status: 200 };
    };
    let seq = 0;
    const activity = (extra: Record<string, unknown>) => ({
      id: `incoming-scale-${++seq}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      timestamp: START,
      from: { id: STAFF_USER.id, aadObjectId: STAFF_USER.aadObjectId, name: STAFF_USER.name },
      recipient: BOT,
      conversation: { id: STAFF_USER.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID } },
      locale: 'sv-SE',
      ...extra,
    });
    const post = async (bot: RunningBot, body: Record<string, unknown>) => {
      const response = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(200);
      return response;
    };

    await post(one, activity({ type: 'message', text: 'nytt ärende' }));
    const card = cardIn(replies.at(-1));
    const next = actionsOf(card).find((a) => a.title === 'Nästa');
    expect(next?.verb).toBeDefined();
    const inputs = inputIdsOf(card);
    const idFor = (field: string) => inputs.find((i) => i === field || i.endsWith(`_${field}`))!;
    const answersOf = (ref: string, unit: string) => ({
      [idFor('caseReference')]: ref,
      [idFor('unit')]: unit,
      [idFor('service')]: 'socialt_boende_med_stod',
      [idFor('housingForm')]: 'lagenhetsboende',
    });
    const press = async (bot: RunningBot, answers: Record<string, string>) => {
      const response = await post(bot, activity({ type: 'invoke', name: 'adaptiveCard/action', replyToId: 'card-1', value: { action: { type: 'Action.Execute', verb: next!.verb, data: { ...(next!.data ?? {}), ...answers } }, trigger: 'manual' } }));
      return JSON.stringify(await response.json());
    };
    const answers = [answersOf('BST-2026-0101', 'Testenhet Ett'), answersOf('BST-2026-0202', 'Testenhet Två')] as const;
    const [first, second] = await Promise.all([press(one, answers[0]), press(two, answers[1])]);

    const stale = 'Kortet du använde var inte längre aktuellt';
    const staleCount = [first, second].filter((r) => r.includes(stale)).length;
    expect(staleCount, 'exactly one of the two presses gets the stale notice').toBe(1);
    const winner = first.includes(stale) ? 1 : 0;
    const drafts = await observer.db.selectFrom('drafts').selectAll().where('dialogue', '=', 'arende').where('status', '=', 'open').execute();
    expect(drafts).toHaveLength(1);
    const saved = JSON.parse(drafts[0]!.answers) as Record<string, string>;
    const expected = winner === 0 ? { caseReference: 'BST-2026-0101', unit: 'Testenhet Ett' } : { caseReference: 'BST-2026-0202', unit: 'Testenhet Två' };
    expect(saved).toMatchObject({ ...expected, service: 'socialt_boende_med_stod', housingForm: 'lagenhetsboende' });
    expect(drafts[0]!.version).toBe(2);
    expect(drafts[0]!.step).toBe(1);
  });
}, { timeout: 60_000 });

type Card = Record<string, unknown>;

function cardIn(body: Record<string, unknown> | undefined): Card {
  const attachments = (body?.attachments as Array<{ contentType: string; content: Card }> | undefined) ?? [];
  const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  expect(card, `an Adaptive Card in ${JSON.stringify(body ?? {}).slice(0, 300)}`).toBeDefined();
  return card!;
}

function actionsOf(card: Card): Array<{ title: string; verb?: string; data?: Record<string, unknown> }> {
  return (card.actions as Array<{ title: string; verb?: string; data?: Record<string, unknown> }> | undefined) ?? [];
}

function inputIdsOf(card: Card): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') ids.push(n.id);
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return ids;
}
