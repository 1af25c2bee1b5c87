import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppTurnState } from './turnState';

export const ERROR_TEXT =
  'Något gick fel hos Stödlotsen just nu. Det du redan sparat finns kvar – försök igen om en stund. Kvarstår felet, kontakta din IT-support.';

/**
 * The one error boundary: logs the detail (never message text) and tells the user something
 * plain in Swedish. teams-ai's own `app.error` only exists when it owns the adapter.
 */
export function createTurnHandler(app: Application<AppTurnState>, logger: Logger): (context: TurnContext) => Promise<void> {
  return async (context) => {
    try {
      await app.run(context);
    } catch (error) {
      const err = error as Error;
      logger.error({ err: { type: err?.name, stack: err?.stack }, activityType: context.activity.type }, 'turn failed');
      if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        await context.sendActivity(ERROR_TEXT).catch(() => undefined);
      }
    }
  };
}
