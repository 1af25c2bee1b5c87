import { blockText } from '../support/conversation';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCardTemplate } from '../../src/cards/templates';
import type { DatabaseHandle } from '../../src/storage/database';
import { cardsOf, conversationHarness, type Card, type ConversationHarness } from '../support/conversation';
import { caseworkerHasInstalled, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { sendUppstartsmote, uppstartsmoteAnswers, uppstartsmotePreview } from './flows';

/** Every string value in a card, wherever it sits (body, actions, ShowCard). */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
  return out;
}

/** The Treserva text as the caseworker copies it: the monospace lines inside "Text för Treserva". */
function treservaText(card: Card): string {
  type Block = { text?: string; fontType?: string; inlines?: Array<{ text?: string; fontType?: string }> };
  const showCard = (card.actions as Array<{ title: string; card?: { body: Block[] } }>).find((a) => a.title === 'Text för Treserva')!;
  return showCard
    .card!.body.filter((b) => (b.fontType ?? b.inlines?.[0]?.fontType) === 'Monospace')
    .map((b) => blockText(b))
    .join('\n');
}

/** What a Teams client submits: every input's current value (ids without the `f_` prefix). */
function currentValues(card: Card): Record<string, string> {
  const values: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as { type?: unknown; id?: unknown; value?: unknown };
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string' && typeof n.value === 'string') values[n.id.replace(/^f_/, '')] = n.value;
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return values;
}

const PAYLOADS: ReadonlyArray<readonly [string, string]> = [
  ['template root', '${$root}'],
  ['template property', '${title}'],
  ['template function', "${if(true, 'a', 'b')} och ${string(lead)}"],
  ['template inside text', 'Mötet gick bra ${submissionId} tack'],
  ['backticks', 'Se `kod` och ```block```'],
  ['Markdown link', 'Läs mer [klicka](https://evil.example) här'],
  ['Teams mention', '<at>Testhandläggare</at> ska se detta'],
  ['HTML', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
  ['Adaptive Card date function', '{{DATE(2026-11-16T08:00:00Z, SHORT)}}'],
  ['JSON breaking', '"}], "actions": [{"type": "Action.OpenUrl", "url": "https://evil.example"}]}'],
  ['backslashes', 'C:\\temp\\${x}\\n inte ny rad'],
];

describe('user text reaches cards only as template data', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-11-16T13:00:00.000Z'));
    await registerTestCase(database.db);
    await caseworkerHasInstalled(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  it.each(PAYLOADS)('%s: shown literally in the preview, the caseworker card and the Treserva text', async (_label, payload) => {
    const answers = uppstartsmoteAnswers({ sinceMoveIn: payload, goals: `Mål: ${payload}` });
    const preview = await uppstartsmotePreview(bot, answers);
    expect(strings(preview).some((s) => s.includes(payload))).toBe(true);

    const { notification } = await sendUppstartsmote(bot, database, answers, preview);
    expect(strings(notification.body).some((s) => s.includes(payload))).toBe(true);
    expect(treservaText(notification)).toContain(payload);
    expect(treservaText(notification)).toContain(`Mål: ${payload}`);
    // nothing was added to the card's structure: the same actions as for harmless text
    expect((notification.actions as Array<{ title: string }>).map((a) => a.title)).toEqual(['Text för Treserva', 'Mottaget']);
  });

  it('keeps a template expression literal in an input when the user goes back to edit', async () => {
    const preview = await uppstartsmotePreview(bot, uppstartsmoteAnswers({ sinceMoveIn: '${$root} `x`' }));
    let card = (await bot.press(preview, 'Ändra')).card!;
    for (let i = 0; i < 8 && !strings(card).includes('${$root} `x`'); i++) card = (await bot.press(card, 'Nästa', currentValues(card))).card!;
    expect(strings(card)).toContain('${$root} `x`');
  });

  it('refuses 20 000 characters with a Swedish explanation and keeps working', async () => {
    const huge = '${$root}'.repeat(2500);
    const answers = uppstartsmoteAnswers({ sinceMoveIn: huge });
    let card = cardsOf(await bot.send('uppstartsmöte'))[0]!;
    card = (await bot.press(card, 'Nästa', answers[0])).card!;
    card = (await bot.press(card, 'Nästa', answers[1])).card!;
    expect(JSON.stringify(card.body)).toContain('får innehålla högst 2000 tecken, men du har skrivit 20000 tecken');
    card = (await bot.press(card, 'Nästa', { sinceMoveIn: 'x'.repeat(2000) })).card!;
    expect(JSON.stringify(card.body)).not.toContain('högst 2000 tecken');
  });
});

describe('the template engine itself', () => {
  it.each(PAYLOADS)('%s: data is never expanded as a template', (_label, payload) => {
    const summary = loadCardTemplate<Record<string, unknown>>('summary');
    const card = summary.render({ title: payload, lead: payload, facts: [{ title: payload, value: payload }], sections: [{ heading: payload, lines: [payload] }], status: payload, treservaLines: [payload], acknowledgeVerb: 'v', submissionId: payload });
    const texts = strings(card);
    expect(texts.filter((s) => s === payload).length).toBeGreaterThanOrEqual(8);
  });
});
