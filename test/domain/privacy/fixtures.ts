/**
 * Synthetic identity numbers for tests, computed here rather than written out, so no
 * fixture holds a literal number. The dates are in the 2090s: as 12-digit numbers they
 * cannot belong to anyone yet; the 10-digit forms are the same numbers without century.
 * This Luhn implementation is independent of the one under test.
 */

export function luhnCheckDigit(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new Error('luhnCheckDigit needs nine digits');
  let sum = 0;
  [...nineDigits].forEach((ch, i) => {
    const doubled = Number(ch) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(doubled / 10) + (doubled % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

/** The one check digit that is wrong for these nine digits (the correct one + 1 mod 10). */
export function wrongCheckDigit(nineDigits: string): string {
  return String((Number(luhnCheckDigit(nineDigits)) + 1) % 10);
}

export interface SyntheticNumberSpec {
  /** ISO `YYYY-MM-DD` birth date. */
  readonly date: string;
  /** Three-digit birth serial (födelsenummer). */
  readonly serial: string;
  readonly samordning?: boolean;
  /** Use a deliberately wrong check digit. */
  readonly badCheckDigit?: boolean;
}

export interface SyntheticNumber {
  /** `YYMMDD` (day + 60 for samordningsnummer). */
  readonly datePart: string;
  readonly century: string;
  /** Serial + check digit. */
  readonly lastFour: string;
}

export function syntheticNumber(spec: SyntheticNumberSpec): SyntheticNumber {
  const [year, month, day] = spec.date.split('-');
  if (year === undefined || month === undefined || day === undefined || !/^\d{3}$/.test(spec.serial)) {
    throw new Error('syntheticNumber: bad spec');
  }
  const dd = spec.samordning ? String(Number(day) + 60) : day;
  const datePart = `${year.slice(2)}${month}${dd}`;
  const nine = `${datePart}${spec.serial}`;
  const check = spec.badCheckDigit ? wrongCheckDigit(nine) : luhnCheckDigit(nine);
  return { datePart, century: year.slice(0, 2), lastFour: `${spec.serial}${check}` };
}

export type NumberStyle = 'ten' | 'twelve';

export function writeNumber(n: SyntheticNumber, style: NumberStyle, separator: string): string {
  return `${style === 'twelve' ? n.century : ''}${n.datePart}${separator}${n.lastFour}`;
}

/** Organisation number: third digit ≥ 2, valid Luhn. `prefix` is the first nine digits. */
export function organisationNumber(nineDigits: string): string {
  return `${nineDigits.slice(0, 6)}-${nineDigits.slice(6)}${luhnCheckDigit(nineDigits)}`;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
