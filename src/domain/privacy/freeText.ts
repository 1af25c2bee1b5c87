import { z } from 'zod';
import { containsPersonalIdentityNumber } from './personnummer';

export type FreeTextErrorCode = 'required' | 'too_long' | 'personnummer' | 'not_text';

export interface FreeTextOptions {
  /** The field's label as the user sees it, in Swedish. */
  readonly field: string;
  /** Maximum length in characters (Unicode code points) after clean-up. */
  readonly maxLength: number;
  readonly required: boolean;
}

export type FreeTextResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: FreeTextErrorCode; readonly messageSv: string };

const CONTROL_EXCEPT_TAB_AND_NEWLINE = /(?![\t\n])\p{Cc}/gu;
/** Invisible characters that carry no meaning in a note but can hide or reorder text. */
const INVISIBLE_FORMAT = /[\u00AD\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** NFC, `\r\n`/`\r` → `\n`, no control characters except tab/newline, no invisible marks, trimmed. */
export function sanitizeFreeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_EXCEPT_TAB_AND_NEWLINE, '')
    .replace(INVISIBLE_FORMAT, '')
    .trim();
}

export function characterCount(text: string): number {
  return [...text].length;
}

function mentionsPersonalIdentityNumber(text: string): boolean {
  // NFKC also catches look-alike digits and spaces that NFC keeps as they are.
  return containsPersonalIdentityNumber(text) || containsPersonalIdentityNumber(text.normalize('NFKC'));
}

const messagesSv = {
  required: (field: string) => `Fältet ”${field}” behöver fyllas i.`,
  not_text: (field: string) => `Fältet ”${field}” kunde inte läsas som text. Skriv texten igen.`,
  too_long: (field: string, max: number, written: number) =>
    `Fältet ”${field}” får innehålla högst ${max} tecken, men du har skrivit ${written} tecken. ` +
    'Korta texten och försök igen.',
  personnummer: (field: string) =>
    `Fältet ”${field}” verkar innehålla ett personnummer eller samordningsnummer. ` +
    'Sådana nummer får inte skrivas i Stödlotsen – använd ärendereferensen i stället ' +
    '(till exempel BST-2026-0042). Ingenting har sparats. Ta bort numret och försök igen.',
} as const;

const CODE_PARAM = 'freeTextCode';

function assertValidOptions(options: FreeTextOptions): void {
  if (!Number.isInteger(options.maxLength) || options.maxLength < 1) {
    throw new RangeError(`freeText: maxLength must be a positive integer (field ${options.field})`);
  }
}

/**
 * Zod schema for one free-text input: accepts unknown input, yields the cleaned string.
 * Every failure is a single issue whose message is the Swedish text to show and whose
 * `params.freeTextCode` is the `FreeTextErrorCode`.
 */
export function freeTextSchema(options: FreeTextOptions): z.ZodType<string, z.ZodTypeDef, unknown> {
  assertValidOptions(options);
  const { field, maxLength, required } = options;
  const fail = (ctx: z.RefinementCtx, code: FreeTextErrorCode, message: string): typeof z.NEVER => {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message, params: { [CODE_PARAM]: code } });
    return z.NEVER;
  };
  return z
    .preprocess((raw) => raw ?? '', z.string({ invalid_type_error: messagesSv.not_text(field) }))
    .transform((raw, ctx) => {
      const value = sanitizeFreeText(raw);
      if (value.length === 0) return required ? fail(ctx, 'required', messagesSv.required(field)) : value;
      if (mentionsPersonalIdentityNumber(value)) return fail(ctx, 'personnummer', messagesSv.personnummer(field));
      const written = characterCount(value);
      if (written > maxLength) return fail(ctx, 'too_long', messagesSv.too_long(field, maxLength, written));
      return value;
    });
}

function codeOf(issue: z.ZodIssue | undefined): FreeTextErrorCode {
  if (issue?.code === z.ZodIssueCode.custom) {
    const code: unknown = issue.params?.[CODE_PARAM];
    if (code === 'required' || code === 'too_long' || code === 'personnummer') return code;
  }
  return 'not_text';
}

/**
 * Checks one free-text input. A personnummer is reported before a too-long text so the
 * user never shortens a text only to be stopped again for the number.
 */
export function checkFreeText(value: unknown, options: FreeTextOptions): FreeTextResult {
  const parsed = freeTextSchema(options).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const code = codeOf(issue);
  return { ok: false, code, messageSv: issue?.message ?? messagesSv.not_text(options.field) };
}
