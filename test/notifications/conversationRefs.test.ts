import { Application, TurnState } from '@microsoft/teams-ai';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/notifications/dispatcher';
import { recipientReachability } from '../../src/notifications/reachability';
import type { DatabaseHandle } from '../../src/storage/database';
import { findByIdempotencyKey } from '../../src/storage/outbox.repository';
import { findConversationRef, findUser } from '../../src/storage/users.repository';
import { StodlotsenAdapter } from '../../src/teams/adapter';
import { createApp } from '../../src/teams/app';
import { registerConversationRefs } from '../../src/teams/handlers/conversationRefs';
import { createProactiveSender } from '../../src/teams/proactive';
import { startServer, type RunningServer } from '../../src/teams/server';
import { DatabaseStorage } from '../../src/teams/stateStorage';
import type { AppTurnState } from '../../src/teams/turnState';
import { installationUpdate, personalConversation } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { localConfig, memoryLogger, openTestDatabase } from '../support/testDeps';
import { notify, TENANT, virtualTime } from './support';

const ROUTE_RAN = 'the normal route ran';
const STAFF = { id: 'aad-staff-0001', name: 'Testperson Personal', aadObjectId: '00000000-0000-4000-8000-000000000001' };

describe('conversation references captured before every turn', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  /**
   * teams-ai's Application with only this handler and two routes that answer, driven by
   * botbuilder's TestAdapter: shows the capture runs before the routes and never replaces them.
   * (The project's createApp is exercised over HTTP below.)
   */
  function bot(db = database.db) {
    const time = virtualTime();
    const log = memoryLogger();
    const app = new Application<AppTurnState>({ storage: new MemoryStorage(), turnStateFactory: () => new TurnState(), startTypingTimer: false });
    registerConversationRefs(app, { config: localConfig(), logger: log.logger, clock: time.clock, db });
    app.message(/.*/, async (context) => {
      await context.sendActivity(ROUTE_RAN);
    });
    app.activity('installationUpdate', async (context) => {
      await context.sendActivity(ROUTE_RAN);
    });
    const adapter = new TestAdapter((context) => app.run(context).then(() => undefined));
    return {
      time,
      refLog: log.lines,
      async send(activity: Partial<Activity>) {
        adapter.activeQueue.splice(0);
        await adapter.processActivity({ from: STAFF, ...activity });
        return adapter.activeQueue.splice(0);
      },
    };
  }

  it('stores user and 1:1 reference on install (AAD object id + tenant, no names), and the welcome still runs', async () => {
    const b = bot();
    const replies = await b.send(installationUpdate('conv-1'));
    expect(replies.map((r) => r.text)).toEqual([ROUTE_RAN]);

    expect(await findUser(database.db, STAFF.aadObjectId)).toEqual({ id: STAFF.aadObjectId, tenantId: TENANT, upn: null, teamsUserId: STAFF.id });
    const ref = await findConversationRef(database.db, STAFF.aadObjectId);
    expect(ref).toMatchObject({ tenantId: TENANT, serviceUrl: 'https://test.com' });
    expect(ref!.reference).toMatchObject({
      user: { id: STAFF.id, aadObjectId: STAFF.aadObjectId, name: '' },
      conversation: { id: 'conv-1', conversationType: 'personal', tenantId: TENANT },
    });
    expect(JSON.stringify(ref!.reference)).not.toContain(STAFF.name);
    expect(ref!.reference).not.toHaveProperty('activityId');
  });

  it('captures on an ordinary message and still answers it', async () => {
    const b = bot();
    const replies = await b.send({ type: 'message', text: 'blåbärssoppa', conversation: personalConversation('conv-7') });
    expect(replies.map((r) => r.text)).toEqual([ROUTE_RAN]);
    expect((await findConversationRef(database.db, STAFF.aadObjectId))!.reference).toMatchObject({ conversation: { id: 'conv-7' } });
  });

  it('refreshes a reference that changed (new chat id) and leaves an unchanged one alone', async () => {
    const b = bot();
    await b.send(installationUpdate('conv-1'));
    const first = await findConversationRef(database.db, STAFF.aadObjectId);
    b.time.advance(60_000);
    await b.send({ type: 'message', text: 'hej', conversation: personalConversation('conv-1') });
    expect((await findConversationRef(database.db, STAFF.aadObjectId))!.updatedAt).toBe(first!.updatedAt);
    await b.send({ type: 'message', text: 'hej', conversation: personalConversation('conv-2') });
    const moved = await findConversationRef(database.db, STAFF.aadObjectId);
    expect(moved!.updatedAt).toBe('2026-11-23T09:01:00.000Z');
    expect(moved!.reference).toMatchObject({ conversation: { id: 'conv-2' } });
  });

  it('never stores a group chat as the way to reach someone personally', async () => {
    const b = bot();
    await b.send({ type: 'message', text: 'hej', conversation: { ...personalConversation('group-1'), conversationType: 'groupChat', isGroup: true } });
    expect(await findUser(database.db, STAFF.aadObjectId)).toBeDefined();
    expect(await findConversationRef(database.db, STAFF.aadObjectId)).toBeUndefined();
    expect(await recipientReachability(database.db, { tenantId: TENANT, userId: STAFF.aadObjectId })).toBe('not-installed');
  });

  it('forgets the reference when the app is uninstalled', async () => {
    const b = bot();
    await b.send(installationUpdate('conv-1'));
    expect(await recipientReachability(database.db, { tenantId: TENANT, userId: STAFF.aadObjectId })).toBe('reachable');
    await b.send({ ...installationUpdate('conv-1'), action: 'remove' } as never);
    expect(await findConversationRef(database.db, STAFF.aadObjectId)).toBeUndefined();
  });

  it('a storage failure is logged and does not swallow the turn', async () => {
    const broken = await openTestDatabase();
    await broken.close();
    const b = bot(broken.db);
    const replies = await b.send({ type: 'message', text: 'blåbärssoppa', conversation: personalConversation('conv-1') });
    expect(replies.map((r) => r.text)).toEqual([ROUTE_RAN]);
    expect(b.refLog().map((l) => l.msg)).toContain('could not store the conversation reference');
    expect(JSON.stringify(b.refLog())).not.toContain('blåbärssoppa');
  });
});

describe('install over HTTP: the UPN comes from the Teams roster and a waiting notification is delivered', () => {
  let database: DatabaseHandle;
  let connector: FakeConnector;
  let server: RunningServer;
  afterEach(async () => {
    await server?.close();
    await connector?.close();
    await database?.close();
  });

  it('stores the UPN from getMember, wakes the notification that waited for this caseworker and sends it', async () => {
    database = await openTestDatabase();
    connector = await startFakeConnector();
    const time = virtualTime();
    const upn = 'Handlaggare.Test@stodlotsen.example';
    connector.respond = (call) =>
      call.method === 'GET' && call.path.includes('/members/')
        ? { status: 200, body: { id: '29:caseworker-http', aadObjectId: 'aad-caseworker-http', name: 'Testperson', userPrincipalName: upn } }
        : { status: 200, body: { id: `activity-${call.path.length}` } };

    await notify(database.db, time.clock.now(), 'n-before-install', { text: 'Väntande notis' }, { recipientUpn: upn });
    const { logger } = memoryLogger();
    const config = localConfig();
    const adapter = new StodlotsenAdapter({});
    const deps = { config, logger, clock: time.clock, db: database.db };
    const app = createApp({ ...deps, storage: new DatabaseStorage(database.db, time.clock), adapter });
    registerConversationRefs(app, deps);
    server = await startServer({ config, logger, app, adapter, ready: async () => true });
    const dispatcher = createDispatcher({ ...deps, sender: createProactiveSender({ adapter, appId: '' }), instanceId: 'http-test', sleep: time.sleep });

    expect(await dispatcher.runOnce()).toMatchObject({ waiting: 1 });
    time.advance(60_000);

    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'installationUpdate',
        action: 'add',
        id: 'install-1',
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        from: { id: '29:caseworker-http', aadObjectId: 'aad-caseworker-http', name: 'Testperson' },
        recipient: { id: '28:bot', name: 'Stödlotsen' },
        conversation: { id: 'a:conv-caseworker-http', conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
      }),
    });
    expect(response.status).toBe(200);
    expect(await findUser(database.db, 'aad-caseworker-http')).toMatchObject({ upn: upn.toLowerCase(), teamsUserId: '29:caseworker-http' });
    // woken: due now rather than at the 10-minute recheck
    expect(await findByIdempotencyKey(database.db, 'n-before-install')).toMatchObject({ nextAttemptAt: '2026-11-23T09:01:00.000Z' });

    expect((await dispatcher.runOnce()).sent).toBe(1);
    const sends = connector.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations/a%3Aconv-caseworker-http/activities');
    expect(sends.map((c) => c.body.text)).toEqual(['Väntande notis']);
  });
});
