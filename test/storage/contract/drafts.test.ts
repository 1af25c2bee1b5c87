import { expect, it } from 'vitest';
import type { CaseReference } from '../../../src/domain/privacy/caseReference';
import type { CaseRegistration } from '../../../src/domain/cases';
import { insertCase } from '../../../src/storage/cases.repository';
import type { Db } from '../../../src/storage/database';
import {
  closeDraft,
  createDraft,
  DraftConflictError,
  findDraft,
  findOpenDraft,
  listOpenDrafts,
  saveDraft,
  type Draft,
} from '../../../src/storage/drafts.repository';
import { acknowledgeSubmission, findSubmission, findSubmissionByDraft, insertSubmission } from '../../../src/storage/submissions.repository';
import { describeEachDialect, settleAll } from './dialects';

const TENANT = 'tenant-test-0001';
const USER = 'aad-staff-0001';
const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-23T09:00:00.000Z');

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
  return (await insertCase(db, TENANT, USER, reg, T0)).id;
}

async function openRows(db: Db): Promise<number> {
  return (await db.selectFrom('drafts').select('id').where('status', '=', 'open').execute()).length;
}

describeEachDialect('drafts', (stores) => {
  it.each([
    ['for a case', true],
    ['without a case (ärende registration)', false],
  ])('opens a draft %s and finds it as the open one', async (_label, withCase) => {
    const { handle } = await stores.fresh();
    const caseId = withCase ? await testCase(handle.db) : null;
    const draft = await createDraft(handle.db, USER, caseId, 'uppstartsmote', { datum: '2026-11-30' }, T0);
    expect(draft).toEqual({
      id: expect.any(String), userId: USER, caseId, dialogue: 'uppstartsmote', step: 0, values: { datum: '2026-11-30' }, status: 'open', version: 1, updatedAt: T0.toISOString(),
      updatedBy: USER, shared: withCase,
    });
    expect(await findOpenDraft(handle.db, USER, caseId, 'uppstartsmote')).toEqual(draft);
    expect(await findOpenDraft(handle.db, USER, caseId, 'annan_dialog')).toBeUndefined();
    // A case's draft belongs to the case team (issue 16); a draft without a case stays the user's own.
    expect(await findOpenDraft(handle.db, 'other-user', caseId, 'uppstartsmote')).toEqual(withCase ? draft : undefined);
    expect(await findOpenDraft(handle.db, 'other-user', caseId, 'uppstartsmote', false)).toBeUndefined();
  });

  it.each([
    ['for a case', true],
    ['without a case', false],
  ])('keeps one open draft per user + case + dialogue when several instances start it at once (%s)', async (_label, withCase) => {
    const store = await stores.fresh();
    const caseId = withCase ? await testCase(store.handle.db) : null;
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db, store.peer().db];
    const { values, errors } = await settleAll(dbs.map((db, i) => () => createDraft(db, USER, caseId, 'uppstartsmote', { by: String(i) }, T0)));
    expect(errors).toEqual([]);
    // Every turn is handed the one draft that exists.
    expect(new Set(values.map((d) => d.id)).size).toBe(1);
    expect(await openRows(store.handle.db)).toBe(1);
  });

  it('enforces the one open draft in the schema itself, also without a case', async () => {
    const { handle } = await stores.fresh();
    const row = (id: string) => ({
      id, user_id: USER, case_id: null, dialogue: 'arende', step: 0, answers: '{}', status: 'open', open_slot: 'open', version: 1,
      created_at: T0.toISOString(), updated_at: T0.toISOString(), closed_at: null,
    });
    await handle.db.insertInto('drafts').values(row('d-1')).execute();
    await expect(handle.db.insertInto('drafts').values(row('d-2')).execute()).rejects.toThrow();
  });

  it('opens a new draft once the previous one is closed, and keeps drafts of other dialogues, cases and users apart', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const caseA = await testCase(db, 'BST-2026-0001');
    const caseB = await testCase(db, 'BST-2026-0002');
    const first = await createDraft(db, USER, caseA, 'uppstartsmote', {}, T0);
    await closeDraft(db, first, 'sent', at('2026-11-23T09:05:00.000Z'));
    const second = await createDraft(db, USER, caseA, 'uppstartsmote', {}, at('2026-11-23T09:06:00.000Z'));
    expect(second.id).not.toBe(first.id);
    await createDraft(db, USER, caseB, 'uppstartsmote', {}, T0);
    await createDraft(db, USER, caseA, 'underlag', {}, T0);
    // a colleague on the same case gets the team's draft; a personal draft (the caseworker's) is apart
    expect((await createDraft(db, 'aad-staff-0002', caseA, 'uppstartsmote', {}, T0)).id).toBe(second.id);
    await createDraft(db, 'aad-staff-0002', caseA, 'uppstartsmote', {}, T0, false);
    expect(await openRows(db)).toBe(4);
    expect(await findDraft(db, first.id)).toMatchObject({ status: 'sent', version: 2 });
  });

  it('saves with optimistic concurrency: the stale version is refused and nothing it carried is written', async () => {
    const { handle } = await stores.fresh();
    const draft = await createDraft(handle.db, USER, null, 'arende', {}, T0);
    const saved = await saveDraft(handle.db, draft, { step: 1, values: { unit: 'Enhet A' } }, at('2026-11-23T09:01:00.000Z'));
    expect(saved).toMatchObject({ step: 1, version: 2, values: { unit: 'Enhet A' }, updatedAt: '2026-11-23T09:01:00.000Z' });
    await expect(saveDraft(handle.db, draft, { step: 2, values: { unit: 'Enhet B' } }, T0)).rejects.toBeInstanceOf(DraftConflictError);
    expect(await findDraft(handle.db, draft.id)).toEqual(saved);
  });

  it('lets exactly one of two instances save the same version (a double click on two instances)', async () => {
    const store = await stores.fresh();
    const other = store.peer().db;
    let draft: Draft = await createDraft(store.handle.db, USER, null, 'arende', {}, T0);
    for (let round = 1; round <= 10; round++) {
      const { values, errors } = await settleAll([
        () => saveDraft(store.handle.db, draft, { step: round, values: { by: 'first' } }, T0),
        () => saveDraft(other, draft, { step: round, values: { by: 'second' } }, T0),
      ]);
      expect(values).toHaveLength(1);
      expect(errors).toEqual([expect.any(DraftConflictError)]);
      draft = (await findDraft(store.handle.db, draft.id))!;
      expect(draft).toEqual(values[0]);
    }
    expect(draft.version).toBe(11);
  });

  it('closes only the current version of an open draft', async () => {
    const { handle } = await stores.fresh();
    const draft = await createDraft(handle.db, USER, null, 'arende', {}, T0);
    const saved = await saveDraft(handle.db, draft, { step: 1, values: {} }, T0);
    await expect(closeDraft(handle.db, draft, 'discarded', T0)).rejects.toBeInstanceOf(DraftConflictError);
    await closeDraft(handle.db, saved, 'discarded', at('2026-11-23T09:10:00.000Z'));
    await expect(closeDraft(handle.db, saved, 'sent', T0)).rejects.toBeInstanceOf(DraftConflictError);
    await expect(saveDraft(handle.db, { ...saved, version: 3 }, { step: 2, values: {} }, T0)).rejects.toBeInstanceOf(DraftConflictError);
    const row = await handle.db.selectFrom('drafts').select(['status', 'closed_at', 'open_slot']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'discarded', closed_at: '2026-11-23T09:10:00.000Z', open_slot: draft.id });
  });

  it('lists a user\'s open drafts, most recently changed first', async () => {
    const { handle } = await stores.fresh();
    const db = handle.db;
    const a = await createDraft(db, USER, null, 'arende', {}, at('2026-11-23T09:00:00.000Z'));
    const b = await createDraft(db, USER, await testCase(db), 'uppstartsmote', {}, at('2026-11-23T10:00:00.000Z'));
    const c = await createDraft(db, USER, null, 'fraga', {}, at('2026-11-23T08:00:00.000Z'));
    await saveDraft(db, a, { step: 1, values: {} }, at('2026-11-23T11:00:00.000Z'));
    await closeDraft(db, c, 'discarded', at('2026-11-23T12:00:00.000Z'));
    await createDraft(db, 'someone-else', null, 'arende', {}, T0);
    expect((await listOpenDrafts(db, USER)).map((d) => d.id)).toEqual([a.id, b.id]);
  });
});

describeEachDialect('submissions', (stores) => {
  const send = async (db: Db, draft: Draft, sentAt: Date) =>
    db.transaction().execute(async (tx) => {
      await closeDraft(tx, draft, 'sent', sentAt);
      return insertSubmission(tx, { draftId: draft.id, caseId: draft.caseId!, kind: 'uppstartsmote', sentBy: USER, text: 'Uppstartsmöte 2026-11-30', card: { type: 'AdaptiveCard', body: ['å'] } }, sentAt);
    });

  it('stores a submission and finds it by id and by draft', async () => {
    const { handle } = await stores.fresh();
    const draft = await createDraft(handle.db, USER, await testCase(handle.db), 'uppstartsmote', {}, T0);
    const submission = await send(handle.db, draft, at('2026-11-23T09:30:00.000Z'));
    expect(await findSubmissionByDraft(handle.db, draft.id)).toEqual({ ...submission, acknowledgedBy: null });
    expect(await findSubmission(handle.db, submission.id)).toEqual({ ...submission, acknowledgedBy: null });
    expect(submission).toMatchObject({ card: { type: 'AdaptiveCard', body: ['å'] }, createdAt: '2026-11-23T09:30:00.000Z', acknowledgedAt: null });
  });

  it('sends a draft once when two turns send it at the same time', async () => {
    const { handle } = await stores.fresh();
    const draft = await createDraft(handle.db, USER, await testCase(handle.db), 'uppstartsmote', {}, T0);
    // Same instance, two connections on PostgreSQL; SQLite serialises the transactions.
    const { values, errors } = await settleAll([() => send(handle.db, draft, T0), () => send(handle.db, draft, T0)]);
    expect(values).toHaveLength(1);
    expect(errors).toEqual([expect.any(DraftConflictError)]);
    expect(await handle.db.selectFrom('submissions').select('id').execute()).toEqual([{ id: values[0]!.id }]);
  });

  it('refuses a second submission for the same draft', async () => {
    const { handle } = await stores.fresh();
    const draft = await createDraft(handle.db, USER, await testCase(handle.db), 'uppstartsmote', {}, T0);
    const s = { draftId: draft.id, caseId: draft.caseId!, kind: 'uppstartsmote', sentBy: USER, text: 't', card: {} };
    await insertSubmission(handle.db, s, T0);
    await expect(insertSubmission(handle.db, s, T0)).rejects.toThrow();
  });

  it('acknowledges once: the first of several instances wins, later clicks change nothing', async () => {
    const store = await stores.fresh();
    const draft = await createDraft(store.handle.db, USER, await testCase(store.handle.db), 'uppstartsmote', {}, T0);
    const submission = await send(store.handle.db, draft, T0);
    const dbs = [store.handle.db, store.peer().db, store.peer().db];
    const results = await Promise.all(dbs.map((db, i) => acknowledgeSubmission(db, submission.id, `caseworker-${i}`, at(`2026-11-24T0${i}:00:00.000Z`))));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect(await findSubmission(store.handle.db, submission.id)).toMatchObject({ acknowledgedBy: `caseworker-${winner}`, acknowledgedAt: `2026-11-24T0${winner}:00:00.000Z` });
    expect(await acknowledgeSubmission(store.handle.db, submission.id, 'late', T0)).toBe(false);
  });
});
