import type { Config } from '../config';
import { listCaseUnits } from '../storage/cases.repository';
import type { Executor } from '../storage/database';
import { isAdmin, unitsManagedBy } from '../storage/roles.repository';

/** Which units' register and statistics a person may see: their own as enhetschef; every unit as admin. */
export interface UnitAccess {
  readonly admin: boolean;
  readonly units: readonly string[];
}

export const NO_ACCESS: UnitAccess = Object.freeze({ admin: false, units: Object.freeze([]) });

export const ACCESS_MESSAGES = {
  notUnitManager:
    'Det här är bara för enhetschefer (och administratörer). Du är inte registrerad som enhetschef för någon enhet i Stödlotsen. Be en administratör skriva ”enhetschef <din e-post> <enhet>”.',
  notYourUnit: 'Du är inte enhetschef för den enheten, så den kan du inte se. Inget visades.',
  unknownUser:
    'Stödlotsen vet ännu inte vilken e-postadress (UPN) du har i Teams, så din behörighet kan inte kontrolleras. Försök igen om en stund.',
  notAdmin: 'Bara en administratör kan utse enhetschefer. Inget ändrades.',
  noUnits: 'Det finns inga enheter i Stödlotsen ännu – registrera ett ärende först.',
} as const;

export function isConfiguredAdmin(config: Pick<Config, 'adminUpns'>, upn: string | null): boolean {
  return Boolean(upn) && config.adminUpns.includes(upn!.toLowerCase());
}

export async function isAdministrator(db: Executor, config: Pick<Config, 'adminUpns'>, tenantId: string, upn: string | null): Promise<boolean> {
  return isConfiguredAdmin(config, upn) || (await isAdmin(db, tenantId, upn));
}

export async function unitAccessOf(db: Executor, config: Pick<Config, 'adminUpns'>, tenantId: string, upn: string | null): Promise<UnitAccess> {
  if (!upn) return NO_ACCESS;
  if (await isAdministrator(db, config, tenantId, upn)) {
    const managed = await db.selectFrom('roles').select('unit').where('tenant_id', '=', tenantId).where('role', '=', 'unit_manager').execute();
    return { admin: true, units: sortedUnique([...(await listCaseUnits(db, tenantId)), ...managed.map((r) => r.unit)]) };
  }
  return { admin: false, units: sortedUnique(await unitsManagedBy(db, tenantId, upn)) };
}

export function mayAccessUnit(access: UnitAccess, unit: string): boolean {
  return access.units.includes(unit);
}

function sortedUnique(units: readonly string[]): string[] {
  return [...new Set(units.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'sv'));
}
