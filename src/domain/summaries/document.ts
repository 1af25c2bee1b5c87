import type { IsoDate } from '../case';
import {
  isApplicable,
  type Checklist,
  type ChecklistItem,
  type ConditionFacts,
  type ItemId,
} from '../checklists/types';

/** Treserva text uses LF only; callers that need CRLF convert at the edge. */
export const LINE_BREAK = '\n';

export type SummaryEntry =
  | { readonly kind: 'fact'; readonly title: string; readonly value: string }
  | { readonly kind: 'section'; readonly heading: string; readonly lines: readonly string[] };

/** Format-neutral summary: both the Treserva text and the card data are rendered from it. */
export interface SummaryDocument {
  readonly title: string;
  readonly caseReference: string;
  readonly date: IsoDate;
  readonly entries: readonly SummaryEntry[];
}

export interface CardFact {
  readonly title: string;
  readonly value: string;
}

export interface CardSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** Plain data for an Adaptive Card template (the template lives with the Teams adapter). */
export interface SummaryCardData {
  readonly title: string;
  readonly facts: readonly CardFact[];
  readonly sections: readonly CardSection[];
}

/** Builds the entry for one checklist item; `undefined` when there is nothing to show. */
export type EntryBuilder<A> = (answers: A, item: ChecklistItem) => SummaryEntry | undefined;

/** One builder per item id: the type makes a renderer that forgets an item fail to compile. */
export type EntryBuilders<C extends Checklist, A> = { readonly [K in ItemId<C>]: EntryBuilder<A> };

/** Walks the checklist in order: conditional items only when their condition holds, empty ones left out. */
export function buildEntries<C extends Checklist, A>(
  checklist: C,
  facts: ConditionFacts,
  answers: A,
  builders: EntryBuilders<C, A>,
): readonly SummaryEntry[] {
  const entries: SummaryEntry[] = [];
  for (const item of checklist.items) {
    if (!isApplicable(item, facts)) continue;
    const build: EntryBuilder<A> = builders[item.id as ItemId<C>];
    const entry = build(answers, item);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * Splits a text into lines: NFC, LF only, no trailing spaces. Blank lines are dropped, since in
 * the plain text a blank line is what separates one heading from the next.
 */
export function textLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A section holding one free text, or nothing when the text is empty. */
export function textSection(item: ChecklistItem, text: string | undefined): SummaryEntry | undefined {
  if (text === undefined || isBlank(text)) return undefined;
  return { kind: 'section', heading: item.heading, lines: textLines(text) };
}

export function section(item: ChecklistItem, lines: readonly string[]): SummaryEntry | undefined {
  const kept = [...lines];
  while (kept[0] === '') kept.shift();
  while (kept[kept.length - 1] === '') kept.pop();
  return kept.length === 0 ? undefined : { kind: 'section', heading: item.heading, lines: kept };
}

export function fact(item: ChecklistItem, value: string): SummaryEntry {
  return { kind: 'fact', title: item.heading, value };
}

/** `Heading: text`, continuing on following lines when the text has several; none when empty. */
export function labelledLines(heading: string, text: string | undefined): string[] {
  if (text === undefined || isBlank(text)) return [];
  const [first = '', ...rest] = textLines(text);
  return [`${heading}: ${first}`, ...rest];
}

export function titleLine(doc: SummaryDocument): string {
  return `${doc.title} – ärende ${doc.caseReference} – ${doc.date}`;
}

/** Treserva-ready plain text: title line, then the entries; facts grouped, sections set apart. */
export function renderPlainText(doc: SummaryDocument): string {
  const lines: string[] = [titleLine(doc)];
  let previous: SummaryEntry['kind'] | 'title' = 'title';
  for (const entry of doc.entries) {
    if (entry.kind === 'fact') {
      if (previous !== 'fact') lines.push('');
      lines.push(`${entry.title}: ${entry.value}`);
    } else {
      lines.push('', entry.heading, ...entry.lines);
    }
    previous = entry.kind;
  }
  return lines.join(LINE_BREAK) + LINE_BREAK;
}

export const CARD_FACT_TITLES = Object.freeze({ caseReference: 'Ärende', date: 'Datum' });

export function toCardData(doc: SummaryDocument): SummaryCardData {
  const facts: CardFact[] = [
    { title: CARD_FACT_TITLES.caseReference, value: doc.caseReference },
    { title: CARD_FACT_TITLES.date, value: doc.date },
  ];
  const sections: CardSection[] = [];
  for (const entry of doc.entries) {
    if (entry.kind === 'fact') facts.push({ title: entry.title, value: entry.value });
    else sections.push({ heading: entry.heading, lines: [...entry.lines] });
  }
  return { title: doc.title, facts, sections };
}
