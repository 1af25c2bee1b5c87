import type { Kysely } from 'kysely';

/**
 * Level proposals awaiting the caseworker's decision, the level register (history) the unit
 * manager exports, and unit-manager/admin roles. The history keeps a reason category, not the
 * free-text reason: the record of why lives in Treserva.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('level_proposals')
    .addColumn('submission_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('model', 'varchar(40)', (c) => c.notNull())
    .addColumn('from_level', 'varchar(16)', (c) => c.notNull())
    .addColumn('proposed_level', 'varchar(16)', (c) => c.notNull())
    .addColumn('direction', 'varchar(10)', (c) => c.notNull())
    .addColumn('proposed_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('decided_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('level_history')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('model', 'varchar(40)', (c) => c.notNull())
    .addColumn('level', 'varchar(16)', (c) => c.notNull())
    .addColumn('valid_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('previous_level', 'varchar(16)')
    .addColumn('reason_category', 'varchar(20)', (c) => c.notNull())
    .addColumn('decided_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('decided_by_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('decided_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('level_history_case').on('level_history').columns(['case_id', 'valid_from']).execute();

  await db.schema
    .createTable('roles')
    .addColumn('tenant_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('upn', 'varchar(320)', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('unit', 'varchar(120)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('roles_pk', ['tenant_id', 'upn', 'role', 'unit'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['roles', 'level_history', 'level_proposals']) await db.schema.dropTable(table).execute();
}
