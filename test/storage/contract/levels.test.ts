import { expect, it } from 'vitest';
import type { CaseRegistration } from '../../../src/domain/cases';
import type { CaseReference } from '../../../src/domain/privacy/caseReference';
import { insertCase } from '../../../src/storage/cases.repository';
import type { Db } from '../../../src/storage/database';
import { decideProposal, findProposal, insertLevelHistory, insertProposal, levelHistoryOfCase } from '../../../src/storage/levels.repository';
import { assignRole, isAdmin, unitManagersOf, unitsManagedBy } from '../../../src/storage/roles.repository';
import { describeEachDialect } from './dialects';

const TENANT = 'tenant-test-0001';
const T0 = new Date('2026-11-23T09:00:00.000Z');

async function testCase(db: Db): Promise<string> {
  const reg = {
    caseReference: 'LGH-2026-0007' as CaseReference,
    unit: 'Testenheten',
    service: 'socialt_boende_med_stod',
    housingForm: 'lagenhetsboende',
    levelModel: 'lagenhetsboende_2025',
    currentLevel: 'medel',
    levelStartDate: '2026-11-02',
    caseworkerUpn: 'handlaggare.test@example.se',
    paysRent: false,
    protectedIdentity: false,
  } as CaseRegistration;
  return (await insertCase(db, TENANT, 'aad-staff-0001', reg, T0)).id;
}

describeEachDialect('level proposals, level history and roles', (stores) => {
  it('decides a level proposal once, whichever of several instances gets there first', async () => {
    const store = await stores.fresh();
    const caseId = await testCase(store.handle.db);
    await insertProposal(store.handle.db, { submissionId: 'sub-1', caseId, model: 'lagenhetsboende_2025', fromLevel: 'medel', proposedLevel: 'hog', direction: 'increase', proposedBy: 'aad-staff-0001' }, T0);
    const dbs = [store.handle.db, store.peer().db, store.peer().db];
    const results = await Promise.all(dbs.map((db, i) => decideProposal(db, 'sub-1', i === 0 ? 'changed' : 'kept', `caseworker-${i}`, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const decided = await findProposal(store.handle.db, 'sub-1');
    expect(decided?.status).toBe(results[0] ? 'changed' : 'kept');
    expect(decided?.decidedAt).toBe(T0.toISOString());
  });

  it('returns a case\'s level history by validity date, then decision time', async () => {
    const { handle } = await stores.fresh();
    const caseId = await testCase(handle.db);
    const entry = (level: string, validFrom: string, decidedAt: string) => ({
      tenantId: TENANT, caseId, model: 'lagenhetsboende_2025' as const, level, validFrom, previousLevel: null, reasonCategory: 'increase' as const,
      decidedBy: 'caseworker-1', decidedByRole: 'caseworker' as const, decidedAt,
    });
    await insertLevelHistory(handle.db, entry('hog', '2027-01-01', '2026-12-10T09:00:00.000Z'));
    await insertLevelHistory(handle.db, entry('medel', '2026-11-02', '2026-11-02T08:00:00.000Z'));
    await insertLevelHistory(handle.db, entry('lag', '2027-01-01', '2026-12-09T09:00:00.000Z'));
    expect((await levelHistoryOfCase(handle.db, caseId)).map((e) => [e.validFrom, e.level])).toEqual([
      ['2026-11-02', 'medel'],
      ['2027-01-01', 'lag'],
      ['2027-01-01', 'hog'],
    ]);
  });

  it('assigns roles idempotently and matches UPNs in any letter case', async () => {
    const { handle } = await stores.fresh();
    await assignRole(handle.db, TENANT, 'Chef.Test@Example.se', 'unit_manager', 'Testenheten', T0);
    await assignRole(handle.db, TENANT, 'chef.test@example.se', 'unit_manager', 'Testenheten', T0);
    await assignRole(handle.db, TENANT, 'Admin.Test@Example.se', 'admin', 'ignored', T0);
    expect(await unitManagersOf(handle.db, TENANT, 'Testenheten')).toEqual(['chef.test@example.se']);
    expect(await unitsManagedBy(handle.db, TENANT, 'CHEF.TEST@example.se')).toEqual(['Testenheten']);
    expect(await isAdmin(handle.db, TENANT, 'admin.test@EXAMPLE.se')).toBe(true);
    expect(await isAdmin(handle.db, 'tenant-test-0002', 'admin.test@example.se')).toBe(false);
  });
});
