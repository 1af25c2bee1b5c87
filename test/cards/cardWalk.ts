import type { Activity } from 'botbuilder';
import { listByStatus } from '../../src/storage/outbox.repository';
import { assignRole } from '../../src/storage/roles.repository';
import { upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { installationUpdate } from '../support/activities';
import { cardActions, conversationHarness, STAFF, type Card, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, caseworkerHasInstalled } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { unitManagerHarness } from '../unitManager/support';
import { ADMIN, MANAGER_HISINGEN, NOW, seedCases, seedPeople } from '../unitManager/fixture';

/**
 * Every card the bot sends in a full walk: welcome and help per role, every dialogue step by step
 * through the real Application (as test/dialogues does) with realistic answers, previews, edits,
 * sends, the caseworker's notifications from the outbox and what pressing their buttons answers,
 * drafts, closing a case, the unit manager's and the admin's cards, and questions.
 */
export interface CollectedCard {
  /** Where in the walk it came: the command or button, and the step. */
  readonly label: string;
  readonly card: Card;
}

type Person = typeof STAFF;
type Answers = Readonly<Record<string, string>>;

const TODAY = '2026-11-23';
const LONG_TEXT =
  'Den enskilde har under perioden tagit emot stöd två gånger i veckan. Hen har själv betalat hyran i tid tre månader i rad och handlar mat med stöd av inköpslista. Det som återstår är att klara tvättstugan och att hålla kontakt med öppenvården utan påminnelse.';

/** Answers by field id where a generic value would not pass (formats, dates in order, choices that open more steps). */
const OVERRIDES: Answers = {
  caseReference: 'BST-2026-0042',
  unit: 'Testenheten Hisingen',
  service: 'socialt_boende_med_stod',
  housingForm: 'lagenhetsboende',
  movedInDate: '2026-11-02',
  levelModel: 'lagenhetsboende_2025',
  currentLevel: 'medel',
  levelStartDate: '2026-11-02',
  caseworkerUpn: CASEWORKER.upn,
  paysRent: 'true',
  rentFromDate: '2026-12-01',
  protectedIdentity: 'false',
  date: TODAY,
  implementationDate: '2026-11-02',
  'participants.roles': 'client,caseworker,contactStaff',
  'followUp.firstMeetingDate': '2027-01-12',
  'followUp.firstMeetingTime': '10:00',
  'levelCheck.levelId': 'medel',
  'levelCheck.outcome': 'confirmed',
  participation: 'participated',
  'conditions.levelChangeRelevant': 'true',
  'levelAdjustment.direction': 'increase',
  'levelAdjustment.duration.kind': 'lasting',
  'levelAdjustment.proposedLevel': 'hog',
  direction: 'increase',
  'duration.kind': 'lasting',
  proposedLevelId: 'hog',
  'goals.0.more': 'true',
  'goals.1.more': 'false',
  'delmal.0.more': 'true',
  'delmal.1.more': 'false',
  'krisplan.consentToContact': 'true',
  closedOn: TODAY,
  from: '2026-01-01',
  to: TODAY,
};

export async function collectCardsOfFullWalk(): Promise<CollectedCard[]> {
  const collected: CollectedCard[] = [];
  await dialogueWalk(collected);
  await unitManagerWalk(collected);
  return collected;
}

async function dialogueWalk(collected: CollectedCard[]): Promise<void> {
  const database = await openTestDatabase();
  try {
    const bot = recording(conversationHarness(database, testClock(`${TODAY}T09:00:00.000Z`)), collected);
    await caseworkerHasInstalled(database.db);
    await upsertUser(database.db, { id: STAFF.aadObjectId, tenantId: LOCAL_TENANT, upn: 'personal.test@example.se', teamsUserId: STAFF.id }, new Date(NOW));

    bot.label = 'install';
    await bot.send(installationUpdate('conv-cards'));
    await say(bot, 'hjälp');
    await say(bot, 'mina ärenden');
    await say(bot, 'uppstartsmöte');

    await completeDialogue(bot, 'nytt ärende');
    await completeDialogue(bot, 'nytt ärende', { caseReference: 'BST-2026-0043', service: 'boendestod', housingForm: 'eget_boende', paysRent: 'false' });
    await say(bot, 'mina ärenden');
    await say(bot, 'hjälp');
    await say(bot, 'hjälp', CASEWORKER);

    for (const command of ['uppstartsmöte', 'genomförandeplan', 'uppföljning', 'stödnivå']) await completeDialogue(bot, command);
    await completeDialogue(bot, 'genomförandeplan', {}, 'BST-2026-0043');

    // a draft saved half-way, listed and resumed; a step gone back from; a draft discarded
    const first = await openFor(bot, 'uppföljning', 'BST-2026-0042');
    const second = await press(bot, first, nextTitle(first), fill(first, {}));
    await press(bot, second, 'Tillbaka');
    await press(bot, second, 'Spara och fortsätt senare', fill(second, {}));
    const drafts = await say(bot, 'mina utkast');
    const resume = cardActions(drafts[0]!).find((a) => a.title.startsWith('Fortsätt'));
    if (resume) await press(bot, drafts[0]!, resume.title);
    const discard = await openFor(bot, 'stödnivå', 'BST-2026-0042');
    await press(bot, discard, 'Kasta utkastet');

    // the caseworker: the notifications, their buttons, and the follow-up meeting checklist
    const seenRows = new Set<string>();
    let decided = 0;
    for (const row of await listByStatus(database.db, 'pending')) {
      const card = (row.payload as { card?: Card }).card;
      seenRows.add(row.id);
      if (!card) continue;
      bot.label = `outbox ${row.kind}`;
      collected.push({ label: bot.label, card });
      // one decision per proposal: the first is changed, the next kept
      const decision = cardActions(card).find((a) => a.title.startsWith(decided === 0 ? 'Ändra till' : 'Behåll'));
      for (const action of cardActions(card)) {
        if (action.type !== 'Action.Execute') continue;
        const isDecision = action.title.startsWith('Ändra till') || action.title.startsWith('Behåll');
        if (isDecision && action !== decision) continue;
        const values: Answers = isDecision ? { effectiveDate: '2026-12-15', reason: 'Ökat behov under en längre period.' } : {};
        await press(bot, card, action.title, values, CASEWORKER);
      }
      if (decision) decided += 1;
    }
    await completeDialogue(bot, 'uppföljningsmöte', {}, 'BST-2026-0042', CASEWORKER);
    await completeDialogue(bot, 'avsluta ärende', { movedOnTo: 'eget_kontrakt' }, 'BST-2026-0043');
    for (const row of await listByStatus(database.db, 'pending')) {
      const card = (row.payload as { card?: Card }).card;
      if (card && !seenRows.has(row.id)) collected.push({ label: `outbox ${row.kind}`, card });
    }

    // the case team: its card, an addition (refused: the colleague has not opened Stödlotsen), the handover card
    const team = await openFor(bot, 'ärendeteam', 'BST-2026-0042');
    await press(bot, team, 'Lägg till', { t_upn: 'ny.kollega@example.se', t_role: 'staff', t_from: '', t_to: '' });
    await openFor(bot, 'byt kontaktpersonal', 'BST-2026-0042');

    // questions: one answered from the documents, one the bot does not know, a personnummer refused
    await say(bot, 'Vad innebär stödnivå hög?');
    await say(bot, 'Hur bokar jag en tvättstuga i Borås?');
    await say(bot, 'köstatus');
  } finally {
    await database.close();
  }
}

async function unitManagerWalk(collected: CollectedCard[]): Promise<void> {
  const database = await openTestDatabase();
  try {
    await seedCases(database.db);
    await seedPeople(database.db);
    await assignRole(database.db, LOCAL_TENANT, ADMIN.upn, 'admin', '', new Date(NOW));
    const bot = unitManagerHarness(database, testClock(NOW));
    const keep = (label: string, cards: readonly (Card | undefined)[]) => cards.forEach((card) => card && collected.push({ label, card }));
    for (const person of [MANAGER_HISINGEN, ADMIN]) {
      keep(`hjälp (${person.name})`, (await bot.say('hjälp', person)).cards);
      const [exportCard] = (await bot.say('exportera stödnivåer', person)).cards;
      keep('exportera stödnivåer', [exportCard]);
      if (exportCard && cardActions(exportCard).some((a) => a.title === 'Skapa Excelfil')) {
        keep('Skapa Excelfil', [(await bot.press(exportCard, 'Skapa Excelfil', { from: '2026-01-01', to: TODAY }, person)).card]);
      }
      keep('gallring', (await bot.say('gallring', person)).cards);
      const [stats] = (await bot.say('statistik', person)).cards;
      keep('statistik', [stats]);
      for (const action of stats ? cardActions(stats).filter((a) => a.type === 'Action.Execute') : []) {
        keep(`statistik › ${action.title}`, [(await bot.press(stats!, action.title, { from: '2026-01-01', to: TODAY }, person)).card]);
      }
    }
    keep('köstatus', (await bot.say('köstatus', ADMIN)).cards);
    keep('enhetschef', (await bot.say(`enhetschef ny.enhetschef@example.se Testenheten Hisingen`, ADMIN)).cards);
  } finally {
    await database.close();
  }
}

interface RecordingHarness extends ConversationHarness {
  label: string;
}

/** Every card in every reply (messages and invoke responses) is collected under the current label. */
function recording(harness: ConversationHarness, collected: CollectedCard[]): RecordingHarness {
  const bot = harness as RecordingHarness;
  bot.label = '';
  const send = harness.send.bind(harness);
  bot.send = async (activity) => {
    const replies = await send(activity);
    for (const reply of replies) {
      for (const attachment of reply.attachments ?? []) collected.push({ label: bot.label, card: attachment.content as Card });
      const value = reply.value as { body?: { type?: string; value?: unknown } } | undefined;
      if (reply.type === 'invokeResponse' && value?.body?.type === 'application/vnd.microsoft.card.adaptive') collected.push({ label: bot.label, card: value.body.value as Card });
    }
    return replies;
  };
  return bot;
}

async function say(bot: RecordingHarness, text: string, from: Person = STAFF): Promise<Card[]> {
  bot.label = `"${text}"`;
  const replies = await bot.send({ type: 'message', text, from } as Partial<Activity>);
  return replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Card));
}

async function press(bot: RecordingHarness, card: Card, title: string, values: Answers = {}, from: Person = STAFF): Promise<Card> {
  bot.label = `${bot.label.split(' › ')[0]} › ${title}`;
  const result = await bot.press(card, title, { ...values }, from);
  if (!result.card) throw new Error(`"${title}" answered "${result.message ?? ''}", not a card`);
  return result.card;
}

/** Opens a dialogue; when the person has several cases, picks the one by its reference. */
async function openFor(bot: RecordingHarness, command: string, caseReference = 'BST-2026-0042', from: Person = STAFF): Promise<Card> {
  const [card] = await say(bot, command, from);
  if (!card) throw new Error(`"${command}" sent no card`);
  const pick = cardActions(card).find((a) => a.title.includes(caseReference));
  return pick && !hasInputs(card) ? press(bot, card, pick.title, {}, from) : card;
}

/** Walks a dialogue to its preview, opens "Ändra" once, walks back, and presses the preview's send button. */
async function completeDialogue(bot: RecordingHarness, command: string, answers: Answers = {}, caseReference?: string, from: Person = STAFF): Promise<void> {
  let card = await openFor(bot, command, caseReference, from);
  let edited = false;
  for (let guard = 0; guard < 40; guard++) {
    const titles = cardActions(card).map((a) => a.title);
    // the preview: its first button sends (Skicka, Spara, Klar …)
    if (titles.includes('Ändra') && !hasInputs(card)) {
      if (!edited) {
        edited = true;
        card = await press(bot, card, 'Ändra', {}, from);
        continue;
      }
      const sent = await press(bot, card, titles[0]!, {}, from);
      if (errorsOf(sent).length > 0) throw new Error(`${command}: "${titles[0]}" refused: ${errorsOf(sent).join(' | ')}`);
      return;
    }
    const next = nextTitle(card);
    const before = JSON.stringify(card.body);
    card = await press(bot, card, next, fill(card, answers), from);
    if (errorsOf(card).length > 0 || JSON.stringify(card.body) === before) throw new Error(`${command}: the step did not move on (${errorsOf(card).join(' | ') || 'no message'})`);
  }
  throw new Error(`${command}: no preview after 40 steps`);
}

function nextTitle(card: Card): string {
  const titles = cardActions(card).map((a) => a.title);
  const next = titles.find((t) => t === 'Nästa' || t === 'Förhandsgranska');
  if (!next) throw new Error(`no Nästa/Förhandsgranska among ${titles.join(', ')}: ${errorsOf(card).join(' | ')}`);
  return next;
}

interface CardInput {
  type: string;
  id: string;
  value?: string;
  isMultiline?: boolean;
  style?: string;
  isMultiSelect?: boolean;
  choices?: Array<{ value: string }>;
  valueOff?: string;
}

function inputsOf(card: Card): CardInput[] {
  const inputs: CardInput[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') inputs.push(n as unknown as CardInput);
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return inputs;
}

function hasInputs(card: Card): boolean {
  return inputsOf(card).length > 0;
}

/** What a careful user enters: the override for the field, else what the card shows, else a realistic value for the input's kind. */
function fill(card: Card, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of inputsOf(card)) {
    const id = input.id.replace(/^f_/, '');
    const given = answers[id] ?? OVERRIDES[id];
    values[id] = given ?? (input.value !== undefined && input.value !== '' ? String(input.value) : generic(input, id));
  }
  return values;
}

function generic(input: CardInput, id: string): string {
  switch (input.type) {
    case 'Input.Date':
      return TODAY;
    case 'Input.Time':
      return '10:00';
    case 'Input.Number':
      return '2';
    case 'Input.Toggle':
      return input.valueOff ?? 'false';
    case 'Input.ChoiceSet': {
      const choices = (input.choices ?? []).map((c) => c.value);
      return input.isMultiSelect ? choices.slice(0, 2).join(',') : (choices[0] ?? '');
    }
    default:
      if (input.style === 'Email' || /upn|email/i.test(id)) return CASEWORKER.upn;
      return input.isMultiline ? LONG_TEXT : 'Enligt genomförandeplanen.';
  }
}

/** Validation messages a step card shows (TextBlocks coloured Attention). */
function errorsOf(card: Card): string[] {
  const errors: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock' && n.color === 'Attention' && typeof n.text === 'string') errors.push(n.text);
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return errors;
}
