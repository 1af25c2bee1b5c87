import type { IsoDate } from '../case';

/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. A calendar date has no time zone of its own
 * (the product reads every date as a Stockholm date, see ./stockholm), so plain day counting
 * on a proleptic Gregorian calendar is exact here; luxon is only needed to turn instants into dates.
 */

/** Years outside this range are rejected: they can only be typing errors in a case file. */
export const MIN_SUPPORTED_YEAR = 1900;
export const MAX_SUPPORTED_YEAR = 2199;

export type InvalidIsoDateReason = 'format' | 'no_such_day' | 'year_out_of_range';

export class InvalidIsoDateError extends Error {
  override readonly name = 'InvalidIsoDateError';

  constructor(
    readonly input: unknown,
    readonly reason: InvalidIsoDateReason,
  ) {
    super(`Ogiltigt datum ${JSON.stringify(input)}: ${REASON_TEXT[reason]}`);
  }
}

const REASON_TEXT: Readonly<Record<InvalidIsoDateReason, string>> = Object.freeze({
  format: 'ange datumet som ÅÅÅÅ-MM-DD',
  no_such_day: 'dagen finns inte i kalendern',
  year_out_of_range: `året måste ligga mellan ${MIN_SUPPORTED_YEAR} och ${MAX_SUPPORTED_YEAR}`,
});

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function partsOf(input: string): DateParts {
  const match = ISO_DATE_PATTERN.exec(input);
  if (!match) throw new InvalidIsoDateError(input, 'format');
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) throw new InvalidIsoDateError(input, 'year_out_of_range');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidIsoDateError(input, 'no_such_day');
  }
  return { year, month, day };
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Strict: only `YYYY-MM-DD` naming a real day (2026-02-30 and 2026-2-3 are rejected). */
export function parseIsoDate(input: unknown): IsoDate {
  if (typeof input !== 'string') throw new InvalidIsoDateError(input, 'format');
  toEpochDay(input); // strict check, memoised; a valid input is already canonical
  return input;
}

export function isIsoDate(input: unknown): input is IsoDate {
  if (typeof input !== 'string') return false;
  try {
    toEpochDay(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Conversions are memoised in both directions: the supported range holds at most ~110,000 valid
 * dates, so the caches are bounded by construction, and a reminder pass over many cases (which
 * share most of their dates) turns into map lookups.
 */
const epochDayByDate = new Map<string, number>();
const dateByEpochDay = new Map<number, IsoDate>();

/** Days since 1970-01-01 (negative before). Internal currency of all date arithmetic. */
export function toEpochDay(date: IsoDate): number {
  const cached = epochDayByDate.get(date);
  if (cached !== undefined) return cached;
  if (typeof date !== 'string') throw new InvalidIsoDateError(date, 'format');
  const { year, month, day } = partsOf(date);
  const epochDay = Date.UTC(year, month - 1, day) / MS_PER_DAY;
  epochDayByDate.set(date, epochDay);
  return epochDay;
}

export function epochDayOfYearStart(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const cached = dateByEpochDay.get(epochDay);
  if (cached !== undefined) return cached;
  const instant = new Date(epochDay * MS_PER_DAY);
  const date = format(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
  const year = instant.getUTCFullYear();
  if (year >= MIN_SUPPORTED_YEAR && year <= MAX_SUPPORTED_YEAR) dateByEpochDay.set(epochDay, date);
  return date;
}

export function yearOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function isoWeekday(date: IsoDate): number {
  return isoWeekdayOfEpochDay(toEpochDay(date));
}


function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  requireInteger(days, 'days');
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Calendar months, clamped to the end of a shorter target month:
 * 2026-01-31 + 1 month = 2026-02-28, 2028-01-31 + 1 month = 2028-02-29, 2026-03-31 − 1 month = 2026-02-28.
 * This is how a Swedish reader counts "en månad" ("inom en månad", "minst en månad"): the same day
 * number next month, or that month's last day when it has no such day.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireInteger(months, 'months');
  toEpochDay(date); // validates (memoised)
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Signed number of calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Negative when a is earlier, 0 same day, positive when a is later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toEpochDay(a) - toEpochDay(b);
}
