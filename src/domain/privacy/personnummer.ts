/**
 * Guard against Swedish personnummer and samordningsnummer in anything people write to
 * Stödlotsen. The client is identified by a pseudonymous case reference only.
 *
 * What counts as a match:
 * - 10 digits `YYMMDD?NNNC` or 12 digits `CCYYMMDD?NNNC` (CC = 18, 19 or 20), where `?` is
 *   nothing or one separator: `-`, `+`, a space, a no-break/narrow space or a Unicode dash;
 * - the digit run is not part of a longer digit run (digit-boundary lookarounds), so invoice
 *   and OCR numbers, 11-digit `+46…` phone numbers and 8+4 digit forms with a century other
 *   than 18/19/20 (e.g. 16-prefixed organisation numbers) are not flagged;
 * - a real calendar date (samordningsnummer: day + 60). In the 10-digit form the century
 *   is unknown, so 29 February is accepted when YY is divisible by 4;
 * - a valid Luhn check digit over the 10-digit form `YYMMDDNNNC`.
 *
 * Zero-width and other invisible format characters are skipped, and full-width digits are
 * read as digits, so `１９１２１２…` or digits glued with U+200B are still found; offsets
 * always point into the original text.
 *
 * Deliberate choices and known limits:
 * - Organisation numbers need no special rule: their third digit is ≥ 2, i.e. month ≥ 20,
 *   which is never a valid date.
 * - Phone numbers written in the usual groups (`070-123 45 67`, `031-12 34 56`,
 *   `+46 70 123 45 67`, `+46701234567`) never form a 6+4 digit shape and are never flagged.
 *   A mobile number written as ten unseparated digits starting with 070 (e.g. `0701234567`)
 *   reads as YY=07, MM=0x, DD; about one in ten such numbers whose digits form a real date
 *   also passes Luhn, and those ARE flagged: the string is indistinguishable from a
 *   personnummer, and a leaked personnummer costs far more than asking someone to rewrite a
 *   phone number. 072/073/076/079 numbers give month 2x/3x/6x/9x and are never flagged.
 * - Likewise a compact date-time without `T` (`202611231030`, `20261123 1030`) or a ten-digit
 *   amount can collide (about one in ten when the digits form a real date) and is flagged.
 * - Not detected: numbers split by more than one separator, by other characters or by a
 *   line break (`121212 - 1212`, `12 12 12-1212`, `1912-12-12-1212`); numbers inside a longer
 *   digit run (e.g. a Nordea personkonto written as 14 digits); digits from scripts other
 *   than ASCII and full-width; numbers spelt out in words. Reservnummer and dossiernummer
 *   follow local formats and are not recognised.
 */

export type PersonalIdentityNumberKind = 'personnummer' | 'samordningsnummer';

export interface PersonalIdentityNumberMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: PersonalIdentityNumberKind;
}

const SEPARATOR = '[-+ \\u00A0\\u2007\\u202F\\u2010-\\u2015\\u2212]';
const CANDIDATE = new RegExp(
  `(?<!\\d)(18|19|20)?(\\d{2})(\\d{2})(\\d{2})(${SEPARATOR}?)(\\d{4})(?!\\d)`,
  'g',
);

/** Invisible format characters someone might (accidentally or not) put between digits. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;

const SAMORDNING_DAY_OFFSET = 60;

interface Skeleton {
  readonly text: string;
  /** `origin[i]` is the index in the original text of `text[i]`. */
  readonly origin: readonly number[];
}

function skeletonOf(text: string): Skeleton {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (INVISIBLE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    out += code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE ? String(code - FULLWIDTH_ZERO) : ch;
    origin.push(i);
  }
  return { text: out, origin };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDate(century: number | undefined, yy: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a century, 29 February is possible whenever YY is divisible by 4 (00 → 2000).
  const year = century === undefined ? (yy % 4 === 0 ? 2000 + yy : 1900 + yy) : century * 100 + yy;
  return day <= daysInMonth(month, year);
}

/** Luhn over ten digits: weights 2,1,2,1,… on the first nine, the tenth is the check digit. */
export function hasValidLuhnCheckDigit(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10 === Number(tenDigits[9]);
}

function classify(found: RegExpExecArray): PersonalIdentityNumberKind | null {
  const [, cc, yy, mm, dd, , serial] = found;
  if (yy === undefined || mm === undefined || dd === undefined || serial === undefined) return null;
  const rawDay = Number(dd);
  const kind: PersonalIdentityNumberKind = rawDay > SAMORDNING_DAY_OFFSET ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? rawDay - SAMORDNING_DAY_OFFSET : rawDay;
  const century = cc === undefined ? undefined : Number(cc);
  if (!isValidDate(century, Number(yy), Number(mm), day)) return null;
  if (!hasValidLuhnCheckDigit(`${yy}${mm}${dd}${serial}`)) return null;
  return kind;
}

export function findPersonalIdentityNumbers(text: string): PersonalIdentityNumberMatch[] {
  const skeleton = skeletonOf(text);
  const matches: PersonalIdentityNumberMatch[] = [];
  const pattern = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  let found: RegExpExecArray | null;
  while ((found = pattern.exec(skeleton.text)) !== null) {
    // A rejected candidate hides nothing: any other candidate must start a digit run after it.
    const kind = classify(found);
    if (kind === null) continue;
    const first = skeleton.origin[found.index];
    const last = skeleton.origin[found.index + found[0].length - 1];
    if (first !== undefined && last !== undefined) matches.push({ start: first, end: last + 1, kind });
  }
  return matches;
}

export function containsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}
