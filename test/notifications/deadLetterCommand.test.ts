import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCESS_MESSAGES } from '../../src/export/access';
import type { DatabaseHandle } from '../../src/storage/database';
import { claimDue, enqueue, markRetry } from '../../src/storage/outbox.repository';
import { assignRole } from '../../src/storage/roles.repository';
import { upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { cardsOf, conversationHarness, STAFF, type ConversationHarness } from '../support/conversation';
import { openTestDatabase, testClock } from '../support/testDeps';

const ADMIN = { id: '29:admin-1', name: 'Testadministratör', aadObjectId: '00000000-0000-4000-8000-0000000000ad', upn: 'admin.test@example.se' };

describe('köstatus: dead letters for the admin', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-23T09:00:00.000Z'));
    const at = new Date('2026-11-20T08:00:00.000Z');
    await upsertUser(database.db, { id: ADMIN.aadObjectId, tenantId: LOCAL_TENANT, upn: ADMIN.upn, teamsUserId: ADMIN.id }, at);
    await assignRole(database.db, LOCAL_TENANT, ADMIN.upn, 'admin', '', at);
    await enqueue(database.db, { idempotencyKey: 'k1', tenantId: LOCAL_TENANT, recipientUpn: 'handlaggare.test@example.se', kind: 'uppfoljning', payload: { text: 'Hemligt innehåll' } }, at);
    const [row] = await claimDue(database.db, 'test', at, 60_000, 10);
    await markRetry(database.db, row!.id, 'test', at, 'HTTP 403', true);
  });
  afterEach(async () => {
    await database.close();
  });

  it('lists undelivered notifications without their content, and requeues one', async () => {
    const [card] = cardsOf(await bot.send({ type: 'message', text: 'köstatus', from: ADMIN }));
    const text = JSON.stringify(card);
    expect(text).toContain('1 olevererade meddelanden');
    expect(text).not.toContain('Hemligt innehåll');
    const after = await bot.press(card!, 'Skicka igen (uppfoljning, handlaggare.test@example.se)', {}, ADMIN);
    expect(JSON.stringify(after.card)).toContain('Inga olevererade meddelanden.');
    const row = await database.db.selectFrom('outbox').select(['status']).executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });

  it('is refused to anyone who is not an admin', async () => {
    const replies = await bot.send({ type: 'message', text: 'köstatus', from: STAFF });
    expect(replies.map((r) => r.text)).toEqual([ACCESS_MESSAGES.notAdmin]);
  });
});
