import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalIdentityNumber, findPersonalIdentityNumbers } from '../../../src/domain/privacy/personnummer';
import { REDACTED_PERSONAL_IDENTITY_NUMBER, redactPersonalIdentityNumbers } from '../../../src/domain/privacy/redact';
import { isRealDate, luhnCheckDigit, organisationNumber, syntheticNumber, writeNumber } from './fixtures';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

const realDate = fc
  .record({ year: fc.integer({ min: 1800, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => isRealDate(year, month, day));

const writtenIdentityNumber = fc
  .record({
    date: realDate,
    serial: fc.integer({ min: 0, max: 999 }),
    samordning: fc.boolean(),
    style: fc.constantFrom('ten' as const, 'twelve' as const),
    separator: fc.constantFrom('', '-', '+', ' ', '\u00A0', '\u2013'),
  })
  .map(({ date, serial, samordning, style, separator }) => ({
    kind: samordning ? ('samordningsnummer' as const) : ('personnummer' as const),
    text: writeNumber(
      syntheticNumber({
        date: `${date.year}-${pad(date.month, 2)}-${pad(date.day, 2)}`,
        serial: pad(serial, 3),
        samordning,
      }),
      style,
      separator,
    ),
  }));

const nonDigitBoundary = fc.constantFrom(' ', ',', '.', ':', '(', ')', '\n', 'a', 'Ö', '/', '"', '–');

describe('property: valid numbers are always found', () => {
  it('finds any generated number embedded in random text, at the right offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        nonDigitBoundary,
        writtenIdentityNumber,
        nonDigitBoundary,
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (before, left, pn, right, after) => {
          const prefix = `${before}${left}`;
          const text = `${prefix}${pn.text}${right}${after}`;
          expect(findPersonalIdentityNumbers(text)).toContainEqual({
            start: prefix.length,
            end: prefix.length + pn.text.length,
            kind: pn.kind,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('property: redact', () => {
  const piece = fc.oneof(
    writtenIdentityNumber.map((pn) => pn.text),
    digits(1, 14),
    fc.constantFrom(' ', '-', '+', '\u200B', 'BST-2026-0042', ', ', 'kr'),
    fc.string({ maxLength: 8 }),
  );

  it('leaves nothing that is still a personnummer or samordningsnummer', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const redacted = redactPersonalIdentityNumbers(pieces.join(''));
        expect(containsPersonalIdentityNumber(redacted)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('replaces each match with one marker and changes nothing else', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const matches = findPersonalIdentityNumbers(text);
        const redacted = redactPersonalIdentityNumbers(text);
        expect(redacted.split(REDACTED_PERSONAL_IDENTITY_NUMBER).length - 1).toBe(matches.length);
        if (matches.length === 0) expect(redacted).toBe(text);
      }),
    );
  });
});

describe('property: phone numbers', () => {
  const subscriber = digits(7, 7);

  const groupedMobile = (prefix: string, s: string): string[] => [
    `${prefix}-${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
    `${prefix} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
    `${prefix}-${s}`,
    `+46 ${prefix.slice(1)} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
    `+46${prefix.slice(1)}${s}`,
    `+46 (0)${prefix.slice(1)}-${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
  ];

  it('never flags 072/073/076/079 numbers, however written (month 2x/3x/6x/9x)', () => {
    fc.assert(
      fc.property(fc.constantFrom('072', '073', '076', '079'), subscriber, (prefix, s) => {
        for (const written of [...groupedMobile(prefix, s), `${prefix}${s}`]) {
          expect(containsPersonalIdentityNumber(`Ring ${written}`)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never flags 070 numbers written in the usual groups or with +46', () => {
    fc.assert(
      fc.property(subscriber, (s) => {
        for (const written of groupedMobile('070', s)) {
          expect(containsPersonalIdentityNumber(`Ring ${written}`)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Deliberate: ten unseparated digits that form a real date and pass Luhn are blocked, even
  // when meant as a 070 number — a false alarm costs a rewrite, a leak costs far more.
  it('flags an unseparated 070 number exactly when it is a valid date (YY 07) with a valid Luhn digit', () => {
    fc.assert(
      fc.property(subscriber, (s) => {
        const ten = `070${s}`;
        const month = Number(ten.slice(2, 4));
        const rawDay = Number(ten.slice(4, 6));
        const day = rawDay > 60 ? rawDay - 60 : rawDay;
        const expected = isRealDate(2007, month, day) && luhnCheckDigit(ten.slice(0, 9)) === ten[9];
        expect(containsPersonalIdentityNumber(ten)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('the ambiguity, concretely: the same digits are blocked unseparated and allowed grouped', () => {
    const nine = '070123456';
    const ten = `${nine}${luhnCheckDigit(nine)}`;
    expect(containsPersonalIdentityNumber(ten)).toBe(true);
    expect(containsPersonalIdentityNumber(`${ten.slice(0, 3)}-${ten.slice(3, 6)} ${ten.slice(6, 8)} ${ten.slice(8)}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`+46${ten.slice(1)}`)).toBe(false);
  });

  it('never flags landlines written with area code and groups', () => {
    fc.assert(
      fc.property(fc.constantFrom('031', '08', '0303', '0520'), digits(5, 8), (area, s) => {
        const grouped = s.length > 6 ? `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}` : `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`;
        expect(containsPersonalIdentityNumber(`${area}-${grouped}`)).toBe(false);
        expect(containsPersonalIdentityNumber(`+46 ${area.slice(1)} ${grouped}`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: other numbers', () => {
  it('never flags organisation numbers (third digit ≥ 2), with or without the 16 prefix', () => {
    fc.assert(
      fc.property(digits(2, 2), fc.integer({ min: 2, max: 9 }), digits(6, 6), (head, third, tail) => {
        const org = organisationNumber(`${head}${third}${tail}`);
        for (const written of [org, org.replace('-', ''), `16${org.replace('-', '')}`, `16${org}`]) {
          expect(containsPersonalIdentityNumber(`Org.nr ${written}`)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never flags a digit run longer than 12 digits (OCR, invoice numbers)', () => {
    fc.assert(
      fc.property(digits(13, 40), (run) => {
        expect(containsPersonalIdentityNumber(`OCR: ${run}`)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never flags ISO date-times', () => {
    fc.assert(
      fc.property(
        realDate.filter(({ year }) => year >= 1900),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        ({ year, month, day }, hour, minute) => {
          const d = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
          const t = `${pad(hour, 2)}:${pad(minute, 2)}`;
          for (const written of [`${d} ${t}`, `${d}T${t}:00Z`, `${d}T${t}:00+01:00`, `${d.replace(/-/g, '')}T${t.replace(':', '')}`]) {
            expect(containsPersonalIdentityNumber(written)).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never flags amounts written with Swedish digit grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 99 }), (kronor, ore) => {
        const grouped = String(kronor).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        expect(containsPersonalIdentityNumber(`${grouped},${pad(ore, 2)} kr`)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
