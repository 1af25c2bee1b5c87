import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { createAuditor } from '../../audit';
import { renderSummaryNotificationCard, summaryNotificationData } from '../../cards/summary';
import { VERBS } from '../../cards/verbs';
import { toStockholmDate } from '../../domain/calendar';
import { levelLabel } from '../../domain/levels/models';
import type { SummaryCardData } from '../../domain/summaries';
import { findProposal } from '../../storage/levels.repository';
import { caseworkerSubmission, SUBMISSION_GONE } from './caseworkerSubmission';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import type { AppTurnState } from '../turnState';
import { ONLY_RESPONSIBLE_CASEWORKER } from './acknowledge';

const dataSchema = z.object({ submissionId: z.string().uuid() });

/** Protected identity: the full summary only on the responsible caseworker's explicit action, audited. */
export function registerShowSummary(app: Application<AppTurnState>, deps: AppDeps): void {
  const auditor = createAuditor(deps.db, deps.clock, deps.logger);
  registerCardAction(app, VERBS.summaryShow, async (context, data) => {
    const parsed = dataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const loaded = await caseworkerSubmission(context, deps.db, parsed.data.submissionId);
    if (loaded.kind === 'gone') return SUBMISSION_GONE;
    const { actor, submission, clientCase } = loaded;
    const event = { tenantId: clientCase.tenantId, actorId: actor.userId, action: 'summary.viewed' as const, caseReference: clientCase.caseReference, target: { kind: 'submission' as const, id: submission.id } };
    if (loaded.kind === 'not_responsible') {
      await auditor.record({ ...event, outcome: 'refused', reason: 'not_responsible_caseworker' });
      return ONLY_RESPONSIBLE_CASEWORKER;
    }
    await auditor.record({ ...event, outcome: 'success' });
    const proposal = await findProposal(deps.db, submission.id);
    const decision =
      proposal?.status === 'open'
        ? { currentLabel: levelLabel(proposal.model, proposal.fromLevel), proposedLabel: levelLabel(proposal.model, proposal.proposedLevel), today: toStockholmDate(deps.clock.now()) }
        : undefined;
    return renderSummaryNotificationCard(
      summaryNotificationData({
        card: submission.card as SummaryCardData,
        text: submission.text,
        submissionId: submission.id,
        lead: `Ärende ${clientCase.caseReference}`,
        ...(submission.acknowledgedAt ? { acknowledged: `Mottaget ${toStockholmDate(new Date(submission.acknowledgedAt))}.` } : {}),
        ...(decision ? { decision } : {}),
        ...(submission.kind === 'uppfoljning' ? { prepareFollowUpForCaseId: clientCase.id } : {}),
      }),
    );
  });
}
