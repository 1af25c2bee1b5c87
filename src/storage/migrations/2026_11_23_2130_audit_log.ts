import type { Kysely } from 'kysely';

/**
 * Who did what, when, to which case – never what was written. Rows are only ever inserted;
 * the retention pass removes them after AUDIT_RETENTION_DAYS.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('tenant_id', 'varchar(64)')
    .addColumn('actor_id', 'varchar(256)', (c) => c.notNull())
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('case_reference', 'varchar(24)')
    .addColumn('target_kind', 'varchar(24)')
    .addColumn('target_id', 'varchar(256)')
    .addColumn('outcome', 'varchar(16)', (c) => c.notNull())
    .addColumn('reason', 'varchar(40)')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
  await db.schema.createIndex('audit_log_case').on('audit_log').columns(['tenant_id', 'case_reference', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
