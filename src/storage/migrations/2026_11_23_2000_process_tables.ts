import type { Kysely } from 'kysely';

/**
 * Cases, drafts, sent summaries, the outbox and who is who. Dates are ISO text (`YYYY-MM-DD`),
 * instants ISO text; booleans are integers 0/1 so both dialects read them the same way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey()) // AAD object id
    .addColumn('tenant_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('upn', 'varchar(320)')
    .addColumn('teams_user_id', 'varchar(256)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_upn').on('users').columns(['tenant_id', 'upn']).execute();

  await db.schema
    .createTable('conversation_refs')
    .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('service_url', 'varchar(512)', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('case_reference', 'varchar(24)', (c) => c.notNull())
    .addColumn('unit', 'varchar(120)', (c) => c.notNull())
    .addColumn('service', 'varchar(40)', (c) => c.notNull())
    .addColumn('housing_form', 'varchar(40)', (c) => c.notNull())
    .addColumn('level_model', 'varchar(40)')
    .addColumn('current_level', 'varchar(16)')
    .addColumn('level_start_date', 'varchar(10)')
    .addColumn('moved_in_date', 'varchar(10)')
    .addColumn('assignment_date', 'varchar(10)')
    .addColumn('implementation_date', 'varchar(10)')
    .addColumn('caseworker_upn', 'varchar(320)', (c) => c.notNull())
    .addColumn('pays_rent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rent_from_date', 'varchar(10)')
    .addColumn('protected_identity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uppstartsmote_date', 'varchar(10)')
    .addColumn('follow_up_booked_at', 'varchar(32)')
    .addColumn('genomforandeplan_date', 'varchar(10)')
    .addColumn('last_underlag_date', 'varchar(10)')
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cases_reference').unique().on('cases').columns(['tenant_id', 'case_reference']).execute();
  await db.schema.createIndex('cases_caseworker').on('cases').columns(['tenant_id', 'caseworker_upn']).execute();

  await db.schema
    .createTable('case_members')
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_members_pk', ['case_id', 'user_id', 'role'])
    .execute();
  await db.schema.createIndex('case_members_user').on('case_members').columns(['user_id']).execute();

  await db.schema
    .createTable('drafts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('case_id', 'varchar(36)', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('dialogue', 'varchar(40)', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    // 'open' while open, the draft id once closed: one open draft per user + case + dialogue.
    .addColumn('open_slot', 'varchar(36)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('drafts_one_open')
    .unique()
    .on('drafts')
    .columns(['user_id', 'case_id', 'dialogue', 'open_slot'])
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('draft_id', 'varchar(36)', (c) => c.notNull().unique())
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('sent_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('card', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('acknowledged_by', 'varchar(64)')
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('idempotency_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('tenant_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('recipient_upn', 'varchar(320)')
    .addColumn('recipient_user_id', 'varchar(64)')
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('lease_until', 'varchar(32)')
    .addColumn('leased_by', 'varchar(64)')
    .addColumn('last_error', 'varchar(500)')
    .addColumn('activity_id', 'varchar(256)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outbox', 'submissions', 'drafts', 'case_members', 'cases', 'conversation_refs', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
