import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateConflictError } from '../../src/storage/botState.repository';
import { openDatabase, migrateToLatest, type DatabaseHandle } from '../../src/storage/database';
import { DatabaseStorage } from '../../src/teams/stateStorage';
import { conversationHarness } from '../support/conversation';
import { installationUpdate } from '../support/activities';
import { openTestDatabase, tempDatabasePath, testClock } from '../support/testDeps';

describe('bot state storage over the project database', () => {
  let database: DatabaseHandle;
  let storage: DatabaseStorage;
  beforeEach(async () => {
    database = await openTestDatabase();
    storage = new DatabaseStorage(database.db, testClock());
  });
  afterEach(async () => {
    await database.close();
  });

  it('reads back what was written, with an eTag, and nothing for unknown keys', async () => {
    await storage.write({ a: { count: 1, nested: { list: [1, 2] } } });
    const items = await storage.read(['a', 'missing']);
    expect(Object.keys(items)).toEqual(['a']);
    expect(items.a).toMatchObject({ count: 1, nested: { list: [1, 2] } });
    expect(typeof items.a.eTag).toBe('string');
  });

  it('rejects a write carrying a stale eTag and keeps the newer value', async () => {
    await storage.write({ a: { v: 1 } });
    const first = await storage.read(['a']);
    const second = await storage.read(['a']);
    await storage.write({ a: { ...first.a, v: 2 } });
    await expect(storage.write({ a: { ...second.a, v: 3 } })).rejects.toBeInstanceOf(StateConflictError);
    expect((await storage.read(['a'])).a.v).toBe(2);
  });

  it('lets a second save in the same turn succeed (the saved object carries the new eTag)', async () => {
    const item: Record<string, unknown> = { v: 1 };
    await storage.write({ a: item });
    item.v = 2;
    await storage.write({ a: item });
    expect((await storage.read(['a'])).a.v).toBe(2);
  });

  it('overwrites with eTag "*" and deletes', async () => {
    await storage.write({ a: { v: 1 } });
    await storage.write({ a: { v: 5, eTag: '*' } });
    expect((await storage.read(['a'])).a.v).toBe(5);
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });
});

describe('state survives a restart', () => {
  it('keeps conversation state when a new app instance opens the same database file', async () => {
    const file = tempDatabasePath();
    const clock = testClock('2026-11-23T09:00:00.000Z');

    const first = openDatabase({ kind: 'sqlite', path: file });
    await migrateToLatest(first.db);
    const before = conversationHarness(first, clock);
    await before.send(installationUpdate('conv-restart'));
    await first.close();

    const second = openDatabase({ kind: 'sqlite', path: file });
    expect(await migrateToLatest(second.db)).toEqual([]);
    const after = conversationHarness(second, clock);
    const keys = (await second.db.selectFrom('bot_state').select('key').execute()).map((r) => r.key);
    const conversationKey = keys.find((k) => k.includes('conv-restart'));
    expect(conversationKey).toBeDefined();
    const state = await after.storage.read([conversationKey!]);
    expect(state[conversationKey!]).toMatchObject({ welcomedAt: '2026-11-23T09:00:00.000Z' });
    // and the restarted bot acts on it: no second welcome within the dedupe window
    expect(await after.send(installationUpdate('conv-restart'))).toHaveLength(0);
    await second.close();
  });
});
