import type HolidaysClass from 'date-holidays';
import type { IsoDate } from '../case';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR, fromEpochDay, toEpochDay } from './isoDate';

/**
 * Swedish non-working holidays, derived from `date-holidays` (country SE) rather than a typed list,
 * so moving feasts (påsk, Kristi himmelsfärd, midsommar, alla helgon) follow the library's rules.
 *
 * Included:
 * - every holiday of type `public` (allmän helgdag: nyårsdagen, trettondedag jul, långfredagen,
 *   påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, nationaldagen, pingstdagen,
 *   midsommardagen, alla helgons dag, juldagen, annandag jul);
 * - midsommarafton, julafton and nyårsafton, which the library types `bank` because they are not
 *   allmänna helgdagar in law, but which are treated as holidays (helgdagsafton, likställd med
 *   söndag) in working-time law and in practice in Göteborg's social services. A deadline of
 *   "three working days" that counted julafton would give staff a day nobody works.
 *
 * Excluded: `optional` half days (trettondagsafton, valborgsmässoafton, allhelgonaafton) and
 * `observance` days (påskafton, pingstafton, skärtorsdagen …), which fall on weekends or are
 * ordinary working days.
 */
const DE_FACTO_HOLIDAYS_OF_TYPE_BANK: ReadonlySet<string> = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

const STOCKHOLM_ZONE = 'Europe/Stockholm';

let calendar: HolidaysClass | undefined;
const nonWorkingHolidaysByYear = new Map<number, ReadonlyMap<number, string>>();

function swedishCalendar(): HolidaysClass {
  // Loaded on first use: date-holidays carries every country's rules (~0.3 s to load), and
  // start-up should not wait for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Holidays = require('date-holidays') as typeof HolidaysClass;
  calendar ??= new Holidays('SE', { languages: ['sv'], timezone: STOCKHOLM_ZONE, types: ['public', 'bank'] });
  return calendar;
}

/** Holidays of one year as epoch day → Swedish name; computed once per year and cached. */
export function nonWorkingHolidaysOfYear(year: number): ReadonlyMap<number, string> {
  const cached = nonWorkingHolidaysByYear.get(year);
  if (cached) return cached;
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw new RangeError(`Unsupported year ${year}`);
  }
  const days = new Map<number, string>();
  for (const holiday of swedishCalendar().getHolidays(year, 'sv')) {
    const counts = holiday.type === 'public' || (holiday.type === 'bank' && DE_FACTO_HOLIDAYS_OF_TYPE_BANK.has(holiday.name));
    if (!counts) continue;
    // `date` is local to the calendar's zone: "YYYY-MM-DD hh:mm:ss".
    const epochDay = toEpochDay(holiday.date.slice(0, 10));
    if (!days.has(epochDay)) days.set(epochDay, holiday.name);
  }
  nonWorkingHolidaysByYear.set(year, days);
  return days;
}

/** The Swedish holiday name when `date` is a non-working holiday, otherwise undefined. */
export function swedishHolidayName(date: IsoDate): string | undefined {
  const epochDay = toEpochDay(date);
  return nonWorkingHolidaysOfYear(Number(date.slice(0, 4))).get(epochDay);
}

/** All non-working holidays of a year, in date order (for display and for tests). */
export function listNonWorkingHolidays(year: number): readonly { readonly date: IsoDate; readonly name: string }[] {
  return Object.freeze(
    [...nonWorkingHolidaysOfYear(year).entries()]
      .sort(([a], [b]) => a - b)
      .map(([epochDay, name]) => Object.freeze({ date: fromEpochDay(epochDay), name })),
  );
}
