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
 * must never be used to deliver someone's personal notification. Runs before every turn and
 * always lets the turn continue; a failure here is logged, never shown.
 */
export function registerConversationRefs(app: Application<AppTurnState>, deps: AppDeps, hooks: ConversationRefHooks = {}): void {
  const seen = new Map<string, { fingerprint: string; at: number }>();
  app.turn('beforeTurn', async (context) => {
    if (CAPTURED.has(context.activity.type)) {
      try {
        await capture(context, deps, hooks, seen);
      } catch (err) {
        deps.logger.warn({ err: { type: (err as Error)?.name }, activityType: context.activity.type }, 'could not store the conversation reference');
      }
    }
    return true;
  });
}

async function capture(context: TurnContext, deps: AppDeps, hooks: ConversationRefHooks, seen: Map<string, { fingerprint: string; at: number }>): Promise<void> {
  const { activity } = context;
  const userId = activity.from?.aadObjectId;
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  if (!userId || !tenantId || !activity.from?.id || !activity.serviceUrl || !activity.conversation?.id) return;
  const personal = activity.conversation.conversationType === 'personal';
  const now = deps.clock.now();

  if (activity.type === 'installationUpdate' && /^remove/.test((activity as { action?: string }).action ?? '') && personal) {
    seen.delete(userId);
    await deleteConversationRef(deps.db, userId);
    return;
  }

  const fingerprint = [tenantId, activity.from.id, personal ? activity.conversation.id : '', activity.serviceUrl].join('|');
  const last = seen.get(userId);
  if (last && last.fingerprint === fingerprint && now.getTime() - last.at < REFERENCE_REFRESH_MS) return;

  const existing = await findUser(deps.db, userId);
  const upnIsFresh = existing?.upn && last && now.getTime() - last.at < UPN_REFRESH_MS;
  const upn = upnIsFresh ? existing.upn : ((await lookUpUpn(context, activity.from.id)) ?? existing?.upn ?? null);
  await upsertUser(deps.db, { id: userId, tenantId, upn, teamsUserId: activity.from.id }, now);

  if (personal) {
    const hadReference = (await findConversationRef(deps.db, userId)) !== undefined;
    await saveConversationRef(deps.db, { userId, tenantId, serviceUrl: activity.serviceUrl, reference: storableReference(activity) }, now);
    if (!hadReference) {
      const woken = await wakeWaitingFor(deps.db, { tenantId, userId, upn }, now);
      deps.logger.info({ woken }, 'conversation reference stored for a new recipient');
      hooks.onReachable?.({ tenantId, userId, upn });
    }
  }
  seen.set(userId, { fingerprint, at: now.getTime() });
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
