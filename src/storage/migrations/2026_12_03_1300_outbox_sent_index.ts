import type { Kysely } from 'kysely';

/**
 * An instance that takes over as the one dispatcher counts the sends of the last hour
 * (src/notifications/takeover.ts): found by status and `sent_at`, not by scanning every sent row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('outbox_sent').on('outbox').columns(['status', 'sent_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_sent').execute();
}
