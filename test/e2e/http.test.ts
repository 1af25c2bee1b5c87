import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { listCasesForUser } from '../../src/storage/cases.repository';
import { findUserByUpn } from '../../src/storage/users.repository';
import { startBot, type RunningBot } from '../../src/main';
import { startFakeConnector, type ConnectorCall, type FakeConnector } from '../support/fakeConnector';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';
import {
  BOT,
  CASE_DIALOGUE,
  CASE_REFERENCE,
  CASE_VALUES,
  CASEWORKER_USER,
  FOLLOW_UP_DIALOGUE,
  FOLLOW_UP_VALUES,
  LEVEL_CHANGE_HOW,
  LEVEL_CHANGE_REASON,
  planDialogue,
  STAFF_USER,
  TENANT_ID,
  type E2eUser,
  type PlannedStep,
} from './journey';

/**
 * The journey over HTTP as Teams would send it: messages and `adaptiveCard/action` invokes
 * posted to the real server's /api/messages, with a local fake connector as serviceUrl. Every
 * button press takes its verb and data from the card the bot returned.
 */
type Card = Record<string, unknown>;
interface CardAction {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
}

const TODAY = '2026-11-23';

describe('[e2e] HTTP: staff registers a case and sends underlag för uppföljning; the caseworker gets it proactively', () => {
  let bot: RunningBot;
  let connector: FakeConnector;
  let activitySeq = 0;

  beforeAll(async () => {
    connector = await startFakeConnector();
    connector.respond = (call, index) => memberLookup(call) ?? { status: 200, body: { id: `activity-${index + 1}` } };
    const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath('stodlotsen-e2e-http'), LOG_LEVEL: 'silent' });
    bot = await startBot(config, memoryLogger('silent').logger, testClock(`${TODAY}T09:00:00.000Z`));
  });

  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  /** The Teams roster answer the bot uses to learn a user's UPN. */
  function memberLookup(call: ConnectorCall) {
    const match = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)$/.exec(call.path);
    if (call.method !== 'GET' || !match) return undefined;
    const user = [STAFF_USER, CASEWORKER_USER].find((u) => u.id === decodeURIComponent(match[1]!));
    if (!user) return { status: 404, body: { error: { code: 'MemberNotFoundInConversation' } } };
    return {
      status: 200,
      body: { id: user.id, aadObjectId: user.aadObjectId, name: user.name, givenName: user.givenName, surname: user.surname, email: user.upn, userPrincipalName: user.upn, tenantId: TENANT_ID, userRole: 'user' },
    };
  }

  function base(user: E2eUser) {
    activitySeq += 1;
    return {
      id: `incoming-${activitySeq}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      timestamp: `${TODAY}T09:00:00.000Z`,
      from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
      recipient: BOT,
      conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID } },
      locale: 'sv-SE',
    };
  }

  async function post(activity: Record<string, unknown>): Promise<Response> {
    const response = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status, `POST /api/messages (${String(activity.type)})`).toBe(200);
    return response;
  }

  /** Sends a message and returns what the bot posted back to that conversation. */
  async function say(user: E2eUser, text: string): Promise<ConnectorCall[]> {
    const before = connector.calls.length;
    await post({ ...base(user), type: 'message', text });
    return connector.calls.slice(before).filter((c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${encodeURIComponent(user.conversationId)}/activities`));
  }

  /** Presses a button on a card (Action.Execute) and returns the card the bot answered with. */
  async function press(user: E2eUser, card: Card, title: string, inputs: Record<string, string> = {}): Promise<{ card?: Card; text?: string }> {
    const action = actionsOf(card).find((a) => a.title === title);
    expect(action, `button "${title}" among ${actionsOf(card).map((a) => a.title).join(', ')}`).toBeDefined();
    expect(action!.type).toBe('Action.Execute');
    const response = await post({
      ...base(user),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'card-activity-1',
      value: { action: { type: 'Action.Execute', verb: action!.verb, data: { ...(action!.data ?? {}), ...inputs } }, trigger: 'manual' },
    });
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    if (body.type === 'application/vnd.microsoft.card.adaptive') return { card: body.value as Card };
    return { text: String(body.value) };
  }

  /** Walks the planned steps: each step's inputs go with its "Nästa" (last: "Förhandsgranska"). */
  async function walk(user: E2eUser, first: Card, plan: readonly PlannedStep[]): Promise<Card> {
    let card = first;
    for (const { step, fields, isLast } of plan) {
      expect(textOf(card), `card shows step "${step.title}"`).toContain(step.title);
      // As a client does: every input's current value, with what the user typed on top.
      const inputs = { ...inputValuesOf(card) };
      for (const f of fields) if (f.value !== undefined) inputs[inputIdOf(card, f.spec.id)] = f.value;
      const answer = await press(user, card, isLast ? 'Förhandsgranska' : 'Nästa', inputs);
      expect(answer.card, `a card after step "${step.title}" (${answer.text ?? ''})`).toBeDefined();
      expect(errorsOf(answer.card!), `no validation errors after step "${step.title}"`).toEqual([]);
      card = answer.card!;
    }
    return card;
  }

  it('delivers the summary with the level-change proposal to the caseworker', { timeout: 60_000 }, async () => {
    // 1. The caseworker opens the bot once: the bot learns their UPN and how to reach them.
    const hello = await say(CASEWORKER_USER, 'hjälp');
    expect(hello.length).toBeGreaterThan(0);
    const caseworker = await findUserByUpn(bot.database.db, TENANT_ID, CASEWORKER_USER.upn);
    expect(caseworker, 'the caseworker UPN was captured from the roster (conversation-reference capture wired into the app?)').toBeDefined();

    // 2. Staff registers the case, naming the caseworker by e-mail.
    const [started] = await say(STAFF_USER, 'nytt ärende');
    const caseCard = cardOf(started);
    const casePreview = await walk(STAFF_USER, caseCard, planDialogue(CASE_DIALOGUE, CASE_VALUES, null, TODAY));
    expect(textOf(casePreview)).toContain(CASEWORKER_USER.upn);
    const saved = await press(STAFF_USER, casePreview, 'Spara');
    expect(textOf(saved.card ?? saved.text)).toContain(`Ärendet ${CASE_REFERENCE} är registrerat`);

    const [clientCase] = await listCasesForUser(bot.database.db, TENANT_ID, STAFF_USER.aadObjectId, STAFF_USER.upn);
    expect(clientCase?.caseReference).toBe(CASE_REFERENCE);

    // 3. Staff writes the underlag för uppföljning with a level-change proposal and sends it.
    const [followUpStarted] = await say(STAFF_USER, 'uppföljning');
    const followUpCard = cardOf(followUpStarted);
    const preview = await walk(STAFF_USER, followUpCard, planDialogue(FOLLOW_UP_DIALOGUE, FOLLOW_UP_VALUES, clientCase!, TODAY));
    expect(textOf(preview)).toContain(LEVEL_CHANGE_HOW);
    const sent = await press(STAFF_USER, preview, 'Skicka');
    expect(textOf(sent.card ?? sent.text)).toContain('skickat');

    // 4. The summary arrives in the caseworker's 1:1 conversation, proactively.
    const delivered = await waitFor(() =>
      connector.calls.find((c) => c.method === 'POST' && c.path === `/v3/conversations/${encodeURIComponent(CASEWORKER_USER.conversationId)}/activities` && textOf(c.body).includes(CASE_REFERENCE)),
    );
    const summary = cardOf(delivered);
    const summaryText = textOf(summary);
    expect(summaryText).toContain('Underlag för uppföljning');
    expect(summaryText).toContain(CASE_REFERENCE);
    expect(summaryText).toContain(LEVEL_CHANGE_HOW);
    expect(summaryText).toContain(LEVEL_CHANGE_REASON);
    expect(actionsOf(summary).map((a) => a.title)).toContain('Mottaget');
    expect((delivered.body.recipient as { id?: string } | undefined)?.id).toBe(CASEWORKER_USER.id);
  });
});

function actionsOf(card: Card): CardAction[] {
  return (card.actions as CardAction[] | undefined) ?? [];
}

function cardOf(call: ConnectorCall | undefined): Card {
  expect(call, 'the bot posted an activity').toBeDefined();
  const attachments = (call!.body.attachments as Array<{ contentType: string; content: Card }> | undefined) ?? [];
  const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  expect(card, `an Adaptive Card in ${JSON.stringify(call!.body).slice(0, 300)}`).toBeDefined();
  return card!;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

function inputsOf(card: Card): Array<{ id: string; value: string }> {
  const inputs: Array<{ id: string; value: string }> = [];
  const walkNode = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walkNode);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') inputs.push({ id: n.id, value: n.value === undefined ? '' : String(n.value) });
      Object.values(n).forEach(walkNode);
    }
  };
  walkNode(card.body);
  return inputs;
}

function inputValuesOf(card: Card): Record<string, string> {
  return Object.fromEntries(inputsOf(card).map((i) => [i.id, i.value]));
}

/** The id of the card input for a field (whatever prefix the card uses), found on the card itself. */
function inputIdOf(card: Card, fieldId: string): string {
  const ids = inputsOf(card).map((i) => i.id);
  const id = ids.find((i) => i === fieldId || i.endsWith(`_${fieldId}`));
  expect(id, `an input for "${fieldId}" among ${ids.join(', ')}`).toBeDefined();
  return id!;
}

/** Validation messages the step card shows (TextBlocks coloured Attention). */
function errorsOf(card: Card): string[] {
  const errors: string[] = [];
  const walkNode = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walkNode);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock' && n.color === 'Attention' && typeof n.text === 'string') errors.push(n.text);
      Object.values(n).forEach(walkNode);
    }
  };
  walkNode(card.body);
  return [...new Set(errors)];
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`nothing arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
