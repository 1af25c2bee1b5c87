/**
 * Sustained delivery rate of the outbox dispatcher against a loopback connector that enforces
 * Teams' limits (per conversation 7/1 s, 60/30 s, 1,800/h; per app+tenant 30/1 s) and answers
 * 429 + Retry-After when one is exceeded. Real time, real HTTP, real TeamsAdapter, SQLite.
 *
 *   npx tsx scripts/bench-dispatcher.ts                 (~47 s, SQLite, one instance)
 *   npx tsx scripts/bench-dispatcher.ts two-instances   (~50 s, PostgreSQL, two bot processes)
 *
 * The two-instance scenario (test/scale/sharedLimitRig.ts) starts a throwaway PostgreSQL server
 * and two bot processes sharing it; midway the dispatching process is killed with SIGKILL while a
 * request is on the wire, and the other takes over.
 *
 * "Allowed" is what a perfect sender could deliver in the same time: the greedy schedule under
 * the same windows, which is optimal for sliding windows.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { systemClock } from '../src/clock';
import { createLogger } from '../src/logging';
import { createDispatcher } from '../src/notifications/dispatcher';
import type { RateWindow } from '../src/notifications/limits';
import { migrateToLatest, openDatabase, type Db } from '../src/storage/database';
import { enqueue } from '../src/storage/outbox.repository';
import { saveConversationRef, upsertUser } from '../src/storage/users.repository';
import { createProactiveSender } from '../src/teams/proactive';
import { postgresAvailability } from '../test/support/postgres';
import { formatFigures, runSharedLimitScenario } from '../test/scale/sharedLimitRig';

const TENANT = 'tenant-bench-0001';

/** Teams' limits as the fake connector enforces them, written out independently of src/. */
const PER_CONVERSATION: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];
const PER_TENANT: readonly RateWindow[] = [{ limit: 30, windowMs: 1_000 }];

interface Arrival {
  readonly at: number;
  readonly conversation: string;
  readonly accepted: boolean;
}

/** A Bot Connector that only accepts what Teams would. */
async function limitingConnector() {
  const arrivals: Arrival[] = [];
  const accepted = new Map<string, number[]>();
  const fits = (key: string, windows: readonly RateWindow[], now: number) =>
    windows.every((w) => (accepted.get(key) ?? []).filter((t) => t > now - w.windowMs).length < w.limit);
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const now = Date.now();
      const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1] ?? '');
      const ok = fits(`c:${conversation}`, PER_CONVERSATION, now) && fits('tenant', PER_TENANT, now);
      arrivals.push({ at: now, conversation, accepted: ok });
      if (ok) {
        for (const key of [`c:${conversation}`, 'tenant']) accepted.set(key, [...(accepted.get(key) ?? []), now]);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `activity-${arrivals.length}` }));
      } else {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ error: { code: 'Throttled' } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { serviceUrl, arrivals, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function idealCount(durationMs: number, conversations: number, perConversationBacklog: number): number {
  const sends: { c: number; t: number }[] = [];
  const times = new Map<string, number[]>();
  const fitsAt = (key: string, windows: readonly RateWindow[], t: number) => windows.every((w) => (times.get(key) ?? []).filter((s) => s > t - w.windowMs).length < w.limit);
  const left = Array.from({ length: conversations }, () => perConversationBacklog);
  for (let t = 0; t < durationMs; t++) {
    for (let c = 0; c < conversations; c++) {
      while (left[c]! > 0 && fitsAt(`c${c}`, PER_CONVERSATION, t) && fitsAt('tenant', PER_TENANT, t)) {
        left[c]!--;
        sends.push({ c, t });
        for (const key of [`c${c}`, 'tenant']) times.set(key, [...(times.get(key) ?? []), t]);
      }
    }
  }
  return sends.length;
}

function maxInWindow(times: readonly number[], windowMs: number): number {
  let max = 0;
  for (let end = 0, start = 0; end < times.length; end++) {
    while (times[start]! <= times[end]! - windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

async function seed(db: Db, serviceUrl: string, conversations: number, perConversation: number): Promise<void> {
  const now = systemClock.now();
  for (let c = 0; c < conversations; c++) {
    const userId = `aad-bench-${c}`;
    await upsertUser(db, { id: userId, tenantId: TENANT, upn: `bench${c}@stodlotsen.example`, teamsUserId: `29:bench-${c}` }, now);
    await saveConversationRef(
      db,
      {
        userId,
        tenantId: TENANT,
        serviceUrl,
        reference: { channelId: 'msteams', serviceUrl, bot: { id: '28:bot' }, user: { id: `29:bench-${c}` }, conversation: { id: `a:bench-${c}`, conversationType: 'personal', tenantId: TENANT } },
      },
      now,
    );
  }
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < perConversation; i++) {
      for (let c = 0; c < conversations; c++) {
        await enqueue(tx, { idempotencyKey: `bench-${c}-${i}`, tenantId: TENANT, recipientUserId: `aad-bench-${c}`, kind: 'bench', payload: { text: `Notis ${i}` } }, now);
      }
    }
  });
}

async function scenario(name: string, conversations: number, perConversation: number, durationMs: number): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodlotsen-bench-'));
  const database = openDatabase({ kind: 'sqlite', path: path.join(dir, 'bench.db') });
  await migrateToLatest(database.db);
  const connector = await limitingConnector();
  await seed(database.db, connector.serviceUrl, conversations, perConversation);
  const dispatcher = createDispatcher({
    db: database.db,
    clock: systemClock,
    sender: createProactiveSender({ adapter: new TeamsAdapter({}), appId: '' }),
    logger: createLogger('silent'),
    instanceId: 'bench',
  });
  const started = Date.now();
  dispatcher.start(1_000);
  await new Promise((resolve) => setTimeout(resolve, durationMs + 200));
  await dispatcher.stop();
  await connector.close();
  await database.close();

  const t0 = connector.arrivals[0]?.at ?? started;
  const inTime = connector.arrivals.filter((a) => a.at - t0 < durationMs);
  const delivered = inTime.filter((a) => a.accepted).length;
  const throttled = connector.arrivals.filter((a) => !a.accepted).length;
  const allowed = idealCount(durationMs, conversations, perConversation);
  const perConversationMax = (w: number) =>
    Math.max(...Array.from({ length: conversations }, (_, c) => maxInWindow(inTime.filter((a) => a.accepted && a.conversation === `a:bench-${c}`).map((a) => a.at), w)));
  const ratio = delivered / allowed;
  console.log(`\n${name}  (${conversations} conversation(s), backlog ${conversations * perConversation}, ${durationMs / 1000} s)`);
  console.log(`  delivered          ${delivered}  (${((delivered / durationMs) * 1000).toFixed(2)}/s)`);
  console.log(`  allowed (ideal)    ${allowed}  (${((allowed / durationMs) * 1000).toFixed(2)}/s)`);
  console.log(`  ratio              ${(ratio * 100).toFixed(1)} %   target ≥ 95 %`);
  console.log(`  429 answers        ${throttled}   target 0`);
  console.log(`  max per conv 1 s   ${perConversationMax(1_000)} (≤ 7)   30 s: ${perConversationMax(30_000)} (≤ 60)`);
  console.log(`  max tenant 1 s     ${maxInWindow(inTime.filter((a) => a.accepted).map((a) => a.at), 1_000)} (≤ 30)`);
  return ratio >= 0.95 && throttled === 0;
}

async function twoInstances(): Promise<boolean> {
  const availability = postgresAvailability();
  if (!availability.available) {
    console.log(`\ntwo instances on PostgreSQL: skipped (${availability.reason})`);
    return false;
  }
  const f = await runSharedLimitScenario({ binaries: availability.binaries, conversations: 40, perConversation: 30, killAfterSends: 600, timeoutMs: 80_000 });
  console.log(`\ntwo bot processes on one PostgreSQL, forty caseworkers, 30/s per app+tenant regime\n${formatFigures(f).replace(/^/gm, '  ')}`);
  return f.beforeKill.ratio >= 0.95 && f.afterKill.ratio >= 0.95 && f.throttled === 0 && f.duplicates === 0 && f.lostSilently === 0;
}

async function main(): Promise<void> {
  if (process.argv[2] === 'two-instances') {
    const ok = await twoInstances();
    console.log(`\n${ok ? 'PASS' : 'FAIL'}`);
    process.exitCode = ok ? 0 : 1;
    return;
  }
  const a = await scenario('one caseworker, 7/s + 60/30 s regime', 1, 200, 35_000);
  const b = await scenario('twelve caseworkers, 30/s per app+tenant regime', 12, 60, 10_000);
  console.log(`\n${a && b ? 'PASS' : 'FAIL'}`);
  process.exitCode = a && b ? 0 : 1;
}

void main();
