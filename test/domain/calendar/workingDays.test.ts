import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  listNonWorkingHolidays,
  nextWorkingDayOnOrAfter,
  swedishHolidayName,
} from '../../../src/domain/calendar';

// Working days as in BRIEF §8 and 002 › Att verkställa beslutat bistånd ("inom tre vardagar"):
// weekends and Swedish holidays excluded; midsommarafton, julafton and nyårsafton count as holidays.

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-02', true, 'skärtorsdagen is an ordinary working day'],
    ['2026-04-03', false, 'långfredagen'],
    ['2026-04-06', false, 'annandag påsk'],
    ['2026-04-07', true, 'Tuesday after påsk'],
    ['2026-04-30', true, 'valborgsmässoafton (library: optional half day)'],
    ['2026-05-01', false, 'första maj'],
    ['2026-05-14', false, 'Kristi himmelsfärdsdag'],
    ['2026-05-25', true, 'annandag pingst is no longer a holiday'],
    ['2026-06-19', false, 'midsommarafton (library: bank)'],
    ['2026-06-22', true, 'Monday after midsommar'],
    ['2026-10-30', true, 'allhelgonaafton'],
    ['2026-11-06', true, 'Gustav Adolfsdagen (observance only)'],
    ['2026-12-23', true, 'day before julafton'],
    ['2026-12-24', false, 'julafton (library: bank)'],
    ['2026-12-25', false, 'juldagen'],
    ['2026-12-31', false, 'nyårsafton (library: bank)'],
    ['2027-01-01', false, 'nyårsdagen'],
    ['2026-01-05', true, 'trettondagsafton'],
    ['2026-01-06', false, 'trettondedag jul'],
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-03-09', true, 'ordinary Monday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('names the holiday behind a non-working weekday', () => {
    expect(swedishHolidayName('2026-06-19')).toBe('midsommarafton');
    expect(swedishHolidayName('2026-04-03')).toBe('långfredagen');
    expect(swedishHolidayName('2026-04-02')).toBeUndefined();
  });

  it('takes exactly the public holidays plus the three de-facto ones (2026)', () => {
    expect(listNonWorkingHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-24',
      '2026-06-06',
      '2026-06-19',
      '2026-06-20',
      '2026-10-31',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // 002: first contact within 3 working days of the uppdrag arriving
    ['2026-12-23', 3, '2026-12-30', 'jul: 24, 25, 26 Dec and the weekend skipped'],
    ['2026-12-30', 1, '2027-01-04', 'nyår: 31 Dec, 1 Jan and the weekend skipped'],
    ['2025-12-31', 3, '2026-01-07', 'nyårsdagen and trettondedag jul skipped'],
    ['2027-01-05', 1, '2027-01-07', 'trettondedag jul 2027 is a Wednesday'],
    ['2026-04-02', 1, '2026-04-07', 'påsk: långfredag to annandag påsk'],
    ['2026-04-01', 3, '2026-04-08', 'påsk inside the count'],
    ['2026-06-18', 1, '2026-06-22', 'midsommarafton and the weekend'],
    ['2026-06-17', 3, '2026-06-23', 'midsommar inside the count'],
    ['2026-05-13', 1, '2026-05-15', 'Kristi himmelsfärdsdag'],
    ['2026-03-07', 3, '2026-03-11', 'start on a Saturday'],
    ['2026-03-09', 5, '2026-03-16', 'an ordinary week'],
    ['2026-12-24', 0, '2026-12-24', 'n = 0 keeps the date'],
    ['2026-04-07', -1, '2026-04-02', 'backwards over påsk'],
    ['2027-01-04', -1, '2026-12-30', 'backwards over nyår into the previous year'],
    ['2026-04-09', -3, '2026-04-02', 'backwards: three working days before a meeting after påsk'],
  ])('%s + %i working days = %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('rejects a fractional count', () => {
    expect(() => addWorkingDays('2026-03-09', 1.5)).toThrow(RangeError);
  });

  it.each([
    ['2026-12-24', '2026-12-28'],
    ['2026-12-23', '2026-12-23'],
    ['2026-06-20', '2026-06-22'],
  ])('first working day on or after %s is %s', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date)).toBe(expected);
  });
});
