import { z } from 'zod';
import type { LevelChangeDirection, LevelChangeDuration } from '../case';
import { compareIsoDates, isIsoDate } from '../calendar';
import { parseCaseReference, type CaseReference } from '../privacy/caseReference';
import { freeTextSchema } from '../privacy/freeText';

/** Longest free text in one answer (a paragraph or two in Treserva). */
export const MAX_FREE_TEXT_LENGTH = 2000;
/** Longest short text: a goal, a time, a list of other participants. */
export const MAX_SHORT_TEXT_LENGTH = 300;
/** Most goals or delmål in one summary. */
export const MAX_GOALS = 20;

export const caseReferenceSchema: z.ZodType<CaseReference, z.ZodTypeDef, unknown> = z
  .unknown()
  .transform((raw, ctx): CaseReference => {
    const parsed = parseCaseReference(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.messageSv });
    return z.NEVER;
  });

export const isoDateSchema = z
  .string({ invalid_type_error: 'Ange datumet som ÅÅÅÅ-MM-DD.' })
  .refine(isIsoDate, 'Ange ett datum som finns, som ÅÅÅÅ-MM-DD.');

/** A required free text; `field` is the Swedish label shown in error messages. */
export function requiredText(field: string, maxLength = MAX_FREE_TEXT_LENGTH) {
  return freeTextSchema({ field, maxLength, required: true });
}

/** An optional free text; missing or blank becomes '' and is left out of the summary. */
export function optionalText(field: string, maxLength = MAX_FREE_TEXT_LENGTH) {
  return freeTextSchema({ field, maxLength, required: false });
}

export const levelChangeDirectionSchema: z.ZodType<LevelChangeDirection> = z.enum(['increase', 'decrease']);

export const levelChangeDurationSchema: z.ZodType<LevelChangeDuration> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('temporary'), until: isoDateSchema }),
  z.object({ kind: z.literal('longer_period') }),
  z.object({ kind: z.literal('lasting') }),
]);

/** Adds an issue at `path` unless `later` is on or after `earlier`. */
export function requireNotBefore(
  ctx: z.RefinementCtx,
  earlier: string,
  later: string,
  path: (string | number)[],
  message: string,
): void {
  if (isIsoDate(earlier) && isIsoDate(later) && compareIsoDates(later, earlier) < 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
  }
}

/** Adds a "required" issue at `path` when a conditional answer is missing. */
export function requireWhen(ctx: z.RefinementCtx, condition: boolean, value: unknown, path: (string | number)[], field: string): void {
  if (condition && (value === undefined || value === '')) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `Fältet ”${field}” behöver fyllas i.` });
  }
}
