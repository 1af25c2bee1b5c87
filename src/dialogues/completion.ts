import { dialogueCompletionEvent, type Auditor } from '../audit';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';
import { closeDraft, saveDraft, type Draft } from '../storage/drafts.repository';
import { findSubmissionByDraft } from '../storage/submissions.repository';
import { findConversationRef, findUserByUpn } from '../storage/users.repository';
import { firstStep } from './navigation';
import { DialogueInputError, type CompletionResult, type DialogueContext, type DialogueSpec } from './types';
import { MESSAGES, type Actor, type Delivery, type DialogueView } from './views';

/** Sending a dialogue (one transaction: close the draft, complete, audit) and what a closed draft shows. */
export interface CompletionDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: Auditor;
  readonly onQueued?: () => void;
}

export type SendOutcome = { readonly kind: 'sent'; readonly view: DialogueView } | { readonly kind: 'input_error'; readonly draft: Draft; readonly message: string };

export async function sendDialogue(deps: CompletionDeps, actor: Actor, spec: DialogueSpec, draft: Draft, answers: unknown, ctx: DialogueContext): Promise<SendOutcome> {
  const steps = spec.steps(ctx);
  const now = deps.clock.now();
  let result: CompletionResult;
  try {
    result = await deps.db.transaction().execute(async (tx) => {
      await closeDraft(tx, draft, 'sent', now, actor.userId);
      const completed = await spec.complete({ tx, draftId: draft.id, values: draft.values, answers, ctx, userId: actor.userId, tenantId: actor.tenantId, now });
      const caseReference = ctx.case?.caseReference ?? null;
      await deps.audit.record(await dialogueCompletionEvent(tx, { actor, dialogue: spec, draftId: draft.id, caseReference, result: completed }), tx);
      return completed;
    });
  } catch (err) {
    if (!(err instanceof DialogueInputError)) throw err;
    const target = err.fieldId ? steps.findIndex((s) => s.fields.some((f) => f.id === err.fieldId)) : -1;
    const saved = await saveDraft(deps.db, draft, { step: target >= 0 ? target : firstStep(steps, draft.values, ctx), values: draft.values }, now, actor.userId);
    return { kind: 'input_error', draft: saved, message: err.messageSv };
  }
  if (result.summary) deps.onQueued?.();
  return {
    kind: 'sent',
    view: {
      kind: 'done',
      title: spec.title,
      caseReference: ctx.case?.caseReference ?? null,
      result,
      delivery: await deliveryOf(deps.db, actor, result),
      alreadySent: false,
      ...(result.summary ? { text: result.summary.text } : result.copyText ? { text: result.copyText } : {}),
    },
  };
}

async function deliveryOf(db: Db, actor: Actor, result: CompletionResult): Promise<Delivery> {
  if (!result.recipientUpn) return 'none';
  const recipient = await findUserByUpn(db, actor.tenantId, result.recipientUpn);
  const reference = recipient && (await findConversationRef(db, recipient.id));
  return reference ? 'queued' : 'waiting_for_install';
}

/** A sent or discarded draft: say so (and show what was sent), never send twice. */
export async function closedView(db: Db, spec: DialogueSpec, draft: Draft, ctx: DialogueContext): Promise<DialogueView> {
  if (draft.status === 'discarded') return { kind: 'message', text: MESSAGES.alreadyDiscarded };
  const submission = await findSubmissionByDraft(db, draft.id);
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
