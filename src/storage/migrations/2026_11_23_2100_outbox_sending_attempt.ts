import type { Kysely } from 'kysely';

/**
 * `sending_attempt` is written just before a notification's HTTP request leaves: while it is
 * greater than `attempts`, a send was started whose outcome was never recorded (the instance
 * died mid-send), so the message may already be in Teams and must not be sent blindly again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('sending_attempt', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('sending_attempt').execute();
}
