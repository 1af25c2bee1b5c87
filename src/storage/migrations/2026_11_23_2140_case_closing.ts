import { sql, type Kysely } from 'kysely';

/**
 * A case can be closed: the day the client moved on and where to (004 › 9. UPPFÖLJNING counts moves
 * to träningslägenhet, försökslägenhet and an own contract). Closed cases get no reminders and
 * leave the unit manager's active figures. Both null while the case is open.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('closed_on', 'varchar(10)').execute();
  await db.schema
    .alterTable('cases')
    .addColumn('moved_on_to', 'varchar(24)', (c) =>
      c.check(sql`moved_on_to is null or moved_on_to in ('traningslagenhet', 'provlagenhet', 'eget_kontrakt', 'annat_boende', 'annat')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('moved_on_to').execute();
  await db.schema.alterTable('cases').dropColumn('closed_on').execute();
}
