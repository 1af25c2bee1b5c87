import { sql, type Kysely } from 'kysely';

/**
 * Case teams (issue 16). `case_members` gains what a team needs: role `staff` (kontaktpersonal) or
 * `substitute` (vikarie) with the dates a substitute counts (Europe/Stockholm, inclusive), and who
 * added the member. A draft of a case is now shared by the team: `draft_slot` names whose draft it
 * is (`case:<id>` for the team, `user:<id>:<case>` for a personal one such as the caseworker's
 * checklist), one open draft per slot and dialogue; `updated_by` records who saved it last.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('case_members').addColumn('valid_from', 'varchar(10)').execute();
  await db.schema.alterTable('case_members').addColumn('valid_to', 'varchar(10)').execute();
  await db.schema.alterTable('case_members').addColumn('added_by', 'varchar(64)').execute();
  await db.schema.createIndex('case_members_case').on('case_members').columns(['case_id', 'role']).execute();

  await db.schema.alterTable('drafts').addColumn('updated_by', 'varchar(64)').execute();
  await db.schema.alterTable('drafts').addColumn('draft_slot', 'varchar(140)', (c) => c.notNull().defaultTo('')).execute();
  await sql`
    update drafts
       set draft_slot = case
         when case_id is not null and dialogue <> 'uppfoljningsmote' then 'case:' || case_id
         else 'user:' || user_id || ':' || coalesce(case_id, '')
       end
  `.execute(db);
  // Before teams, two people could each hold an open draft of the same case and dialogue; only
  // the newest stays open (the others are closed as discarded, as migration 2026_11_23_2330 did).
  await sql`
    update drafts
       set status = 'discarded', open_slot = id, version = version + 1, closed_at = updated_at
     where open_slot = 'open'
       and exists (
         select 1 from drafts newer
          where newer.draft_slot = drafts.draft_slot
            and newer.dialogue = drafts.dialogue
            and newer.open_slot = 'open'
            and (newer.updated_at > drafts.updated_at or (newer.updated_at = drafts.updated_at and newer.id > drafts.id)))
  `.execute(db);
  await db.schema.createIndex('drafts_one_open_per_team_slot').unique().on('drafts').columns(['draft_slot', 'dialogue', 'open_slot']).execute();
  await db.schema.dropIndex('drafts_one_open_per_slot').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index drafts_one_open_per_slot on drafts (user_id, coalesce(case_id, ''), dialogue, open_slot)`.execute(db);
  await db.schema.dropIndex('drafts_one_open_per_team_slot').execute();
  await db.schema.alterTable('drafts').dropColumn('draft_slot').execute();
  await db.schema.alterTable('drafts').dropColumn('updated_by').execute();
  await db.schema.dropIndex('case_members_case').execute();
  await db.schema.alterTable('case_members').dropColumn('added_by').execute();
  await db.schema.alterTable('case_members').dropColumn('valid_to').execute();
  await db.schema.alterTable('case_members').dropColumn('valid_from').execute();
}
