import type { Executor } from './database';

export interface UserRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly upn: string | null;
  readonly teamsUserId: string;
}

export interface ConversationRefRecord {
  readonly userId: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly reference: unknown;
  readonly updatedAt: string;
}

export async function upsertUser(db: Executor, user: UserRecord, at: Date): Promise<void> {
  const now = at.toISOString();
  const upn = user.upn?.toLowerCase() ?? null;
  await db
    .insertInto('users')
    .values({ id: user.id, tenant_id: user.tenantId, upn, teams_user_id: user.teamsUserId, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        tenant_id: user.tenantId,
        teams_user_id: user.teamsUserId,
        // keep a known UPN when this turn could not look it up
        upn: upn ?? eb.ref('users.upn'),
        updated_at: now,
      })),
    )
    .execute();
}

export async function findUser(db: Executor, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, tenantId: row.tenant_id, upn: row.upn, teamsUserId: row.teams_user_id };
}

export async function findUserByUpn(db: Executor, tenantId: string, upn: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('upn', '=', upn.toLowerCase())
    .executeTakeFirst();
  return row && { id: row.id, tenantId: row.tenant_id, upn: row.upn, teamsUserId: row.teams_user_id };
}

export async function saveConversationRef(db: Executor, ref: Omit<ConversationRefRecord, 'updatedAt'>, at: Date): Promise<void> {
  const values = { tenant_id: ref.tenantId, service_url: ref.serviceUrl, reference: JSON.stringify(ref.reference), updated_at: at.toISOString() };
  await db
    .insertInto('conversation_refs')
    .values({ user_id: ref.userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export async function findConversationRef(db: Executor, userId: string): Promise<ConversationRefRecord | undefined> {
  const row = await db.selectFrom('conversation_refs').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return (
    row && {
      userId: row.user_id,
      tenantId: row.tenant_id,
      serviceUrl: row.service_url,
      reference: JSON.parse(row.reference) as unknown,
      updatedAt: row.updated_at,
    }
  );
}
