import { expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { purgeExpired } from '../../src/retention';
import { listAudit } from '../../src/storage/audit.repository';
import { createDraft } from '../../src/storage/drafts.repository';
import { enqueue } from '../../src/storage/outbox.repository';
import { insertSubmission } from '../../src/storage/submissions.repository';
import { describeEachDialect } from '../storage/contract/dialects';
import { registerTestCase } from '../support/fixtures';

const OLD = new Date('2026-10-01T08:00:00.000Z');
const RECENT = new Date('2026-12-10T08:00:00.000Z');
const NOW = fixedClock('2026-12-17T12:00:00.000Z');

describeEachDialect('retention deletes the rows', (stores) => {
  it('drafts, summaries and outbox rows past the retention are gone for every query; recent ones stay', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const { id: caseId, caseworkerUpn } = await registerTestCase(db, {}, OLD);
    for (const at of [OLD, RECENT]) {
      await createDraft(db, 'aad-staff-0001', caseId, `d-${at.getTime()}`, { text: 'utkast' }, at);
      await insertSubmission(db, { draftId: `d-${at.getTime()}`, caseId, kind: 'uppstartsmote', sentBy: 'aad-staff-0001', text: 'sammanfattning', card: {} }, at);
      await enqueue(db, { idempotencyKey: `k-${at.getTime()}`, tenantId: 'tenant-test-0001', recipientUpn: caseworkerUpn, kind: 'uppstartsmote', payload: { text: 'x' } }, at);
    }
    expect(await purgeExpired(db, NOW, 30)).toEqual({ drafts: 1, submissions: 1, outbox: 1, auditRows: 0 });
    const left = await Promise.all([
      db.selectFrom('drafts').select('created_at').execute(),
      db.selectFrom('submissions').select('created_at').execute(),
      db.selectFrom('outbox').select('created_at').execute(),
    ]);
    expect(left.map((rows) => rows.map((r) => r.created_at))).toEqual([[RECENT.toISOString()], [RECENT.toISOString()], [RECENT.toISOString()]]);
    expect((await listAudit(db, { action: 'retention.deleted' })).map((r) => r.targetKind).sort()).toEqual(['draft', 'outbox', 'submission']);
  });
});
