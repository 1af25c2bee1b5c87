import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { renderNoticeCard } from '../../cards/notice';
import { VERBS } from '../../cards/verbs';
import { matchCommand } from '../../commands';
import { ACCESS_MESSAGES, isAdministrator } from '../../export/access';
import { deadLetterNoticeData, deadLetters, requeueDeadLetter } from '../../notifications';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import { actorOf } from '../identity';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';

const requeueSchema = z.object({ outboxId: z.string().uuid() });

/** `köstatus` (admin): notifications that could not be delivered, and "Skicka igen". */
export function registerDeadLetters(app: Application<AppTurnState>, deps: AppDeps & { onQueued?: () => void }): void {
  const listCard = async () => renderNoticeCard(deadLetterNoticeData(await deadLetters(deps.db)));

  app.message(
    async (context) => matchCommand(context.activity.text)?.id === 'deadLetters',
    async (context) => {
      const actor = await actorOf(context, deps.db);
      if (!(await isAdministrator(deps.db, deps.config, actor.tenantId, actor.upn))) {
        await context.sendActivity(ACCESS_MESSAGES.notAdmin);
        return;
      }
      await sendCard(context, await listCard());
    },
  );

  registerCardAction(app, VERBS.outboxRequeue, async (context, data) => {
    const parsed = requeueSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const actor = await actorOf(context, deps.db);
    if (!(await isAdministrator(deps.db, deps.config, actor.tenantId, actor.upn))) return ACCESS_MESSAGES.notAdmin;
    if (await requeueDeadLetter(deps.db, parsed.data.outboxId, deps.clock.now())) deps.onQueued?.();
    return listCard();
  });
}
