import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseReference } from '../../../src/domain/privacy/caseReference';
import { syntheticNumber, writeNumber } from './fixtures';

const PN = syntheticNumber({ date: '2099-12-12', serial: '123' });
const SN = syntheticNumber({ date: '2097-03-05', serial: '789', samordning: true });
const EXAMPLE = 'till exempel BST-2026-0042';

describe('parseCaseReference – accepted', () => {
  it.each([
    ['the usual form', 'BST-2026-0042', 'BST-2026-0042'],
    ['short form', 'SBMS-17', 'SBMS-17'],
    ['three parts', 'LGH-HISINGEN-003', 'LGH-HISINGEN-003'],
    ['lowercase is uppercased', 'bst-2026-0042', 'BST-2026-0042'],
    ['mixed case with å ä ö', 'Lgh-Länsmansgården-7', 'LGH-LÄNSMANSGÅRDEN-7'],
    ['decomposed ö is composed (NFC)', 'So\u0308der-12', 'SÖDER-12'],
    ['surrounding whitespace is trimmed', '  SBMS-17 \n', 'SBMS-17'],
    ['en dash becomes a hyphen', 'BST\u20132026\u20130042', 'BST-2026-0042'],
    ['shortest: 3 characters', 'a12', 'A12'],
    ['longest: 24 characters', 'ABCDEFGHIJKLMNOPQRSTUVW1', 'ABCDEFGHIJKLMNOPQRSTUVW1'],
    ['no hyphen needed', 'X9Y', 'X9Y'],
  ])('%s', (_label, input, expected) => {
    expect(parseCaseReference(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseCaseReference – refused', () => {
  it.each([
    ['not a string', 42, 'kunde inte läsas som text'],
    ['empty', '   ', 'Skriv en ärendereferens'],
    ['a name in two words', 'Anna Andersson', 'ett enda ord utan mellanslag'],
    ['a name with a number after a space', 'Kalle 12', 'ett enda ord utan mellanslag'],
    ['only letters (looks like a name)', 'Fiktivsson', 'minst en siffra'],
    ['only digits', '2026-0042', 'minst en bokstav'],
    ['too short', 'A1', 'för kort (2 tecken)'],
    ['too long', `BST-${'1'.repeat(21)}`, 'för lång (25 tecken)'],
    ['underscore', 'BST_2026', 'inte är tillåtna'],
    ['é is not A–Ö', 'CAFÉ-1', 'inte är tillåtna'],
    ['German ß would uppercase to SS', 'STRAßE-1', 'inte är tillåtna'],
    ['dotless ı would uppercase to I', 'BıST-1', 'inte är tillåtna'],
    ['leading hyphen', '-BST-1', 'bindestreck'],
    ['trailing hyphen', 'BST-1-', 'bindestreck'],
    ['double hyphen', 'BST--1', 'bindestreck'],
  ])('%s', (_label, input, fragment) => {
    const result = parseCaseReference(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messageSv).toContain(fragment);
    expect(result.messageSv).toContain(EXAMPLE);
  });

  it.each([
    ['personnummer, 10 digits with hyphen', writeNumber(PN, 'ten', '-')],
    ['personnummer, 12 digits', writeNumber(PN, 'twelve', '')],
    ['personnummer with a space separator (named as such, not as two words)', writeNumber(PN, 'ten', ' ')],
    ['samordningsnummer with a prefix', `BST-${writeNumber(SN, 'ten', '-')}`],
    ['personnummer re-grouped with hyphens', `P-${PN.datePart.slice(0, 2)}-${PN.datePart.slice(2)}-${PN.lastFour}`],
    ['personnummer with letters between the digits', `${PN.datePart}X${PN.lastFour}`],
    ['too long and a personnummer: the personnummer is named', `LGH-HISINGEN-${writeNumber(PN, 'twelve', '-')}`],
  ])('refuses a personnummer/samordningsnummer: %s', (_label, input) => {
    const result = parseCaseReference(input);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.messageSv).toContain('personnummer eller samordningsnummer');
    expect(result.messageSv).toContain('Ingenting har sparats');
    expect(result.messageSv).not.toContain(PN.lastFour);
  });

  it('accepts a reference whose digits alone are not a valid number', () => {
    const bad = syntheticNumber({ date: '2099-12-12', serial: '123', badCheckDigit: true });
    expect(parseCaseReference(`P-${bad.datePart}-${bad.lastFour}`)).toMatchObject({ ok: true });
  });
});

describe('parseCaseReference – properties', () => {
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖabcxyzåäö'.split(''));
  const digit = fc.constantFrom(...'0123456789'.split(''));
  const word = fc.array(fc.oneof(letter, digit), { minLength: 1, maxLength: 6 }).map((c) => c.join(''));

  it('any accepted reference is uppercase, 3–24 characters, with a letter and a digit, and parses to itself', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const result = parseCaseReference(words.join('-'));
        if (!result.ok) return;
        expect(result.value).toMatch(/^[A-ZÅÄÖ0-9]+(-[A-ZÅÄÖ0-9]+)*$/);
        expect(result.value.length).toBeGreaterThanOrEqual(3);
        expect(result.value.length).toBeLessThanOrEqual(24);
        expect(result.value).toMatch(/\d/);
        expect(result.value).toMatch(/[A-ZÅÄÖ]/);
        expect(parseCaseReference(result.value)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  it('anything with whitespace inside is refused', () => {
    fc.assert(
      fc.property(word, fc.constantFrom(' ', '\t', '\u00A0'), word, (a, space, b) => {
        expect(parseCaseReference(`${a}${space}${b}`).ok).toBe(false);
      }),
    );
  });
});
