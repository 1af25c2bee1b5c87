import { sql, type ExpressionBuilder } from 'kysely';
import type { RetentionCategory, RetentionCutoffs } from '../domain/retention';
import type { Executor } from './database';
import type { Database } from './schema';

/**
 * The queries of the retention pass (gallring). Each category selects a bounded batch of due rows
 * and deletes them by id with the rule checked again in the delete, so a row touched between the
 * two (a draft resumed that very second) stays. The preview counts with the same conditions.
 */
export const RETENTION_TABLES = [
  'drafts',
  'submissions',
  'outbox',
  'level_proposals',
  'level_history',
  'case_members',
  'cases',
  'reminder_runs',
  'retention_runs',
  'audit_log',
] as const;
export type RetentionTable = (typeof RETENTION_TABLES)[number];
export type TableCounts = Partial<Record<RetentionTable, number>>;

export interface DueRow {
  readonly id: string;
  /** The tenant the audit row is written for; null for drafts whose user and case are unknown. */
  readonly tenantId: string | null;
}

export interface RetentionStep {
  select(db: Executor, cutoffs: RetentionCutoffs, limit: number): Promise<DueRow[]>;
  remove(tx: Executor, ids: readonly string[], cutoffs: RetentionCutoffs): Promise<TableCounts>;
}

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

type LevelScope = ExpressionBuilder<Database & { h: Database['level_history'] }, 'h'>;

/** A decision is replaced when a later one of the same case applies from today or earlier. */
function replacedByLaterDecision(eb: LevelScope, today: string) {
  return eb.exists(
    eb
      .selectFrom('level_history as later')
      .select(sql.lit(1).as('one'))
      .whereRef('later.case_id', '=', 'h.case_id')
      .where('later.valid_from', '<=', today)
      .where((w) =>
        w.or([
          w('later.valid_from', '>', w.ref('h.valid_from')),
          w.and([w('later.valid_from', '=', w.ref('h.valid_from')), w('later.decided_at', '>', w.ref('h.decided_at'))]),
        ]),
      ),
  );
}

export const RETENTION_STEPS: Readonly<Record<RetentionCategory, RetentionStep>> = Object.freeze({
  drafts: {
    select: (db, c, limit) =>
      db
        .selectFrom('drafts')
        .leftJoin('cases', 'cases.id', 'drafts.case_id')
        .leftJoin('users', 'users.id', 'drafts.user_id')
        .select('drafts.id as id')
        .select((eb) => eb.fn.coalesce('cases.tenant_id', 'users.tenant_id').as('tenantId'))
        // closeDraft sets updated_at too: this takes closed drafts and abandoned open ones alike.
        .where('drafts.updated_at', '<', c.draftsTouchedBefore)
        .limit(limit)
        .execute(),
    remove: async (tx, ids, c) => ({
      drafts: deleted(await tx.deleteFrom('drafts').where('id', 'in', ids).where('updated_at', '<', c.draftsTouchedBefore).executeTakeFirst()),
    }),
  },
  submissions: {
    select: (db, c, limit) =>
      db
        .selectFrom('submissions')
        .innerJoin('cases', 'cases.id', 'submissions.case_id')
        .select(['submissions.id as id', 'cases.tenant_id as tenantId'])
        .where('submissions.created_at', '<', c.submissionsSentBefore)
        .limit(limit)
        .execute(),
    remove: async (tx, ids, c) => ({
      submissions: deleted(await tx.deleteFrom('submissions').where('id', 'in', ids).where('created_at', '<', c.submissionsSentBefore).executeTakeFirst()),
    }),
  },
  outbox: {
    select: (db, c, limit) =>
      db.selectFrom('outbox').select(['id', 'tenant_id as tenantId']).where('created_at', '<', c.outboxQueuedBefore).limit(limit).execute(),
    remove: async (tx, ids, c) => ({
      outbox: deleted(await tx.deleteFrom('outbox').where('id', 'in', ids).where('created_at', '<', c.outboxQueuedBefore).executeTakeFirst()),
    }),
  },
  exportedLevels: {
    select: (db, c, limit) =>
      db
        .selectFrom('level_history as h')
        .select(['h.id as id', 'h.tenant_id as tenantId'])
        .where('h.exported_at', 'is not', null)
        .where('h.exported_at', '<', c.levelsExportedBefore)
        .where((eb) => replacedByLaterDecision(eb, c.today))
        .limit(limit)
        .execute(),
    remove: async (tx, ids, c) => ({
      level_history: deleted(
        await tx
          .deleteFrom('level_history as h')
          .where('h.id', 'in', ids)
          .where('h.exported_at', '<', c.levelsExportedBefore)
          .where((eb) => replacedByLaterDecision(eb, c.today))
          .executeTakeFirst(),
      ),
    }),
  },
  closedCases: {
    select: (db, c, limit) =>
      db
        .selectFrom('cases')
        .select(['id', 'tenant_id as tenantId'])
        .where('closed_on', 'is not', null)
        .where('closed_on', '<=', c.casesClosedOnOrBefore)
        .limit(limit)
        .execute(),
    // Children first and by name, so the counts are exact and nothing rests on ON DELETE CASCADE
    // alone; the cascade still catches a table added later that belongs to a case.
    remove: async (tx, ids, c) => {
      const due = (eb: ExpressionBuilder<Database, 'cases'>) => eb.and([eb('id', 'in', ids), eb('closed_on', 'is not', null), eb('closed_on', '<=', c.casesClosedOnOrBefore)]);
      const dueIds = (await tx.selectFrom('cases').select('id').where(due).execute()).map((r) => r.id);
      if (dueIds.length === 0) return {};
      return {
        drafts: deleted(await tx.deleteFrom('drafts').where('case_id', 'in', dueIds).executeTakeFirst()),
        submissions: deleted(await tx.deleteFrom('submissions').where('case_id', 'in', dueIds).executeTakeFirst()),
        level_proposals: deleted(await tx.deleteFrom('level_proposals').where('case_id', 'in', dueIds).executeTakeFirst()),
        level_history: deleted(await tx.deleteFrom('level_history').where('case_id', 'in', dueIds).executeTakeFirst()),
        case_members: deleted(await tx.deleteFrom('case_members').where('case_id', 'in', dueIds).executeTakeFirst()),
        cases: deleted(await tx.deleteFrom('cases').where('id', 'in', dueIds).executeTakeFirst()),
      };
    },
  },
});

/**
 * The daily run bookkeeping (`reminder_runs`, `retention_runs`: a date and a count, no personal data)
 * is pruned with the closed-case horizon, so nothing about a day outlives the cases of that day.
 */
export async function pruneRunLog(db: Executor, onOrBefore: string): Promise<TableCounts> {
  return {
    reminder_runs: deleted(await db.deleteFrom('reminder_runs').where('run_date', '<=', onOrBefore).executeTakeFirst()),
    retention_runs: deleted(await db.deleteFrom('retention_runs').where('run_date', '<=', onOrBefore).executeTakeFirst()),
  };
}

/** The Stockholm date of the last finished pass, if any. */
export async function lastRetentionRun(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('retention_runs').select((eb) => eb.fn.max('run_date').as('last')).executeTakeFirst();
  return row?.last ?? null;
}

export async function recordRetentionRun(db: Executor, runDate: string, finishedAt: Date): Promise<void> {
  await db
    .insertInto('retention_runs')
    .values({ run_date: runDate, finished_at: finishedAt.toISOString() })
    .onConflict((oc) => oc.column('run_date').doNothing())
    .execute();
}

/** Marks register rows as exported the first time they are in a downloaded file (later exports keep the first date). */
export async function markLevelsExported(db: Executor, ids: readonly string[], at: Date): Promise<number> {
  let marked = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const result = await db.updateTable('level_history').set({ exported_at: at.toISOString() }).where('id', 'in', chunk).where('exported_at', 'is', null).executeTakeFirst();
    marked += Number(result.numUpdatedRows);
  }
  return marked;
}

export interface UnitDueCounts {
  readonly drafts: number;
  readonly submissions: number;
  readonly closedCases: number;
  readonly exportedLevels: number;
  /** Level decisions in the closed cases due that were never in a downloaded register file. */
  readonly unexportedLevelsInClosedCases: number;
}

/** What the pass at `cutoffs` would delete among one unit's cases (the unit manager's preview). */
export async function dueCountsOfUnit(db: Executor, tenantId: string, unit: string, c: RetentionCutoffs): Promise<UnitDueCounts> {
  const unitCases = db.selectFrom('cases').select('cases.id').where('cases.tenant_id', '=', tenantId).where('cases.unit', '=', unit);
  const dueCases = unitCases.where('cases.closed_on', 'is not', null).where('cases.closed_on', '<=', c.casesClosedOnOrBefore);
  const count = async (q: Promise<{ n: string | number | bigint } | undefined>) => Number((await q)?.n ?? 0);
  const [drafts, submissions, closedCases, exportedLevels, unexportedLevelsInClosedCases] = await Promise.all([
    count(db.selectFrom('drafts').select((eb) => eb.fn.countAll().as('n')).where('drafts.updated_at', '<', c.draftsTouchedBefore).where('drafts.case_id', 'in', unitCases).executeTakeFirst()),
    count(db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('submissions.created_at', '<', c.submissionsSentBefore).where('submissions.case_id', 'in', unitCases).executeTakeFirst()),
    count(db.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).where('cases.id', 'in', dueCases).executeTakeFirst()),
    count(
      db
        .selectFrom('level_history as h')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('h.case_id', 'in', unitCases)
        .where('h.exported_at', 'is not', null)
        .where('h.exported_at', '<', c.levelsExportedBefore)
        .where((eb) => replacedByLaterDecision(eb, c.today))
        .executeTakeFirst(),
    ),
    count(db.selectFrom('level_history').select((eb) => eb.fn.countAll().as('n')).where('level_history.case_id', 'in', dueCases).where('level_history.exported_at', 'is', null).executeTakeFirst()),
  ]);
  return { drafts, submissions, closedCases, exportedLevels, unexportedLevelsInClosedCases };
}

/** Notifications cannot be tied to a unit (the outbox has no case): counted for administrators only. */
export async function dueOutboxCount(db: Executor, tenantId: string, c: RetentionCutoffs): Promise<number> {
  const row = await db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenantId).where('created_at', '<', c.outboxQueuedBefore).executeTakeFirst();
  return Number(row?.n ?? 0);
}
