import type { Application } from '@microsoft/teams-ai';
import { renderWelcomeCard, welcomeCardData } from '../../cards/welcome';
import { matchCommand } from '../../commands';
import type { AppDeps } from '../deps';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';
import { rolesOf } from '../userRoles';

export function registerHelp(app: Application<AppTurnState>, deps: AppDeps): void {
  app.message(
    async (context) => matchCommand(context.activity.text)?.id === 'help',
    async (context) => {
      await sendCard(context, renderWelcomeCard(welcomeCardData('help', await rolesOf(context, deps))));
    },
  );
}
