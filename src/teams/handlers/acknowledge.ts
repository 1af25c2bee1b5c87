import type { Application } from '@microsoft/teams-ai';
import { createAuditor, type Auditor } from '../../audit';
import { z } from 'zod';
import { renderSummaryNotificationCard, summaryNotificationData } from '../../cards/summary';
import { VERBS } from '../../cards/verbs';
import { toStockholmDate } from '../../domain/calendar';
import { staffRecipients } from '../../team/recipients';
import type { SummaryCardData } from '../../domain/summaries';
import { enqueue } from '../../storage/outbox.repository';
import { acknowledgeSubmission } from '../../storage/submissions.repository';
import { caseworkerSubmission, SUBMISSION_GONE } from './caseworkerSubmission';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import type { AppTurnState } from '../turnState';

const dataSchema = z.object({ submissionId: z.string().uuid() });

export const ONLY_RESPONSIBLE_CASEWORKER = 'Bara ansvarig socialsekreterare för ärendet kan kvittera det här.';

/** "Mottaget": the responsible caseworker acknowledges; the sender is told, once. */
export function registerAcknowledge(app: Application<AppTurnState>, deps: AppDeps & { onQueued?: () => void; audit?: Auditor }): void {
  const audit = deps.audit ?? createAuditor(deps.db, deps.clock, deps.logger);
  registerCardAction(app, VERBS.summaryAcknowledge, async (context, data) => {
    const parsed = dataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const loaded = await caseworkerSubmission(context, deps.db, parsed.data.submissionId);
    if (loaded.kind === 'gone') return SUBMISSION_GONE;
    const { actor, submission, clientCase } = loaded;
    const auditEvent = { tenantId: actor.tenantId, actorId: actor.userId, caseReference: clientCase.caseReference, target: { kind: 'submission', id: submission.id } } as const;
    if (loaded.kind === 'not_responsible') {
      await audit.record({ ...auditEvent, action: 'summary.acknowledged', outcome: 'refused', reason: 'not_responsible_caseworker' });
      return ONLY_RESPONSIBLE_CASEWORKER;
    }

    const now = deps.clock.now();
    const first = await deps.db.transaction().execute(async (tx) => {
      const changed = await acknowledgeSubmission(tx, submission.id, actor.userId, now);
      // The first press acknowledges; a later one only shows the summary again.
      await audit.record({ ...auditEvent, action: changed ? 'summary.acknowledged' : 'summary.viewed', outcome: 'success' }, tx);
      if (changed) {
        // The sender and the rest of the case's current team (issue 16).
        for (const to of await staffRecipients(tx, clientCase.id, toStockholmDate(now), submission.sentBy)) {
          await enqueue(
            tx,
            {
              idempotencyKey: to.isSender ? `acknowledged:${submission.id}` : `acknowledged:${submission.id}:member:${to.userId}`,
              tenantId: clientCase.tenantId,
              recipientUserId: to.userId,
              kind: 'acknowledged',
              payload: {
                text: to.isSender
                  ? `Socialsekreteraren har tagit emot det du skickade för ärende ${clientCase.caseReference}.`
                  : `Socialsekreteraren har tagit emot det som skickades från teamet för ärende ${clientCase.caseReference}.`,
              },
            },
            now,
          );
        }
      }
      return changed;
    });
    if (first) deps.onQueued?.();
    const when = toStockholmDate(submission.acknowledgedAt ? new Date(submission.acknowledgedAt) : now);
    return renderSummaryNotificationCard(
      summaryNotificationData({
        card: submission.card as SummaryCardData,
        text: submission.text,
        submissionId: submission.id,
        lead: `Ärende ${clientCase.caseReference}`,
        acknowledged: `Mottaget ${when}.`,
        ...(submission.kind === 'uppfoljning' ? { prepareFollowUpForCaseId: clientCase.id } : {}),
      }),
    );
  });
}
