import { DateTime } from 'luxon';
import type { IsoDate } from './case';
import { addCalendarDays, STOCKHOLM_ZONE, toStockholmDate } from './calendar';

/**
 * Gallring: what Stödlotsen deletes, and when. Pure rules; the queries are in
 * src/storage/retention.repository.ts and the daily pass in src/retention.ts.
 *
 * The record of truth is Treserva (journal, decisions, the events "bedömning av stödnivå") and
 * administrationen's Excel register of levels (000/003 › Hantering av stödnivåer – process). What
 * Stödlotsen holds is a working copy: each category goes once its job is done.
 */
export const RETENTION_CATEGORIES = ['drafts', 'submissions', 'outbox', 'closedCases', 'exportedLevels'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/** Days each category is kept; every value ≥ 1. */
export interface RetentionPolicy {
  /** After the draft's last change (open, sent or discarded). */
  readonly draftDays: number;
  /** After the summary was sent, acknowledged or not. */
  readonly submissionDays: number;
  /** After the notification was queued, delivered or not. */
  readonly outboxDays: number;
  /** After the day the client moved on (`closed_on`): the case and everything that belongs to it. */
  readonly closedCaseDays: number;
  /** After the level decision was first in a downloaded register file, once a later decision has replaced it. */
  readonly exportedLevelDays: number;
}

/** When the daily pass runs and how much one pass may do. */
export interface RetentionSchedule {
  /** Europe/Stockholm local time, `HH:MM`, every day (weekends too). */
  readonly timeOfDay: string;
  /** Rows per delete transaction: a large backlog never holds a long lock. */
  readonly batchSize: number;
  /** A pass stops starting new batches after this long; the rest goes on the next tick. */
  readonly timeBudgetMs: number;
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = Object.freeze({
  draftDays: 30,
  submissionDays: 30,
  outboxDays: 30,
  closedCaseDays: 90,
  exportedLevelDays: 90,
});

export const DEFAULT_RETENTION_SCHEDULE: RetentionSchedule = Object.freeze({ timeOfDay: '03:30', batchSize: 500, timeBudgetMs: 60_000 });

/** What a pass at one instant deletes: rows older than these limits. */
export interface RetentionCutoffs {
  /** ISO instants: strictly older is deleted (a row touched exactly at the limit stays). */
  readonly draftsTouchedBefore: string;
  readonly submissionsSentBefore: string;
  readonly outboxQueuedBefore: string;
  readonly levelsExportedBefore: string;
  /** Stockholm dates: a case closed on this day or earlier is deleted. */
  readonly casesClosedOnOrBefore: IsoDate;
  /** The pass's Stockholm date: a decision is "replaced" only by one applying from this day or earlier. */
  readonly today: IsoDate;
}

const DAY_MS = 24 * 60 * 60_000;
const POLICY_KEYS = ['draftDays', 'submissionDays', 'outboxDays', 'closedCaseDays', 'exportedLevelDays'] as const satisfies readonly (keyof RetentionPolicy)[];

export function retentionCutoffs(policy: RetentionPolicy, at: Date): RetentionCutoffs {
  for (const name of POLICY_KEYS) {
    const days = policy[name];
    if (!Number.isInteger(days) || days < 1) throw new RangeError(`retention ${name} must be a positive integer, got ${String(days)}`);
  }
  const before = (days: number) => new Date(at.getTime() - days * DAY_MS).toISOString();
  const today = toStockholmDate(at);
  return {
    draftsTouchedBefore: before(policy.draftDays),
    submissionsSentBefore: before(policy.submissionDays),
    outboxQueuedBefore: before(policy.outboxDays),
    levelsExportedBefore: before(policy.exportedLevelDays),
    casesClosedOnOrBefore: addCalendarDays(today, -policy.closedCaseDays),
    today,
  };
}

/** The Stockholm date and time of `at`. */
export function stockholmDateTime(at: Date): { date: IsoDate; time: string } {
  const local = DateTime.fromJSDate(at, { zone: STOCKHOLM_ZONE });
  return { date: local.toISODate()!, time: local.toFormat('HH:mm') };
}

/** Whether the daily pass is due at `now`: not yet finished today and the time of day reached. */
export function isPassDue(now: Date, timeOfDay: string, lastFinishedOn: IsoDate | null): boolean {
  const { date, time } = stockholmDateTime(now);
  return lastFinishedOn !== date && time >= timeOfDay;
}

/**
 * When the next pass will run: today at the time of day if it has not run today, tomorrow's
 * otherwise; `now` when it is due already (the scheduler checks every minute).
 */
export function nextPassAt(now: Date, timeOfDay: string, lastFinishedOn: IsoDate | null): Date {
  if (isPassDue(now, timeOfDay, lastFinishedOn)) return now;
  const { date } = stockholmDateTime(now);
  const day = lastFinishedOn === date ? addCalendarDays(date, 1) : date;
  const [hour, minute] = timeOfDay.split(':').map(Number) as [number, number];
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return DateTime.fromObject({ year, month, day: dayOfMonth, hour, minute }, { zone: STOCKHOLM_ZONE }).toJSDate();
}

/** The rule of each category in the unit manager's words (gallringsregel). */
export function retentionRuleText(category: RetentionCategory, policy: RetentionPolicy): string {
  switch (category) {
    case 'drafts':
      return `${policy.draftDays} dagar efter senaste ändring (även påbörjade utkast som aldrig skickades)`;
    case 'submissions':
      return `${policy.submissionDays} dagar efter att sammanfattningen skickades, mottagen eller inte`;
    case 'outbox':
      return `${policy.outboxDays} dagar efter att aviseringen köades, levererad eller inte`;
    case 'closedCases':
      return `${policy.closedCaseDays} dagar efter avslutsdatum, med tidsgränser, utkast, sammanfattningar och stödnivåer`;
    case 'exportedLevels':
      return `${policy.exportedLevelDays} dagar efter första export, när ett senare beslut har ersatt beslutet`;
  }
}

export const RETENTION_CATEGORY_LABELS: Readonly<Record<RetentionCategory, string>> = Object.freeze({
  drafts: 'Utkast',
  submissions: 'Skickade sammanfattningar',
  outbox: 'Aviseringar',
  closedCases: 'Avslutade ärenden',
  exportedLevels: 'Exporterade stödnivåbeslut',
});

/** One category of the unit manager's preview: the rule and how many rows the next pass deletes. */
export interface PreviewCategory {
  readonly category: RetentionCategory;
  readonly label: string;
  readonly rule: string;
  readonly due: number;
}

export interface RetentionPreview {
  readonly unit: string;
  /** When the next daily pass runs (now, when it is due already). */
  readonly nextPassAt: Date;
  readonly categories: readonly PreviewCategory[];
  /** Level decisions in the closed cases due that were never exported: export them first if they belong in the register. */
  readonly unexportedLevelsInClosedCases: number;
  /** The outbox rule for the note when its rows are not counted (unit managers). */
  readonly outboxRule: string;
}
