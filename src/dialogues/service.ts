import { createAuditor, dialogueCompletionEvent, type Auditor } from '../audit';
import type { Clock } from '../domain/clock';
import type { ClientCase } from '../domain/cases';
import { toStockholmDate } from '../domain/calendar';
import { findCaseById, listCasesForUser } from '../storage/cases.repository';
import type { Db } from '../storage/database';
import {
  closeDraft,
  createDraft,
  DraftConflictError,
  findDraft,
  findOpenDraft,
  listOpenDrafts,
  saveDraft,
  type Draft,
  type DraftValues,
} from '../storage/drafts.repository';
import { findSubmissionByDraft } from '../storage/submissions.repository';
import { findConversationRef, findUserByUpn } from '../storage/users.repository';
import { checkField, fieldChoices, resolve, visibleFields } from './fields';
import { DialogueInputError, type Choice, type CompletionResult, type DialogueContext, type DialogueId, type DialogueSpec, type FieldKind, type StepSpec } from './types';

export interface Actor {
  readonly userId: string;
  readonly tenantId: string;
  readonly upn: string | null;
}

export const DIALOGUE_VERBS = ['next', 'back', 'save', 'preview', 'edit', 'send', 'discard'] as const;
export type DialogueVerb = (typeof DIALOGUE_VERBS)[number];

export interface DialogueAction {
  readonly verb: DialogueVerb;
  readonly draftId: string;
  readonly version: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface FieldView {
  readonly id: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly help?: string;
  readonly placeholder?: string;
  readonly required: boolean;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly error?: string;
  readonly maxLength?: number;
}

export type Delivery = 'queued' | 'waiting_for_install' | 'none';

export type DialogueView =
  | {
      readonly kind: 'step';
      readonly draft: Draft;
      readonly title: string;
      readonly caseReference: string | null;
      readonly stepNumber: number;
      readonly stepCount: number;
      readonly step: StepSpec;
      readonly fields: readonly FieldView[];
      readonly errors: readonly string[];
      readonly notice?: string;
    }
  | { readonly kind: 'preview'; readonly draft: Draft; readonly title: string; readonly caseReference: string | null; readonly previewTitle: string; readonly text: string; readonly sendLabel: string; readonly notice?: string }
  | { readonly kind: 'done'; readonly title: string; readonly caseReference: string | null; readonly result: CompletionResult; readonly delivery: Delivery; readonly alreadySent: boolean; readonly text?: string }
  | { readonly kind: 'discarded'; readonly title: string }
  | { readonly kind: 'choose_case'; readonly dialogue: DialogueId; readonly title: string; readonly cases: readonly ClientCase[] }
  | { readonly kind: 'message'; readonly text: string };

export interface DraftListItem {
  readonly draft: Draft;
  readonly title: string;
  readonly caseReference: string | null;
}

export const MESSAGES = {
  noCases: 'Du har inga pågående ärenden. Skriv ”nytt ärende” för att registrera ett med ärendereferens.',
  noMatchingCases: 'Inget av dina ärenden gäller för det här steget.',
  draftGone: 'Det utkastet finns inte längre. Skriv ”mina utkast” för att se dina sparade utkast.',
  notYourDraft: 'Det här utkastet är någon annans och kan inte öppnas av dig.',
  stale: 'Kortet du använde var inte längre aktuellt – här är det senast sparade läget. Inget av det som redan var sparat har försvunnit.',
  resumed: 'Du fortsätter där du slutade – ditt sparade utkast är öppnat.',
  saved: 'Sparat. Du hittar utkastet under ”mina utkast” när du vill fortsätta.',
  discarded: 'Utkastet är kastat.',
  alreadySent: 'Det här är redan skickat – inget skickades två gånger.',
  alreadyDiscarded: 'Det här utkastet är redan kastat.',
  notYourCase: 'Du hör inte till det ärendet.',
} as const;

export interface DialogueServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly dialogues: ReadonlyMap<DialogueId, DialogueSpec>;
  /** Called after a send commits, so the outbox is dispatched without waiting for the next poll. */
  readonly onQueued?: () => void;
  /** Audit trail; defaults to one on `db`, so completions and discards are never unaudited. */
  readonly audit?: Auditor;
}

/**
 * The dialogue engine: every step is saved as a draft (user + case + dialogue), so a restart,
 * a stale card or a double click never loses or duplicates what staff typed.
 */
export class DialogueService {
  private readonly audit: Auditor;

  constructor(private readonly deps: DialogueServiceDeps) {
    this.audit = deps.audit ?? createAuditor(deps.db, deps.clock);
  }

  spec(id: DialogueId): DialogueSpec {
    const spec = this.deps.dialogues.get(id);
    if (!spec) throw new Error(`unknown dialogue ${id}`);
    return spec;
  }

  async start(actor: Actor, dialogue: DialogueId, caseId?: string): Promise<DialogueView> {
    const spec = this.spec(dialogue);
    let clientCase: ClientCase | null = null;
    if (spec.needsCase) {
      const cases = (await listCasesForUser(this.deps.db, actor.tenantId, actor.userId, actor.upn)).filter((c) => !spec.appliesTo || spec.appliesTo(c));
      if (caseId) {
        clientCase = cases.find((c) => c.id === caseId) ?? null;
        if (!clientCase) return { kind: 'message', text: MESSAGES.notYourCase };
      } else if (cases.length === 0) {
        const all = await listCasesForUser(this.deps.db, actor.tenantId, actor.userId, actor.upn);
        return { kind: 'message', text: all.length === 0 ? MESSAGES.noCases : MESSAGES.noMatchingCases };
      } else if (cases.length === 1) {
        clientCase = cases[0]!;
      } else {
        return { kind: 'choose_case', dialogue, title: spec.title, cases };
      }
    }
    const ctx = this.context(clientCase);
    const existing = await findOpenDraft(this.deps.db, actor.userId, clientCase?.id ?? null, dialogue);
    if (existing) return this.viewOf(spec, existing, ctx, [], MESSAGES.resumed);
    const initial = { ...(spec.initialValues?.(ctx) ?? {}), ...(spec.prefill ? await spec.prefill(this.deps.db, ctx) : {}) };
    const draft = await createDraft(this.deps.db, actor.userId, clientCase?.id ?? null, dialogue, initial, this.deps.clock.now());
    return this.viewOf(spec, draft, ctx, []);
  }

  async resume(actor: Actor, draftId: string): Promise<DialogueView> {
    const loaded = await this.load(actor, draftId);
    if ('view' in loaded) return loaded.view;
    return this.viewOf(loaded.spec, loaded.draft, loaded.ctx, []);
  }

  async listDrafts(actor: Actor): Promise<DraftListItem[]> {
    const drafts = await listOpenDrafts(this.deps.db, actor.userId);
    const items: DraftListItem[] = [];
    for (const draft of drafts) {
      const spec = this.deps.dialogues.get(draft.dialogue as DialogueId);
      if (!spec) continue;
      const clientCase = draft.caseId ? await findCaseById(this.deps.db, draft.caseId) : undefined;
      items.push({ draft, title: spec.title, caseReference: clientCase?.caseReference ?? null });
    }
    return items;
  }

  async act(actor: Actor, action: DialogueAction): Promise<DialogueView> {
    const loaded = await this.load(actor, action.draftId);
    if ('view' in loaded) return loaded.view;
    const { spec, ctx } = loaded;
    let draft = loaded.draft;
    if (action.version !== draft.version) return this.viewOf(spec, draft, ctx, [], MESSAGES.stale);

    const steps = spec.steps(ctx);
    const atPreview = draft.step >= steps.length;
    const { values, errors } = atPreview ? { values: draft.values, errors: [] } : this.merge(steps[draft.step]!, draft.values, action.values, ctx);

    try {
      switch (action.verb) {
        case 'save':
          draft = await saveDraft(this.deps.db, draft, { step: draft.step, values }, this.now());
          return this.viewOf(spec, draft, ctx, errors, errors.length ? undefined : MESSAGES.saved);
        case 'back': {
          const previous = this.previousStep(steps, draft.step, values, ctx);
          draft = await saveDraft(this.deps.db, draft, { step: previous, values }, this.now());
          return this.viewOf(spec, draft, ctx, errors);
        }
        case 'edit':
          draft = await saveDraft(this.deps.db, draft, { step: this.firstStep(steps, values, ctx), values }, this.now());
          return this.viewOf(spec, draft, ctx, []);
        case 'discard':
          await this.deps.db.transaction().execute(async (tx) => {
            await closeDraft(tx, draft, 'discarded', this.now());
            const event = { tenantId: actor.tenantId, actorId: actor.userId, action: 'draft.discarded', outcome: 'success', caseReference: ctx.case?.caseReference ?? null } as const;
            await this.audit.record({ ...event, target: { kind: 'draft', id: draft.id }, reason: spec.id }, tx);
          });
          return { kind: 'discarded', title: spec.title };
        case 'next':
        case 'preview': {
          if (errors.length > 0) {
            draft = await saveDraft(this.deps.db, draft, { step: draft.step, values }, this.now());
            return this.viewOf(spec, draft, ctx, errors);
          }
          const next = atPreview ? steps.length : this.nextStep(steps, draft.step, values, ctx);
          if (next < steps.length) {
            draft = await saveDraft(this.deps.db, draft, { step: next, values }, this.now());
            return this.viewOf(spec, draft, ctx, []);
          }
          return this.toPreview(spec, draft, values, ctx);
        }
        case 'send':
          return await this.send(actor, spec, draft, ctx);
      }
    } catch (err) {
      if (err instanceof DraftConflictError) {
        // Another turn (a double click) got there first: show what it left.
        return this.resumeAfterConflict(actor, spec, draft.id, ctx);
      }
      throw err;
    }
  }

  private async send(actor: Actor, spec: DialogueSpec, draft: Draft, ctx: DialogueContext): Promise<DialogueView> {
    const steps = spec.steps(ctx);
    if (draft.step < steps.length) return this.toPreview(spec, draft, draft.values, ctx);
    const parsed = spec.schema.safeParse(spec.build(draft.values, ctx));
    if (!parsed.success) return this.toPreview(spec, draft, draft.values, ctx);
    const now = this.now();
    let result: CompletionResult;
    try {
      result = await this.deps.db.transaction().execute(async (tx) => {
        await closeDraft(tx, draft, 'sent', now);
        const completed = await spec.complete({ tx, draftId: draft.id, values: draft.values, answers: parsed.data, ctx, userId: actor.userId, tenantId: actor.tenantId, now });
        const caseReference = ctx.case?.caseReference ?? null;
        await this.audit.record(await dialogueCompletionEvent(tx, { actor, dialogue: spec, draftId: draft.id, caseReference, result: completed }), tx);
        return completed;
      });
    } catch (err) {
      if (!(err instanceof DialogueInputError)) throw err;
      const target = err.fieldId ? steps.findIndex((s) => s.fields.some((f) => f.id === err.fieldId)) : -1;
      const saved = await saveDraft(this.deps.db, draft, { step: target >= 0 ? target : this.firstStep(steps, draft.values, ctx), values: draft.values }, now);
      return this.viewOf(spec, saved, ctx, [err.messageSv]);
    }
    if (result.summary) this.deps.onQueued?.();
    return {
      kind: 'done',
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      result,
      delivery: await this.deliveryOf(actor, result),
      alreadySent: false,
      ...(result.summary ? { text: result.summary.text } : result.copyText ? { text: result.copyText } : {}),
    };
  }

  private async deliveryOf(actor: Actor, result: CompletionResult): Promise<Delivery> {
    if (!result.recipientUpn) return 'none';
    const recipient = await findUserByUpn(this.deps.db, actor.tenantId, result.recipientUpn);
    const reference = recipient && (await findConversationRef(this.deps.db, recipient.id));
    return reference ? 'queued' : 'waiting_for_install';
  }

  private async resumeAfterConflict(actor: Actor, spec: DialogueSpec, draftId: string, ctx: DialogueContext): Promise<DialogueView> {
    const current = await findDraft(this.deps.db, draftId);
    if (!current) return { kind: 'message', text: MESSAGES.draftGone };
    if (current.status === 'open') return this.viewOf(spec, current, ctx, [], MESSAGES.stale);
    return this.closedView(actor, spec, current, ctx);
  }

  private async closedView(actor: Actor, spec: DialogueSpec, draft: Draft, ctx: DialogueContext): Promise<DialogueView> {
    if (draft.status === 'discarded') return { kind: 'message', text: MESSAGES.alreadyDiscarded };
    const submission = await findSubmissionByDraft(this.deps.db, draft.id);
    const result: CompletionResult = { confirmation: MESSAGES.alreadySent, ...(submission ? { caseId: submission.caseId } : {}) };
    return {
      kind: 'done',
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      result,
      delivery: 'none',
      alreadySent: true,
      ...(submission ? { text: submission.text } : {}),
    };
  }

  private async load(actor: Actor, draftId: string): Promise<{ view: DialogueView } | { spec: DialogueSpec; draft: Draft; ctx: DialogueContext }> {
    const draft = await findDraft(this.deps.db, draftId);
    if (!draft) return { view: { kind: 'message', text: MESSAGES.draftGone } };
    if (draft.userId !== actor.userId) return { view: { kind: 'message', text: MESSAGES.notYourDraft } };
    const spec = this.spec(draft.dialogue as DialogueId);
    const clientCase = draft.caseId ? ((await findCaseById(this.deps.db, draft.caseId)) ?? null) : null;
    const ctx = this.context(clientCase);
    if (draft.status !== 'open') return { view: await this.closedView(actor, spec, draft, ctx) };
    return { spec, draft, ctx };
  }

  private merge(step: StepSpec, saved: DraftValues, submitted: Readonly<Record<string, string>>, ctx: DialogueContext): { values: DraftValues; errors: string[] } {
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

  private toPreview(spec: DialogueSpec, draft: Draft, values: DraftValues, ctx: DialogueContext): Promise<DialogueView> {
    return this.previewOrFirstError(spec, draft, values, ctx);
  }

  private async previewOrFirstError(spec: DialogueSpec, draft: Draft, values: DraftValues, ctx: DialogueContext): Promise<DialogueView> {
    const steps = spec.steps(ctx);
    const parsed = spec.schema.safeParse(spec.build(values, ctx));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.join('.');
      const stepIndex = steps.findIndex((s) => s.fields.some((f) => f.id === path || path.startsWith(`${f.id}.`) || f.id.startsWith(`${path}.`)));
      const target = stepIndex >= 0 ? stepIndex : this.firstStep(steps, values, ctx);
      const saved = await saveDraft(this.deps.db, draft, { step: target, values }, this.now());
      return this.viewOf(spec, saved, ctx, parsed.error.issues.slice(0, 3).map((i) => i.message));
    }
    const saved = draft.step === steps.length && draft.values === values ? draft : await saveDraft(this.deps.db, draft, { step: steps.length, values }, this.now());
    const preview = spec.preview(parsed.data, ctx);
    return {
      kind: 'preview',
      draft: saved,
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      previewTitle: preview?.title ?? spec.title,
      text: preview?.text ?? '',
      sendLabel: spec.sendLabel ?? 'Skicka',
    };
  }

  private viewOf(spec: DialogueSpec, draft: Draft, ctx: DialogueContext, errors: readonly string[], notice?: string): Promise<DialogueView> | DialogueView {
    const steps = spec.steps(ctx);
    if (draft.step >= steps.length) {
      return this.previewOrFirstError(spec, draft, draft.values, ctx).then((v) => (notice && v.kind === 'preview' ? { ...v, notice } : v));
    }
    const step = steps[draft.step]!;
    const shown = steps.filter((s) => !s.visibleWhen || s.visibleWhen(draft.values, ctx));
    const errorByLabel = new Map<string, string>();
    const fields = visibleFields(step, draft.values, ctx).map((f): FieldView => {
      const error = errors.find((e) => e.includes(`”${f.label}”`));
      if (error) errorByLabel.set(f.id, error);
      return {
        id: f.id,
        kind: f.kind,
        label: f.label,
        required: resolve(f.required, draft.values, ctx),
        value: draft.values[f.id] ?? '',
        choices: fieldChoices(f, draft.values, ctx),
        ...(f.help ? { help: f.help } : {}),
        ...(f.placeholder ? { placeholder: f.placeholder } : {}),
        ...(f.maxLength ? { maxLength: f.maxLength } : {}),
        ...(error ? { error } : {}),
      };
    });
    return {
      kind: 'step',
      draft,
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      stepNumber: Math.max(1, shown.indexOf(step) + 1),
      stepCount: shown.length,
      step: step.introFor ? { ...step, intro: step.introFor(draft.values, ctx) } : step,
      fields,
      errors,
      ...(notice ? { notice } : {}),
    };
  }

  private nextStep(steps: readonly StepSpec[], from: number, values: DraftValues, ctx: DialogueContext): number {
    for (let i = from + 1; i < steps.length; i++) if (!steps[i]!.visibleWhen || steps[i]!.visibleWhen!(values, ctx)) return i;
    return steps.length;
  }

  private previousStep(steps: readonly StepSpec[], from: number, values: DraftValues, ctx: DialogueContext): number {
    for (let i = Math.min(from, steps.length) - 1; i >= 0; i--) if (!steps[i]!.visibleWhen || steps[i]!.visibleWhen!(values, ctx)) return i;
    return this.firstStep(steps, values, ctx);
  }

  private firstStep(steps: readonly StepSpec[], values: DraftValues, ctx: DialogueContext): number {
    const i = steps.findIndex((s) => !s.visibleWhen || s.visibleWhen(values, ctx));
    return i < 0 ? 0 : i;
  }

  private context(clientCase: ClientCase | null): DialogueContext {
    return { case: clientCase, today: toStockholmDate(this.now()) };
  }

  private now(): Date {
    return this.deps.clock.now();
  }
}
