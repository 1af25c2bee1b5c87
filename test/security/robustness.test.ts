import fc from 'fast-check';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_VERBS } from '../../src/cards/verbs';
import { COMMANDS } from '../../src/commands';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import type { DatabaseHandle } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts.repository';
import { ERROR_TEXT } from '../../src/teams/turnHandler';
import { conversationHarness, STAFF, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { memoryLogger, openTestDatabase, tempDatabasePath, testClock } from '../support/testDeps';

/** Swedish text the bot may answer with: at least one å, ä or ö and nothing of the error boundary. */
const SWEDISH = /[åäöÅÄÖ]/;
/** Fixed seeds: a failure is reproducible, and CI time stays predictable. */
const RUNS = { seed: Number(process.env.FC_SEED ?? 20261123), numRuns: Number(process.env.FC_RUNS ?? 150) } as const;

const hugeString = fc.constantFrom('x'.repeat(60_000), '${$root}'.repeat(5_000), 'å'.repeat(20_000));
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 200 }), hugeString);
const anyValue = fc.oneof(anyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));

function fieldData(draftIds: string[]) {
  return fc.record(
    {
      draftId: fc.oneof(fc.constantFrom(...draftIds), fc.uuid(), anyValue),
      version: fc.oneof(fc.integer({ min: -2, max: 5 }), anyValue),
      dialogue: fc.oneof(fc.constantFrom('arende', 'uppstartsmote', 'genomforandeplan', 'uppfoljning', 'stodniva'), anyValue),
      caseId: fc.oneof(fc.uuid(), anyValue),
      submissionId: fc.oneof(fc.uuid(), anyValue),
      f_sinceMoveIn: anyValue,
      f_date: fc.oneof(fc.constantFrom('2026-11-16', '2026-02-30', ''), anyValue),
      'f_participants.roles': fc.oneof(fc.constantFrom('client,caseworker', 'x,,y'), anyValue),
      f_caseReference: fc.oneof(fc.constantFrom('BST-2026-0042', '19121212-1212'), anyValue),
      verb: fc.oneof(fc.constantFrom(...ALL_VERBS), anyString),
    },
    { requiredKeys: [] },
  );
}

function activityArbitrary(draftIds: string[]): fc.Arbitrary<Partial<Activity>> {
  const cardAction = fc.record({
    type: fc.constant('invoke'),
    name: fc.oneof(fc.constant('adaptiveCard/action'), fc.constant('adaptiveCard/action'), anyString),
    value: fc.oneof(
      fc.record({ action: fc.record({ type: fc.oneof(fc.constant('Action.Execute'), anyString), verb: fc.oneof(fc.constantFrom(...ALL_VERBS), anyString), data: fc.oneof(fieldData(draftIds), anyValue) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      anyValue,
    ),
  });
  const submit = fc.record({ type: fc.constant('message'), value: fc.oneof(fieldData(draftIds), anyValue), text: fc.option(anyString, { nil: undefined }) });
  const message = fc.record({ type: fc.constant('message'), text: fc.oneof(fc.constantFrom(...COMMANDS.map((c) => c.text)), anyString) });
  const other = fc.record({ type: fc.oneof(fc.constantFrom('conversationUpdate', 'installationUpdate', 'messageReaction', 'event', 'typing', 'endOfConversation'), anyString), action: fc.option(anyString, { nil: undefined }) });
  const conversation = fc.oneof(
    fc.constant(undefined),
    fc.record({ id: fc.constantFrom('conv-1', 'conv-2'), conversationType: fc.constantFrom('personal', 'groupChat', 'channel'), isGroup: fc.boolean(), name: fc.constant('') }),
  );
  const from = fc.oneof(fc.constant(STAFF), fc.constant(CASEWORKER), fc.record({ id: anyString, aadObjectId: fc.option(anyString, { nil: undefined }) }));
  return fc
    .tuple(fc.oneof(cardAction, submit, message, other), conversation, from)
    .map(([activity, conv, sender]) => ({ ...(activity as Partial<Activity>), from: sender as Activity['from'], ...(conv ? { conversation: conv as Activity['conversation'] } : {}) }));
}

describe('robustness: arbitrary activities through the real Application', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let draftIds: string[];
  beforeAll(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-16T13:00:00.000Z'));
    const clientCase = await registerTestCase(database.db);
    await caseworkerHasInstalled(database.db);
    const draft = await createDraft(database.db, STAFF.aadObjectId, clientCase.id, 'uppstartsmote', {}, new Date('2026-11-16T12:00:00.000Z'));
    draftIds = [draft.id];
  });
  afterAll(async () => {
    await database.close();
  });

  it('never crashes: no reply, a card, or a clear Swedish message', async () => {
    const seen = { cards: 0, texts: 0, invokes: 0, silent: 0 };
    await fc.assert(
      fc.asyncProperty(activityArbitrary(['00000000-0000-4000-8000-00000000dddd']), async (activity) => {
        const logged = bot.logLines().length;
        const replies = await bot.send(activity);
        if (replies.length === 0) seen.silent++;
        for (const reply of replies) {
          if (reply.attachments?.length) seen.cards++;
          else if (reply.type === 'message') seen.texts++;
          if (reply.type === 'invokeResponse') {
            seen.invokes++;
            const value = reply.value as { status: number; body?: { type?: string; value?: unknown } };
            expect([200, 403]).toContain(value.status);
            if (value.body?.type === 'application/vnd.microsoft.activity.message') expect(String(value.body.value)).toMatch(SWEDISH);
            continue;
          }
          expect(reply.type).toBe('message');
          if (reply.attachments?.length) expect(reply.attachments.every((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
          else expect(reply.text).toMatch(SWEDISH);
          expect(reply.text).not.toBe(ERROR_TEXT);
        }
        expect(bot.logLines().slice(logged).filter((l) => l.msg === 'turn failed')).toEqual([]);
      }),
      RUNS,
    );
    // the generator reaches the handlers, not only the guard
    expect(Math.min(seen.cards, seen.texts, seen.invokes, seen.silent)).toBeGreaterThan(5);
  }, 120_000);

  it('also with the real draft ids in play', async () => {
    await fc.assert(
      fc.asyncProperty(activityArbitrary(draftIds), async (activity) => {
        const logged = bot.logLines().length;
        await bot.send(activity);
        expect(bot.logLines().slice(logged).filter((l) => l.msg === 'turn failed')).toEqual([]);
      }),
      { ...RUNS, numRuns: 100 },
    );
  }, 120_000);
});

describe('robustness: arbitrary request bodies over HTTP to the real server', () => {
  let running: RunningBot;
  let connector: FakeConnector;
  const { logger, lines } = memoryLogger();
  beforeAll(async () => {
    connector = await startFakeConnector();
    running = await startBot(loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'debug' }), logger, testClock());
  });
  afterAll(async () => {
    await running.stop();
    await connector.close();
  });

  const FIELDS = ['type', 'name', 'id', 'channelId', 'serviceUrl', 'text', 'value', 'from', 'recipient', 'conversation', 'channelData'] as const;
  /** A Teams-shaped activity with plausible variations, and now and then one or two fields replaced by anything. */
  const envelope = (serviceUrl: string) => {
    const plausible = fc.record({
      type: fc.constantFrom('message', 'message', 'invoke', 'conversationUpdate', 'installationUpdate'),
      name: fc.constantFrom('adaptiveCard/action', 'task/fetch'),
      id: fc.uuid(),
      channelId: fc.constantFrom('msteams', 'msteams', 'msteams', 'slack'),
      serviceUrl: fc.constantFrom(serviceUrl, serviceUrl, serviceUrl, 'https://evil.example/'),
      text: fc.oneof(fc.constantFrom('hjälp', 'nytt ärende', 'mina utkast', 'uppstartsmöte'), anyString),
      value: fc.oneof(fc.record({ action: fc.record({ type: fc.constant('Action.Execute'), verb: fc.constantFrom(...ALL_VERBS), data: anyValue }) }), anyValue),
      from: fc.constant({ id: '29:staff', aadObjectId: STAFF.aadObjectId }),
      recipient: fc.constant({ id: '28:bot' }),
      conversation: fc.constantFrom({ id: 'a:conv-http', conversationType: 'personal', tenantId: 'tenant-test-0001' }, { id: '19:group', conversationType: 'groupChat', tenantId: 'tenant-test-0001' }),
      channelData: fc.constant({ tenant: { id: 'tenant-test-0001' } }),
    });
    const mutations = fc.array(fc.tuple(fc.constantFrom(...FIELDS), anyValue), { maxLength: 2 });
    return fc.tuple(plausible, mutations).map(([activity, changes]) => ({ ...activity, ...Object.fromEntries(changes) }));
  };

  it('never answers 500 and keeps serving', async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: envelope(connector.serviceUrl) }, { weight: 1, arbitrary: anyValue }, { weight: 1, arbitrary: fc.string() }), fc.boolean(), async (body, raw) => {
        const payload = raw && typeof body === 'string' ? body : JSON.stringify(body ?? null);
        const response = await fetch(`${running.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
        statuses.add(response.status);
        await response.arrayBuffer();
        expect(response.status).not.toBe(500);
        expect(response.status < 500 || response.status === 501).toBe(true);
      }),
      { ...RUNS, numRuns: 120 },
    );
    expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
    expect(lines().filter((l) => l.msg === 'turn failed' || l.msg === 'request failed')).toEqual([]);
    for (const call of connector.calls) expect(call.body.text === undefined || call.body.text !== ERROR_TEXT).toBe(true);
    expect([...statuses].every((s) => [200, 400, 401, 403, 413, 415, 501].includes(s))).toBe(true);
    expect(statuses.has(200) && statuses.has(400)).toBe(true);
    expect(connector.calls.length).toBeGreaterThan(5);
  }, 120_000);
});
