import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { deadLetters } from '../../src/notifications/deadLetters';
import { migrateToLatest, openDatabase } from '../../src/storage/database';
import { enqueue } from '../../src/storage/outbox.repository';
import { saveConversationRef, upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { startPostgres, type PostgresBinaries } from '../support/postgres';
import { startThrottlingConnector, TEAMS_PER_TENANT, type Arrival } from './throttlingConnector';

/**
 * Two bot processes (test/scale/botProcess.ts) on one throwaway PostgreSQL server, a backlog in
 * the outbox, and a connector stand-in that enforces Teams' limits. After `killAfterSends`
 * accepted sends the dispatching process is killed with SIGKILL while one of its requests is
 * at the connector (held, never answered); the other process takes over and drains the rest.
 * Shared by test/scale/sharedLimit.test.ts and scripts/bench-dispatcher.ts.
 */

export interface SharedLimitOptions {
  readonly binaries: PostgresBinaries;
  readonly conversations: number;
  readonly perConversation: number;
  readonly killAfterSends: number;
  readonly timeoutMs: number;
}

export interface RatePhase {
  /** Requests that reached the connector and counted against Teams' limits (accepted or held). */
  readonly sends: number;
  /** Whole seconds measured, from the phase's first request. */
  readonly seconds: number;
  /** What Teams' per-tenant limit allows in those seconds (30/s; the per-conversation limits cannot bind here). */
  readonly allowed: number;
  readonly ratio: number;
}

export interface SharedLimitFigures {
  readonly backlog: number;
  readonly beforeKill: RatePhase;
  readonly afterKill: RatePhase;
  /** From the first request to the last, the fail-over gap included: sends / (30/s · span). */
  readonly overallRatio: number;
  readonly spanSeconds: number;
  readonly throttled: number;
  /** Notifications that reached the connector more than once. */
  readonly duplicates: number;
  /** Notifications that never reached the connector at all. */
  readonly neverReceived: number;
  /** Of those, the ones the outbox does not show as in doubt (silently lost). */
  readonly lostSilently: number;
  /** Received by the stand-in while the killed process waited for the answer. */
  readonly heldKeys: readonly string[];
  /** Dead letters 'in-doubt' in the outbox, by idempotency key. */
  readonly inDoubtKeys: readonly string[];
  /** In-doubt ones the stand-in received exactly once (their real outcome: delivered). */
  readonly inDoubtReceivedOnce: number;
  /** Outbox rows neither sent nor dead when the run ended. */
  readonly stillPending: number;
  readonly sentRows: number;
  /** Processes that sent before / after the kill (pid, as each request names it). */
  readonly sendersBeforeKill: readonly number[];
  readonly sendersAfterKill: readonly number[];
  readonly killedPid: number;
  /** Kill → the survivor reports it is the dispatcher. */
  readonly failoverElectedMs: number;
  /** Kill → the survivor's first request at the connector. */
  readonly failoverFirstSendMs: number;
}

const START = '2026-11-23T09:00:00.000Z';
const MARK = /^Skalningstest (\S+)$/;
const TENANT_LIMIT = TEAMS_PER_TENANT[0]!.limit;

/** The machine's time line, shared with the child processes (see botProcess.ts). */
const timeLine = () => performance.timeOrigin + performance.now();

export async function runSharedLimitScenario(options: SharedLimitOptions): Promise<SharedLimitFigures> {
  const server = await startPostgres(options.binaries);
  const children: ChildProcess[] = [];
  const connector = await startThrottlingConnector(timeLine);
  let observer: ReturnType<typeof openDatabase> | undefined;
  try {
    const url = await server.createDatabase('shared_limit');
    observer = openDatabase({ kind: 'postgres', url });
    const db = observer.db;
    await migrateToLatest(db);
    const epoch = timeLine();
    const clockNow = () => Date.parse(START) + (timeLine() - epoch);

    const keys: string[] = [];
    await db.transaction().execute(async (tx) => {
      const at = new Date(clockNow());
      for (let c = 0; c < options.conversations; c++) {
        const n = String(c).padStart(4, '0');
        const userId = `00000000-0000-4000-8000-0000fa11${n}`;
        const reference = { channelId: 'msteams', serviceUrl: connector.serviceUrl, bot: { id: '28:bot-test' }, user: { id: `29:handlaggare-${n}`, aadObjectId: userId }, conversation: { id: `a:conv-shared-${n}`, conversationType: 'personal', tenantId: LOCAL_TENANT } };
        await upsertUser(tx, { id: userId, tenantId: LOCAL_TENANT, upn: `handlaggare.${n}@example.se`, teamsUserId: `29:handlaggare-${n}` }, at);
        await saveConversationRef(tx, { userId, tenantId: LOCAL_TENANT, serviceUrl: connector.serviceUrl, reference }, at);
      }
      // Interleaved and one millisecond apart: the due order takes the conversations in turn.
      for (let i = 0; i < options.perConversation; i++) {
        for (let c = 0; c < options.conversations; c++) {
          const key = `s-${String(c).padStart(4, '0')}-${String(i).padStart(3, '0')}`;
          keys.push(key);
          await enqueue(tx, { idempotencyKey: key, tenantId: LOCAL_TENANT, recipientUpn: `handlaggare.${String(c).padStart(4, '0')}@example.se`, kind: 'summary', payload: { text: `Skalningstest ${key}` } }, new Date(at.getTime() + keys.length));
        }
      }
    });

    const electedAt = new Map<number, number>();
    const listening = [0, 1].map(() => {
      const child = fork(path.join(__dirname, 'botProcess.ts'), [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, DATABASE_URL: url, START, EPOCH_MS: String(epoch), NODE_NO_WARNINGS: '1' },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      children.push(child);
      return new Promise<void>((resolve, reject) => {
        child.on('message', (m: { type: string; pid: number; at: number }) => {
          if (m.type === 'listening') resolve();
          if (m.type === 'elected') electedAt.set(m.pid, m.at);
        });
        child.once('exit', (code) => reject(new Error(`bot process exited early (${code})`)));
      });
    });
    await Promise.all(listening);

    let accepted = 0;
    let killedPid = 0;
    let killAt = 0;
    connector.hold = ({ sender }) => {
      if (killAt === 0 && accepted >= options.killAfterSends) {
        // Mid-send: this request is at the connector and will never be answered.
        killedPid = sender;
        killAt = timeLine();
        children.find((c) => c.pid === sender)?.kill('SIGKILL');
      }
      if (killedPid !== 0 && sender === killedPid) return true;
      accepted++;
      return false;
    };

    const deadline = timeLine() + options.timeoutMs;
    for (;;) {
      const open = await db.selectFrom('outbox').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
      if (killAt > 0 && Number(open.n) === 0) break;
      if (timeLine() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const arrivals = connector.arrivals.slice();
    const keyOf = (a: Arrival) => MARK.exec(a.text)?.[1] ?? '';
    const counting = arrivals.filter((a) => a.outcome !== 429);
    const received = new Map<string, number>();
    for (const a of counting) received.set(keyOf(a), (received.get(keyOf(a)) ?? 0) + 1);
    const rows = await db.selectFrom('outbox').select(['status']).execute();
    const inDoubt = (await deadLetters(db, 10_000)).filter((d) => d.reason === 'in-doubt').map((d) => d.idempotencyKey);
    const before = counting.filter((a) => a.at < killAt);
    const after = counting.filter((a) => a.at >= killAt);
    const survivor = children.find((c) => c.pid !== killedPid)?.pid ?? 0;
    const first = counting[0]?.at ?? 0;
    const last = counting.at(-1)?.at ?? 0;
    return {
      backlog: keys.length,
      beforeKill: phase(before, first, killAt),
      // Up to where fewer than one second's worth remain: the tail cannot fill a second.
      afterKill: phase(after, after[0]?.at ?? killAt, Math.min(last, counting[counting.length - TENANT_LIMIT]?.at ?? last)),
      overallRatio: counting.length / ((TENANT_LIMIT * (last - first)) / 1000 + 1),
      spanSeconds: (last - first) / 1000,
      throttled: arrivals.filter((a) => a.outcome === 429).length,
      duplicates: [...received.values()].filter((n) => n > 1).length,
      neverReceived: keys.filter((k) => !received.has(k)).length,
      lostSilently: keys.filter((k) => !received.has(k) && !inDoubt.includes(k)).length,
      heldKeys: arrivals.filter((a) => a.outcome === 'held').map(keyOf).sort(),
      inDoubtKeys: inDoubt.sort(),
      inDoubtReceivedOnce: inDoubt.filter((k) => received.get(k) === 1).length,
      stillPending: rows.filter((r) => r.status === 'pending').length,
      sentRows: rows.filter((r) => r.status === 'sent').length,
      sendersBeforeKill: [...new Set(before.map((a) => a.sender))],
      sendersAfterKill: [...new Set(after.map((a) => a.sender))],
      killedPid,
      failoverElectedMs: (electedAt.get(survivor) ?? Number.NaN) - killAt,
      failoverFirstSendMs: (after[0]?.at ?? Number.NaN) - killAt,
    };
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      ),
    );
    await connector.close();
    await observer?.close();
    await server.stop();
  }
}

/** Sends in the whole seconds from `from` up to `to` against the per-tenant limit. */
function phase(arrivals: readonly Arrival[], from: number, to: number): RatePhase {
  const seconds = Math.max(0, Math.floor((to - from) / 1000));
  const sends = arrivals.filter((a) => a.at >= from && a.at < from + seconds * 1000).length;
  const allowed = TENANT_LIMIT * seconds;
  return { sends, seconds, allowed, ratio: allowed === 0 ? 0 : sends / allowed };
}

export function formatFigures(f: SharedLimitFigures): string {
  const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
  return [
    `backlog ${f.backlog} notifications; per-tenant limit ${TENANT_LIMIT}/s (Teams' own limits, not scaled)`,
    `before the kill: ${f.beforeKill.sends} sends in ${f.beforeKill.seconds} s, allowed ${f.beforeKill.allowed} → ${pct(f.beforeKill.ratio)} (senders: pid ${f.sendersBeforeKill.join(', ')})`,
    `after the kill:  ${f.afterKill.sends} sends in ${f.afterKill.seconds} s, allowed ${f.afterKill.allowed} → ${pct(f.afterKill.ratio)} (senders: pid ${f.sendersAfterKill.join(', ')})`,
    `whole run incl. fail-over gap: ${pct(f.overallRatio)} over ${f.spanSeconds.toFixed(1)} s`,
    `429 answers ${f.throttled}; duplicates ${f.duplicates}; never received ${f.neverReceived} (silently lost ${f.lostSilently}); still pending ${f.stillPending}`,
    `killed pid ${f.killedPid} mid-send; held at the connector ${f.heldKeys.length} [${f.heldKeys.join(', ')}]; in-doubt dead letters ${f.inDoubtKeys.length} [${f.inDoubtKeys.join(', ')}]: the stand-in received ${f.inDoubtReceivedOnce} of them (once each), the other ${f.inDoubtKeys.length - f.inDoubtReceivedOnce} never left the killed process; sent rows ${f.sentRows}`,
    `fail-over: survivor elected ${f.failoverElectedMs.toFixed(0)} ms after the kill, first send ${f.failoverFirstSendMs.toFixed(0)} ms after it`,
  ].join('\n');
}
