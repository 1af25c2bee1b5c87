import { describe, expect, it } from 'vitest';
import {
  InvalidIsoDateError,
  addCalendarDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
} from '../../../src/domain/calendar';

describe('parseIsoDate', () => {
  it.each([
    ['2026-01-05'],
    ['2028-02-29'], // leap year
    ['2000-02-29'], // divisible by 400: leap
    ['2026-12-31'],
  ])('accepts %s', (input) => {
    expect(parseIsoDate(input)).toBe(input);
    expect(isIsoDate(input)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'no_such_day'],
    ['2026-02-29', 'no_such_day'],
    ['1900-02-29', 'no_such_day'], // divisible by 100 but not 400: not leap
    ['2026-04-31', 'no_such_day'],
    ['2026-13-01', 'no_such_day'],
    ['2026-00-10', 'no_such_day'],
    ['2026-01-00', 'no_such_day'],
    ['2026-1-05', 'format'],
    ['20260105', 'format'],
    ['2026-01-05T00:00', 'format'],
    [' 2026-01-05', 'format'],
    ['', 'format'],
    [20260105, 'format'],
    [null, 'format'],
    ['1899-12-31', 'year_out_of_range'],
    ['2200-01-01', 'year_out_of_range'],
  ] as const)('rejects %j (%s) with a typed error', (input, reason) => {
    expect(isIsoDate(input)).toBe(false);
    try {
      parseIsoDate(input);
      expect.unreachable('parseIsoDate accepted an invalid date');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidIsoDateError);
      expect((error as InvalidIsoDateError).reason).toBe(reason);
      expect((error as InvalidIsoDateError).message).toMatch(/^Ogiltigt datum/);
    }
  });

  it('arithmetic refuses invalid input instead of rolling it over', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(InvalidIsoDateError);
    expect(() => addMonths('2026-02-30', 1)).toThrow(InvalidIsoDateError);
    expect(() => daysBetween('2026-01-01', '2026-02-30')).toThrow(InvalidIsoDateError);
    expect(() => addCalendarDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it.each([
    // 001 › Genomförandeplan: ca 14 dagar after moving in
    ['2026-02-20', 14, '2026-03-06'],
    ['2026-12-25', 14, '2027-01-08'],
    ['2028-02-20', 14, '2028-03-05'], // leap February
    // 002 › Genomförandeplan: four weeks after verkställighetsdatum
    ['2026-03-02', 28, '2026-03-30'],
    // 002 › Sammanställningar av daganteckningar: max 89 days
    ['2026-01-15', 89, '2026-04-14'],
    ['2026-03-29', 1, '2026-03-30'], // DST change day is an ordinary calendar day
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 0, '2026-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('addMonths (clamped to month end)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-30', 1, '2026-04-30'],
    ['2026-05-31', 3, '2026-08-31'],
    ['2026-11-30', 3, '2027-02-28'], // 002 IVO limit from the end of November
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-10', -1, '2025-12-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween / compareIsoDates / isoWeekday', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2028-01-01', '2028-12-31', 365],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2], // across the spring DST change
    ['2026-03-01', '2026-02-28', -1],
    ['2026-06-19', '2026-06-19', 0],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
    expect(Math.sign(compareIsoDates(to, from))).toBe(Math.sign(expected));
  });

  it.each([
    ['2026-12-23', 3], // Wednesday
    ['2026-06-19', 5], // Friday
    ['2026-03-07', 6], // Saturday
    ['2026-03-08', 7], // Sunday
    ['2027-01-04', 1], // Monday
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});
