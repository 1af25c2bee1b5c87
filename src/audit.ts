import type { Logger } from 'pino';
import type { Clock } from './domain/clock';
import { appendAudit } from './storage/audit.repository';
import { findCaseById } from './storage/cases.repository';
import type { Db, Executor } from './storage/database';

/**
 * The audit trail the municipality asked for: who created, viewed, sent, decided, exported and
 * deleted what (case reference, action, time) – never the content itself.
 */
export const AUDIT_ACTIONS = [
  'case.created',
  'summary.sent',
  'summary.viewed',
  'summary.acknowledged',
  'dialogue.completed',
  'draft.discarded',
  'level.decided',
  'export',
  'role.assigned',
  'retention.deleted',
  'retention.previewed',
  'turn.dropped',
  'turn.refused',
  'case.access',
  'team.member_added',
  'team.member_removed',
  'team.handover',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'success' | 'refused' | 'dropped';

export type AuditTargetKind =
  | 'case'
  | 'draft'
  | 'submission'
  | 'outbox'
  | 'audit_log'
  | 'activity'
  | 'export'
  | 'case_member'
  | 'level_proposal'
  | 'level_history'
  | 'reminder_run'
  | 'retention_run'
  | 'unit';

export interface AuditEvent {
  /** null when the activity's tenant is missing or not believable (guard drops). */
  readonly tenantId: string | null;
  /** AAD object id (or Teams id) of who acted; `system` for the retention pass. */
  readonly actorId: string;
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  readonly caseReference?: string | null;
  /** The id is left out where only the kind may be named (the retention pass never names a row). */
  readonly target?: { readonly kind: AuditTargetKind; readonly id?: string };
  /** A short code (e.g. `tenant_not_allowed`, `not_responsible_caseworker`), never free text. */
  readonly reason?: string;
  /** How many rows: the retention pass audits counts, never ids or content. */
  readonly count?: number;
}

export const SYSTEM_ACTOR = 'system';

export interface Auditor {
  /**
   * Appends one row. Pass the open transaction when the audited change is written, so the
   * change and its audit row commit together or not at all. Throws when it cannot write.
   */
  record(event: AuditEvent, executor?: Executor): Promise<void>;
  /** For events where the action must go on even if the audit write fails (guard drops): logs instead of throwing. */
  recordOrLog(event: AuditEvent): Promise<void>;
}

export function createAuditor(db: Db, clock: Clock, logger?: Logger): Auditor {
  const record = async (event: AuditEvent, executor: Executor = db): Promise<void> => {
    await appendAudit(
      executor,
      {
        tenantId: event.tenantId,
        actorId: event.actorId,
        action: event.action,
        outcome: event.outcome,
        caseReference: event.caseReference ?? null,
        targetKind: event.target?.kind ?? null,
        targetId: event.target?.id ?? null,
        reason: event.reason ?? null,
        count: event.count ?? null,
      },
      clock.now(),
    );
  };
  return {
    record,
    async recordOrLog(event) {
      try {
        await record(event);
      } catch (err) {
        logger?.error({ err: { type: (err as Error)?.name }, action: event.action, reason: event.reason }, 'audit write failed');
      }
    },
  };
}

/**
 * The audit row for a completed dialogue, written in its send transaction: registering a case
 * (a dialogue without a case that produced one), sending a summary, or any other completion.
 */
export async function dialogueCompletionEvent(
  tx: Executor,
  input: {
    readonly actor: { readonly userId: string; readonly tenantId: string };
    readonly dialogue: { readonly id: string; readonly needsCase: boolean };
    readonly draftId: string;
    readonly caseReference: string | null;
    readonly result: { readonly caseId?: string; readonly summary?: unknown };
  },
): Promise<AuditEvent> {
  const { actor, dialogue, draftId, result } = input;
  const base = { tenantId: actor.tenantId, actorId: actor.userId, outcome: 'success' as const };
  if (!dialogue.needsCase && result.caseId) {
    const created = await findCaseById(tx, result.caseId);
    return { ...base, action: 'case.created', caseReference: created?.caseReference ?? null, target: { kind: 'case', id: result.caseId } };
  }
  // The submission row is unique per draft, so the draft id names what was sent.
  return { ...base, action: result.summary ? 'summary.sent' : 'dialogue.completed', caseReference: input.caseReference, target: { kind: 'draft', id: draftId }, reason: dialogue.id };
}
