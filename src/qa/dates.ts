/**
 * Deadlines from a date the user gives ("uppdraget kom in 2026-03-10, senast när ska vi ha
 * kontaktat brukaren?"): the date is read from the question and the domain core's deadline engine
 * (working-day calendar included) computes the date the rule gives.
 */
import type { IsoDate } from '../domain/case';
import { isIsoDate } from '../domain/calendar';
import { computeDeadlines, type CaseFacts, type ProcessRuleId } from '../domain/deadlines';

const MONTHS: readonly string[] = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** "2 april 2026", "15 sept 2026", "3 jan. 2027". */
const WRITTEN_DATE = /(?<!\d)(\d{1,2}) (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.? (\d{4})(?!\d)/u;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export interface DatedQuestion {
  readonly date: IsoDate;
  /** The question with the date taken out (the date's digits would only dilute retrieval). */
  readonly rest: string;
}

export function extractDate(question: string): DatedQuestion | undefined {
  const text = question.toLowerCase();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDate(date) ? { date, rest: question.slice(0, iso.index) + ' ' + question.slice(iso.index + iso[0].length) } : undefined;
  }
  const written = WRITTEN_DATE.exec(text);
  if (!written) return undefined;
  const month = MONTH_PREFIXES.indexOf(written[2] ?? '') + 1;
  const date = `${written[3]}-${String(month).padStart(2, '0')}-${(written[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(date) ? { date, rest: question.slice(0, written.index) + ' ' + question.slice(written.index + written[0].length) } : undefined;
}

/** Which case fact the given date is, per rule (the rule's own starting point). */
const ANCHORS: ReadonlyMap<string, (date: IsoDate) => CaseFacts> = new Map<ProcessRuleId, (date: IsoDate) => CaseFacts>([
  ['first_contact_boendestod', (date) => ({ service: 'boendestod', assignmentReceivedDate: date })],
  ['implementation_boendestod', (date) => ({ service: 'boendestod', assignmentReceivedDate: date })],
  ['ivo_report_boendestod', (date) => ({ service: 'boendestod', decisionDate: date })],
  ['gp_ready_boendestod', (date) => ({ service: 'boendestod', implementationDate: date })],
  ['daganteckningar_summary_boendestod', (date) => ({ service: 'boendestod', lastDaganteckningSummaryDate: date })],
  ['gp_ready_sbms', (date) => ({ service: 'socialt_boende_med_stod', movedInDate: date })],
  ['level_change_earliest_sbms', (date) => ({ service: 'socialt_boende_med_stod', currentLevelStartDate: date })],
]);

/** "1 april 2025", as the documents write a date. */
export function longDateSv(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

export function formatDateSv(date: IsoDate): string {
  return `${date} (${longDateSv(date)})`;
}

/** The date the rule gives when the question's date is its starting point; undefined for other rules. */
export function dateForRule(ruleId: string, given: IsoDate): IsoDate | undefined {
  const factsFor = ANCHORS.get(ruleId);
  if (!factsFor) return undefined;
  const item = computeDeadlines(factsFor(given), given).find((d) => d.ruleId === ruleId);
  if (!item) return undefined;
  if (item.kind === 'deadline') return item.dueDate;
  if (item.kind === 'earliest_date') return item.earliestDate;
  return undefined;
}
