import { TestAdapter, type Activity, type Storage } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { createAuditor } from '../../src/audit';
import { createApp } from '../../src/teams/app';
import { createQa, type Qa } from '../../src/qa';
import { createTurnHandler } from '../../src/teams/turnHandler';
import { DatabaseStorage } from '../../src/teams/stateStorage';
import type { AppTurnState } from '../../src/teams/turnState';
import type { Clock } from '../../src/domain/clock';
import type { DatabaseHandle } from '../../src/storage/database';
import { localConfig, memoryLogger } from './testDeps';

let sharedQa: Qa | undefined;
/** The search index is built once per test file, as it is once per process in production. */
function qa(): Qa {
  return (sharedQa ??= createQa());
}

export const STAFF = { id: 'aad-staff-0001', name: 'Testperson Personal', aadObjectId: '00000000-0000-4000-8000-000000000001' };

export interface ConversationHarness {
  readonly app: Application<AppTurnState>;
  readonly adapter: TestAdapter;
  readonly storage: Storage;
  readonly logLines: () => Record<string, unknown>[];
  /** Sends one activity through the real Application and returns what the bot replied. */
  send(activity: Partial<Activity> | string): Promise<Partial<Activity>[]>;
  /** Presses a card button (Action.Execute) and returns the card or message the bot answered with. */
  press(card: Card, title: string, values?: Record<string, string>, from?: typeof STAFF): Promise<{ card?: Card; message?: string; status: number }>;
  /** Sends a command that opens a dialogue and returns its one card. */
  open(command: string): Promise<Card>;
  /** Answers step after step: checks each step's title, fills it in, presses Nästa (or Förhandsgranska on the last). */
  walk(card: Card, steps: ReadonlyArray<readonly [title: string, answers: Record<string, string>]>): Promise<Card>;
}

export function conversationHarness(database: DatabaseHandle, clock: Clock, storage: Storage = new DatabaseStorage(database.db, clock), onQueued?: () => void): ConversationHarness {
  const { logger, lines } = memoryLogger();
  const config = localConfig();
  const app = createApp({ config, logger, clock, db: database.db, storage, qa: qa(), ...(onQueued ? { onQueued } : {}) });
  const adapter = new TestAdapter(createTurnHandler(app, logger, { config, auditor: createAuditor(database.db, clock, logger) }));
  return {
    app,
    adapter,
    storage,
    logLines: lines,
    async send(input) {
      const activity: Partial<Activity> =
        typeof input === 'string' ? { type: 'message', text: input, from: STAFF } : { from: STAFF, ...input };
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
    async press(card, title, values = {}, from = STAFF) {
      const { verb, data } = pressable(card, title);
      return invokeResult(await this.send(executeActivity(verb, { ...data, ...fields(values) }, from)));
    },
    async open(command) {
      const cards = cardsOf(await this.send(command));
      if (cards.length !== 1) throw new Error(`"${command}" answered with ${cards.length} cards`);
      return cards[0]!;
    },
    async walk(card, steps) {
      let current = card;
      for (const [title, answers] of steps) {
        if (!JSON.stringify(current.body).includes(title)) throw new Error(`expected the step "${title}"`);
        const button = cardActions(current).some((a) => a.title === 'Nästa') ? 'Nästa' : 'Förhandsgranska';
        const next = (await this.press(current, button, answers)).card;
        if (!next) throw new Error(`no card after "${title}"`);
        current = next;
      }
      return current;
    },
  };
}

export function cardsOf(replies: Partial<Activity>[]): Record<string, unknown>[] {
  return replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Record<string, unknown>));
}

export function textOfCard(card: unknown): string {
  return JSON.stringify(card);
}

export type Card = Record<string, unknown>;

/** Builds the invoke a Teams client sends for Action.Execute. */
export function executeActivity(verb: string, data: Record<string, unknown>, from = STAFF): Partial<Activity> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    from,
    value: { action: { type: 'Action.Execute', verb, data } },
    replyToId: 'card-message-1',
  };
}

/** The card (or message) the bot answered an Action.Execute invoke with. */
export function invokeResult(replies: Partial<Activity>[]): { card?: Card; message?: string; status: number } {
  const response = replies.find((r) => r.type === 'invokeResponse');
  if (!response) throw new Error(`no invoke response among ${replies.map((r) => r.type).join(', ')}`);
  const value = response.value as { status: number; body?: { type: string; value: unknown } };
  if (value.body?.type === 'application/vnd.microsoft.card.adaptive') return { card: value.body.value as Card, status: value.status };
  return { message: String(value.body?.value ?? ''), status: value.status };
}

interface CardAction {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
}

export function cardActions(card: Card): CardAction[] {
  return (card.actions as CardAction[] | undefined) ?? [];
}

/** Finds a button by its title and returns what pressing it would send (verb + data). */
export function pressable(card: Card, title: string): { verb: string; data: Record<string, unknown> } {
  const action = cardActions(card).find((a) => a.title === title);
  if (!action) throw new Error(`no button "${title}" among ${cardActions(card).map((a) => a.title).join(', ')}`);
  const verb = action.verb ?? String(action.data?.verb);
  return { verb, data: { ...(action.data ?? {}) } };
}

/** Input ids of every input on the card. */
export function inputIds(card: Card): string[] {
  const ids: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') ids.push(n.id);
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return ids;
}

/** Field values as a card submits them (input ids carry the `f_` prefix). */
export function fields(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`f_${k}`, v]));
}

/** The text of a TextBlock, or of a RichTextBlock's runs (user text is shown in TextRuns, never as Markdown). */
export function blockText(block: { text?: string; inlines?: Array<{ text?: string }> }): string {
  return block.text ?? (block.inlines ?? []).map((i) => i.text ?? '').join('');
}

/** The Treserva text as the caseworker's card carries it in "Text för Treserva" (one block per line, blank lines as ' '). */
export function treservaTextOf(payload: unknown): string {
  const card = (payload as { card: Card }).card;
  const show = cardActions(card).find((a) => a.type === 'Action.ShowCard') as unknown as { card: { body: Array<{ text?: string; inlines?: Array<{ text?: string }> }> } };
  // the first block is the instruction; the text ends with a line break, so its last "line" is empty
  return show.card.body
    .slice(1)
    .map((b) => (blockText(b) === ' ' ? '' : blockText(b)))
    .join('\n');
}
