import { sql } from 'kysely';
import type { Logger } from 'pino';
import { createAuditor, SYSTEM_ACTOR, type Auditor, type AuditTargetKind } from './audit';
import type { Config } from './config';
import type { Clock } from './domain/clock';
import { isPassDue, retentionCutoffs, stockholmDateTime, type RetentionCategory, type RetentionPolicy, type RetentionSchedule } from './domain/retention';
import { deleteAuditBatch } from './storage/audit.repository';
import { dialectOf, type Db } from './storage/database';
import { lastRetentionRun, pruneRunLog, recordRetentionRun, RETENTION_STEPS, type DueRow, type RetentionTable, type TableCounts } from './storage/retention.repository';

/**
 * The retention pass (gallring): once a day it deletes what Stödlotsen no longer needs, category by
 * category (src/domain/retention.ts), in bounded batches – each batch and its audit rows one short
 * transaction – until nothing is due or the time budget is spent. Audit rows say how many rows of
 * which table went and under which rule, never which rows or what they held.
 */
export type RetentionSettings = RetentionPolicy & Pick<RetentionSchedule, 'batchSize' | 'timeBudgetMs'>;

export interface PassResult {
  /** Rows deleted per table. */
  readonly tables: TableCounts;
  /** The rows each rule selected (for closed cases: the cases). */
  readonly categories: Readonly<Record<RetentionCategory, number>>;
  readonly auditRows: number;
  readonly batches: number;
  /** false when the time budget ran out with rows still due; the next tick goes on. */
  readonly complete: boolean;
}

export interface PassOptions {
  readonly auditor?: Auditor;
  /** Audit rows older than this many days are removed too; omitted = the audit log is left alone. */
  readonly auditDays?: number;
}

/** The order of the pass: superseded exported decisions before the closed cases that take the rest. */
const PASS_ORDER: readonly RetentionCategory[] = ['drafts', 'submissions', 'outbox', 'exportedLevels', 'closedCases'];

const TARGET_KIND: Readonly<Record<RetentionTable, AuditTargetKind>> = {
  drafts: 'draft',
  submissions: 'submission',
  outbox: 'outbox',
  level_proposals: 'level_proposal',
  level_history: 'level_history',
  case_members: 'case_member',
  cases: 'case',
  reminder_runs: 'reminder_run',
  retention_runs: 'retention_run',
  audit_log: 'audit_log',
};

const DAY_MS = 24 * 60 * 60_000;
/** PostgreSQL advisory lock key of the retention batches (any constant no other lock uses). */
const RETENTION_LOCK_KEY = 1_604_160_316;

export async function runRetentionPass(db: Db, clock: Clock, settings: RetentionSettings, options: PassOptions = {}): Promise<PassResult> {
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 1) throw new RangeError(`retention batch size must be a positive integer, got ${settings.batchSize}`);
  const auditor = options.auditor ?? createAuditor(db, clock);
  const started = clock.now();
  const cutoffs = retentionCutoffs(settings, started);
  const outOfTime = () => clock.now().getTime() - started.getTime() >= settings.timeBudgetMs;
  const sqlite = dialectOf(db) === 'sqlite';
  // database.ts sets it for every connection; said again here so a purge never merely unlinks.
  if (sqlite) await sql`pragma secure_delete = ON`.execute(db);

  const tables: TableCounts = {};
  const categories = { drafts: 0, submissions: 0, outbox: 0, exportedLevels: 0, closedCases: 0 };
  let batches = 0;
  let auditRows = 0;
  let complete = true;

  const audit = async (tx: Parameters<Auditor['record']>[1], tenantId: string | null, reason: string, counts: TableCounts) => {
    for (const [table, count] of Object.entries(counts) as [RetentionTable, number][]) {
      if (count <= 0) continue;
      tables[table] = (tables[table] ?? 0) + count;
      await auditor.record({ tenantId, actorId: SYSTEM_ACTOR, action: 'retention.deleted', outcome: 'success', target: { kind: TARGET_KIND[table] }, reason, count }, tx);
      auditRows++;
    }
  };

  passes: for (const category of PASS_ORDER) {
    const step = RETENTION_STEPS[category];
    for (;;) {
      if (outOfTime()) {
        complete = false;
        break passes;
      }
      const batch = await db.transaction().execute(async (tx) => {
        // Two instances at 03:30 take turns batch by batch instead of deleting the same rows at once.
        if (!sqlite) await sql`select pg_advisory_xact_lock(${RETENTION_LOCK_KEY})`.execute(tx);
        const due = await step.select(tx, cutoffs, settings.batchSize);
        for (const [tenantId, ids] of byTenant(due)) await audit(tx, tenantId, category, await step.remove(tx, ids, cutoffs));
        return due;
      });
      if (batch.length === 0) break;
      batches++;
      categories[category] += batch.length;
      if (batch.length < settings.batchSize) break;
    }
  }

  if (complete) {
    await db.transaction().execute(async (tx) => audit(tx, null, 'run_log', await pruneRunLog(tx, cutoffs.casesClosedOnOrBefore)));
    if (options.auditDays !== undefined) {
      const purged = await purgeAuditLog(db, auditor, started, options.auditDays, settings.batchSize, outOfTime);
      if (purged.deleted > 0) tables.audit_log = purged.deleted;
      complete = purged.complete;
    }
  }

  const deletedAny = Object.values(tables).some((n) => n > 0);
  if (sqlite && deletedAny) await checkpoint(db);
  return { tables, categories, auditRows, batches, complete };
}

/** The audit log's own retention, in batches; the count of what went is the one row it leaves. */
async function purgeAuditLog(
  db: Db,
  auditor: Auditor,
  started: Date,
  days: number,
  batchSize: number,
  outOfTime: () => boolean,
): Promise<{ deleted: number; complete: boolean }> {
  const cutoff = new Date(started.getTime() - days * DAY_MS);
  let deleted = 0;
  let complete = true;
  for (;;) {
    if (outOfTime()) {
      complete = false;
      break;
    }
    const n = await deleteAuditBatch(db, cutoff, batchSize);
    deleted += n;
    if (n < batchSize) break;
  }
  if (deleted > 0) {
    await auditor.record({ tenantId: null, actorId: SYSTEM_ACTOR, action: 'retention.deleted', outcome: 'success', target: { kind: 'audit_log' }, reason: 'audit_log', count: deleted });
  }
  return { deleted, complete };
}

function byTenant(rows: readonly DueRow[]): Map<string | null, string[]> {
  const groups = new Map<string | null, string[]>();
  for (const row of rows) {
    const ids = groups.get(row.tenantId);
    if (ids) ids.push(row.id);
    else groups.set(row.tenantId, [row.id]);
  }
  return groups;
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
  /** Runs the pass if it is due (once a day at the configured Stockholm time); null when not due. */
  tick(): Promise<PassResult | null>;
  /** Runs one pass now, due or not (never overlapping a scheduled one). */
  runNow(): Promise<PassResult>;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
}

export interface RetentionDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: Pick<Config, 'retention' | 'auditRetentionDays'>;
  readonly auditor?: Auditor;
}

/**
 * Checks every minute; runs once per Stockholm day at or after RETENTION_TIME (weekends too). A pass
 * that ran out of time is not marked done, so the next tick carries on with what is left. Several
 * instances may run it: deleting is by id with the rule checked again, and a day is marked once.
 */
export function startRetention(deps: RetentionDeps, intervalMs = 60_000): RetentionScheduler {
  let running: Promise<PassResult> | undefined;
  let stopped = false;

  const pass = (): Promise<PassResult> =>
    (running ??= (async () => {
      try {
        const startedOn = stockholmDateTime(deps.clock.now()).date;
        const result = await runRetentionPass(deps.db, deps.clock, deps.config.retention, {
          auditDays: deps.config.auditRetentionDays,
          ...(deps.auditor ? { auditor: deps.auditor } : {}),
        });
        if (result.complete) await recordRetentionRun(deps.db, startedOn, deps.clock.now());
        deps.logger.info({ ...result.tables, batches: result.batches, complete: result.complete, runDate: startedOn }, 'retention pass');
        return result;
      } finally {
        running = undefined;
      }
    })());

  const tick = async (): Promise<PassResult | null> => {
    if (stopped || running) return null;
    if (!isPassDue(deps.clock.now(), deps.config.retention.timeOfDay, await lastRetentionRun(deps.db))) return null;
    return pass();
  };

  const timer = setInterval(() => {
    tick().catch((err: unknown) => deps.logger.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'retention pass failed'));
  }, intervalMs);
  timer.unref();

  return {
    tick,
    runNow: pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
