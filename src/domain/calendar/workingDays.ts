import type { IsoDate } from '../case';
import { nonWorkingHolidaysOfYear } from './holidays';
import { epochDayOfYearStart, fromEpochDay, isoWeekdayOfEpochDay, toEpochDay, yearOfEpochDay } from './isoDate';

/**
 * Swedish working days: Monday–Friday that are not a non-working holiday (see ./holidays).
 * 002 › Att verkställa beslutat bistånd says "vardagar"; the product reads it as weekdays that are
 * not holidays, the days on which boendestöd staff actually work.
 */

function isWorkingEpochDay(epochDay: number, year: number): boolean {
  if (isoWeekdayOfEpochDay(epochDay) >= 6) return false;
  return !nonWorkingHolidaysOfYear(year).has(epochDay);
}

export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingEpochDay(toEpochDay(date), Number(date.slice(0, 4)));
}

/**
 * The date `n` working days after `date` (before it when n is negative). The start date itself is
 * never counted: 3 working days after Wednesday 2026-12-23 is 2026-12-30 (24, 25, 26 Dec and the
 * weekend are skipped). n = 0 returns `date` unchanged, even on a holiday.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let epochDay = toEpochDay(date);
  let year = Number(date.slice(0, 4));
  let yearStart = epochDayOfYearStart(year);
  let nextYearStart = epochDayOfYearStart(year + 1);
  while (remaining > 0) {
    epochDay += step;
    if (epochDay < yearStart || epochDay >= nextYearStart) {
      year = yearOfEpochDay(epochDay);
      yearStart = epochDayOfYearStart(year);
      nextYearStart = epochDayOfYearStart(year + 1);
    }
    if (isWorkingEpochDay(epochDay, year)) remaining -= 1;
  }
  return fromEpochDay(epochDay);
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}
