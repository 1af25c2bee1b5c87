import { describe, expect, it } from 'vitest';
import { InvalidDateTimeError, stockholmDateOfDateTime, toStockholmDate } from '../../../src/domain/calendar';

describe('toStockholmDate', () => {
  it.each([
    ['2026-01-31T22:59:59Z', '2026-01-31'], // CET, +01:00
    ['2026-01-31T23:00:00Z', '2026-02-01'],
    ['2026-03-28T23:30:00Z', '2026-03-29'], // night of the spring change, still CET
    ['2026-03-31T21:59:59Z', '2026-03-31'], // CEST, +02:00
    ['2026-03-31T22:30:00Z', '2026-04-01'],
    ['2026-10-24T22:30:00Z', '2026-10-25'], // CEST before the autumn change
    ['2026-10-25T22:30:00Z', '2026-10-25'], // CET after it
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s is %s in Stockholm', (instant, expected) => {
    expect(toStockholmDate(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => toStockholmDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('stockholmDateOfDateTime', () => {
  it.each([
    ['2026-03-10T09:00', '2026-03-10'], // no offset: Stockholm wall-clock time
    ['2026-03-10T23:59:59', '2026-03-10'],
    ['2026-03-10', '2026-03-10'], // meeting booked for a day
    ['2026-03-10T23:30:00Z', '2026-03-11'],
    ['2026-03-10T00:30:00+02:00', '2026-03-09'],
    ['2026-06-10T22:30:00.000Z', '2026-06-11'],
    ['2026-06-10T21:30:00.5Z', '2026-06-10'],
    ['2026-04-08T22:30:00Z', '2026-04-09'],
  ])('%s → %s', (input, expected) => {
    expect(stockholmDateOfDateTime(input)).toBe(expected);
  });

  it.each([['2026-02-30T10:00'], ['2026-03-10T24:00'], ['2026-03-10T10:60'], ['2026-03-10 10:00'], ['2026-03-10T10:00+15:00'], ['tisdag'], [42]])(
    'rejects %j',
    (input) => {
      expect(() => stockholmDateOfDateTime(input)).toThrow(InvalidDateTimeError);
    },
  );
});
