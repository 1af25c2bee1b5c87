import { sql, type Kysely } from 'kysely';

/**
 * `drafts_one_open` did not hold for drafts without a case (the ärende dialogue): case_id is
 * NULL there, and unique indexes treat NULLs as distinct on SQLite and PostgreSQL alike, so a
 * double click could open two drafts. The replacement indexes `coalesce(case_id, '')` (case ids
 * are UUIDs, never empty). Duplicates that already exist are closed first, keeping the newest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update drafts
       set status = 'discarded', open_slot = id, version = version + 1, closed_at = updated_at
     where open_slot = 'open'
       and case_id is null
       and exists (
         select 1 from drafts newer
          where newer.user_id = drafts.user_id
            and newer.dialogue = drafts.dialogue
            and newer.case_id is null
            and newer.open_slot = 'open'
            and (newer.updated_at > drafts.updated_at or (newer.updated_at = drafts.updated_at and newer.id > drafts.id)))
  `.execute(db);
  await sql`create unique index drafts_one_open_per_slot on drafts (user_id, coalesce(case_id, ''), dialogue, open_slot)`.execute(db);
  await db.schema.dropIndex('drafts_one_open').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('drafts_one_open').unique().on('drafts').columns(['user_id', 'case_id', 'dialogue', 'open_slot']).execute();
  await db.schema.dropIndex('drafts_one_open_per_slot').execute();
}
