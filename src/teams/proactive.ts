import { CardFactory, type Activity, type CloudAdapterBase, type ConversationReference, type TurnContext } from 'botbuilder';
import type { CreateConversationResult, NotificationPayload, NotificationSender, SendFailure, SendResult } from '../notifications/types';

/**
 * The Bot Framework side of the dispatcher: one proactive message = exactly one HTTP POST.
 *
 * botbuilder's HTTP pipeline has its own retry policy (429 with Retry-After, 5xx, transport
 * errors; up to 3 retries with real-time sleeps). We remove it from the connector client used
 * here, because those hidden retries would bypass our rate limiter and clock, and a replayed
 * POST after an ambiguous failure is a duplicate message. All retry decisions are the
 * dispatcher's.
 */
/** botframework-connector's AuthenticationConstants.ToChannelFromBotOAuthScope (not a direct dependency). */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

/** The part of botframework-connector's ConnectorClient used here. */
interface ConnectorClient {
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>, options?: { timeout?: number }): Promise<{ id?: string }> };
}

export interface ProactiveSenderOptions {
  readonly adapter: CloudAdapterBase;
  /** The bot's app id; '' for the anonymous local adapter. */
  readonly appId: string;
  /** HTTP timeout per request; a timed-out send counts as 'unknown' (it may have arrived). */
  readonly timeoutMs?: number;
  /** Stored references are used only towards allowed service URLs (https allowlist; loopback in local mode). */
  readonly isAllowedServiceUrl?: (url: string | undefined) => boolean;
}

const NOT_ALLOWED: SendResult & CreateConversationResult = { ok: false, status: null, retryAfter: null, code: 'service-url-not-allowed', delivery: 'rejected' };

export function createProactiveSender({ adapter, appId, timeoutMs = 30_000, isAllowedServiceUrl = () => true }: ProactiveSenderOptions): NotificationSender {
  return {
    async send(reference: unknown, payload: NotificationPayload): Promise<SendResult> {
      const ref = reference as Partial<ConversationReference>;
      const conversationId = ref.conversation?.id;
      if (!conversationId) return { ok: false, status: 404, retryAfter: null, code: 'no-conversation-id', delivery: 'rejected' };
      if (!isAllowedServiceUrl(ref.serviceUrl)) return NOT_ALLOWED;
      let requestStarted = false;
      let activityId: string | null = null;
      try {
        await adapter.continueConversationAsync(appId, ref, async (context) => {
          const connector = retriesDisabled(connectorOf(context));
          requestStarted = true;
          // sendToConversation, not context.sendActivity: the latter would post a reply to the
          // continuation activity's random id (…/activities/<uuid>).
          const response = await connector.conversations.sendToConversation(conversationId, toActivity(payload, ref), { timeout: timeoutMs });
          activityId = response.id ?? null;
        });
        return { ok: true, activityId };
      } catch (err) {
        return toFailure(err, requestStarted);
      }
    },

    async createPersonalConversation({ tenantId, userId, serviceUrl }): Promise<CreateConversationResult> {
      if (!isAllowedServiceUrl(serviceUrl)) return NOT_ALLOWED;
      let created: Partial<ConversationReference> | undefined;
      try {
        await adapter.createConversationAsync(
          appId,
          'msteams',
          serviceUrl,
          BOT_FRAMEWORK_AUDIENCE,
          // Teams returns the existing 1:1 chat when there is one, so this is safe to repeat.
          { isGroup: false, bot: { id: appId, name: '' }, members: [{ id: userId, name: '' }], tenantId, channelData: { tenant: { id: tenantId } } } as never,
          async (context) => {
            created = { ...storableReference(context.activity), user: { id: userId, name: '' }, serviceUrl };
          },
        );
      } catch (err) {
        return toFailure(err, true);
      }
      return created ? { ok: true, reference: created } : { ok: false, status: null, retryAfter: null, code: 'no-conversation', delivery: 'not-sent' };
    },
  };
}

/** The reference as stored: no activity to reply to, no display names. */
export function storableReference(activity: Partial<Activity>): Partial<ConversationReference> {
  const { from, recipient, conversation } = activity;
  return {
    channelId: activity.channelId ?? 'msteams',
    ...(activity.serviceUrl ? { serviceUrl: activity.serviceUrl } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(recipient ? { bot: { id: recipient.id, name: recipient.name ?? '' } } : {}),
    ...(from ? { user: { id: from.id, name: '', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) } } : {}),
    ...(conversation
      ? {
          conversation: {
            id: conversation.id,
            isGroup: conversation.isGroup ?? false,
            name: '',
            ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
            ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
          },
        }
      : {}),
  } as Partial<ConversationReference>;
}

function toActivity(payload: NotificationPayload, ref: Partial<ConversationReference>): Partial<Activity> {
  return {
    type: 'message',
    ...(payload.text !== undefined ? { text: payload.text } : {}),
    attachments: payload.card ? [CardFactory.adaptiveCard(payload.card)] : [],
    ...(ref.bot ? { from: ref.bot } : {}),
    ...(ref.user ? { recipient: ref.user } : {}),
    ...(ref.conversation ? { conversation: ref.conversation } : {}),
  };
}

function connectorOf(context: TurnContext): ConnectorClient {
  const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
  if (!client) throw new Error('no connector client on the proactive turn');
  return client;
}

/** A fresh ConnectorClient is created per proactive turn, so this never touches other traffic. */
function retriesDisabled(client: ConnectorClient): ConnectorClient {
  const inner = (client as unknown as { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } }).client;
  inner?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
  return client;
}

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get(name: string): string | undefined } };
}

/** Errors that prove the request never reached the connector. */
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|CERT_|certificate/i;

function toFailure(err: unknown, requestStarted: boolean): SendFailure {
  const e = (err ?? {}) as RestErrorLike;
  if (typeof e.statusCode === 'number') {
    const headers = e.response?.headers;
    const ms = headers?.get('retry-after-ms') ?? headers?.get('x-ms-retry-after-ms');
    const retryAfter = ms ? `${ms}ms` : (headers?.get('retry-after') ?? null);
    return { ok: false, status: e.statusCode, retryAfter, code: String(e.code ?? 'http-error').slice(0, 80), delivery: 'rejected' };
  }
  const text = `${e.code ?? ''} ${e.message ?? ''}`;
  const delivery = !requestStarted || NOT_SENT.test(text) ? 'not-sent' : 'unknown';
  return { ok: false, status: null, retryAfter: null, code: (e.code ?? (err as Error)?.name ?? 'error').slice(0, 80), delivery };
}
