import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { createAuditor, type Auditor } from '../../audit';
import { renderRetentionPreviewCard, retentionPreviewCardData } from '../../cards/retentionPreview';
import type { AdaptiveCardJson } from '../../cards/templates';
import { VERBS } from '../../cards/verbs';
import { matchCommand } from '../../commands';
import { UNIT_MAX_LENGTH } from '../../domain/cases';
import type { Actor } from '../../dialogues/service';
import { ACCESS_MESSAGES, mayAccessUnit } from '../../export/access';
import { retentionPreviewOfUnit } from '../../retentionPreview';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';
import { accessOf, refusalFor, type UnitManagerDeps } from './unitManager';

const actionDataSchema = z.object({ unit: z.string().trim().min(1).max(UNIT_MAX_LENGTH) });

/**
 * `gallring`: what the next retention pass deletes in the unit manager's unit, and when. Access as
 * for the register (enhetschef of the unit, or administrator), decided on the server for the command
 * and every press; each look and each refusal is audited (who, never what was shown).
 */
export function registerRetentionPreview(app: Application<AppTurnState>, deps: AppDeps & Pick<UnitManagerDeps, 'auditor'>): void {
  const auditor = deps.auditor ?? createAuditor(deps.db, deps.clock, deps.logger);

  app.message(
    async (context) => matchCommand(context.activity.text)?.id === 'retentionPreview',
    async (context) => {
      const result = await previewFor(context, deps, auditor, undefined);
      if (typeof result === 'string') await context.sendActivity(result);
      else await sendCard(context, result);
    },
  );

  registerCardAction(app, VERBS.unitManagerRetention, async (context, data) => {
    const parsed = actionDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    return previewFor(context, deps, auditor, parsed.data.unit);
  });
}

async function previewFor(context: TurnContext, deps: AppDeps, auditor: Auditor, requested: string | undefined): Promise<AdaptiveCardJson | string> {
  const { actor, access } = await accessOf(context, deps);
  const general = refusalFor(actor, access);
  const unit = requested ?? access.units[0] ?? '';
  if (general || !mayAccessUnit(access, unit)) {
    await audit(auditor, actor, 'refused', general === ACCESS_MESSAGES.unknownUser ? 'unknown_upn' : 'not_unit_manager');
    return general ?? ACCESS_MESSAGES.notYourUnit;
  }
  const now = deps.clock.now();
  const preview = await retentionPreviewOfUnit(deps.db, deps.config, { tenantId: actor.tenantId, unit, admin: access.admin, now });
  await audit(auditor, actor, 'success', access.admin ? 'admin' : 'unit_manager');
  return renderRetentionPreviewCard(retentionPreviewCardData(preview, access.units, now));
}

async function audit(auditor: Auditor, actor: Actor, outcome: 'success' | 'refused', reason: string): Promise<void> {
  await auditor.record({ tenantId: actor.tenantId, actorId: actor.userId, action: 'retention.previewed', outcome, target: { kind: 'unit' }, reason });
}
