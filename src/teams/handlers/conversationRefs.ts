import type { Application } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { deleteConversationRef, wakeWaitingFor } from '../../notifications/store';
import { findConversationRef, findUser, saveConversationRef, upsertUser } from '../../storage/users.repository';
import type { AppDeps } from '../deps';
import { storableReference } from '../proactive';
import type { AppTurnState } from '../turnState';

/** A stored reference is rewritten at most this often when nothing in it changed. */
export const REFERENCE_REFRESH_MS = 24 * 60 * 60_000;
/** The UPN is looked up again after this long (people get renamed). */
export const UPN_REFRESH_MS = 7 * 24 * 60 * 60_000;
/** After a failed lookup. */
export const UPN_RETRY_MS = 10 * 60_000;
/** A slow member lookup must not hold up the user's turn. */
export const MEMBER_LOOKUP_TIMEOUT_MS = 3_000;

export interface ConversationRefHooks {
  /** A 1:1 reference appeared for a user who had none (first install): the dispatcher can look now. */
  readonly onReachable?: (recipient: { tenantId: string; userId: string; upn: string | null }) => void;
}

const CAPTURED = new Set(['message', 'invoke', 'installationUpdate', 'conversationUpdate']);

/**
 * Remembers who talks to the bot and how to reach them later: per user (AAD object id + tenant)
 * the user row, and for 1:1 chats only the conversation reference – a group chat's reference
 * must never be used to deliver someone's personal notification.
 *
 * The reference is stored before the turn (cheap, local); the UPN is looked up in the Teams
 * roster after it, so that lookup never delays the answer. Both always let the turn go on; a
 * failure is logged, never shown.
 */
export function registerConversationRefs(app: Application<AppTurnState>, deps: AppDeps, hooks: ConversationRefHooks = {}): void {
  const seen = new Map<string, Seen>();
  const guarded = (step: (context: TurnContext) => Promise<void>) => async (context: TurnContext) => {
    if (CAPTURED.has(context.activity.type)) {
      try {
        await step(context);
      } catch (err) {
        deps.logger.warn({ err: { type: (err as Error)?.name }, activityType: context.activity.type }, 'could not store the conversation reference');
      }
    }
    return true;
  };
  app.turn('beforeTurn', guarded((context) => captureReference(context, deps, hooks, seen)));
  app.turn('afterTurn', guarded((context) => captureUpn(context, deps, hooks, seen)));
}

interface Seen {
  readonly fingerprint: string;
  readonly at: number;
  /** When the UPN was last looked up (or found already known) in this process. */
  upnAt?: number;
}

interface Who {
  readonly userId: string;
  readonly tenantId: string;
  readonly teamsUserId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly personal: boolean;
}

function who(context: TurnContext): Who | undefined {
  const { activity } = context;
  const userId = activity.from?.aadObjectId;
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  if (!userId || !tenantId || !activity.from?.id || !activity.serviceUrl || !activity.conversation?.id) return undefined;
  return {
    userId,
    tenantId,
    teamsUserId: activity.from.id,
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    personal: activity.conversation.conversationType === 'personal',
  };
}

async function captureReference(context: TurnContext, deps: AppDeps, hooks: ConversationRefHooks, seen: Map<string, Seen>): Promise<void> {
  const user = who(context);
  if (!user) return;
  const now = deps.clock.now();
  if (context.activity.type === 'installationUpdate' && /^remove/.test((context.activity as { action?: string }).action ?? '') && user.personal) {
    seen.delete(user.userId);
    await deleteConversationRef(deps.db, user.userId);
    return;
  }

  const fingerprint = [user.tenantId, user.teamsUserId, user.personal ? user.conversationId : '', user.serviceUrl].join('|');
  const last = seen.get(user.userId);
  if (last && last.fingerprint === fingerprint && now.getTime() - last.at < REFERENCE_REFRESH_MS) return;

  // upn null keeps a known one (upsertUser); the roster lookup after the turn fills it in
  await upsertUser(deps.db, { id: user.userId, tenantId: user.tenantId, upn: null, teamsUserId: user.teamsUserId }, now);
  if (user.personal) {
    const hadReference = (await findConversationRef(deps.db, user.userId)) !== undefined;
    await saveConversationRef(deps.db, { userId: user.userId, tenantId: user.tenantId, serviceUrl: user.serviceUrl, reference: storableReference(context.activity) }, now);
    if (!hadReference) await reachable(deps, hooks, { tenantId: user.tenantId, userId: user.userId, upn: (await findUser(deps.db, user.userId))?.upn ?? null }, now);
  }
  seen.set(user.userId, { fingerprint, at: now.getTime(), ...(last?.upnAt !== undefined ? { upnAt: last.upnAt } : {}) });
}

async function captureUpn(context: TurnContext, deps: AppDeps, hooks: ConversationRefHooks, seen: Map<string, Seen>): Promise<void> {
  const user = who(context);
  if (!user || (context.activity.type === 'installationUpdate' && /^remove/.test((context.activity as { action?: string }).action ?? ''))) return;
  const now = deps.clock.now();
  const entry = seen.get(user.userId);
  if (entry?.upnAt !== undefined && now.getTime() - entry.upnAt < UPN_REFRESH_MS) return;
  const known = (await findUser(deps.db, user.userId))?.upn ?? null;
  const upn = (await lookUpUpn(context, user.teamsUserId))?.toLowerCase() ?? null;
  // a failed lookup (roster unavailable, throttled) is tried again sooner than a successful one
  if (entry) entry.upnAt = upn ? now.getTime() : now.getTime() - UPN_REFRESH_MS + UPN_RETRY_MS;
  if (!upn || upn === known) return;
  await upsertUser(deps.db, { id: user.userId, tenantId: user.tenantId, upn, teamsUserId: user.teamsUserId }, now);
  // notifications addressed by UPN could not be matched to this person until now
  if (await findConversationRef(deps.db, user.userId)) await reachable(deps, hooks, { tenantId: user.tenantId, userId: user.userId, upn }, now);
}

async function reachable(deps: AppDeps, hooks: ConversationRefHooks, recipient: { tenantId: string; userId: string; upn: string | null }, now: Date): Promise<void> {
  const woken = await wakeWaitingFor(deps.db, recipient, now);
  deps.logger.info({ woken }, 'recipient reachable');
  hooks.onReachable?.(recipient);
}

/** UPN via the Teams roster; tolerated to fail (outside Teams, slow connector, missing rights). */
async function lookUpUpn(context: TurnContext, teamsUserId: string): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const member = await Promise.race([
      TeamsInfo.getMember(context, teamsUserId).catch(() => undefined),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), MEMBER_LOOKUP_TIMEOUT_MS);
      }),
    ]);
    return member?.userPrincipalName ?? member?.email ?? undefined;
  } catch {
    return undefined;
  } finally {
    if (timer) clearTimeout(timer);
  }
}
