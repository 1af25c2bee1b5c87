import { TeamsAdapter } from '@microsoft/teams-ai';
import { createDispatcher, type DispatcherOptions } from '../../src/notifications/dispatcher';
import type { NotificationSender } from '../../src/notifications/types';
import type { Db } from '../../src/storage/database';
import { enqueue } from '../../src/storage/outbox.repository';
import { saveConversationRef, upsertUser } from '../../src/storage/users.repository';
import { createProactiveSender } from '../../src/teams/proactive';
import { startFakeConnector, type ConnectorAnswer, type ConnectorCall, type FakeConnector } from '../support/fakeConnector';
import { memoryLogger, openTestDatabase, testClock } from '../support/testDeps';

export const TENANT = 'tenant-test-0001';
export const CASEWORKER = {
  userId: '00000000-0000-4000-8000-00000000c001',
  teamsId: '29:caseworker-0001',
  upn: 'handlaggare.test@stodlotsen.example',
  conversationId: 'a:conv-caseworker-0001',
} as const;

/** A clock only `sleep` moves: waits cost no real time and every instant is reproducible. */
export function virtualTime(iso = '2026-11-23T09:00:00.000Z') {
  const clock = testClock(iso);
  const ms = () => clock.now().getTime();
  const sleep = async (wait: number) => {
    clock.set(new Date(ms() + Math.max(0, wait)).toISOString());
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const advance = (wait: number) => clock.set(new Date(ms() + wait).toISOString());
  return { clock, sleep, advance, ms };
}

export interface Delivery {
  readonly at: number;
  readonly path: string;
  readonly text: string | undefined;
  readonly status: number;
}

/**
 * A fake connector whose answers are scripted per call and whose arrivals are stamped with the
 * test's clock, plus a real (anonymous) TeamsAdapter pointed at it.
 */
export async function notificationRig(time = virtualTime()) {
  const database = await openTestDatabase();
  const connector: FakeConnector = await startFakeConnector();
  const log = memoryLogger();
  const deliveries: Delivery[] = [];
  let script: (call: ConnectorCall, index: number) => ConnectorAnswer = () => ({ status: 200 });
  let nextId = 1;
  connector.respond = (call, index) => {
    const answer = script(call, index);
    const final = answer.status === 200 && answer.body === undefined ? { ...answer, body: { id: `activity-${nextId++}` } } : answer;
    deliveries.push({ at: time.ms(), path: call.path, text: call.body.text as string | undefined, status: final.status });
    return final;
  };
  const adapter = new TeamsAdapter({});
  const sender: NotificationSender = createProactiveSender({ adapter, appId: '' });
  return {
    ...time,
    database,
    db: database.db,
    connector,
    adapter,
    sender,
    deliveries,
    logLines: log.lines,
    script(fn: (call: ConnectorCall, index: number) => ConnectorAnswer) {
      script = fn;
    },
    /** Successful message POSTs (the ones a person would see). */
    delivered: () => deliveries.filter((d) => d.status === 200 && /\/activities$/.test(d.path)),
    dispatcher(overrides: Partial<DispatcherOptions> = {}) {
      return createDispatcher({
        db: database.db,
        clock: time.clock,
        sender,
        logger: log.logger,
        instanceId: 'instance-a',
        sleep: time.sleep,
        random: () => 0.5,
        ...overrides,
      });
    },
    async close() {
      await connector.close();
      await database.close();
    },
  };
}

export type Rig = Awaited<ReturnType<typeof notificationRig>>;

/** The caseworker has installed the app: user row and 1:1 reference, as the handler stores them. */
export async function installFor(db: Db, serviceUrl: string, at: Date, who: { userId: string; teamsId: string; upn: string; conversationId: string } = CASEWORKER): Promise<void> {
  await upsertUser(db, { id: who.userId, tenantId: TENANT, upn: who.upn, teamsUserId: who.teamsId }, at);
  await saveConversationRef(
    db,
    {
      userId: who.userId,
      tenantId: TENANT,
      serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl,
        bot: { id: '28:bot-test', name: 'Stödlotsen' },
        user: { id: who.teamsId, name: '', aadObjectId: who.userId },
        conversation: { id: who.conversationId, conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
      },
    },
    at,
  );
}

export async function notify(db: Db, at: Date, key: string, payload: unknown = { text: `Notis ${key}` }, recipient: { recipientUpn?: string; recipientUserId?: string } = { recipientUpn: CASEWORKER.upn }): Promise<void> {
  await enqueue(db, { idempotencyKey: key, tenantId: TENANT, kind: 'summary', payload, ...recipient }, at);
}

/** Most sends inside any half-open window (t - windowMs, t]. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  let max = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[start]! <= times[end]! - windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

/** The earliest a perfect sender could make its n-th send under the same windows (greedy is optimal). */
export function idealSchedule(count: number, windows: readonly { limit: number; windowMs: number }[]): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    let t = times.length > 0 ? times[times.length - 1]! : 0;
    for (const w of windows) if (i >= w.limit) t = Math.max(t, times[i - w.limit]! + w.windowMs);
    times.push(t);
  }
  return times;
}
