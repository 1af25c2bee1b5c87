import { DateTime } from 'luxon';
import type { IsoDate } from '../case';
import { daysInMonth, isIsoDate, parseIsoDate } from './isoDate';

export const STOCKHOLM_ZONE = 'Europe/Stockholm';

const MS_PER_HOUR = 3_600_000;
const MAX_CACHED_HOURS = 100_000;

/**
 * Stockholm's offsets are whole hours and change on whole UTC hours, so the local date of an instant
 * depends only on its UTC hour. Caching per hour keeps luxon (≈10 µs a call) out of hot loops such
 * as a reminder pass over every case.
 */
const dateByUtcHour = new Map<number, IsoDate>();

/** The calendar date in Europe/Stockholm at `instant` (e.g. 2026-03-31T22:30Z → 2026-04-01). */
export function toStockholmDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('toStockholmDate: invalid Date');
  return stockholmDateOfEpochMs(ms);
}

function stockholmDateOfEpochMs(ms: number): IsoDate {
  const hour = Math.floor(ms / MS_PER_HOUR);
  const cached = dateByUtcHour.get(hour);
  if (cached) return cached;
  const date = DateTime.fromMillis(hour * MS_PER_HOUR, { zone: STOCKHOLM_ZONE }).toISODate();
  if (date === null) throw new RangeError('toStockholmDate: instant out of range');
  if (dateByUtcHour.size >= MAX_CACHED_HOURS) dateByUtcHour.clear();
  dateByUtcHour.set(hour, date);
  return date;
}

export class InvalidDateTimeError extends Error {
  override readonly name = 'InvalidDateTimeError';

  constructor(readonly input: unknown) {
    super(`Ogiltig tidpunkt ${JSON.stringify(input)}: ange ÅÅÅÅ-MM-DDTtt:mm, gärna med tidszon (t.ex. +01:00 eller Z)`);
  }
}

const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The Stockholm calendar date of an ISO 8601 date-time, e.g. a booked meeting. Without an offset the
 * time is read as Stockholm wall-clock time; with `Z` or `±hh:mm` it is an instant; a bare
 * `YYYY-MM-DD` (meeting booked for a day, time not yet set) is that day. Strict:
 * 2026-02-30T10:00 and 25:00 are rejected.
 */
export function stockholmDateOfDateTime(input: unknown): IsoDate {
  if (typeof input !== 'string') throw new InvalidDateTimeError(input);
  if (input.length === 10 && isIsoDate(input)) return input;
  const m = DATE_TIME_PATTERN.exec(input);
  if (!m) throw new InvalidDateTimeError(input);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const validDay = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!validDay || hour > 23 || minute > 59 || second > 59) throw new InvalidDateTimeError(input);
  const zone = m[8];
  if (zone === undefined) return parseIsoDate(input.slice(0, 10));
  const offsetHours = zone === 'Z' ? 0 : Number(zone.slice(1, 3));
  const offsetMins = zone === 'Z' ? 0 : Number(zone.slice(4, 6));
  if (offsetHours > 14 || offsetMins > 59) throw new InvalidDateTimeError(input);
  const offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return stockholmDateOfEpochMs(utcMs);
}
