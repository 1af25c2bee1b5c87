import { caseRegistrationSchema, type ClientCase } from '../../src/domain/cases';
import { DEFAULT_RETENTION_POLICY } from '../../src/domain/retention';
import type { RetentionSettings } from '../../src/retention';
import { closeCase, insertCase } from '../../src/storage/cases.repository';
import type { Executor } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts.repository';
import { insertLevelHistory, insertProposal } from '../../src/storage/levels.repository';
import { insertSubmission } from '../../src/storage/submissions.repository';

/** The documented defaults (30/30/30/90/90 days), a batch size the tests can overflow. */
export const SETTINGS: RetentionSettings = Object.freeze({ ...DEFAULT_RETENTION_POLICY, batchSize: 500, timeBudgetMs: 60_000 });

export const TENANT = 'tenant-test-0001';
export const STAFF_ID = 'aad-staff-0001';

/** A fictitious case with a draft, a sent summary, a level proposal and two level decisions. */
export async function caseWithEverything(
  db: Executor,
  reference: string,
  options: { unit?: string; at?: Date; closedOn?: string; tenantId?: string } = {},
): Promise<ClientCase> {
  const at = options.at ?? new Date('2026-06-01T08:00:00.000Z');
  const registration = caseRegistrationSchema.parse({
    caseReference: reference,
    unit: options.unit ?? 'Testenheten Hisingen',
    service: 'socialt_boende_med_stod',
    housingForm: 'lagenhetsboende',
    levelModel: 'lagenhetsboende_2025',
    currentLevel: 'medel',
    levelStartDate: '2026-06-01',
    movedInDate: '2026-06-01',
    caseworkerUpn: 'handlaggare.test@example.se',
    paysRent: false,
    protectedIdentity: false,
  });
  const tenantId = options.tenantId ?? TENANT;
  const c = await insertCase(db, tenantId, STAFF_ID, registration, at);
  const draft = await createDraft(db, STAFF_ID, c.id, 'stodniva', { note: 'utkast' }, at);
  const submission = await insertSubmission(db, { draftId: draft.id, caseId: c.id, kind: 'stodnivaandring', sentBy: STAFF_ID, text: 'sammanfattning', card: {} }, at);
  await insertProposal(db, { submissionId: submission.id, caseId: c.id, model: 'lagenhetsboende_2025', fromLevel: 'medel', proposedLevel: 'hog', direction: 'increase', proposedBy: STAFF_ID }, at);
  const decision = { tenantId, caseId: c.id, model: 'lagenhetsboende_2025' as const, decidedBy: 'aad-caseworker-0001', decidedByRole: 'caseworker' as const };
  await insertLevelHistory(db, { ...decision, level: 'medel', validFrom: '2026-06-01', previousLevel: null, reasonCategory: 'initial', decidedAt: '2026-06-01T08:00:00.000Z' });
  await insertLevelHistory(db, { ...decision, level: 'hog', validFrom: '2026-07-01', previousLevel: 'medel', reasonCategory: 'increase', decidedAt: '2026-06-20T08:00:00.000Z' });
  if (options.closedOn) await closeCase(db, c.id, options.closedOn, 'eget_kontrakt', at);
  return c;
}

/** Rows left per table that belongs to a case. */
export async function rowsOfCase(db: Executor, caseId: string): Promise<Record<string, number>> {
  const count = async (table: 'drafts' | 'submissions' | 'level_proposals' | 'level_history' | 'case_members') =>
    (await db.selectFrom(table).select('case_id').where('case_id', '=', caseId).execute()).length;
  return {
    cases: (await db.selectFrom('cases').select('id').where('id', '=', caseId).execute()).length,
    drafts: await count('drafts'),
    submissions: await count('submissions'),
    level_proposals: await count('level_proposals'),
    level_history: await count('level_history'),
    case_members: await count('case_members'),
  };
}

export const EVERYTHING = { cases: 1, drafts: 1, submissions: 1, level_proposals: 1, level_history: 2, case_members: 1 };
export const NOTHING = { cases: 0, drafts: 0, submissions: 0, level_proposals: 0, level_history: 0, case_members: 0 };

/** The retention audit rows, as the DPO would read them. */
export async function retentionAudit(db: Executor) {
  return db
    .selectFrom('audit_log')
    .select(['tenant_id', 'actor_id', 'target_kind', 'target_id', 'case_reference', 'reason', 'count'])
    .where('action', '=', 'retention.deleted')
    .orderBy('reason')
    .orderBy('target_kind')
    .execute();
}
