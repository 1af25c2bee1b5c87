import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { AppDeps } from './deps';
import { registerFallback } from './handlers/fallback';
import { registerHelp } from './handlers/help';
import { registerWelcome } from './handlers/welcome';
import type { AppTurnState } from './turnState';

export const ERROR_TEXT =
  'Något gick fel hos Stödlotsen just nu. Det du redan sparat finns kvar – försök igen om en stund. Kvarstår felet, kontakta din IT-support.';

/** The single place where every dialogue and verb is wired; order matters (fallback last). */
export function createApp(deps: AppDeps & { storage: Storage; adapter?: TeamsAdapter }): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    storage: deps.storage,
    ...(deps.adapter ? { adapter: deps.adapter } : {}),
    turnStateFactory: () => new TurnState(),
    removeRecipientMention: true,
    startTypingTimer: false,
  });

  registerWelcome(app, deps);
  registerHelp(app);
  registerFallback(app);

  app.error(async (context, error) => {
    deps.logger.error({ err: { type: error?.name, stack: error?.stack }, activityType: context.activity.type }, 'turn failed');
    await context.sendActivity(ERROR_TEXT);
  });
  return app;
}
