import type { TurnContext } from 'botbuilder';
import type { Actor } from '../dialogues/service';
import type { Db } from '../storage/database';
import { findUser } from '../storage/users.repository';

/** Local mode (Playground, tests) has no tenant on every activity. */
export const LOCAL_TENANT = 'local-tenant';

export function tenantOf(context: TurnContext): string {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return context.activity.conversation?.tenantId ?? channelData?.tenant?.id ?? LOCAL_TENANT;
}

export function userIdOf(context: TurnContext): string {
  return context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown';
}

/** Who is acting: AAD object id + tenant, and the UPN when it has been captured before. */
export async function actorOf(context: TurnContext, db: Db): Promise<Actor> {
  const userId = userIdOf(context);
  const user = await findUser(db, userId);
  return { userId, tenantId: tenantOf(context), upn: user?.upn ?? null };
}
