import type { Executor } from './database';

export type AssignedRole = 'unit_manager' | 'admin';

export async function assignRole(db: Executor, tenantId: string, upn: string, role: AssignedRole, unit: string, at: Date): Promise<void> {
  await db
    .insertInto('roles')
    .values({ tenant_id: tenantId, upn: upn.toLowerCase(), role, unit: role === 'admin' ? '' : unit, created_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['tenant_id', 'upn', 'role', 'unit']).doNothing())
    .execute();
}

export async function unitManagersOf(db: Executor, tenantId: string, unit: string): Promise<string[]> {
  const rows = await db.selectFrom('roles').select('upn').where('tenant_id', '=', tenantId).where('role', '=', 'unit_manager').where('unit', '=', unit).execute();
  return rows.map((r) => r.upn);
}

export async function unitsManagedBy(db: Executor, tenantId: string, upn: string): Promise<string[]> {
  const rows = await db.selectFrom('roles').select('unit').where('tenant_id', '=', tenantId).where('role', '=', 'unit_manager').where('upn', '=', upn.toLowerCase()).execute();
  return rows.map((r) => r.unit);
}

export async function isAdmin(db: Executor, tenantId: string, upn: string | null): Promise<boolean> {
  if (!upn) return false;
  const row = await db.selectFrom('roles').select('upn').where('tenant_id', '=', tenantId).where('role', '=', 'admin').where('upn', '=', upn.toLowerCase()).executeTakeFirst();
  return Boolean(row);
}
