import type { Application } from '@microsoft/teams-ai';
import { renderWelcomeCard, welcomeCardData } from '../../cards/welcome';
import { matchCommand } from '../../commands';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';

export function registerHelp(app: Application<AppTurnState>): void {
  app.message(
    async (context) => matchCommand(context.activity.text)?.id === 'help',
    async (context) => {
      await sendCard(context, renderWelcomeCard(welcomeCardData('help')));
    },
  );
}
