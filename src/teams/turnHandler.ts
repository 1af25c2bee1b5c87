import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Auditor } from '../audit';
import type { Config } from '../config';
import { MALFORMED_CARD_TEXT } from './cardData';
import { claimedTenant, guardTurn, type GuardReason } from './guard';
import type { AppTurnState } from './turnState';

export const ERROR_TEXT =
  'Något gick fel hos Stödlotsen just nu. Det du redan sparat finns kvar – försök igen om en stund. Kvarstår felet, kontakta din IT-support.';

/** The only answer in a group chat or channel: no case data leaves the 1:1 chat. */
export const PERSONAL_ONLY_TEXT =
  'Stödlotsen arbetar bara i den personliga chatten (1:1) med dig, så här i gruppen visas inga ärendeuppgifter. Öppna Stödlotsen under Appar i Teams och skriv till mig där.';

const CARD_ACTION_INVOKE = 'adaptiveCard/action';
const MESSAGE_RESPONSE_TYPE = 'application/vnd.microsoft.activity.message';

export interface TurnSecurity {
  readonly config: Config;
  /** Records guard drops and refused card actions; without it they are only logged. */
  readonly auditor?: Auditor;
}

/**
 * The one entry for every turn: the tenant/channel/conversation guard first, then the app,
 * inside the one error boundary that logs the detail (never message text) and tells the
 * user something plain in Swedish. teams-ai's own `app.error` only exists when it owns the adapter.
 */
export function createTurnHandler(app: Application<AppTurnState>, logger: Logger, security: TurnSecurity): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const invokeAnswered = watchInvokeResponse(context);
    try {
      const verdict = guardTurn(context, security.config);
      if (!verdict.allowed) {
        await refuse(context, verdict.reason, security, logger);
        return;
      }
      // teams-ai's Action.Submit route reads `value.verb` from any object – and null is one.
      if (context.activity.value === null) delete context.activity.value;
      await app.run(context);
      // A card action no route took (unknown or stale verb) gets words, not a 501.
      if (isCardAction(context.activity) && !invokeAnswered()) await sendInvokeMessage(context, MALFORMED_CARD_TEXT);
    } catch (error) {
      const err = error as Error;
      logger.error({ err: { type: err?.name, stack: err?.stack }, activityType: safeCode(context.activity.type) }, 'turn failed');
      if (isCardAction(context.activity) && !invokeAnswered()) {
        await sendInvokeMessage(context, ERROR_TEXT).catch(() => undefined);
      } else if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        await context.sendActivity(ERROR_TEXT).catch(() => undefined);
      }
    }
  };
}

async function refuse(context: TurnContext, reason: GuardReason, security: TurnSecurity, logger: Logger): Promise<void> {
  const { activity } = context;
  const activityType = safeCode(activity.type);
  if (reason === 'not_personal_ignored') return;

  if (reason === 'not_personal') {
    const isCardSubmit = activity.type === 'message' && activity.value !== undefined && activity.value !== null;
    if (activity.type === 'message') await context.sendActivity(PERSONAL_ONLY_TEXT);
    else if (isCardAction(activity)) await sendInvokeMessage(context, PERSONAL_ONLY_TEXT);
    else await sendInvokeStatus(context, 403);
    if (activity.type === 'invoke' || isCardSubmit) await security.auditor?.recordOrLog(auditEvent(context, 'turn.refused', 'refused', reason, activityType));
    return;
  }

  // Another tenant, channel or service URL: no reply at all, only a status for an invoke.
  logger.warn({ reason, activityType, channelId: safeCode(activity.channelId) }, 'turn dropped by guard');
  if (activity.type === ActivityTypes.Invoke) await sendInvokeStatus(context, 403);
  await security.auditor?.recordOrLog(auditEvent(context, 'turn.dropped', 'dropped', reason, activityType));
}

function auditEvent(context: TurnContext, action: 'turn.dropped' | 'turn.refused', outcome: 'dropped' | 'refused', reason: GuardReason, activityType: string) {
  const from = context.activity.from as { aadObjectId?: unknown; id?: unknown } | undefined;
  const actorId = typeof from?.aadObjectId === 'string' ? from.aadObjectId : typeof from?.id === 'string' ? from.id : 'unknown';
  return { tenantId: claimedTenant(context), actorId, action, outcome, reason, target: { kind: 'activity' as const, id: activityType } };
}

function isCardAction(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Invoke && activity.name === CARD_ACTION_INVOKE;
}

/** Whether this turn already answered its invoke (seen on the way out; TestAdapter keeps no turnState key). */
function watchInvokeResponse(context: TurnContext): () => boolean {
  let answered = false;
  context.onSendActivities(async (_context, activities, next) => {
    if (activities.some((a) => a.type === ActivityTypes.InvokeResponse)) answered = true;
    return next();
  });
  return () => answered || Boolean(context.turnState.get(INVOKE_RESPONSE_KEY));
}

async function sendInvokeMessage(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: text } } });
}

async function sendInvokeStatus(context: TurnContext, status: number): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status } });
}

/** Activity fields are sender-controlled: only short plain codes go to logs and the audit trail. */
function safeCode(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9/._-]{0,39}$/.test(value) ? value : 'other';
}
