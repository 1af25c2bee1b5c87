import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import { COMMANDS } from '../../commands';
import type { AppTurnState } from '../turnState';

export const FALLBACK_TEXT =
  'Det där förstod jag inte riktigt. Jag kan leda dig genom processens steg och svara på frågor om stödnivåer och insatsprocessen. ' +
  `Skriv ${COMMANDS.map((c) => `”${c.text}”`).join(', ')} för att se vad jag kan.`;

/** Registered last: anything no other route took. */
export function registerFallback(app: Application<AppTurnState>): void {
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(FALLBACK_TEXT);
  });
}
