import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { renderSummaryNotificationCard, summaryNotificationData } from '../../cards/summary';
import { VERBS } from '../../cards/verbs';
import { isIsoDate } from '../../domain/calendar';
import { levelLabel } from '../../domain/levels/models';
import { checkFreeText } from '../../domain/privacy/freeText';
import type { SummaryCardData } from '../../domain/summaries';
import { updateCaseProcess } from '../../storage/cases.repository';
import { decideProposal, findProposal, insertLevelHistory } from '../../storage/levels.repository';
import { enqueue } from '../../storage/outbox.repository';
import { unitManagersOf } from '../../storage/roles.repository';
import { createAuditor } from '../../audit';
import { toStockholmDate } from '../../domain/calendar';
import { staffRecipients } from '../../team/recipients';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import type { AppTurnState } from '../turnState';
import { ONLY_RESPONSIBLE_CASEWORKER } from './acknowledge';
import { caseworkerSubmission } from './caseworkerSubmission';

const dataSchema = z.object({
  submissionId: z.string().uuid(),
  f_effectiveDate: z.string().optional(),
  f_reason: z.unknown().optional(),
});

export const DECISION_MESSAGES = {
  alreadyDecided: 'Det finns redan ett beslut om det här förslaget – inget ändrades.',
  badDate: 'Ange från vilket datum den nya stödnivån gäller, som ÅÅÅÅ-MM-DD.',
  gone: 'Förslaget finns inte längre i Stödlotsen (det finns i Treserva).',
} as const;

/**
 * "Behåll nivå" / "Ändra till …": only the responsible caseworker decides (000, 003 ›
 * Hantering av stödnivåer – process). A change updates the level register, the case, and
 * tells the staff and the unit manager, who registers it for administrationen.
 */
export function registerLevelDecision(app: Application<AppTurnState>, deps: AppDeps & { onQueued?: () => void }): void {
  const auditor = createAuditor(deps.db, deps.clock, deps.logger);
  for (const [verb, outcome] of [
    [VERBS.levelKeep, 'kept'],
    [VERBS.levelChange, 'changed'],
  ] as const) {
    registerCardAction(app, verb, async (context, data) => {
      const parsed = dataSchema.safeParse(data);
      if (!parsed.success) return MALFORMED_CARD_TEXT;
      const proposal = await findProposal(deps.db, parsed.data.submissionId);
      const loaded = proposal ? await caseworkerSubmission(context, deps.db, proposal.submissionId) : ({ kind: 'gone' } as const);
      if (!proposal || loaded.kind === 'gone') return DECISION_MESSAGES.gone;
      if (loaded.kind === 'not_responsible') {
        const { actor, clientCase } = loaded;
        await auditor.record({ tenantId: actor.tenantId, actorId: actor.userId, action: 'level.decided', outcome: 'refused', caseReference: clientCase.caseReference, target: { kind: 'submission', id: proposal.submissionId }, reason: 'not_responsible_caseworker' });
        return ONLY_RESPONSIBLE_CASEWORKER;
      }
      const { actor, submission, clientCase } = loaded;

      const reason = checkFreeText(parsed.data.f_reason ?? '', { field: 'Skäl till beslutet', maxLength: 1000, required: true });
      if (!reason.ok) return reason.messageSv;
      const effective = (parsed.data.f_effectiveDate ?? '').trim();
      if (outcome === 'changed' && !isIsoDate(effective)) return DECISION_MESSAGES.badDate;

      const now = deps.clock.now();
      const from = levelLabel(proposal.model, proposal.fromLevel);
      const to = levelLabel(proposal.model, proposal.proposedLevel);
      const decidedText =
        outcome === 'changed'
          ? `Beslut för ärende ${clientCase.caseReference}: stödnivån ändras från ${from} till ${to} från och med ${effective}. Skäl: ${reason.value}`
          : `Beslut för ärende ${clientCase.caseReference}: stödnivån ${from} behålls. Skäl: ${reason.value}`;

      const decided = await deps.db.transaction().execute(async (tx) => {
        if (!(await decideProposal(tx, proposal.submissionId, outcome, actor.userId, now))) return false;
        await auditor.record(
          { tenantId: clientCase.tenantId, actorId: actor.userId, action: 'level.decided', outcome: 'success', caseReference: clientCase.caseReference, target: { kind: 'submission', id: proposal.submissionId }, reason: outcome },
          tx,
        );
        const notify = async (key: string, to: { upn?: string; userId?: string }, text: string) =>
          enqueue(tx, { idempotencyKey: key, tenantId: clientCase.tenantId, recipientUpn: to.upn ?? null, recipientUserId: to.userId ?? null, kind: 'level_decision', payload: { text } }, now);
        // The proposer and the case's current team (issue 16) each get the decision.
        for (const to of await staffRecipients(tx, clientCase.id, toStockholmDate(now), proposal.proposedBy)) {
          await notify(to.isSender ? `decision:${proposal.submissionId}:staff` : `decision:${proposal.submissionId}:member:${to.userId}`, { userId: to.userId }, decidedText);
        }
        if (outcome === 'changed') {
          await insertLevelHistory(tx, {
            tenantId: clientCase.tenantId,
            caseId: clientCase.id,
            model: proposal.model,
            level: proposal.proposedLevel,
            validFrom: effective,
            previousLevel: proposal.fromLevel,
            reasonCategory: proposal.direction,
            decidedBy: actor.userId,
            decidedByRole: 'caseworker',
            decidedAt: now.toISOString(),
          });
          await updateCaseProcess(tx, clientCase.id, { current_level: proposal.proposedLevel, level_start_date: effective }, now);
          for (const manager of await unitManagersOf(tx, clientCase.tenantId, clientCase.unit)) {
            await notify(
              `decision:${proposal.submissionId}:unit:${manager}`,
              { upn: manager },
              `Ny stödnivå att registrera i Excelfilen till administrationen: ärende ${clientCase.caseReference}, ${to} från och med ${effective} (tidigare ${from}).`,
            );
          }
        }
        return true;
      });
      if (!decided) return DECISION_MESSAGES.alreadyDecided;
      deps.onQueued?.();
      return renderSummaryNotificationCard(
        summaryNotificationData({
          card: submission.card as SummaryCardData,
          text: submission.text,
          submissionId: submission.id,
          lead: `Ärende ${clientCase.caseReference}`,
          acknowledged: outcome === 'changed' ? `Beslutat: ${to} från och med ${effective}.` : `Beslutat: ${from} behålls.`,
        }),
      );
    });
  }
}
