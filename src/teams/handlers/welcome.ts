import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { renderWelcomeCard, welcomeCardData } from '../../cards/welcome';
import type { AppDeps } from '../deps';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';
import { rolesOf } from '../userRoles';

/** Teams sends installationUpdate and conversationUpdate for one install: welcome once. */
export const WELCOME_DEDUPE_MS = 60_000;

export function registerWelcome(app: Application<AppTurnState>, deps: AppDeps): void {
  app.activity('installationUpdate', async (context, state) => {
    const action = (context.activity as { action?: string }).action;
    if (action === 'add') await welcome(context, state, deps);
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const botWasAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
    if (botWasAdded) await welcome(context, state, deps);
  });
}

async function welcome(context: TurnContext, state: AppTurnState, deps: AppDeps): Promise<void> {
  if (context.activity.conversation?.conversationType && context.activity.conversation.conversationType !== 'personal') return;
  const now = deps.clock.now();
  const last = state.conversation.welcomedAt ? Date.parse(state.conversation.welcomedAt) : Number.NaN;
  if (!Number.isNaN(last) && now.getTime() - last < WELCOME_DEDUPE_MS) return;
  state.conversation.welcomedAt = now.toISOString();
  await sendCard(context, renderWelcomeCard(welcomeCardData('welcome', await rolesOf(context, deps))));
}
