import { randomUUID } from 'node:crypto';
import type { Executor } from './database';

export interface StoredState {
  readonly key: string;
  readonly value: unknown;
  readonly etag: string;
}

export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`bot_state: eTag conflict for one key`);
    this.name = 'StateConflictError';
  }
}

export async function readStates(db: Executor, keys: readonly string[]): Promise<StoredState[]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('bot_state').select(['key', 'value', 'etag']).where('key', 'in', [...keys]).execute();
  return rows.map((r) => ({ key: r.key, value: JSON.parse(r.value) as unknown, etag: r.etag }));
}

/**
 * Optimistic concurrency as botbuilder's MemoryStorage defines it: no eTag or '*' overwrites;
 * a given eTag must match the stored one, unless nothing is stored yet.
 */
export async function writeState(db: Executor, key: string, value: unknown, expectedEtag: string | undefined, at: Date): Promise<string> {
  const etag = randomUUID();
  const row = { value: JSON.stringify(value), etag, updated_at: at.toISOString() };
  if (!expectedEtag || expectedEtag === '*') {
    await db
      .insertInto('bot_state')
      .values({ key, ...row })
      .onConflict((oc) => oc.column('key').doUpdateSet(row))
      .execute();
    return etag;
  }
  const updated = await db.updateTable('bot_state').set(row).where('key', '=', key).where('etag', '=', expectedEtag).executeTakeFirst();
  if (updated.numUpdatedRows > 0n) return etag;
  const inserted = await db
    .insertInto('bot_state')
    .values({ key, ...row })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return etag;
  throw new StateConflictError(key);
}

export async function deleteStates(db: Executor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('bot_state').where('key', 'in', [...keys]).execute();
}
