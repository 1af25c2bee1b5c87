import type { Application } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/templates';
import type { AppTurnState } from './turnState';

export type CardActionHandler = (context: TurnContext, data: Record<string, unknown>) => Promise<AdaptiveCardJson | string>;

/**
 * One handler per verb, reachable both ways a card can call: Action.Execute (the card is
 * replaced in place by the invoke response) and the Action.Submit fallback (the bot updates
 * the message the card came from, or replies if it cannot).
 */
export function registerCardAction(app: Application<AppTurnState>, verb: string, handler: CardActionHandler): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => handler(context, asRecord(data)));
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const result = await handler(context, asRecord(data));
    if (typeof result === 'string') {
      await context.sendActivity(result);
      return;
    }
    const message = MessageFactory.attachment(CardFactory.adaptiveCard(result));
    if (context.activity.replyToId) {
      message.id = context.activity.replyToId;
      try {
        await context.updateActivity(message);
        return;
      } catch {
        // the original message can't be updated (e.g. too old): send the card anew
      }
    }
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(result)));
  });
}

function asRecord(data: unknown): Record<string, unknown> {
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
