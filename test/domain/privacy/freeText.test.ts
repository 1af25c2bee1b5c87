import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkFreeText, freeTextSchema, type FreeTextOptions } from '../../../src/domain/privacy/freeText';
import { syntheticNumber, writeNumber } from './fixtures';

const NOTE: FreeTextOptions = { field: 'Beskrivning av behovet', maxLength: 20, required: true };
const OPTIONAL: FreeTextOptions = { ...NOTE, required: false };
const PN = writeNumber(syntheticNumber({ date: '2099-12-12', serial: '123' }), 'ten', '-');
const SN = writeNumber(syntheticNumber({ date: '2098-01-31', serial: '456', samordning: true }), 'twelve', '');

describe('checkFreeText – accepted and cleaned', () => {
  it.each([
    ['trims surrounding whitespace', '  Behöver stöd  ', 'Behöver stöd'],
    ['composes å written as a + combining ring (NFC)', 'tva\u030A', 'två'],
    ['keeps newlines and tabs', 'rad 1\n\trad 2', 'rad 1\n\trad 2'],
    ['CRLF becomes LF', 'rad 1\r\nrad 2', 'rad 1\nrad 2'],
    ['strips control characters', 'stö\u0000d\u0007\u001B', 'stöd'],
    ['strips zero-width and bidi characters', 'st\u200Böd\u202E', 'stöd'],
    ['keeps a case reference', 'BST-2026-0042 ok', 'BST-2026-0042 ok'],
    ['keeps a phone number in groups', 'Ring 070-123 45 67', 'Ring 070-123 45 67'],
  ])('%s', (_label, input, expected) => {
    expect(checkFreeText(input, NOTE)).toEqual({ ok: true, value: expected });
  });

  it('accepts exactly maxLength characters, counting an emoji as one character', () => {
    const text = `${'a'.repeat(19)}🏠`;
    expect(text.length).toBe(21);
    expect(checkFreeText(text, NOTE)).toEqual({ ok: true, value: text });
  });

  it.each([undefined, null, '', '   \n\t '])('optional field may be empty (%j)', (input) => {
    expect(checkFreeText(input, OPTIONAL)).toEqual({ ok: true, value: '' });
  });
});

describe('checkFreeText – refused', () => {
  it.each([undefined, null, '', '   ', '\u200B\u0000'])('required and empty (%j)', (input) => {
    expect(checkFreeText(input, NOTE)).toEqual({
      ok: false,
      code: 'required',
      messageSv: 'Fältet ”Beskrivning av behovet” behöver fyllas i.',
    });
  });

  it.each([42, true, {}, ['text'], Symbol('x')])('not text (%s)', (input) => {
    const result = checkFreeText(input, NOTE);
    expect(result).toMatchObject({ ok: false, code: 'not_text' });
    expect(!result.ok && result.messageSv).toContain('”Beskrivning av behovet”');
  });

  it('too long: states the limit and how many characters were written', () => {
    const result = checkFreeText('x'.repeat(23), NOTE);
    expect(result).toEqual({
      ok: false,
      code: 'too_long',
      messageSv:
        'Fältet ”Beskrivning av behovet” får innehålla högst 20 tecken, men du har skrivit 23 tecken. ' +
        'Korta texten och försök igen.',
    });
  });

  it('counts characters after trimming', () => {
    expect(checkFreeText(`  ${'x'.repeat(20)}  `, NOTE)).toMatchObject({ ok: true });
  });

  it.each([
    ['personnummer, 10 digits', `Gäller ${PN}`],
    ['samordningsnummer, 12 digits', SN],
    ['full-width digits (caught after NFKC)', [...PN].map((c) => (/\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c)).join('')],
    ['digits split by a zero-width space', `${PN.slice(0, 4)}\u200B${PN.slice(4)}`],
    ['ideographic space as separator (caught after NFKC)', PN.replace('-', '\u3000')],
  ])('personnummer: %s', (_label, input) => {
    const result = checkFreeText(input, { ...NOTE, maxLength: 200 });
    expect(result).toMatchObject({ ok: false, code: 'personnummer' });
    if (result.ok) return;
    expect(result.messageSv).toContain('personnummer eller samordningsnummer');
    expect(result.messageSv).toContain('får inte skrivas i Stödlotsen');
    expect(result.messageSv).toContain('ärendereferensen');
    expect(result.messageSv).toContain('Ingenting har sparats');
    expect(result.messageSv).not.toMatch(/\d{6}/);
  });

  it('reports the personnummer before the length', () => {
    expect(checkFreeText(`${PN} ${'x'.repeat(40)}`, NOTE)).toMatchObject({ ok: false, code: 'personnummer' });
  });

  it('never echoes the number back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const result = checkFreeText(`${a} ${PN} ${b}`, { ...NOTE, maxLength: 500 });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.messageSv).not.toContain(PN);
      }),
    );
  });

  it('refuses a nonsensical maxLength as a programming error', () => {
    expect(() => checkFreeText('x', { ...NOTE, maxLength: 0 })).toThrow(RangeError);
    expect(() => checkFreeText('x', { ...NOTE, maxLength: 2.5 })).toThrow(RangeError);
  });
});

describe('freeTextSchema', () => {
  it('composes into a larger zod schema and reports the Swedish message and code', () => {
    const form = z.object({ note: freeTextSchema(NOTE) });
    expect(form.parse({ note: '  Hej  ' })).toEqual({ note: 'Hej' });
    const parsed = form.safeParse({ note: PN });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(['note']);
    expect(issue?.message).toContain('Ingenting har sparats');
    expect(issue?.code === 'custom' && issue.params?.['freeTextCode']).toBe('personnummer');
  });
});
