import { createAuditor, type Auditor } from '../audit';
import type { Clock } from '../domain/clock';
import type { ClientCase } from '../domain/cases';
import { toStockholmDate } from '../domain/calendar';
import { mayWorkOnCase } from '../domain/caseTeam';
import { findCaseById, listCasesForUser } from '../storage/cases.repository';
import { teamCaseIds } from '../storage/caseTeam.repository';
import type { Db } from '../storage/database';
import { closeDraft, createDraft, DraftConflictError, findDraft, findOpenDraft, listOpenDrafts, saveDraft, type Draft, type DraftValues } from '../storage/drafts.repository';
import { accessToCase, auditCaseRefusal } from '../team/access';
import { closedView, sendDialogue } from './completion';
import { lastEditedNote } from './lastEdited';
import { fieldViews, firstStep, mergeStep, nextStep, pendingInput, previousStep, stepOfSubmission, stepPosition } from './navigation';
import type { DialogueContext, DialogueId, DialogueSpec, StepSpec } from './types';
import { MESSAGES, TEAM_CONFLICT_TEXT, type Actor, type DialogueAction, type DialogueView, type DraftListItem } from './views';

export { DIALOGUE_VERBS, MESSAGES, type Actor, type Delivery, type DialogueAction, type DialogueVerb, type DialogueView, type DraftListItem, type FieldView } from './views';

export interface DialogueServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly dialogues: ReadonlyMap<DialogueId, DialogueSpec>;
  /** Called after a send commits, so the outbox is dispatched without waiting for the next poll. */
  readonly onQueued?: () => void;
  /** Audit trail; defaults to one on `db`, so completions and discards are never unaudited. */
  readonly audit?: Auditor;
}

interface ViewExtras {
  readonly notice?: string;
  readonly reapply?: Readonly<Record<string, string>>;
  readonly viewer: Actor;
}

type Loaded = { view: DialogueView } | { spec: DialogueSpec; draft: Draft; ctx: DialogueContext };

/**
 * The dialogue engine: every step is saved as a draft (the case team's, or the user's own), so a
 * restart, a stale card, a double click or a colleague's save never loses or duplicates what staff typed.
 */
export class DialogueService {
  private readonly audit: Auditor;
  /** Keyed by the context object made for one turn (see context()), so an entry lives as long as that turn. */
  private readonly stepsByContext = new WeakMap<DialogueContext, { readonly spec: DialogueSpec; readonly steps: readonly StepSpec[] }>();

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
      const mine = await listCasesForUser(this.deps.db, actor.tenantId, actor.userId, actor.upn, this.today());
      const cases = mine.filter((c) => !spec.appliesTo || spec.appliesTo(c));
      if (caseId) {
        clientCase = cases.find((c) => c.id === caseId) ?? null;
        if (!clientCase) return this.refuseCaseId(actor, caseId, mine);
      } else if (cases.length === 0) {
        return { kind: 'message', text: mine.length === 0 ? MESSAGES.noCases : MESSAGES.noMatchingCases };
      } else if (cases.length === 1) {
        clientCase = cases[0]!;
      } else {
        return { kind: 'choose_case', dialogue, title: spec.title, cases };
      }
    }
    const ctx = this.context(clientCase);
    const shared = !spec.personalDraft;
    const existing = await findOpenDraft(this.deps.db, actor.userId, clientCase?.id ?? null, dialogue, shared);
    if (existing) return this.viewOf(spec, existing, ctx, [], { viewer: actor, notice: existing.updatedBy === actor.userId ? MESSAGES.resumed : MESSAGES.resumedShared });
    const initial = { ...(spec.initialValues?.(ctx) ?? {}), ...(spec.prefill ? await spec.prefill(this.deps.db, ctx) : {}) };
    const draft = await createDraft(this.deps.db, actor.userId, clientCase?.id ?? null, dialogue, initial, this.now(), shared);
    return this.viewOf(spec, draft, ctx, [], { viewer: actor, ...(draft.updatedBy !== actor.userId ? { notice: MESSAGES.resumedShared } : {}) });
  }

  async resume(actor: Actor, draftId: string): Promise<DialogueView> {
    const loaded = await this.load(actor, draftId);
    if ('view' in loaded) return loaded.view;
    return this.viewOf(loaded.spec, loaded.draft, loaded.ctx, [], { viewer: actor });
  }

  /**
   * The user's own drafts and the shared drafts of the cases they are on the current team of (the
   * caseworker's list does not fill up with the staff's work in progress).
   */
  async listDrafts(actor: Actor): Promise<DraftListItem[]> {
    const cases = await listCasesForUser(this.deps.db, actor.tenantId, actor.userId, actor.upn, this.today());
    const onTeam = new Set(await teamCaseIds(this.deps.db, actor.userId, this.today()));
    const byId = new Map(cases.filter((c) => onTeam.has(c.id)).map((c) => [c.id, c]));
    const drafts = await listOpenDrafts(this.deps.db, actor.userId, [...byId.keys()]);
    const items: DraftListItem[] = [];
    for (const draft of drafts) {
      const spec = this.deps.dialogues.get(draft.dialogue as DialogueId);
      if (!spec) continue;
      if (draft.shared && !byId.has(draft.caseId!)) continue;
      const clientCase = draft.caseId ? (byId.get(draft.caseId) ?? (await findCaseById(this.deps.db, draft.caseId))) : undefined;
      const lastEdited = await lastEditedNote(this.deps.db, draft, actor.userId);
      items.push({ draft, title: spec.title, caseReference: clientCase?.caseReference ?? null, ...(lastEdited ? { lastEdited } : {}) });
    }
    return items;
  }

  async act(actor: Actor, action: DialogueAction): Promise<DialogueView> {
    const loaded = await this.load(actor, action.draftId);
    if ('view' in loaded) return loaded.view;
    const { spec, ctx } = loaded;
    let draft = loaded.draft;
    if (action.version !== draft.version) return this.afterConflict(actor, spec, draft, ctx, action.values);

    const steps = this.steps(spec, ctx);
    const atPreview = draft.step >= steps.length;
    const { values, errors } = atPreview ? { values: draft.values, errors: [] } : mergeStep(steps[draft.step]!, draft.values, action.values, ctx);
    const save = (step: number, v: DraftValues) => saveDraft(this.deps.db, draft, { step, values: v }, this.now(), actor.userId);
    const extras: ViewExtras = { viewer: actor };

    try {
      switch (action.verb) {
        case 'save':
          draft = await save(draft.step, values);
          return this.viewOf(spec, draft, ctx, errors, { ...extras, ...(errors.length ? {} : { notice: MESSAGES.saved }) });
        case 'back':
          draft = await save(previousStep(steps, draft.step, values, ctx), values);
          return this.viewOf(spec, draft, ctx, errors, extras);
        case 'edit':
          draft = await save(firstStep(steps, values, ctx), values);
          return this.viewOf(spec, draft, ctx, [], extras);
        case 'discard':
          await this.deps.db.transaction().execute(async (tx) => {
            await closeDraft(tx, draft, 'discarded', this.now(), actor.userId);
            const event = { tenantId: actor.tenantId, actorId: actor.userId, action: 'draft.discarded', outcome: 'success', caseReference: ctx.case?.caseReference ?? null } as const;
            await this.audit.record({ ...event, target: { kind: 'draft', id: draft.id }, reason: spec.id }, tx);
          });
          return { kind: 'discarded', title: spec.title };
        case 'next':
        case 'preview': {
          if (errors.length > 0) {
            draft = await save(draft.step, values);
            return this.viewOf(spec, draft, ctx, errors, extras);
          }
          const next = atPreview ? steps.length : nextStep(steps, draft.step, values, ctx);
          if (next < steps.length) {
            draft = await save(next, values);
            return this.viewOf(spec, draft, ctx, [], extras);
          }
          return this.previewOrFirstError(spec, draft, values, ctx, extras);
        }
        case 'send':
          return await this.send(actor, spec, draft, ctx);
      }
    } catch (err) {
      if (err instanceof DraftConflictError) {
        // Another turn (a double click, a colleague) got there first: show what it left.
        const current = await findDraft(this.deps.db, draft.id);
        if (!current) return { kind: 'message', text: MESSAGES.draftGone };
        if (current.status !== 'open') return closedView(this.deps.db, spec, current, ctx);
        return this.afterConflict(actor, spec, current, ctx, action.values);
      }
      throw err;
    }
  }

  /** "Använd mina ändringar": what a colleague's save overtook goes in on top of the current draft. */
  async reapply(actor: Actor, draftId: string, version: number, pending: Readonly<Record<string, string>>): Promise<DialogueView> {
    const loaded = await this.load(actor, draftId);
    if ('view' in loaded) return loaded.view;
    const { spec, draft, ctx } = loaded;
    if (version !== draft.version) return this.afterConflict(actor, spec, draft, ctx, pending);
    const steps = this.steps(spec, ctx);
    const step = stepOfSubmission(steps, pending);
    if (step < 0) return this.viewOf(spec, draft, ctx, [], { viewer: actor });
    const ids = steps[step]!.fields.map((f) => f.id);
    const submitted = { ...Object.fromEntries(ids.filter((id) => draft.values[id] !== undefined).map((id) => [id, draft.values[id]!])), ...pending };
    const { values, errors } = mergeStep(steps[step]!, draft.values, submitted, ctx);
    try {
      const saved = await saveDraft(this.deps.db, draft, { step, values }, this.now(), actor.userId);
      return this.viewOf(spec, saved, ctx, errors, { viewer: actor, notice: MESSAGES.reapplied });
    } catch (err) {
      if (!(err instanceof DraftConflictError)) throw err;
      const current = await findDraft(this.deps.db, draft.id);
      if (!current) return { kind: 'message', text: MESSAGES.draftGone };
      if (current.status !== 'open') return closedView(this.deps.db, spec, current, ctx);
      return this.afterConflict(actor, spec, current, ctx, pending);
    }
  }

  private async send(actor: Actor, spec: DialogueSpec, draft: Draft, ctx: DialogueContext): Promise<DialogueView> {
    const extras: ViewExtras = { viewer: actor };
    if (draft.step < this.steps(spec, ctx).length) return this.previewOrFirstError(spec, draft, draft.values, ctx, extras);
    const parsed = spec.schema.safeParse(spec.build(draft.values, ctx));
    if (!parsed.success) return this.previewOrFirstError(spec, draft, draft.values, ctx, extras);
    const outcome = await sendDialogue({ db: this.deps.db, clock: this.deps.clock, audit: this.audit, ...(this.deps.onQueued ? { onQueued: this.deps.onQueued } : {}) }, actor, spec, draft, parsed.data, ctx);
    return outcome.kind === 'sent' ? outcome.view : this.viewOf(spec, outcome.draft, ctx, [outcome.message], extras);
  }

  /**
   * The card was behind the saved draft. When it carried typing that would be lost, say who saved
   * in between (a colleague on a shared draft) and offer to re-apply it; else the plain stale notice.
   */
  private async afterConflict(actor: Actor, spec: DialogueSpec, current: Draft, ctx: DialogueContext, submitted: Readonly<Record<string, string>>): Promise<DialogueView> {
    const pending = pendingInput(this.steps(spec, ctx), current.values, submitted);
    if (!pending) return this.viewOf(spec, current, ctx, [], { viewer: actor, notice: MESSAGES.stale });
    const lead = current.updatedBy !== actor.userId ? TEAM_CONFLICT_TEXT : MESSAGES.stale;
    return this.viewOf(spec, current, ctx, [], { viewer: actor, notice: `${lead} ${MESSAGES.reapplyOffer}`, reapply: pending.values });
  }

  private async load(actor: Actor, draftId: string): Promise<Loaded> {
    const draft = await findDraft(this.deps.db, draftId);
    if (!draft) return { view: { kind: 'message', text: MESSAGES.draftGone } };
    const clientCase = draft.caseId ? ((await findCaseById(this.deps.db, draft.caseId)) ?? null) : null;
    if (clientCase) {
      const { access } = await accessToCase(this.deps.db, actor, clientCase, this.today());
      const allowed = draft.shared ? mayWorkOnCase(access) : draft.userId === actor.userId && access !== 'none';
      if (!allowed) {
        await auditCaseRefusal(this.audit, actor, clientCase, { kind: 'draft', id: draft.id }, 'not_on_team');
        return { view: { kind: 'message', text: draft.shared || access === 'none' ? MESSAGES.notOnTeam : MESSAGES.notYourDraft } };
      }
    } else if (draft.userId !== actor.userId) {
      return { view: { kind: 'message', text: MESSAGES.notYourDraft } };
    }
    const spec = this.spec(draft.dialogue as DialogueId);
    const ctx = this.context(clientCase);
    if (draft.status !== 'open') return { view: await closedView(this.deps.db, spec, draft, ctx) };
    return { spec, draft, ctx };
  }

  /** A case id the user may not start this dialogue on: refused, and audited when it is someone else's case. */
  private async refuseCaseId(actor: Actor, caseId: string, mine: readonly ClientCase[]): Promise<DialogueView> {
    if (mine.some((c) => c.id === caseId)) return { kind: 'message', text: MESSAGES.notYourCase };
    const clientCase = await findCaseById(this.deps.db, caseId);
    if (!clientCase || clientCase.tenantId !== actor.tenantId) return { kind: 'message', text: MESSAGES.notYourCase };
    await auditCaseRefusal(this.audit, actor, clientCase, { kind: 'case', id: clientCase.id }, 'not_on_team');
    return { kind: 'message', text: MESSAGES.notOnTeam };
  }

  private async previewOrFirstError(spec: DialogueSpec, draft: Draft, values: DraftValues, ctx: DialogueContext, extras: ViewExtras): Promise<DialogueView> {
    const steps = this.steps(spec, ctx);
    const parsed = spec.schema.safeParse(spec.build(values, ctx));
    const by = extras.viewer.userId;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.join('.');
      const stepIndex = steps.findIndex((s) => s.fields.some((f) => f.id === path || path.startsWith(`${f.id}.`) || f.id.startsWith(`${path}.`)));
      const target = stepIndex >= 0 ? stepIndex : firstStep(steps, values, ctx);
      const saved = await saveDraft(this.deps.db, draft, { step: target, values }, this.now(), by);
      return this.viewOf(spec, saved, ctx, parsed.error.issues.slice(0, 3).map((i) => i.message), extras);
    }
    const saved = draft.step === steps.length && draft.values === values ? draft : await saveDraft(this.deps.db, draft, { step: steps.length, values }, this.now(), by);
    const preview = spec.preview(parsed.data, ctx);
    const lastEdited = await lastEditedNote(this.deps.db, saved, by);
    return {
      kind: 'preview',
      draft: saved,
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      previewTitle: preview?.title ?? spec.title,
      text: preview?.text ?? '',
      sendLabel: spec.sendLabel ?? 'Skicka',
      ...(extras.notice ? { notice: extras.notice } : {}),
      ...(lastEdited ? { lastEdited } : {}),
    };
  }

  private async viewOf(spec: DialogueSpec, draft: Draft, ctx: DialogueContext, errors: readonly string[], extras: ViewExtras): Promise<DialogueView> {
    const steps = this.steps(spec, ctx);
    if (draft.step >= steps.length) return this.previewOrFirstError(spec, draft, draft.values, ctx, extras);
    const step = steps[draft.step]!;
    const lastEdited = await lastEditedNote(this.deps.db, draft, extras.viewer.userId);
    return {
      kind: 'step',
      draft,
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      ...stepPosition(steps, draft.step, draft.values, ctx),
      step: step.introFor ? { ...step, intro: step.introFor(draft.values, ctx) } : step,
      fields: fieldViews(step, draft.values, ctx, errors),
      errors,
      ...(extras.notice ? { notice: extras.notice } : {}),
      ...(lastEdited ? { lastEdited } : {}),
      ...(extras.reapply ? { reapply: extras.reapply } : {}),
    };
  }

  /**
   * A dialogue's steps for this turn's context, built once per turn: a turn asks for them several
   * times (the step it acts on, then the view), and building them formats texts (levels, rent).
   */
  private steps(spec: DialogueSpec, ctx: DialogueContext): readonly StepSpec[] {
    const built = this.stepsByContext.get(ctx);
    if (built?.spec === spec) return built.steps;
    const steps = spec.steps(ctx);
    this.stepsByContext.set(ctx, { spec, steps });
    return steps;
  }

  private context(clientCase: ClientCase | null): DialogueContext {
    return { case: clientCase, today: this.today() };
  }

  private today(): string {
    return toStockholmDate(this.now());
  }

  private now(): Date {
    return this.deps.clock.now();
  }
}
