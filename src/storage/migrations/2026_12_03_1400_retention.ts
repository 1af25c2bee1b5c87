import type { Kysely } from 'kysely';

/**
 * Gallring (issue 16 › 3):
 * - `level_history.exported_at`: when the row was first part of a downloaded register file, so
 *   "deleted N days after export" is exact per row; null = never exported (never deleted by that rule).
 * - `retention_runs`: one row per Stockholm day the retention pass finished, so it runs once a day
 *   across restarts and instances and the unit manager can be told when the next pass is.
 * - `audit_log.count`: the retention pass audits how many rows of a table it deleted, never which.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('level_history').addColumn('exported_at', 'varchar(32)').execute();
  await db.schema.createIndex('level_history_exported').on('level_history').columns(['exported_at']).execute();
  await db.schema
    .createTable('retention_runs')
    .addColumn('run_date', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('finished_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('audit_log').addColumn('count', 'integer').execute();
  // The date rules scan by these; without them a large backlog is a full scan per batch.
  await db.schema.createIndex('drafts_updated').on('drafts').columns(['updated_at']).execute();
  await db.schema.createIndex('submissions_created').on('submissions').columns(['created_at']).execute();
  await db.schema.createIndex('outbox_created').on('outbox').columns(['created_at']).execute();
  await db.schema.createIndex('cases_closed').on('cases').columns(['closed_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cases_closed').execute();
  await db.schema.dropIndex('outbox_created').execute();
  await db.schema.dropIndex('submissions_created').execute();
  await db.schema.dropIndex('drafts_updated').execute();
  await db.schema.alterTable('audit_log').dropColumn('count').execute();
  await db.schema.dropTable('retention_runs').execute();
  await db.schema.dropIndex('level_history_exported').execute();
  await db.schema.alterTable('level_history').dropColumn('exported_at').execute();
}
