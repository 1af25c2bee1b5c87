import { expect, it } from 'vitest';
import type { CaseRegistration } from '../../../src/domain/cases';
import type { CaseReference } from '../../../src/domain/privacy/caseReference';
import { insertCase, listCasesForUser } from '../../../src/storage/cases.repository';
import { handOverCase, listTeam, listTeamsOfCases, removeTeamMember, upsertTeamMember } from '../../../src/storage/caseTeam.repository';
import type { Db } from '../../../src/storage/database';
import { createDraft, DraftConflictError, findDraft, findOpenDraft, listOpenDrafts, saveDraft } from '../../../src/storage/drafts.repository';
import { upsertUser } from '../../../src/storage/users.repository';
import { createMigrator } from '../../../src/storage/database';
import { MIGRATIONS } from '../../../src/storage/migrations';
import { describeEachDialect, settleAll } from './dialects';

const TENANT = 'tenant-test-0001';
const CREATOR = 'aad-staff-0001';
const COLLEAGUE = 'aad-staff-0002';
const SUBSTITUTE = 'aad-staff-0003';
const OUTSIDER = 'aad-staff-0009';
const MIGRATION_NAMES = Object.keys(MIGRATIONS).sort();
const T0 = new Date('2026-06-01T08:00:00.000Z');

async function testCase(db: Db, ref = 'BST-2026-0042'): Promise<string> {
  const reg = {
    caseReference: ref as CaseReference,
    unit: 'Testenheten',
    service: 'boendestod',
    housingForm: 'eget_boende',
    caseworkerUpn: 'handlaggare.test@example.se',
    paysRent: false,
    protectedIdentity: false,
  } as CaseRegistration;
  return (await insertCase(db, TENANT, CREATOR, reg, T0)).id;
}

async function people(db: Db): Promise<void> {
  for (const [id, upn] of [
    [CREATOR, 'kontakt.ett@example.se'],
    [COLLEAGUE, 'kontakt.tva@example.se'],
    [SUBSTITUTE, 'vikarie.test@example.se'],
  ] as const) {
    await upsertUser(db, { id, tenantId: TENANT, upn, teamsUserId: `29:${id}` }, T0);
  }
}

describeEachDialect('case team', (stores) => {
  it('keeps contact staff and a substitute with dates, with their e-mail, contact staff first', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    await people(db);
    const caseId = await testCase(db);
    await upsertTeamMember(db, caseId, { userId: SUBSTITUTE, role: 'substitute', validFrom: '2026-07-01', validTo: '2026-07-31' }, CREATOR, T0);
    await upsertTeamMember(db, caseId, { userId: COLLEAGUE, role: 'staff', validFrom: null, validTo: null }, CREATOR, T0);
    expect(await listTeam(db, caseId)).toEqual([
      { userId: CREATOR, upn: 'kontakt.ett@example.se', role: 'staff', validFrom: null, validTo: null },
      { userId: COLLEAGUE, upn: 'kontakt.tva@example.se', role: 'staff', validFrom: null, validTo: null },
      { userId: SUBSTITUTE, upn: 'vikarie.test@example.se', role: 'substitute', validFrom: '2026-07-01', validTo: '2026-07-31' },
    ]);
    // adding the substitute again gives the new range instead of a second row
    await upsertTeamMember(db, caseId, { userId: SUBSTITUTE, role: 'substitute', validFrom: '2026-07-01', validTo: '2026-08-15' }, COLLEAGUE, T0);
    expect((await listTeamsOfCases(db, [caseId])).get(caseId)?.filter((m) => m.userId === SUBSTITUTE)).toEqual([
      { userId: SUBSTITUTE, upn: 'vikarie.test@example.se', role: 'substitute', validFrom: '2026-07-01', validTo: '2026-08-15' },
    ]);
    expect(await removeTeamMember(db, caseId, SUBSTITUTE, 'substitute')).toBe(true);
    expect(await removeTeamMember(db, caseId, SUBSTITUTE, 'substitute')).toBe(false);
    expect((await listTeam(db, caseId)).map((m) => m.userId)).toEqual([CREATOR, COLLEAGUE]);
  });

  it.each([
    ['before the range', '2026-06-30', []],
    ['on the first day', '2026-07-01', ['BST-2026-0042']],
    ['on the last day', '2026-07-31', ['BST-2026-0042']],
    ['after the range', '2026-08-01', []],
  ])('lists the case for a substitute only within the range: %s', async (_label, today, expected) => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const caseId = await testCase(db);
    await upsertTeamMember(db, caseId, { userId: SUBSTITUTE, role: 'substitute', validFrom: '2026-07-01', validTo: '2026-07-31' }, CREATOR, T0);
    expect((await listCasesForUser(db, TENANT, SUBSTITUTE, null, today)).map((c) => c.caseReference)).toEqual(expected);
    expect((await listCasesForUser(db, TENANT, CREATOR, null, today)).map((c) => c.caseReference)).toEqual(['BST-2026-0042']);
    expect(await listCasesForUser(db, TENANT, OUTSIDER, null, today)).toEqual([]);
  });

  it('shares a case draft in the team: a colleague resumes it, and of two saves at once exactly one wins', async () => {
    const store = await stores.fresh();
    const db = store.handle.db;
    const other = store.peer().db;
    const caseId = await testCase(db);
    await upsertTeamMember(db, caseId, { userId: COLLEAGUE, role: 'staff', validFrom: null, validTo: null }, CREATOR, T0);
    const draft = await createDraft(db, CREATOR, caseId, 'uppstartsmote', { datum: '2026-06-01' }, T0);
    const resumed = (await findOpenDraft(other, COLLEAGUE, caseId, 'uppstartsmote'))!;
    expect(resumed).toEqual(draft);
    expect((await listOpenDrafts(other, COLLEAGUE, [caseId])).map((d) => d.id)).toEqual([draft.id]);

    const later = new Date('2026-06-01T08:05:00.000Z');
    for (let round = 0; round < 5; round++) {
      const current = (await findDraft(db, draft.id))!;
      const { values, errors } = await settleAll([
        () => saveDraft(db, current, { step: 1, values: { ...current.values, note: `ett ${round}` } }, later, CREATOR),
        () => saveDraft(other, current, { step: 1, values: { ...current.values, note: `två ${round}` } }, later, COLLEAGUE),
      ]);
      expect(values).toHaveLength(1);
      expect(errors).toEqual([expect.any(DraftConflictError)]);
      const stored = (await findDraft(db, draft.id))!;
      // what is stored is the winner's, whole, and it says who saved it
      expect(stored).toEqual(values[0]);
      expect([CREATOR, COLLEAGUE]).toContain(stored.updatedBy);
      expect(stored.values.note).toBe(stored.updatedBy === CREATOR ? `ett ${round}` : `två ${round}`);
    }
  });

  it('hands the case over: the new contact staff replaces the old one and takes the team drafts, personal drafts stay', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const caseId = await testCase(db);
    await upsertTeamMember(db, caseId, { userId: SUBSTITUTE, role: 'substitute', validFrom: '2026-06-01', validTo: '2026-06-30' }, CREATOR, T0);
    const shared = await createDraft(db, CREATOR, caseId, 'uppfoljning', {}, T0);
    const personal = await createDraft(db, CREATOR, caseId, 'uppfoljningsmote', {}, T0, false);
    const moved = await handOverCase(db, caseId, CREATOR, SUBSTITUTE, COLLEAGUE, new Date('2026-06-02T08:00:00.000Z'));
    expect(moved).toBe(1);
    expect((await listTeam(db, caseId)).map((m) => [m.userId, m.role])).toEqual([[SUBSTITUTE, 'staff']]);
    expect(await findDraft(db, shared.id)).toMatchObject({ userId: SUBSTITUTE, version: 2, status: 'open' });
    expect(await findDraft(db, personal.id)).toMatchObject({ userId: CREATOR, version: 1 });
    expect(await listCasesForUser(db, TENANT, CREATOR, null, '2026-06-02')).toEqual([]);
    expect((await listCasesForUser(db, TENANT, SUBSTITUTE, null, '2026-09-01')).map((c) => c.id)).toEqual([caseId]);
  });

  it('2026_12_03_1200 gives old drafts their slot and keeps only the newest of two open drafts of one case and dialogue', async () => {
    const store = await stores.fresh({ migrate: false });
    const target = '2026_12_03_1200_case_team';
    const migrator = await createMigrator(store.handle.db);
    expect((await migrator.migrateTo(MIGRATION_NAMES[MIGRATION_NAMES.indexOf(target) - 1]!)).error).toBeUndefined();
    const db = store.handle.db;
    const caseId = await testCase(db);
    const draft = (id: string, userId: string, dialogue: string, updatedAt: string, caseOf: string | null = caseId) => ({
      id, user_id: userId, case_id: caseOf, dialogue, step: 0, answers: '{}', status: 'open', open_slot: 'open', version: 1, created_at: updatedAt, updated_at: updatedAt, closed_at: null,
    });
    await db.insertInto('drafts').values([
      draft('d-old', CREATOR, 'uppfoljning', '2026-06-01T08:00:00.000Z'),
      draft('d-new', COLLEAGUE, 'uppfoljning', '2026-06-01T09:00:00.000Z'),
      draft('d-cw', 'aad-caseworker', 'uppfoljningsmote', '2026-06-01T08:00:00.000Z'),
      draft('d-mine', CREATOR, 'arende', '2026-06-01T08:00:00.000Z', null),
    ]).execute();
    expect((await migrator.migrateTo(target)).error).toBeUndefined();
    const rows = await db.selectFrom('drafts').select(['id', 'status', 'draft_slot']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'd-cw', status: 'open', draft_slot: `user:aad-caseworker:${caseId}` },
      { id: 'd-mine', status: 'open', draft_slot: `user:${CREATOR}:` },
      { id: 'd-new', status: 'open', draft_slot: `case:${caseId}` },
      { id: 'd-old', status: 'discarded', draft_slot: `case:${caseId}` },
    ]);
  });
});
