import type { TurnContext } from 'botbuilder';
import type { UserRole } from '../cards/welcome';
import type { Config } from '../config';
import { isAdministrator } from '../export/access';
import { listCasesForUser } from '../storage/cases.repository';
import type { Db } from '../storage/database';
import { unitsManagedBy } from '../storage/roles.repository';
import { actorOf } from './identity';

/**
 * The roles a person holds, from what Stödlotsen knows: administrator (ADMIN_UPNS or the roles
 * table), enhetschef (roles table), socialsekreterare (responsible for a case by UPN),
 * boendepersonal (member of a case). Empty when nothing is known yet (first contact).
 */
export async function rolesOf(context: TurnContext, deps: { readonly db: Db; readonly config: Config }): Promise<UserRole[]> {
  const actor = await actorOf(context, deps.db);
  const cases = await listCasesForUser(deps.db, actor.tenantId, actor.userId, actor.upn);
  const upn = actor.upn?.toLowerCase() ?? null;
  const roles: UserRole[] = [];
  if (cases.some((c) => c.caseworkerUpn.toLowerCase() !== upn)) roles.push('boendepersonal');
  if (upn && cases.some((c) => c.caseworkerUpn.toLowerCase() === upn)) roles.push('socialsekreterare');
  if (upn && (await unitsManagedBy(deps.db, actor.tenantId, upn)).length > 0) roles.push('enhetschef');
  if (await isAdministrator(deps.db, deps.config, actor.tenantId, upn)) roles.push('admin');
  return roles;
}
