import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Executor } from './database';
import type { AuditLogTable } from './schema';

/** One audit row as written: identifiers and codes only, never what anyone wrote. */
export interface AuditEntry {
  readonly tenantId: string | null;
  readonly actorId: string;
  readonly action: string;
  readonly caseReference?: string | null;
  readonly targetKind?: string | null;
  readonly targetId?: string | null;
  readonly outcome: string;
  readonly reason?: string | null;
  readonly count?: number | null;
}

export interface AuditRecord extends Required<AuditEntry> {
  readonly id: string;
  readonly at: string;
}

/** Column widths of the migration: identifiers from an activity can be anything, so clip them. */
const WIDTH = { tenantId: 64, actorId: 256, action: 40, caseReference: 24, targetKind: 24, targetId: 256, outcome: 16, reason: 40 } as const;

/** The only way rows get in. There is deliberately no update; deletion is the retention pass only. */
export async function appendAudit(db: Executor, entry: AuditEntry, at: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: at.toISOString(),
      tenant_id: clip(entry.tenantId, WIDTH.tenantId),
      actor_id: clip(entry.actorId, WIDTH.actorId) ?? 'unknown',
      action: clip(entry.action, WIDTH.action) ?? 'unknown',
      case_reference: clip(entry.caseReference, WIDTH.caseReference),
      target_kind: clip(entry.targetKind, WIDTH.targetKind),
      target_id: clip(entry.targetId, WIDTH.targetId),
      outcome: clip(entry.outcome, WIDTH.outcome) ?? 'unknown',
      reason: clip(entry.reason, WIDTH.reason),
      count: entry.count ?? null,
    })
    .execute();
}

export interface AuditQuery {
  readonly tenantId?: string;
  readonly caseReference?: string;
  readonly action?: string;
  readonly limit?: number;
}

/** Oldest first, for an auditor's read-out (and tests). */
export async function listAudit(db: Executor, query: AuditQuery = {}): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (query.tenantId !== undefined) q = q.where('tenant_id', '=', query.tenantId);
  if (query.caseReference !== undefined) q = q.where('case_reference', '=', query.caseReference);
  if (query.action !== undefined) q = q.where('action', '=', query.action);
  const rows = await q.orderBy('at').orderBy('id').limit(query.limit ?? 1000).execute();
  return rows.map(toRecord);
}

/** Retention of the audit log itself (AUDIT_RETENTION_DAYS), at most `limit` rows; returns how many went. */
export async function deleteAuditBatch(db: Executor, cutoff: Date, limit: number): Promise<number> {
  const before = cutoff.toISOString();
  const result = await db
    .deleteFrom('audit_log')
    .where('id', 'in', (eb) => eb.selectFrom('audit_log').select('id').where('at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function toRecord(row: Selectable<AuditLogTable>): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    tenantId: row.tenant_id,
    actorId: row.actor_id,
    action: row.action,
    caseReference: row.case_reference,
    targetKind: row.target_kind,
    targetId: row.target_id,
    outcome: row.outcome,
    reason: row.reason,
    count: row.count,
  };
}

function clip(value: string | null | undefined, width: number): string | null {
  if (value === null || value === undefined) return null;
  return value.slice(0, width);
}
