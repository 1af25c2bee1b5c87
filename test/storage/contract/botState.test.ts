import { expect, it } from 'vitest';
import { StateConflictError, readStates, writeState } from '../../../src/storage/botState.repository';
import { DatabaseStorage } from '../../../src/teams/stateStorage';
import { testClock } from '../../support/testDeps';
import { describeEachDialect, settleAll } from './dialects';

const AT = new Date('2026-11-23T09:00:00.000Z');

describeEachDialect('bot state storage with eTags', (stores) => {
  const storageOn = async () => {
    const store = await stores.fresh();
    const clock = testClock();
    return { store, storage: new DatabaseStorage(store.handle.db, clock), peerStorage: () => new DatabaseStorage(store.peer().db, clock) };
  };

  it('reads back what was written with an eTag, JSON intact, and nothing for unknown keys', async () => {
    const { storage } = await storageOn();
    const value = { text: 'Uppstartsmöte är bokat – åäö ÅÄÖ', nul: 'a\u0000b', nested: { list: [1, 2.5, null, true] } };
    await storage.write({ 'msteams/conversations/a:1': value });
    const items = await storage.read(['msteams/conversations/a:1', 'missing']);
    expect(Object.keys(items)).toEqual(['msteams/conversations/a:1']);
    expect(items['msteams/conversations/a:1']).toEqual({ ...value, eTag: expect.any(String) });
  });

  it('rejects a stale eTag and keeps the newer value', async () => {
    const { storage } = await storageOn();
    await storage.write({ k: { v: 1 } });
    const first = await storage.read(['k']);
    const second = await storage.read(['k']);
    await storage.write({ k: { ...first.k, v: 2 } });
    await expect(storage.write({ k: { ...second.k, v: 3 } })).rejects.toBeInstanceOf(StateConflictError);
    expect((await storage.read(['k'])).k.v).toBe(2);
  });

  it.each([
    ['eTag "*"', '*'],
    ['no eTag', undefined],
  ])('overwrites with %s whatever is stored', async (_label, eTag) => {
    const { storage } = await storageOn();
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 5, ...(eTag ? { eTag } : {}) } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 5 });
  });

  it('creates a key written with an eTag when nothing is stored (as botbuilder MemoryStorage does)', async () => {
    const { store } = await storageOn();
    const etag = await writeState(store.handle.db, 'k', { v: 1 }, 'some-old-etag', AT);
    expect(await readStates(store.handle.db, ['k'])).toEqual([{ key: 'k', value: { v: 1 }, etag }]);
  });

  it('gives every write a new eTag', async () => {
    const { store } = await storageOn();
    const a = await writeState(store.handle.db, 'k', { v: 1 }, undefined, AT);
    const b = await writeState(store.handle.db, 'k', { v: 2 }, a, AT);
    expect(b).not.toBe(a);
    await expect(writeState(store.handle.db, 'k', { v: 3 }, a, AT)).rejects.toBeInstanceOf(StateConflictError);
  });

  it('deletes, and a deleted key reads as absent', async () => {
    const { storage } = await storageOn();
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    await storage.delete(['a', 'never-written']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('lets exactly one of two instances win when both write with the same eTag, round after round', async () => {
    const { storage, peerStorage } = await storageOn();
    const other = peerStorage();
    await storage.write({ k: { round: 0 } });
    for (let round = 1; round <= 10; round++) {
      const seen = (await storage.read(['k'])).k;
      const { values, errors } = await settleAll([
        () => storage.write({ k: { ...seen, round, by: 'first' } }),
        () => other.write({ k: { ...seen, round, by: 'second' } }),
      ]);
      expect(values).toHaveLength(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(StateConflictError);
      const stored = (await other.read(['k'])).k;
      expect(stored.round).toBe(round);
    }
  });

  it('lets exactly one of several instances create a new key with the same expected eTag', async () => {
    const { store } = await storageOn();
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db];
    const { values, errors } = await settleAll(dbs.map((db, i) => () => writeState(db, 'fresh', { by: i }, 'etag-from-a-stale-read', AT)));
    expect(values).toHaveLength(1);
    expect(errors.every((e) => e instanceof StateConflictError)).toBe(true);
    const [row] = await readStates(store.handle.db, ['fresh']);
    expect(row?.etag).toBe(values[0]);
  });

  it('accepts concurrent "*" writes to a new key from several instances (last writer wins, no error)', async () => {
    const { store } = await storageOn();
    const dbs = [store.handle.db, store.peer().db, store.peer().db, store.peer().db];
    const { values, errors } = await settleAll(dbs.map((db, i) => () => writeState(db, 'fresh', { by: i }, '*', AT)));
    expect(errors).toEqual([]);
    const [row] = await readStates(store.handle.db, ['fresh']);
    expect(values).toContain(row?.etag);
  });
});
