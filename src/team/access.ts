import type { Auditor, AuditTargetKind } from '../audit';
import type { IsoDate } from '../domain/case';
import { caseAccess, type CaseAccess, type TeamMember } from '../domain/caseTeam';
import type { ClientCase } from '../domain/cases';
import { listTeam } from '../storage/caseTeam.repository';
import type { Executor } from '../storage/database';
import { unitsManagedBy } from '../storage/roles.repository';

export interface CaseActor {
  readonly userId: string;
  readonly tenantId: string;
  readonly upn: string | null;
}

/** Who the actor is to this case (domain/caseTeam decides), and the team as it is stored. */
export async function accessToCase(db: Executor, actor: CaseActor, clientCase: ClientCase, today: IsoDate): Promise<{ access: CaseAccess; members: TeamMember[] }> {
  const members = await listTeam(db, clientCase.id);
  if (clientCase.tenantId !== actor.tenantId) return { access: 'none', members };
  const managedUnits = actor.upn ? await unitsManagedBy(db, actor.tenantId, actor.upn) : [];
  return { access: caseAccess({ actor, clientCase, members, managedUnits, today }), members };
}

/** Every refused look at a case is audited: who, which case, what was tried – never content. */
export async function auditCaseRefusal(audit: Auditor, actor: CaseActor, clientCase: Pick<ClientCase, 'caseReference'>, target: { kind: AuditTargetKind; id: string }, reason: string): Promise<void> {
  await audit.recordOrLog({ tenantId: actor.tenantId, actorId: actor.userId, action: 'case.access', outcome: 'refused', caseReference: clientCase.caseReference, target, reason });
}
