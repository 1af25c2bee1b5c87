import type { DraftValues } from '../storage/drafts.repository';
import { checkField, fieldChoices, resolve, visibleFields } from './fields';
import type { DialogueContext, StepSpec } from './types';
import type { FieldView } from './views';

/** Moving through a dialogue's steps and merging what a card submitted: no storage, no Teams. */
const shown = (step: StepSpec, values: DraftValues, ctx: DialogueContext): boolean => !step.visibleWhen || step.visibleWhen(values, ctx);

export function firstStep(steps: readonly StepSpec[], values: DraftValues, ctx: DialogueContext): number {
  const i = steps.findIndex((s) => shown(s, values, ctx));
  return i < 0 ? 0 : i;
}

export function nextStep(steps: readonly StepSpec[], from: number, values: DraftValues, ctx: DialogueContext): number {
  for (let i = from + 1; i < steps.length; i++) if (shown(steps[i]!, values, ctx)) return i;
  return steps.length;
}

export function previousStep(steps: readonly StepSpec[], from: number, values: DraftValues, ctx: DialogueContext): number {
  for (let i = Math.min(from, steps.length) - 1; i >= 0; i--) if (shown(steps[i]!, values, ctx)) return i;
  return firstStep(steps, values, ctx);
}

/** The saved values with one step's submitted fields checked and applied. */
export function mergeStep(step: StepSpec, saved: DraftValues, submitted: Readonly<Record<string, string>>, ctx: DialogueContext): { values: DraftValues; errors: string[] } {
  const values: Record<string, string> = { ...saved };
  const errors: string[] = [];
  // Visibility can depend on values in this very step (a toggle), so decide with the new values.
  const candidate = { ...saved, ...submitted };
  for (const field of visibleFields(step, candidate, ctx)) {
    const check = checkField(field, submitted[field.id] ?? (field.kind === 'toggle' ? 'false' : ''), candidate, ctx);
    if (check.keep === undefined) delete values[field.id];
    else values[field.id] = check.keep;
    if (check.error) errors.push(check.error);
  }
  return { values, errors };
}

export function fieldViews(step: StepSpec, values: DraftValues, ctx: DialogueContext, errors: readonly string[]): FieldView[] {
  return visibleFields(step, values, ctx).map((f): FieldView => {
    const error = errors.find((e) => e.includes(`”${f.label}”`));
    return {
      id: f.id,
      kind: f.kind,
      label: f.label,
      required: resolve(f.required, values, ctx),
      value: values[f.id] ?? '',
      choices: fieldChoices(f, values, ctx),
      ...(f.help ? { help: f.help } : {}),
      ...(f.placeholder ? { placeholder: f.placeholder } : {}),
      ...(f.maxLength ? { maxLength: f.maxLength } : {}),
      ...(error ? { error } : {}),
    };
  });
}

/** "Steg n av m" among the steps shown for these values. */
export function stepPosition(steps: readonly StepSpec[], index: number, values: DraftValues, ctx: DialogueContext): { stepNumber: number; stepCount: number } {
  const visible = steps.filter((s) => shown(s, values, ctx));
  return { stepNumber: Math.max(1, visible.indexOf(steps[index]!) + 1), stepCount: visible.length };
}

/** The step whose fields a card submitted (a card shows one step), or -1. */
export function stepOfSubmission(steps: readonly StepSpec[], submitted: Readonly<Record<string, string>>): number {
  return steps.findIndex((s) => s.fields.some((f) => f.id in submitted));
}

/**
 * What a card typed that a colleague's save overtook: the submitted fields of its step whose value
 * differs from the saved one. Empty when nothing would be lost (a double click, an unchanged card).
 */
export function pendingInput(steps: readonly StepSpec[], saved: DraftValues, submitted: Readonly<Record<string, string>>): { step: number; values: Record<string, string> } | null {
  const step = stepOfSubmission(steps, submitted);
  if (step < 0) return null;
  const ids = new Set(steps[step]!.fields.map((f) => f.id));
  const values = Object.fromEntries(Object.entries(submitted).filter(([id, value]) => ids.has(id) && (saved[id] ?? '') !== value && !(value === 'false' && saved[id] === undefined)));
  return Object.keys(values).length ? { step, values } : null;
}
