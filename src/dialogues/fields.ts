import { isIsoDate } from '../domain/calendar';
import { checkFreeText } from '../domain/privacy/freeText';
import type { DraftValues } from '../storage/drafts.repository';
import type { Choice, DialogueContext, FieldSpec, StepSpec } from './types';

export const DEFAULT_TEXT_LIMIT = 2000;
export const SHORT_TEXT_LIMIT = 300;
/** What a draft keeps of an over-long text, so the user can shorten it instead of retyping. */
export const HARD_KEEP_LIMIT = 20_000;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function resolve<T>(value: T | ((values: DraftValues, ctx: DialogueContext) => T), values: DraftValues, ctx: DialogueContext): T {
  return typeof value === 'function' ? (value as (v: DraftValues, c: DialogueContext) => T)(values, ctx) : value;
}

export function visibleFields(step: StepSpec, values: DraftValues, ctx: DialogueContext): FieldSpec[] {
  return step.fields.filter((f) => !f.visibleWhen || f.visibleWhen(values, ctx));
}

export function visibleSteps(steps: readonly StepSpec[], values: DraftValues, ctx: DialogueContext): StepSpec[] {
  return steps.filter((s) => !s.visibleWhen || s.visibleWhen(values, ctx));
}

export function fieldChoices(field: FieldSpec, values: DraftValues, ctx: DialogueContext): readonly Choice[] {
  return field.choices ? resolve(field.choices, values, ctx) : [];
}

export interface FieldCheck {
  /** The value to keep in the draft; undefined = drop it (e.g. it contained a personnummer). */
  readonly keep: string | undefined;
  readonly error?: string;
}

/**
 * Checks one raw value. Everything typed is kept unless it holds a personnummer, which is
 * never stored; over-long text is kept (up to a hard cap) so nothing typed is lost.
 */
export function checkField(field: FieldSpec, raw: string | undefined, values: DraftValues, ctx: DialogueContext): FieldCheck {
  const required = resolve(field.required, values, ctx);
  const value = (raw ?? '').trim();
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email': {
      const limit = field.maxLength ?? (field.kind === 'textarea' ? DEFAULT_TEXT_LIMIT : SHORT_TEXT_LIMIT);
      const result = checkFreeText(raw ?? '', { field: field.label, maxLength: limit, required });
      if (result.ok) {
        const problem = result.value && field.validate ? field.validate(result.value) : undefined;
        return problem ? { keep: result.value, error: problem } : { keep: result.value };
      }
      if (result.code === 'personnummer') return { keep: undefined, error: result.messageSv };
      return { keep: (raw ?? '').slice(0, HARD_KEEP_LIMIT), error: result.messageSv };
    }
    case 'date':
      if (!value) return required ? { keep: '', error: `Ange ett datum för ”${field.label}”.` } : { keep: '' };
      return isIsoDate(value) ? { keep: value } : { keep: '', error: `”${field.label}”: ange ett datum som finns, som ÅÅÅÅ-MM-DD.` };
    case 'time':
      if (!value) return required ? { keep: '', error: `Ange en tid för ”${field.label}”.` } : { keep: '' };
      return TIME.test(value) ? { keep: value } : { keep: '', error: `”${field.label}”: ange tiden som TT:MM, till exempel 09:30.` };
    case 'number': {
      if (!value) return required ? { keep: '', error: `Fyll i ”${field.label}”.` } : { keep: '' };
      const n = Number(value.replace(',', '.'));
      return Number.isFinite(n) && n >= 0 && n <= 168 ? { keep: String(n) } : { keep: '', error: `”${field.label}”: ange ett tal mellan 0 och 168.` };
    }
    case 'toggle':
      return { keep: value === 'true' ? 'true' : 'false' };
    case 'choice': {
      if (!value) return required ? { keep: '', error: `Välj ett alternativ för ”${field.label}”.` } : { keep: '' };
      const allowed = fieldChoices(field, values, ctx).some((c) => c.value === value);
      return allowed ? { keep: value } : { keep: '', error: `Välj ett av alternativen för ”${field.label}”.` };
    }
    case 'multichoice': {
      const picked = value ? value.split(',').map((v) => v.trim()).filter(Boolean) : [];
      const allowed = new Set(fieldChoices(field, values, ctx).map((c) => c.value));
      const valid = picked.filter((p) => allowed.has(p));
      if (valid.length !== picked.length) return { keep: valid.join(','), error: `Välj bland alternativen för ”${field.label}”.` };
      if (required && valid.length === 0) return { keep: '', error: `Välj minst ett alternativ för ”${field.label}”.` };
      return { keep: valid.join(',') };
    }
  }
}

/** Flat `a.b.c` keys → nested object; empty strings are left out. */
export function nest(values: DraftValues, keys?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys ?? Object.keys(values)) {
    const value = values[key];
    if (value === undefined || value === '') continue;
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      node[part] = (node[part] as Record<string, unknown> | undefined) ?? {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return out;
}
