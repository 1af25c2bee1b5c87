import type { Storage, StoreItems } from 'botbuilder';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';
import { deleteStates, readStates, writeState } from '../storage/botState.repository';

/** botbuilder Storage over the project's own database, honouring eTags. */
export class DatabaseStorage implements Storage {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const rows = await readStates(this.db, keys);
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...(row.value as object), eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      const etag = await writeState(this.db, key, value, eTag, this.clock.now());
      // TurnState keeps the object it saved; carry the new eTag so a second save in the same turn succeeds.
      if (item && typeof item === 'object') (item as { eTag?: string }).eTag = etag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    await deleteStates(this.db, keys);
  }
}
