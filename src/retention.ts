import { sql } from 'kysely';
import type { Logger } from 'pino';
import { createAuditor, SYSTEM_ACTOR, type Auditor, type AuditTargetKind } from './audit';
import type { Config } from './config';
import type { Clock } from './domain/clock';
import { deleteAuditBefore } from './storage/audit.repository';
import { dialectOf, type Db, type Executor } from './storage/database';

/**
 * Retention: what staff wrote (drafts, sent summaries, queued notifications) lives in Stödlotsen
 * only until it has reached Treserva – RETENTION_DAYS after it was last touched it is deleted,
 * delivered or not. The record itself lives in Treserva.
 */
export interface PurgeResult {
  readonly drafts: number;
  readonly submissions: number;
  readonly outbox: number;
  readonly auditRows: number;
}

export interface PurgeOptions {
  readonly auditor?: Auditor;
  /** Audit rows older than this are removed too; omitted = the audit log is left alone. */
  readonly auditDays?: number;
}

const DAY_MS = 24 * 60 * 60_000;
const BATCH = 500;

interface Expired {
  readonly id: string;
  readonly tenantId: string | null;
  readonly caseReference: string | null;
}

export async function purgeExpired(db: Db, clock: Clock, days: number, options: PurgeOptions = {}): Promise<PurgeResult> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`retention days must be a positive integer, got ${days}`);
  const auditor = options.auditor ?? createAuditor(db, clock);
  const now = clock.now();
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const sqlite = dialectOf(db) === 'sqlite';
  // database.ts sets it for every connection; said again here so a purge never merely unlinks.
  if (sqlite) await sql`pragma secure_delete = ON`.execute(db);

  const drafts = await purgeBatches(db, auditor, 'draft', () =>
    db
      .selectFrom('drafts')
      .leftJoin('cases', 'cases.id', 'drafts.case_id')
      .leftJoin('users', 'users.id', 'drafts.user_id')
      .select(['drafts.id as id', 'cases.case_reference as caseReference'])
      .select((eb) => eb.fn.coalesce('cases.tenant_id', 'users.tenant_id').as('tenantId'))
      // closeDraft sets updated_at too: this takes closed drafts and abandoned open ones alike.
      .where('drafts.updated_at', '<', cutoff)
      .limit(BATCH)
      .execute(),
    (tx, ids) => tx.deleteFrom('drafts').where('id', 'in', ids).execute(),
  );
  const submissions = await purgeBatches(db, auditor, 'submission', () =>
    db
      .selectFrom('submissions')
      .leftJoin('cases', 'cases.id', 'submissions.case_id')
      .select(['submissions.id as id', 'cases.case_reference as caseReference', 'cases.tenant_id as tenantId'])
      .where('submissions.created_at', '<', cutoff)
      .limit(BATCH)
      .execute(),
    (tx, ids) => tx.deleteFrom('submissions').where('id', 'in', ids).execute(),
  );
  const outbox = await purgeBatches(db, auditor, 'outbox', async () =>
    (await db.selectFrom('outbox').select(['id', 'tenant_id']).where('created_at', '<', cutoff).limit(BATCH).execute()).map((r) => ({ id: r.id, tenantId: r.tenant_id, caseReference: null })),
    (tx, ids) => tx.deleteFrom('outbox').where('id', 'in', ids).execute(),
  );

  let auditRows = 0;
  if (options.auditDays !== undefined) {
    const auditCutoff = new Date(now.getTime() - options.auditDays * DAY_MS);
    auditRows = await deleteAuditBefore(db, auditCutoff);
    if (auditRows > 0) {
      await auditor.record({ tenantId: null, actorId: SYSTEM_ACTOR, action: 'retention.deleted', outcome: 'success', target: { kind: 'audit_log', id: `before ${auditCutoff.toISOString()}` }, reason: `${auditRows} rows` });
    }
  }

  if (sqlite && drafts + submissions + outbox + auditRows > 0) await checkpoint(db);
  return { drafts, submissions, outbox, auditRows };
}

/** Deletes in batches; each batch and its audit rows commit together. */
async function purgeBatches(
  db: Db,
  auditor: Auditor,
  kind: AuditTargetKind,
  select: () => Promise<Expired[]>,
  remove: (tx: Executor, ids: string[]) => Promise<unknown>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await select();
    if (batch.length === 0) return total;
    await db.transaction().execute(async (tx) => {
      await remove(tx, batch.map((row) => row.id));
      for (const row of batch) {
        await auditor.record(
          { tenantId: row.tenantId, actorId: SYSTEM_ACTOR, action: 'retention.deleted', outcome: 'success', caseReference: row.caseReference, target: { kind, id: row.id } },
          tx,
        );
      }
    });
    total += batch.length;
    if (batch.length < BATCH) return total;
  }
}

/**
 * SQLite: deleted cells are zeroed (secure_delete); the checkpoint writes the zeroed pages into
 * the main file and truncates the WAL, so no older page image holding the text is left.
 * PostgreSQL: the rows are gone for every query; autovacuum reclaims the space.
 */
async function checkpoint(db: Db): Promise<void> {
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}

export interface RetentionScheduler {
  /** Runs one purge now (the scheduler's own runs never overlap with it). */
  runNow(): Promise<PurgeResult>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface RetentionDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: Pick<Config, 'retentionDays' | 'auditRetentionDays'>;
  readonly auditor?: Auditor;
}

export const RETENTION_INTERVAL_MS = 6 * 60 * 60_000;
export const RETENTION_FIRST_RUN_MS = 60_000;

/** Purges shortly after start-up and then every few hours; several instances may run it safely. */
export function startRetention(deps: RetentionDeps, timing: { intervalMs?: number; firstRunMs?: number } = {}): RetentionScheduler {
  const interval = timing.intervalMs ?? RETENTION_INTERVAL_MS;
  let running: Promise<PurgeResult> | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const run = (): Promise<PurgeResult> =>
    (running ??= (async () => {
      try {
        const result = await purgeExpired(deps.db, deps.clock, deps.config.retentionDays, {
          auditDays: deps.config.auditRetentionDays,
          ...(deps.auditor ? { auditor: deps.auditor } : {}),
        });
        deps.logger.info({ ...result, retentionDays: deps.config.retentionDays }, 'retention purge');
        return result;
      } finally {
        running = undefined;
      }
    })());

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      run()
        .catch((err: unknown) => deps.logger.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'retention purge failed'))
        .finally(() => schedule(interval));
    }, ms);
    timer.unref();
  };
  schedule(timing.firstRunMs ?? RETENTION_FIRST_RUN_MS);

  return {
    runNow: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
