import { z } from 'zod';
import { INPUT_PREFIX } from '../cards/dialogueStep';
import { DIALOGUE_IDS } from '../dialogues/types';

/** Card `data` is parsed, never cast: anything else gets a clear Swedish message. */
export const MALFORMED_CARD_TEXT =
  'Kortet skickade något som Stödlotsen inte känner igen, så inget sparades från det. Skriv ”mina utkast” för att fortsätta där du var.';

const MAX_INPUT_CHARS = 50_000;

export const dialogueActionDataSchema = z
  .object({
    draftId: z.string().uuid(),
    version: z.coerce.number().int().positive(),
  })
  .passthrough();

export function inputValues(data: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(INPUT_PREFIX)) continue;
    if (typeof value === 'string') values[key.slice(INPUT_PREFIX.length)] = value.slice(0, MAX_INPUT_CHARS);
    else if (typeof value === 'number' || typeof value === 'boolean') values[key.slice(INPUT_PREFIX.length)] = String(value);
  }
  return values;
}

export const dialogueStartDataSchema = z.object({
  dialogue: z.enum(DIALOGUE_IDS),
  caseId: z.string().uuid().optional(),
});

const MAX_REAPPLY_CHARS = 60_000;

/** "Använd mina ändringar": the overtaken input travels as JSON text in the button's data. */
export const dialogueReapplyDataSchema = z.object({
  draftId: z.string().uuid(),
  version: z.coerce.number().int().positive(),
  reapply: z
    .string()
    .max(MAX_REAPPLY_CHARS)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().max(MAX_INPUT_CHARS)).refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 100)),
});

export const draftResumeDataSchema = z.object({ draftId: z.string().uuid() });
