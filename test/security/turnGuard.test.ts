import fs from 'node:fs';
import os from 'node:os';
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/verbs';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import type { DatabaseHandle } from '../../src/storage/database';
import { MALFORMED_CARD_TEXT } from '../../src/teams/cardData';
import { ERROR_TEXT, PERSONAL_ONLY_TEXT } from '../../src/teams/turnHandler';
import { cardsOf, conversationHarness, executeActivity, invokeResult, textOfCard } from '../support/conversation';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { memoryLogger, openTestDatabase, tempDatabasePath, testClock } from '../support/testDeps';
import { OTHER_TENANT, productionConfig, securedHarness, TENANT, teamsActivity, USER, type SecuredHarness } from './support';

const GROUP = { id: '19:group-1@thread.v2', conversationType: 'groupChat', tenantId: TENANT, isGroup: true, name: '' };
const otherTenant = { conversation: { id: 'a:x', conversationType: 'personal', tenantId: OTHER_TENANT, isGroup: false, name: '' }, channelData: { tenant: { id: OTHER_TENANT } } };
const cardAction = (verb: string, data: Record<string, unknown>): Partial<Activity> => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data } },
  replyToId: 'card-1',
});

describe('the guard in front of the real Application (production configuration)', () => {
  let database: DatabaseHandle;
  let bot: SecuredHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = securedHarness(database, testClock(), productionConfig());
  });
  afterEach(async () => {
    await database.close();
  });

  it('answers the configured tenant in a 1:1 chat', async () => {
    expect(textOfCard(cardsOf(await bot.send(teamsActivity()))[0])).toContain('Det här kan Stödlotsen');
    expect(await bot.audit()).toEqual([]);
  });

  it('drops a message from another tenant without a reply, logging and auditing the drop', async () => {
    expect(await bot.send(teamsActivity({ ...otherTenant, text: 'nytt ärende' }))).toEqual([]);
    const [row, ...rest] = await bot.audit();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ action: 'turn.dropped', outcome: 'dropped', reason: 'tenant_not_allowed', tenantId: OTHER_TENANT, actorId: USER.aadObjectId, targetKind: 'activity', targetId: 'message' });
    expect(await database.db.selectFrom('drafts').selectAll().execute()).toEqual([]);
    expect(JSON.stringify(bot.logLines())).toContain('turn dropped by guard');
  });

  it('answers a dropped invoke with a bare 403', async () => {
    const replies = await bot.send(teamsActivity({ ...otherTenant, ...cardAction(VERBS.dialogueStart, { dialogue: 'arende' }) }));
    expect(replies).toEqual([expect.objectContaining({ type: 'invokeResponse', value: { status: 403 } })]);
  });

  it.each([
    ['another channel', { channelId: 'webchat' }, 'channel_not_allowed'],
    ['a service URL off the allowlist', { serviceUrl: 'https://collector.evil.example/' }, 'service_url_not_allowed'],
  ])('drops %s silently', async (_label, overrides, reason) => {
    expect(await bot.send(teamsActivity(overrides))).toEqual([]);
    expect((await bot.audit('turn.dropped')).map((r) => r.reason)).toEqual([reason]);
  });

  it('in a group chat answers only with a pointer to the personal chat, never with case data', async () => {
    const replies = await bot.send(teamsActivity({ conversation: GROUP, text: 'mina ärenden' }));
    expect(replies.map((r) => r.text)).toEqual([PERSONAL_ONLY_TEXT]);
    expect(cardsOf(replies)).toEqual([]);
  });

  it('refuses a card action from a group chat, on the server, and audits it', async () => {
    const replies = await bot.send(teamsActivity({ conversation: GROUP, ...cardAction(VERBS.dialogueStart, { dialogue: 'arende' }) }));
    expect(invokeResult(replies)).toEqual({ message: PERSONAL_ONLY_TEXT, status: 200 });
    expect(await database.db.selectFrom('drafts').selectAll().execute()).toEqual([]);
    expect(await bot.audit('turn.refused')).toEqual([expect.objectContaining({ reason: 'not_personal', tenantId: TENANT, targetId: 'invoke' })]);
  });

  it('refuses an Action.Submit from a channel the same way', async () => {
    const replies = await bot.send(teamsActivity({ conversation: { ...GROUP, conversationType: 'channel' }, text: undefined, value: { verb: VERBS.dialogueStart, dialogue: 'arende' } }));
    expect(replies.map((r) => r.text)).toEqual([PERSONAL_ONLY_TEXT]);
    expect(await bot.audit('turn.refused')).toHaveLength(1);
  });

  it('stays silent on a reaction in a group chat', async () => {
    expect(await bot.send(teamsActivity({ type: 'messageReaction', conversation: GROUP }))).toEqual([]);
    expect(await bot.audit()).toEqual([]);
  });
});

describe('card actions nobody handles, and failing ones', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  it('answers an unknown verb with a Swedish message instead of 501', async () => {
    const bot = conversationHarness(database, testClock());
    expect(invokeResult(await bot.send(executeActivity('no.such.verb', {})))).toEqual({ message: MALFORMED_CARD_TEXT, status: 200 });
  });

  it('answers a card action that fails with the error text on the card, status 200', async () => {
    const failing = { read: async () => Promise.reject(new Error('database unavailable')), write: async () => undefined, delete: async () => undefined };
    const bot = conversationHarness(database, testClock(), failing);
    expect(invokeResult(await bot.send(executeActivity(VERBS.dialogueStart, { dialogue: 'arende' })))).toEqual({ message: ERROR_TEXT, status: 200 });
  });
});

describe('the guard over HTTP (real server, local mode)', () => {
  let running: RunningBot | undefined;
  let connector: FakeConnector | undefined;
  afterEach(async () => {
    await running?.stop();
    await connector?.close();
    running = undefined;
    connector = undefined;
  });

  async function post(body: object): Promise<Response> {
    return fetch(`${running!.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  it('drops activities from a channel that is not allowed: 200 (403 for an invoke), nothing sent to the connector', async () => {
    connector = await startFakeConnector();
    const { logger, lines } = memoryLogger();
    running = await startBot(loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'silent' }), logger, testClock());
    const response = await post(teamsActivity({ channelId: 'slack', serviceUrl: connector.serviceUrl, id: 'in-1' }));
    expect(response.status).toBe(200);
    const invoke = await post(teamsActivity({ channelId: 'slack', serviceUrl: connector.serviceUrl, ...cardAction(VERBS.dialogueStart, { dialogue: 'arende' }) }));
    expect(invoke.status).toBe(403);
    expect(await invoke.text()).toBe('');
    // the allowed channel is answered, so the connector is reachable: the drop above was the guard
    expect((await post(teamsActivity({ serviceUrl: connector.serviceUrl, id: 'in-2' }))).status).toBe(200);
    const calls = await connector.waitForCalls(1);
    expect(calls.map((c) => c.path)).toEqual(['/v3/conversations/a%3Aconv-1/activities/in-2']);
    const drops = lines().filter((l) => l.msg === 'turn dropped by guard');
    expect(drops.map((l) => [l.reason, l.activityType])).toEqual([
      ['channel_not_allowed', 'message'],
      ['channel_not_allowed', 'invoke'],
    ]);
  });
});

describe('request bodies the server accepts', () => {
  let running: RunningBot | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  const uploads = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('upload_')).length;

  it('parses JSON only: a multipart upload is refused before anything is written to disk', async () => {
    running = await startBot(loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'silent' }), memoryLogger().logger, testClock());
    const before = uploads();
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(700 * 1024)]), 'stor.bin');
    const response = await fetch(`${running.server.url}/api/messages`, { method: 'POST', body: form });
    expect(response.status).toBe(400);
    expect(uploads()).toBe(before);
    const text = await fetch(`${running.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"type":"message"}' });
    expect(text.status).toBe(400);
  });
});
