import { expect, it } from 'vitest';
import type { CaseRegistration } from '../../../src/domain/cases';
import type { CaseReference } from '../../../src/domain/privacy/caseReference';
import {
  addCaseMember,
  DuplicateCaseReferenceError,
  findCaseById,
  insertCase,
  listCasesForUser,
  updateCaseProcess,
} from '../../../src/storage/cases.repository';
import type { Db } from '../../../src/storage/database';
import { findConversationRef, findUser, findUserByUpn, saveConversationRef, upsertUser } from '../../../src/storage/users.repository';
import { describeEachDialect, settleAll } from './dialects';

const TENANT = 'tenant-test-0001';
const OTHER_TENANT = 'tenant-test-0002';
const STAFF_ID = 'aad-staff-0001';
const AT = new Date('2026-11-02T08:00:00.000Z');

function registration(caseReference: string, overrides: Partial<CaseRegistration> = {}): CaseRegistration {
  return {
    caseReference: caseReference as CaseReference,
    unit: 'Testenheten Hisingen',
    service: 'socialt_boende_med_stod',
    housingForm: 'lagenhetsboende',
    levelModel: 'lagenhetsboende_2025',
    currentLevel: 'medel',
    levelStartDate: '2026-11-02',
    movedInDate: '2026-11-02',
    caseworkerUpn: 'handlaggare.test@example.se',
    paysRent: true,
    rentFromDate: '2026-12-01',
    protectedIdentity: false,
    ...overrides,
  } as CaseRegistration;
}

const register = (db: Db, ref: string, overrides: Partial<CaseRegistration> = {}, tenant = TENANT, by = STAFF_ID) =>
  insertCase(db, tenant, by, registration(ref, overrides), AT);

describeEachDialect('cases', (stores) => {
  it('stores a registration and reads it back field for field, booleans included', async () => {
    const { handle } = await stores.fresh();
    const created = await register(handle.db, 'BST-2026-0042', { protectedIdentity: true, caseworkerUpn: 'Handlaggare.Test@Example.se' });
    expect(created).toEqual({
      id: expect.any(String),
      tenantId: TENANT,
      caseReference: 'BST-2026-0042',
      unit: 'Testenheten Hisingen',
      service: 'socialt_boende_med_stod',
      housingForm: 'lagenhetsboende',
      levelModel: 'lagenhetsboende_2025',
      currentLevel: 'medel',
      levelStartDate: '2026-11-02',
      movedInDate: '2026-11-02',
      assignmentDate: null,
      implementationDate: null,
      caseworkerUpn: 'handlaggare.test@example.se',
      paysRent: true,
      rentFromDate: '2026-12-01',
      protectedIdentity: true,
      uppstartsmoteDate: null,
      followUpBookedAt: null,
      genomforandeplanDate: null,
      lastUnderlagDate: null,
      createdBy: STAFF_ID,
      version: 1,
    });
    const plain = await register(handle.db, 'BST-2026-0043', { paysRent: false, levelModel: undefined });
    expect(plain).toMatchObject({ paysRent: false, rentFromDate: null, protectedIdentity: false, levelModel: null, currentLevel: null });
  });

  it('rejects a second case with the same reference in the tenant, allows it in another tenant', async () => {
    const { handle } = await stores.fresh();
    await register(handle.db, 'BST-2026-0042');
    await expect(register(handle.db, 'BST-2026-0042', { unit: 'Annan enhet' })).rejects.toBeInstanceOf(DuplicateCaseReferenceError);
    await expect(register(handle.db, 'BST-2026-0042', {}, OTHER_TENANT)).resolves.toMatchObject({ tenantId: OTHER_TENANT });
    expect(await handle.db.selectFrom('cases').select('id').execute()).toHaveLength(2);
  });

  it('lets exactly one of several instances register the same reference at once', async () => {
    const store = await stores.fresh();
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db];
    const { values, errors } = await settleAll(dbs.map((db, i) => () => register(db, 'BST-2026-0099', { unit: `Enhet ${i}` })));
    expect(values).toHaveLength(1);
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e instanceof DuplicateCaseReferenceError)).toBe(true);
    expect(await store.handle.db.selectFrom('case_members').select('case_id').execute()).toEqual([{ case_id: values[0]!.id }]);
  });

  it('reports a duplicate inside a transaction and leaves the transaction usable', async () => {
    const { handle } = await stores.fresh();
    await register(handle.db, 'BST-2026-0042');
    await handle.db.transaction().execute(async (tx) => {
      await expect(register(tx, 'BST-2026-0042')).rejects.toBeInstanceOf(DuplicateCaseReferenceError);
      // On PostgreSQL a caught unique violation would have aborted the transaction here.
      await register(tx, 'BST-2026-0043');
    });
    expect((await listCasesForUser(handle.db, TENANT, STAFF_ID, null)).map((c) => c.caseReference)).toEqual(['BST-2026-0042', 'BST-2026-0043']);
  });

  it('lists a user\'s cases by membership and by caseworker UPN (any case), never another tenant\'s', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const mine = await register(db, 'BST-2026-0001', {}, TENANT, 'staff-a');
    const shared = await register(db, 'BST-2026-0002', {}, TENANT, 'staff-b');
    await addCaseMember(db, shared.id, 'staff-a', 'staff', AT);
    await addCaseMember(db, shared.id, 'staff-a', 'staff', AT); // idempotent
    await register(db, 'BST-2026-0003', { caseworkerUpn: 'annan.handlaggare@example.se' }, TENANT, 'staff-b');
    await register(db, 'BST-2026-0004', {}, OTHER_TENANT, 'staff-a');

    const refs = async (userId: string, upn: string | null) => (await listCasesForUser(db, TENANT, userId, upn)).map((c) => c.caseReference);
    expect(await refs('staff-a', null)).toEqual([mine.caseReference, shared.caseReference]);
    expect(await refs('staff-b', null)).toEqual(['BST-2026-0002', 'BST-2026-0003']);
    expect(await refs('caseworker-x', 'Handlaggare.Test@EXAMPLE.se')).toEqual(['BST-2026-0001', 'BST-2026-0002']);
    expect(await refs('caseworker-y', 'annan.handlaggare@example.se')).toEqual(['BST-2026-0003']);
    expect(await refs('nobody', 'nobody@example.se')).toEqual([]);
  });

  it('lists cases in code point order whatever the database collation (Å, Ä, Ö, hyphens)', async () => {
    const { handle } = await stores.fresh();
    for (const ref of ['LGH-ÖSTRA-1', 'LGH-ÅNGERED-2', 'LGH-ÄLVSBORG-3', 'LGH-ANGERED-4', 'LGH-Z-5', 'LGHA-6', 'LGH-10', 'LGH-9']) {
      await register(handle.db, ref);
    }
    const listed = (await listCasesForUser(handle.db, TENANT, STAFF_ID, null)).map((c) => c.caseReference);
    expect(listed).toEqual(['LGH-10', 'LGH-9', 'LGH-ANGERED-4', 'LGH-Z-5', 'LGH-ÄLVSBORG-3', 'LGH-ÅNGERED-2', 'LGH-ÖSTRA-1', 'LGHA-6']);
  });

  it('updates process dates, bumping the version once per update; an empty update changes nothing', async () => {
    const { handle } = await stores.fresh();
    const created = await register(handle.db, 'BST-2026-0042');
    await updateCaseProcess(handle.db, created.id, { uppstartsmote_date: '2026-11-10' }, new Date('2026-11-10T10:00:00.000Z'));
    await updateCaseProcess(handle.db, created.id, { genomforandeplan_date: '2026-12-01', current_level: 'hog' }, new Date('2026-12-01T10:00:00.000Z'));
    await updateCaseProcess(handle.db, created.id, {}, new Date('2026-12-02T10:00:00.000Z'));
    expect(await findCaseById(handle.db, created.id)).toMatchObject({
      uppstartsmoteDate: '2026-11-10',
      genomforandeplanDate: '2026-12-01',
      currentLevel: 'hog',
      version: 3,
    });
    const row = await handle.db.selectFrom('cases').select('updated_at').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.updated_at).toBe('2026-12-01T10:00:00.000Z');
  });

  it('loses no version bump when several instances update the same case at once', async () => {
    const store = await stores.fresh();
    const created = await register(store.handle.db, 'BST-2026-0042');
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db];
    await Promise.all(dbs.flatMap((db, i) => [1, 2].map((n) => () => updateCaseProcess(db, created.id, { last_underlag_date: `2026-12-0${n}` }, new Date(`2026-12-0${n}T0${i}:00:00.000Z`)))).map((f) => f()));
    expect((await findCaseById(store.handle.db, created.id))?.version).toBe(1 + 8);
  });
});

describeEachDialect('users and conversation references', (stores) => {
  const user = { id: 'aad-user-0001', tenantId: TENANT, upn: 'Personal.Test@Example.se', teamsUserId: '29:user-0001' };

  it('upserts users, lowercasing the UPN and keeping a known UPN when a turn has none', async () => {
    const { handle } = await stores.fresh();
    await upsertUser(handle.db, user, AT);
    expect(await findUser(handle.db, user.id)).toEqual({ ...user, upn: 'personal.test@example.se' });
    await upsertUser(handle.db, { ...user, upn: null, teamsUserId: '29:user-0001-renamed' }, new Date('2026-11-03T08:00:00.000Z'));
    expect(await findUser(handle.db, user.id)).toEqual({ ...user, upn: 'personal.test@example.se', teamsUserId: '29:user-0001-renamed' });
    await upsertUser(handle.db, { ...user, upn: 'ny.adress@example.se' }, AT);
    expect((await findUser(handle.db, user.id))?.upn).toBe('ny.adress@example.se');
    const rows = await handle.db.selectFrom('users').select(['created_at', 'updated_at']).execute();
    expect(rows).toEqual([{ created_at: '2026-11-02T08:00:00.000Z', updated_at: '2026-11-02T08:00:00.000Z' }]);
  });

  it('finds a user by UPN in any letter case, within the tenant only', async () => {
    const { handle } = await stores.fresh();
    await upsertUser(handle.db, user, AT);
    expect((await findUserByUpn(handle.db, TENANT, 'PERSONAL.TEST@example.SE'))?.id).toBe(user.id);
    expect(await findUserByUpn(handle.db, OTHER_TENANT, 'personal.test@example.se')).toBeUndefined();
  });

  it('keeps one row when several instances upsert the same new user at once', async () => {
    const store = await stores.fresh();
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db];
    const { errors } = await settleAll(dbs.map((db) => () => upsertUser(db, user, AT)));
    expect(errors).toEqual([]);
    expect(await store.handle.db.selectFrom('users').select('id').execute()).toEqual([{ id: user.id }]);
  });

  it('replaces a conversation reference on save, concurrent saves included', async () => {
    const store = await stores.fresh();
    const ref = (n: number) => ({ userId: user.id, tenantId: TENANT, serviceUrl: `https://smba.example.test/${n}/`, reference: { conversation: { id: `a:conv-${n}` }, n } });
    const dbs = [store.handle.db, store.peer().db, store.peer().db];
    const { errors } = await settleAll(dbs.map((db, i) => () => saveConversationRef(db, ref(i), AT)));
    expect(errors).toEqual([]);
    await saveConversationRef(store.handle.db, ref(7), new Date('2026-11-05T08:00:00.000Z'));
    expect(await findConversationRef(store.handle.db, user.id)).toEqual({ ...ref(7), updatedAt: '2026-11-05T08:00:00.000Z' });
    expect(await findConversationRef(store.handle.db, 'unknown')).toBeUndefined();
  });
});
