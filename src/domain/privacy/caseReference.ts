import { containsPersonalIdentityNumber } from './personnummer';

/**
 * Pseudonymous case reference (ärendereferens), the only way Stödlotsen refers to the
 * client: e.g. `BST-2026-0042`, `SBMS-17`, `LGH-HISINGEN-003`. Always uppercase.
 */
export type CaseReference = string & { readonly __brand: 'CaseReference' };

export type CaseReferenceResult =
  | { readonly ok: true; readonly value: CaseReference }
  | { readonly ok: false; readonly messageSv: string };

export const CASE_REFERENCE_MIN_LENGTH = 3;
export const CASE_REFERENCE_MAX_LENGTH = 24;

/** Checked before uppercasing, so e.g. `ß` → `SS` or `ı` → `I` cannot sneak in. */
const ALLOWED_ANY_CASE = /^[a-zåäö0-9-]+$/i;
const UNICODE_DASHES = /[\u2010-\u2015\u2212]/g;

const FORMAT_HELP_SV =
  'En ärendereferens är 3–24 tecken lång och består av bokstäverna A–Ö, siffror och bindestreck, ' +
  'med minst en bokstav och en siffra, till exempel BST-2026-0042.';

const messagesSv = {
  notText: `Ärendereferensen kunde inte läsas som text. ${FORMAT_HELP_SV}`,
  empty: `Skriv en ärendereferens. ${FORMAT_HELP_SV}`,
  severalWords:
    'Ärendereferensen ska vara ett enda ord utan mellanslag – skriv aldrig den enskildes namn. ' +
    FORMAT_HELP_SV,
  tooShort: (written: number) => `Ärendereferensen är för kort (${written} tecken). ${FORMAT_HELP_SV}`,
  tooLong: (written: number) => `Ärendereferensen är för lång (${written} tecken). ${FORMAT_HELP_SV}`,
  characters: `Ärendereferensen innehåller tecken som inte är tillåtna. ${FORMAT_HELP_SV}`,
  hyphens: `Ett bindestreck får bara stå mellan bokstäver eller siffror, ett i taget. ${FORMAT_HELP_SV}`,
  needsDigit: `Ärendereferensen behöver innehålla minst en siffra – ett namn är ingen ärendereferens. ${FORMAT_HELP_SV}`,
  needsLetter: `Ärendereferensen behöver innehålla minst en bokstav. ${FORMAT_HELP_SV}`,
  personnummer:
    'Ärendereferensen ser ut som ett personnummer eller samordningsnummer. Sådana nummer får inte ' +
    'skrivas i Stödlotsen. Använd den pseudonyma ärendereferensen, till exempel BST-2026-0042. ' +
    'Ingenting har sparats.',
} as const;

/**
 * Checks the digits alone too, so that a personnummer with its digits re-grouped
 * (`BST-1912-12-1212`-style) is still refused.
 */
function hidesPersonalIdentityNumber(reference: string): boolean {
  if (containsPersonalIdentityNumber(reference)) return true;
  const digits = reference.replace(/\D/g, '');
  return (digits.length === 10 || digits.length === 12) && containsPersonalIdentityNumber(digits);
}

/**
 * Parses a case reference case-insensitively and returns it uppercase. Limits: a reference
 * cannot be proven pseudonymous; one word plus a required digit keeps out names written the
 * usual way, but not e.g. a first name glued to a number.
 */
export function parseCaseReference(input: unknown): CaseReferenceResult {
  if (typeof input !== 'string') return { ok: false, messageSv: messagesSv.notText };
  const cleaned = input.normalize('NFC').trim().replace(UNICODE_DASHES, '-');
  const fail = (messageSv: string): CaseReferenceResult => ({ ok: false, messageSv });

  if (cleaned.length === 0) return fail(messagesSv.empty);
  // Privacy first: whatever else is wrong, a personnummer must be named as the reason.
  if (hidesPersonalIdentityNumber(cleaned)) return fail(messagesSv.personnummer);
  if (/\s/.test(cleaned)) return fail(messagesSv.severalWords);
  const length = [...cleaned].length;
  if (length < CASE_REFERENCE_MIN_LENGTH) return fail(messagesSv.tooShort(length));
  if (length > CASE_REFERENCE_MAX_LENGTH) return fail(messagesSv.tooLong(length));
  if (!ALLOWED_ANY_CASE.test(cleaned)) return fail(messagesSv.characters);
  if (cleaned.startsWith('-') || cleaned.endsWith('-') || cleaned.includes('--')) return fail(messagesSv.hyphens);
  if (!/\d/.test(cleaned)) return fail(messagesSv.needsDigit);
  if (!/[a-zåäö]/i.test(cleaned)) return fail(messagesSv.needsLetter);
  const value = cleaned.toUpperCase();
  return { ok: true, value: value as CaseReference };
}
