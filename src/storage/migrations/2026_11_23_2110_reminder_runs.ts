import type { Kysely } from 'kysely';

/** One row per day the reminder pass completed, so a restart does not scan again. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminder_runs')
    .addColumn('run_date', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('finished_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('reminders', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminder_runs').execute();
}
