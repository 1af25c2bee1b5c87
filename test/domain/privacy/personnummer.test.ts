import { describe, expect, it } from 'vitest';
import {
  containsPersonalIdentityNumber,
  findPersonalIdentityNumbers,
  hasValidLuhnCheckDigit,
} from '../../../src/domain/privacy/personnummer';
import { luhnCheckDigit, organisationNumber, syntheticNumber, writeNumber, type NumberStyle } from './fixtures';

const BASE = syntheticNumber({ date: '2099-12-12', serial: '123' });
const LEAP_DAY = syntheticNumber({ date: '2096-02-29', serial: '456' });
const SAMORDNING = syntheticNumber({ date: '2097-03-05', serial: '789', samordning: true });

describe('findPersonalIdentityNumbers – detected forms', () => {
  const separators = [
    ['no separator', ''],
    ['hyphen', '-'],
    ['plus (100 years or older)', '+'],
    ['space', ' '],
    ['no-break space', '\u00A0'],
    ['en dash', '\u2013'],
    ['minus sign', '\u2212'],
  ] as const;
  const styles: readonly NumberStyle[] = ['ten', 'twelve'];
  const rows = styles.flatMap((style) => separators.map(([label, sep]) => ({ style, label, sep })));

  it.each(rows)('personnummer, $style digits, $label', ({ style, sep }) => {
    const written = writeNumber(BASE, style, sep);
    const text = `Anteckning för BST-2026-0042: ${written}, se ovan.`;
    const start = text.indexOf(written);
    expect(findPersonalIdentityNumbers(text)).toEqual([
      { start, end: start + written.length, kind: 'personnummer' },
    ]);
  });

  it.each(rows)('samordningsnummer (day + 60), $style digits, $label', ({ style, sep }) => {
    const written = writeNumber(SAMORDNING, style, sep);
    expect(findPersonalIdentityNumbers(written)).toEqual([
      { start: 0, end: written.length, kind: 'samordningsnummer' },
    ]);
  });

  it.each(['ten', 'twelve'] as const)('29 February in a leap year, %s digits', (style) => {
    expect(containsPersonalIdentityNumber(writeNumber(LEAP_DAY, style, '-'))).toBe(true);
  });

  it.each([
    ['18', '1899-12-31'],
    ['19', '1999-01-01'],
    ['20', '2098-06-30'],
  ])('12-digit century %s is accepted', (_century, date) => {
    expect(containsPersonalIdentityNumber(writeNumber(syntheticNumber({ date, serial: '010' }), 'twelve', ''))).toBe(true);
  });

  it('finds several numbers and reports each kind', () => {
    const a = writeNumber(BASE, 'ten', '-');
    const b = writeNumber(SAMORDNING, 'twelve', '');
    const text = `${a} och ${b}`;
    expect(findPersonalIdentityNumbers(text)).toEqual([
      { start: 0, end: a.length, kind: 'personnummer' },
      { start: a.length + ' och '.length, end: text.length, kind: 'samordningsnummer' },
    ]);
  });

  it('is not fooled by letters glued to the number', () => {
    expect(containsPersonalIdentityNumber(`pnr${writeNumber(BASE, 'ten', '-')}x`)).toBe(true);
  });

  it('finds a number split by zero-width characters, with offsets into the original text', () => {
    const hidden = `${BASE.datePart.slice(0, 3)}\u200B${BASE.datePart.slice(3)}-\u2060${BASE.lastFour}`;
    const text = `Se ${hidden}.`;
    expect(findPersonalIdentityNumbers(text)).toEqual([{ start: 3, end: 3 + hidden.length, kind: 'personnummer' }]);
  });

  it('reads full-width digits', () => {
    const fullWidth = [...writeNumber(BASE, 'ten', '-')]
      .map((ch) => (/\d/.test(ch) ? String.fromCharCode(0xff10 + Number(ch)) : ch))
      .join('');
    expect(containsPersonalIdentityNumber(fullWidth)).toBe(true);
  });
});

describe('findPersonalIdentityNumbers – not flagged', () => {
  it.each(['ten', 'twelve'] as const)('wrong Luhn check digit, %s digits', (style) => {
    const bad = syntheticNumber({ date: '2099-12-12', serial: '123', badCheckDigit: true });
    expect(containsPersonalIdentityNumber(writeNumber(bad, style, '-'))).toBe(false);
    expect(containsPersonalIdentityNumber(writeNumber(bad, style, ''))).toBe(false);
  });

  // Each row uses a correct Luhn digit over an impossible date, so only the date check can reject it.
  it.each([
    ['month 00', '990012'],
    ['month 13', '991312'],
    ['day 00', '991200'],
    ['day 32', '991232'],
    ['30 February', '960230'],
    ['29 February, YY not divisible by 4', '970229'],
    ['31 April', '990431'],
    ['samordningsnummer day 92 (31 + 61)', '991292'],
    ['day 60 (between personnummer and samordningsnummer)', '991260'],
  ])('impossible date: %s', (_label, datePart) => {
    const nine = `${datePart}123`;
    const ten = `${nine}${luhnCheckDigit(nine)}`;
    expect(hasValidLuhnCheckDigit(ten)).toBe(true);
    expect(containsPersonalIdentityNumber(`${datePart}-${ten.slice(6)}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`20${datePart}${ten.slice(6)}`)).toBe(false);
  });

  it('29 February in a century year that is not a leap year (1900), 12 digits', () => {
    const nine = '000229123';
    const lastFour = `123${luhnCheckDigit(nine)}`;
    expect(containsPersonalIdentityNumber(`19000229-${lastFour}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`20000229-${lastFour}`)).toBe(true);
  });

  it('29 February with YY 00 and no century is read as 2000 (a leap year) and flagged', () => {
    const nine = '000229123';
    expect(containsPersonalIdentityNumber(`000229-123${luhnCheckDigit(nine)}`)).toBe(true);
  });

  it.each(['17', '16', '21', '99'])('12 digits whose century is %s', (century) => {
    const n = BASE;
    expect(containsPersonalIdentityNumber(`${century}${n.datePart}${n.lastFour}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`${century}${n.datePart}-${n.lastFour}`)).toBe(false);
  });

  it.each([
    ['mobile, grouped', '070-123 45 67'],
    ['mobile, grouped 073', '073-987 65 43'],
    ['mobile, 3+7', '070-1234567'],
    ['mobile, 073 unseparated (month 31)', '0731234567'],
    ['mobile, 076 unseparated (month 61)', '0761234560'],
    ['mobile, 079 unseparated (month 91)', '0799876543'],
    ['mobile, international with spaces', '+46 70 123 45 67'],
    ['mobile, international compact (11 digits)', '+46701234567'],
    ['mobile, international with (0)', '+46 (0)70-123 45 67'],
    ['mobile, 0046 prefix', '0046 70 123 45 67'],
    ['landline Göteborg', '031-123 45 67'],
    ['landline Göteborg, short', '031-12 34 56'],
    ['landline Göteborg, 3+7', '031-3650000'],
    ['landline Stockholm', '08-123 456 78'],
    ['landline international', '+46 31 365 00 00'],
  ])('phone number: %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(`Ring ${text} efter lunch.`)).toBe(false);
  });

  it.each([
    ['municipality (21…)', '212000135'],
    ['aktiebolag (55…)', '556677889'],
    ['foundation (80…)', '802481123'],
    ['ideell förening (8…)', '824567890'],
    ['third digit exactly 2', '552000111'],
  ])('organisation number with valid Luhn: %s', (_label, nine) => {
    const org = organisationNumber(nine);
    expect(hasValidLuhnCheckDigit(org.replace('-', ''))).toBe(true);
    expect(containsPersonalIdentityNumber(`Org.nr ${org}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`Org.nr ${org.replace('-', '')}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`Org.nr 16${org.replace('-', '')}`)).toBe(false);
    expect(containsPersonalIdentityNumber(`Org.nr 16${org}`)).toBe(false);
  });

  it.each([
    ['ISO date and time', '2026-11-23 10:30'],
    ['ISO basic with T', '20261123T1030'],
    ['ISO with seconds and offset', '2026-11-23T10:30:00+01:00'],
    ['ISO UTC', '2026-11-23T09:30:00.000Z'],
    ['Swedish date', '23/11 2026 kl. 10.30'],
    ['epoch milliseconds (13 digits)', '1795426200000'],
  ])('date-time: %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });

  it.each([
    ['amount with spaces', '12 500 kr'],
    ['large amount', '1 250 000,00 kr'],
    ['amount with decimals', '4995,50 SEK'],
    ['compact amount', '125000 kr'],
    ['amount with thin-space grouping', '3\u202F200\u202F000 kronor'],
    ['case reference', 'BST-2026-0042'],
    ['case reference, long', 'LGH-HISINGEN-003'],
    ['bankgiro', '5050-1055'],
    ['IBAN', 'SE45 5000 0000 0583 9825 7466'],
  ])('other numbers: %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });

  it.each([
    ['one digit before (11 digits)', (pn: string) => `7${pn}`],
    ['one digit after (11 digits)', (pn: string) => `${pn}7`],
    ['OCR of 16 digits', (pn: string) => `4711${pn}22`],
    ['12 digits, century 55', (pn: string) => `55${pn}`],
    ['invoice number of 20 digits', (pn: string) => `000000${pn}4444`],
  ])('a valid 10-digit number inside a longer digit run: %s', (_label, wrap) => {
    const pn = writeNumber(BASE, 'ten', '');
    expect(containsPersonalIdentityNumber(pn)).toBe(true);
    expect(containsPersonalIdentityNumber(`OCR ${wrap(pn)}`)).toBe(false);
  });
});

describe('hasValidLuhnCheckDigit', () => {
  it.each([
    ['all zeros', '0000000000', true],
    ['weights 2,1,2,…: 1 doubled → check 8', '1000000008', true],
    ['digit sum of a doubled 9 (18 → 9) → check 1', '9000000001', true],
    ['off by one', '9000000002', false],
    ['nine digits', '900000000', false],
    ['letters', '90000000a1', false],
  ])('%s', (_label, digits, expected) => {
    expect(hasValidLuhnCheckDigit(digits)).toBe(expected);
  });
});
