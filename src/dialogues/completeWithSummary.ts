import { renderProtectedNoticeCard, renderSummaryNotificationCard, summaryNotificationData } from '../cards/summary';
import type { LevelChangeDirection, LevelModelId } from '../domain/case';
import type { ClientCase } from '../domain/cases';
import { levelLabel } from '../domain/levels/models';
import { insertProposal } from '../storage/levels.repository';
import { updateCaseProcess, type CaseProcessUpdate } from '../storage/cases.repository';
import { enqueue } from '../storage/outbox.repository';
import { insertSubmission } from '../storage/submissions.repository';
import type { CompletionInput, CompletionResult, Summary } from './types';

export const SENT_CONFIRMATION = 'Tack! Det är skickat.';

/**
 * The common end of every summary dialogue, inside the send transaction: the sent summary,
 * the notification to the responsible caseworker (outbox) and the case's process dates
 * are written together or not at all.
 */
export interface ProposedLevelChange {
  readonly model: LevelModelId;
  readonly fromLevel: string;
  readonly proposedLevel: string;
  readonly direction: LevelChangeDirection;
}

export async function completeWithSummary(
  input: CompletionInput<unknown>,
  summary: Summary,
  caseUpdate: CaseProcessUpdate,
  lead: string,
  proposal?: ProposedLevelChange,
): Promise<CompletionResult> {
  const clientCase = input.ctx.case as ClientCase;
  const submission = await insertSubmission(
    input.tx,
    { draftId: input.draftId, caseId: clientCase.id, kind: summary.kind, sentBy: input.userId, text: summary.text, card: summary.card },
    input.now,
  );
  if (proposal) await insertProposal(input.tx, { submissionId: submission.id, caseId: clientCase.id, proposedBy: input.userId, ...proposal }, input.now);
  const decision = proposal && {
    currentLabel: levelLabel(proposal.model, proposal.fromLevel),
    proposedLabel: levelLabel(proposal.model, proposal.proposedLevel),
    today: input.ctx.today,
  };
  // Protected identity: the notification names only the case; the summary is shown on request.
  const card = clientCase.protectedIdentity
    ? renderProtectedNoticeCard(summary.title, clientCase.caseReference, submission.id)
    : renderSummaryNotificationCard(
    summaryNotificationData({
      card: summary.card,
      text: summary.text,
      submissionId: submission.id,
      lead,
      ...(decision ? { decision } : {}),
      ...(summary.kind === 'uppfoljning' ? { prepareFollowUpForCaseId: clientCase.id } : {}),
    }),
  );
  await enqueue(
    input.tx,
    {
      idempotencyKey: `submission:${submission.draftId}`,
      tenantId: input.tenantId,
      recipientUpn: clientCase.caseworkerUpn,
      kind: summary.kind,
      payload: { text: `${summary.title} – ärende ${clientCase.caseReference}`, card },
    },
    input.now,
  );
  await updateCaseProcess(input.tx, clientCase.id, caseUpdate, input.now);
  return { confirmation: SENT_CONFIRMATION, summary, recipientUpn: clientCase.caseworkerUpn, caseId: clientCase.id };
}
