import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { AppDeps } from './deps';
import { registerFallback } from './handlers/fallback';
import { registerHelp } from './handlers/help';
import { registerWelcome } from './handlers/welcome';
import type { AppTurnState } from './turnState';

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
  return app;
}
