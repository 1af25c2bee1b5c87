import type { TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { isAllowedServiceUrl } from './serviceUrl';

export type GuardReason =
  /** No type, sender, bot or conversation id (or absurdly long ones): nothing a Teams client sends. */
  | 'malformed_activity'
  /** The activity came from a Bot Framework channel other than the allowed ones. */
  | 'channel_not_allowed'
  /** No tenant, another tenant, or two tenant claims that disagree. */
  | 'tenant_not_allowed'
  /** A reply would go to (and carry the bot's token to) a host that is not on the allowlist. */
  | 'service_url_not_allowed'
  /** A message or card action in a group chat or channel: answered with a pointer to the 1:1 chat. */
  | 'not_personal'
  /** Any other activity in a group chat or channel (reactions, typing, …): ignored. */
  | 'not_personal_ignored';

export type GuardVerdict = { readonly allowed: true } | { readonly allowed: false; readonly reason: GuardReason };

/** In a group chat or channel only these reach the app: they carry no content (install, members). */
export const HARMLESS_IN_SHARED_CONVERSATIONS: ReadonlySet<string> = new Set(['conversationUpdate', 'installationUpdate']);

/** botbuilder's in-process TestAdapter: never sends HTTP, allowed in local mode only (via allowedChannels). */
const IN_PROCESS_CHANNEL = 'test';

const ALLOWED: GuardVerdict = Object.freeze({ allowed: true });

/**
 * Runs before any handler. Only the configured tenant on an allowed channel gets through;
 * client content is only handled in personal (1:1) conversations.
 */
export function guardTurn(context: TurnContext, config: Config): GuardVerdict {
  const { activity } = context;
  if (!wellFormed(activity)) return deny('malformed_activity');
  const channelId = typeof activity.channelId === 'string' ? activity.channelId.toLowerCase() : '';
  if (!config.allowedChannels.includes(channelId)) return deny('channel_not_allowed');
  if (!tenantAllowed(context, config)) return deny('tenant_not_allowed');
  if (channelId !== IN_PROCESS_CHANNEL && !isAllowedServiceUrl(activity.serviceUrl, config)) return deny('service_url_not_allowed');
  if (!isPersonal(context, config)) {
    if (HARMLESS_IN_SHARED_CONVERSATIONS.has(activity.type)) return ALLOWED;
    return deny(activity.type === 'message' || activity.type === 'invoke' ? 'not_personal' : 'not_personal_ignored');
  }
  return ALLOWED;
}

/** The tenant the activity claims, when its claims agree; null when none or when they disagree. */
export function claimedTenant(context: TurnContext): string | null {
  const fromConversation = stringOrUndefined(context.activity.conversation?.tenantId);
  const fromChannelData = stringOrUndefined((context.activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id);
  if (fromConversation && fromChannelData && fromConversation !== fromChannelData) return null;
  return fromConversation ?? fromChannelData ?? null;
}

function tenantAllowed(context: TurnContext, config: Config): boolean {
  // Local mode (Playground, Emulator, tests) has no real tenant; production has exactly one.
  if (config.mode === 'local') return true;
  return config.bot !== undefined && claimedTenant(context) === config.bot.tenantId;
}

/**
 * Teams always says `conversationType`; production refuses when it is missing. The Emulator and
 * TestAdapter leave it out, so local mode falls back on `isGroup`.
 */
export function isPersonal(context: TurnContext, config: Pick<Config, 'mode'>): boolean {
  const conversation = context.activity.conversation as { conversationType?: unknown; isGroup?: unknown } | undefined;
  if (!conversation || conversation.isGroup === true) return false;
  if (conversation.conversationType === 'personal') return true;
  return config.mode === 'local' && conversation.conversationType === undefined;
}

/** Longer than any Teams id; also keeps state keys (channel/bot/conversation) within their column. */
const MAX_ID_LENGTH = 256;

function wellFormed(activity: TurnContext['activity']): boolean {
  const id = (value: unknown) => typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH;
  return id(activity.type) && id(activity.from?.id) && id(activity.recipient?.id) && id(activity.conversation?.id);
}

function deny(reason: GuardReason): GuardVerdict {
  return { allowed: false, reason };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
