import { LEVEL_MODEL_IDS, type IsoDate, type LevelModelId, type Service } from './case';
import { addCalendarDays, compareIsoDates, daysBetween } from './calendar';
import { isActiveOn, MOVED_ON_DESTINATIONS, MOVED_ON_LABELS, type MovedOnDestination } from './caseClosing';
import { computeDeadlines, DEADLINE_RULE_IDS, GP_SBMS_CALENDAR_DAYS, InvalidCaseFactError, PROCESS_RULES, type CaseFacts, type DeadlineRuleId } from './deadlines';
import { entryInForce, registerLevelLabel, type RegisterEntry, type RegisterPeriod } from './levelRegister';
import { LEVEL_MODELS, levelIds } from './levels/models';

/**
 * Flow statistics for a unit manager: only counts, medians and shares – never a case reference.
 *
 * "Now" figures (active cases per level, overdue deadlines) are taken on `today`; flow figures
 * (level changes, genomförandeplan, moves on) cover the period [from, to], both days included.
 */
export interface StatisticsCase {
  readonly caseId: string;
  readonly service: Service;
  readonly levelModel: LevelModelId | null;
  readonly currentLevel: string | null;
  readonly movedInDate: IsoDate | null;
  readonly genomforandeplanDate: IsoDate | null;
  readonly closedOn: IsoDate | null;
  readonly movedOnTo: MovedOnDestination | null;
  /** The deadline engine's view of the case (caseFactsOf). */
  readonly facts: CaseFacts;
}

export type LevelEvent = Pick<RegisterEntry, 'caseId' | 'model' | 'level' | 'validFrom' | 'reasonCategory' | 'decidedAt'>;

export interface StatisticsInput {
  readonly cases: readonly StatisticsCase[];
  readonly history: readonly LevelEvent[];
  readonly period: RegisterPeriod;
  readonly today: IsoDate;
}

export interface LevelCount {
  readonly level: string;
  readonly label: string;
  readonly count: number;
}

export interface ModelLevelCounts {
  readonly model: LevelModelId;
  readonly title: string;
  readonly total: number;
  /** Every level of the model, least support first, zeros included. */
  readonly levels: readonly LevelCount[];
}

export interface MonthChanges {
  /** `YYYY-MM` */
  readonly month: string;
  readonly increases: number;
  readonly decreases: number;
}

export interface GenomforandeplanFlow {
  /** Socialt boende med stöd cases that moved in during the period. */
  readonly movedIn: number;
  /** …of which the genomförandeplan is recorded as ready. */
  readonly completed: number;
  /** Median calendar days from moving in to the genomförandeplan, over `completed`; null when none. */
  readonly medianDays: number | null;
  /** Ready within the deadline (at most GP_SBMS_CALENDAR_DAYS days after moving in). */
  readonly withinDeadline: number;
  /** No genomförandeplan although the deadline has passed (while the case was open). */
  readonly missedWithoutPlan: number;
  /** Cases whose outcome is known: completed + missedWithoutPlan. */
  readonly assessed: number;
  /** withinDeadline / assessed; null when nothing can be assessed yet. */
  readonly shareWithinDeadline: number | null;
  /** No plan yet and still within the deadline (or closed before it): not counted either way. */
  readonly notYetDue: number;
  readonly deadlineDays: number;
}

export interface OverdueByRule {
  readonly ruleId: DeadlineRuleId;
  readonly title: string;
  readonly count: number;
}

export interface OverdueNow {
  readonly total: number;
  readonly casesWithOverdue: number;
  /** Only rules with at least one overdue deadline, in process order. */
  readonly byRule: readonly OverdueByRule[];
  /** Cases whose dates the engine could not read (counted, never shown). */
  readonly unreadableCases: number;
}

export interface MovedOnCount {
  readonly destination: MovedOnDestination;
  readonly label: string;
  readonly count: number;
}

export interface UnitStatistics {
  readonly period: RegisterPeriod;
  readonly today: IsoDate;
  readonly activeCases: number;
  readonly activeByModel: readonly ModelLevelCounts[];
  /** Active cases without a stödnivå (boendestöd, akutboende, not yet assessed). */
  readonly activeWithoutLevel: number;
  readonly levelChangesByMonth: readonly MonthChanges[];
  readonly levelChangeTotals: { readonly increases: number; readonly decreases: number };
  readonly genomforandeplan: GenomforandeplanFlow;
  readonly overdueNow: OverdueNow;
  readonly movedOn: { readonly total: number; readonly byDestination: readonly MovedOnCount[] };
}

export function computeUnitStatistics(input: StatisticsInput): UnitStatistics {
  const { period, today } = input;
  if (compareIsoDates(period.from, period.to) > 0) throw new RangeError(`statistics period ${period.from}..${period.to} ends before it starts`);
  const active = input.cases.filter((c) => isActiveOn(c.closedOn, today));
  const historyByCase = groupByCase(input.history);
  const { byModel, withoutLevel } = activeLevels(active, historyByCase, today);
  const months = levelChangesByMonth(input.history, period);
  return {
    period,
    today,
    activeCases: active.length,
    activeByModel: byModel,
    activeWithoutLevel: withoutLevel,
    levelChangesByMonth: months,
    levelChangeTotals: {
      increases: months.reduce((n, m) => n + m.increases, 0),
      decreases: months.reduce((n, m) => n + m.decreases, 0),
    },
    genomforandeplan: genomforandeplanFlow(input.cases, period, today),
    overdueNow: overdueNow(active, today),
    movedOn: movedOn(input.cases, period),
  };
}

/** Median of a list of numbers (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every month `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsOf(period: RegisterPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

function activeLevels(active: readonly StatisticsCase[], historyByCase: ReadonlyMap<string, LevelEvent[]>, today: IsoDate) {
  const counts = new Map<LevelModelId, Map<string, number>>();
  let withoutLevel = 0;
  for (const c of active) {
    const inForce = entryInForce(historyByCase.get(c.caseId) ?? [], today);
    const model = inForce?.model ?? c.levelModel;
    const level = inForce?.level ?? c.currentLevel;
    if (!model || !level) {
      withoutLevel++;
      continue;
    }
    const perLevel = counts.get(model) ?? new Map<string, number>();
    perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
    counts.set(model, perLevel);
  }
  const byModel: ModelLevelCounts[] = [];
  for (const model of LEVEL_MODEL_IDS) {
    const perLevel = counts.get(model);
    if (!perLevel) continue;
    const known = levelIds(model);
    const unknown = [...perLevel.keys()].filter((l) => !known.includes(l)).sort();
    const levels = [...known, ...unknown].map((level) => ({ level, label: registerLevelLabel(model, level), count: perLevel.get(level) ?? 0 }));
    byModel.push({ model, title: LEVEL_MODELS[model].titleSv, total: levels.reduce((n, l) => n + l.count, 0), levels });
  }
  return { byModel, withoutLevel };
}

function levelChangesByMonth(history: readonly LevelEvent[], period: RegisterPeriod): MonthChanges[] {
  const tally = new Map(monthsOf(period).map((m) => [m, { increases: 0, decreases: 0 }]));
  for (const e of history) {
    if (e.reasonCategory !== 'increase' && e.reasonCategory !== 'decrease') continue;
    if (compareIsoDates(e.validFrom, period.from) < 0 || compareIsoDates(e.validFrom, period.to) > 0) continue;
    const month = tally.get(e.validFrom.slice(0, 7));
    if (!month) continue;
    if (e.reasonCategory === 'increase') month.increases++;
    else month.decreases++;
  }
  return [...tally].map(([month, t]) => ({ month, ...t }));
}

/** 001 › Genomförandeplan: the first plan within ca 14 days of moving in (socialt boende med stöd). */
function genomforandeplanFlow(cases: readonly StatisticsCase[], period: RegisterPeriod, today: IsoDate): GenomforandeplanFlow {
  const days: number[] = [];
  let movedIn = 0;
  let withinDeadline = 0;
  let missedWithoutPlan = 0;
  let notYetDue = 0;
  for (const c of cases) {
    if (c.service !== 'socialt_boende_med_stod' || !c.movedInDate) continue;
    if (compareIsoDates(c.movedInDate, period.from) < 0 || compareIsoDates(c.movedInDate, period.to) > 0) continue;
    movedIn++;
    if (c.genomforandeplanDate) {
      const d = daysBetween(c.movedInDate, c.genomforandeplanDate);
      days.push(d);
      if (d <= GP_SBMS_CALENDAR_DAYS) withinDeadline++;
      continue;
    }
    const due = addCalendarDays(c.movedInDate, GP_SBMS_CALENDAR_DAYS);
    // Open past the due date without a plan: missed. Closed on or before the due date: never due.
    const lastOpenDay = c.closedOn && compareIsoDates(c.closedOn, today) < 0 ? c.closedOn : today;
    if (compareIsoDates(lastOpenDay, due) > 0) missedWithoutPlan++;
    else notYetDue++;
  }
  const assessed = days.length + missedWithoutPlan;
  return {
    movedIn,
    completed: days.length,
    medianDays: median(days),
    withinDeadline,
    missedWithoutPlan,
    assessed,
    shareWithinDeadline: assessed === 0 ? null : withinDeadline / assessed,
    notYetDue,
    deadlineDays: GP_SBMS_CALENDAR_DAYS,
  };
}

function overdueNow(active: readonly StatisticsCase[], today: IsoDate): OverdueNow {
  const perRule = new Map<DeadlineRuleId, number>();
  let total = 0;
  let casesWithOverdue = 0;
  let unreadableCases = 0;
  for (const c of active) {
    let overdue: DeadlineRuleId[];
    try {
      overdue = computeDeadlines(c.facts, today).flatMap((d) => (d.kind === 'deadline' && d.status === 'overdue' ? [d.ruleId] : []));
    } catch (err) {
      if (!(err instanceof InvalidCaseFactError)) throw err;
      unreadableCases++;
      continue;
    }
    if (overdue.length > 0) casesWithOverdue++;
    for (const ruleId of overdue) {
      perRule.set(ruleId, (perRule.get(ruleId) ?? 0) + 1);
      total++;
    }
  }
  const byRule = DEADLINE_RULE_IDS.filter((r) => perRule.has(r)).map((ruleId) => ({ ruleId, title: PROCESS_RULES[ruleId].title, count: perRule.get(ruleId)! }));
  return { total, casesWithOverdue, byRule, unreadableCases };
}

/** 004 › 9. UPPFÖLJNING: how many go on to träningslägenhet, försökslägenhet and an own contract. */
function movedOn(cases: readonly StatisticsCase[], period: RegisterPeriod) {
  const counts = new Map<MovedOnDestination, number>();
  let total = 0;
  for (const c of cases) {
    if (!c.closedOn || compareIsoDates(c.closedOn, period.from) < 0 || compareIsoDates(c.closedOn, period.to) > 0) continue;
    const destination = c.movedOnTo ?? 'annat';
    counts.set(destination, (counts.get(destination) ?? 0) + 1);
    total++;
  }
  return { total, byDestination: MOVED_ON_DESTINATIONS.map((destination) => ({ destination, label: MOVED_ON_LABELS[destination], count: counts.get(destination) ?? 0 })) };
}

function groupByCase(history: readonly LevelEvent[]): Map<string, LevelEvent[]> {
  const map = new Map<string, LevelEvent[]>();
  for (const e of history) {
    const list = map.get(e.caseId);
    if (list) list.push(e);
    else map.set(e.caseId, [e]);
  }
  return map;
}
