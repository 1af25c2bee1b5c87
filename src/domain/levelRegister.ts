import type { HousingForm, IsoDate, LevelModelId, Service } from './case';
import { compareIsoDates, daysBetween, isIsoDate, stockholmDateOfDateTime } from './calendar';
import { getLevel, LEVEL_MODELS } from './levels/models';
import { cite, type Citation } from './sources';

/**
 * The unit manager's stödnivå register for administrationen (000, 003 › Hantering av stödnivåer –
 * process: the level when moving in, and each new level with the date it applies from, go into an
 * Excel file). Pure: plain rows in, register rows out; the workbook is built in src/export.
 *
 * Which entries a period [from, to] holds (both days included):
 * - every decision whose `validFrom` falls in the period ("Beslut under perioden"), and
 * - per case, the level in force on `from` when it was decided before the period
 *   ("Gällande vid periodens start"), so the file shows every client's level for the whole period,
 *   not only the changes. A case closed before `from` has no level in force and is left out.
 * Decisions dated after `to` are not in the period.
 */
export const REGISTER_CITATIONS: readonly Citation[] = Object.freeze([
  cite('000', 'Hantering av stödnivåer – process'),
  cite('003', 'Hantering av stödnivåer – process'),
]);

export type RegisterReasonCategory = 'initial' | 'increase' | 'decrease' | 'unchanged';
export type RegisterDecidedByRole = 'caseworker' | 'staff';

export interface RegisterCase {
  readonly caseId: string;
  readonly caseReference: string;
  readonly unit: string;
  readonly service: Service;
  readonly housingForm: HousingForm;
  readonly closedOn: IsoDate | null;
}

export interface RegisterEntry {
  readonly caseId: string;
  readonly model: LevelModelId;
  readonly level: string;
  readonly validFrom: IsoDate;
  readonly previousLevel: string | null;
  readonly reasonCategory: RegisterReasonCategory;
  readonly decidedByRole: RegisterDecidedByRole;
  /** ISO instant the decision was registered in Stödlotsen. */
  readonly decidedAt: string;
}

export interface RegisterPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Longest period one export or statistics card covers (days, both ends included). */
export const MAX_EXPORT_PERIOD_DAYS = 3660;
export const MAX_STATISTICS_PERIOD_DAYS = 731;

/** Default period: the current calendar year up to today. */
export function defaultPeriod(today: IsoDate): RegisterPeriod {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** Swedish problems with a period typed in a card; empty when it is fine. */
export function periodProblems(from: unknown, to: unknown, maxDays: number): string[] {
  const problems: string[] = [];
  if (!isIsoDate(from)) problems.push('Ange ”Från och med” som ett datum (ÅÅÅÅ-MM-DD).');
  if (!isIsoDate(to)) problems.push('Ange ”Till och med” som ett datum (ÅÅÅÅ-MM-DD).');
  if (problems.length > 0 || !isIsoDate(from) || !isIsoDate(to)) return problems;
  if (compareIsoDates(from, to) > 0) return ['”Från och med” måste vara samma dag som eller före ”Till och med”.'];
  if (daysBetween(from, to) + 1 > maxDays) return [`Perioden får vara högst ${maxDays} dagar – välj en kortare period.`];
  return [];
}

export type RegisterRowKind = 'in_force_at_start' | 'decided_in_period';

/** One line of the register, every text already in Swedish. */
export interface RegisterRow {
  readonly caseReference: string;
  readonly unit: string;
  readonly service: string;
  readonly housingForm: string;
  readonly levelModel: string;
  readonly level: string;
  readonly validFrom: IsoDate;
  readonly decidedByRole: string;
  /** Stockholm date the decision was registered. */
  readonly decisionDate: IsoDate;
  readonly previousLevel: string | null;
  readonly reasonCategory: string;
  readonly kind: RegisterRowKind;
  readonly kindLabel: string;
}

export const REGISTER_SERVICE_LABELS: Readonly<Record<Service, string>> = Object.freeze({
  socialt_boende_med_stod: 'Socialt boende med stöd',
  boendestod: 'Boendestöd',
});

export const REGISTER_HOUSING_FORM_LABELS: Readonly<Record<HousingForm, string>> = Object.freeze({
  akutboende: 'Akutboende',
  kortsiktigt_kollektiv: 'Kortsiktigt boende – kollektiv',
  kortsiktigt_lagenhet: 'Kortsiktigt boende – lägenhet',
  langsiktigt_kollektiv: 'Långsiktigt boende – kollektiv',
  langsiktigt_lagenhet: 'Långsiktigt boende – lägenhet',
  lagenhetsboende: 'Lägenhetsboende',
  eget_boende: 'Eget boende',
});

export const REASON_CATEGORY_LABELS: Readonly<Record<RegisterReasonCategory, string>> = Object.freeze({
  initial: 'första bedömning',
  increase: 'höjd',
  decrease: 'sänkt',
  unchanged: 'oförändrad',
});

export const DECIDED_BY_ROLE_LABELS: Readonly<Record<RegisterDecidedByRole, string>> = Object.freeze({
  caseworker: 'socialsekreterare',
  staff: 'boendepersonal',
});

export const ROW_KIND_LABELS: Readonly<Record<RegisterRowKind, string>> = Object.freeze({
  in_force_at_start: 'Gällande vid periodens start',
  decided_in_period: 'Beslut under perioden',
});

/** The model's level label; an id the model does not know is shown as it is rather than hidden. */
export function registerLevelLabel(model: LevelModelId, level: string): string {
  return getLevel(model, level)?.label ?? level;
}

/** Orders decisions of one case: by the day they apply from, then by when they were registered. */
type Dated = Pick<RegisterEntry, 'validFrom' | 'decidedAt'>;

export function compareEntries(a: Dated, b: Dated): number {
  return compareIsoDates(a.validFrom, b.validFrom) || compareText(a.decidedAt, b.decidedAt);
}

/** The decision in force on `day` (the latest one applying from that day or earlier), if any. */
export function entryInForce<T extends Dated>(entries: readonly T[], day: IsoDate): T | undefined {
  let found: T | undefined;
  for (const e of entries) {
    if (compareIsoDates(e.validFrom, day) > 0) continue;
    if (!found || compareEntries(e, found) > 0) found = e;
  }
  return found;
}

export function buildLevelRegister(cases: readonly RegisterCase[], entries: readonly RegisterEntry[], period: RegisterPeriod): RegisterRow[] {
  return selectRegisterEntries(cases, entries, period).map(({ registerCase, entry, kind }) => toRow(registerCase, entry, kind));
}

/**
 * The entries the register of a period holds, in file order, each with its case and row kind. The
 * export marks exactly these as exported (gallring after export, src/domain/retention.ts).
 */
export function selectRegisterEntries<E extends RegisterEntry>(
  cases: readonly RegisterCase[],
  entries: readonly E[],
  period: RegisterPeriod,
): { registerCase: RegisterCase; entry: E; kind: RegisterRowKind }[] {
  if (compareIsoDates(period.from, period.to) > 0) throw new RangeError(`register period ${period.from}..${period.to} ends before it starts`);
  const byCase = groupByCase(entries);
  const selected: { registerCase: RegisterCase; entry: E; kind: RegisterRowKind }[] = [];
  for (const c of [...cases].sort(compareCases)) {
    const own = [...(byCase.get(c.caseId) ?? [])].sort(compareEntries);
    const atStart = entryInForce(own, period.from);
    const closedBeforeStart = c.closedOn !== null && compareIsoDates(c.closedOn, period.from) < 0;
    if (atStart && compareIsoDates(atStart.validFrom, period.from) < 0 && !closedBeforeStart) {
      selected.push({ registerCase: c, entry: atStart, kind: 'in_force_at_start' });
    }
    for (const e of own) {
      if (compareIsoDates(e.validFrom, period.from) >= 0 && compareIsoDates(e.validFrom, period.to) <= 0) selected.push({ registerCase: c, entry: e, kind: 'decided_in_period' });
    }
  }
  return selected;
}

function toRow(c: RegisterCase, e: RegisterEntry, kind: RegisterRowKind): RegisterRow {
  return {
    caseReference: c.caseReference,
    unit: c.unit,
    service: REGISTER_SERVICE_LABELS[c.service],
    housingForm: REGISTER_HOUSING_FORM_LABELS[c.housingForm],
    levelModel: LEVEL_MODELS[e.model].titleSv,
    level: registerLevelLabel(e.model, e.level),
    validFrom: e.validFrom,
    decidedByRole: DECIDED_BY_ROLE_LABELS[e.decidedByRole],
    decisionDate: stockholmDateOfDateTime(e.decidedAt),
    previousLevel: e.previousLevel === null ? null : registerLevelLabel(e.model, e.previousLevel),
    reasonCategory: REASON_CATEGORY_LABELS[e.reasonCategory],
    kind,
    kindLabel: ROW_KIND_LABELS[kind],
  };
}

function groupByCase<E extends RegisterEntry>(entries: readonly E[]): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const e of entries) {
    const list = map.get(e.caseId);
    if (list) list.push(e);
    else map.set(e.caseId, [e]);
  }
  return map;
}

/** Unit, then case reference; code-point order, so the file is the same on every database. */
function compareCases(a: RegisterCase, b: RegisterCase): number {
  return compareText(a.unit, b.unit) || compareText(a.caseReference, b.caseReference);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
