/**
 * Answers quoted from the source documents' own passages. A passage answer is one sentence
 * taken from the best passage, then the passage quoted word for word with what belongs to it (a
 * short section whole; in a long one the blocks around it, a list after "…följande:" to its
 * end), then close runners-up. Nothing is said that a quoted passage does not say.
 */
import { SOURCES } from '../domain/sources';
import type { Passage, SectionText } from './passages';
import type { UnitHit } from './knowledgeIndex';
import type { QaKnownAnswer, QaQuote, TopicRef } from './types';

export type PassageHit = UnitHit & { readonly unit: { readonly kind: 'passage'; readonly passage: Passage } };

/** Further passages are quoted when they score at least this share of the best one. */
const EXTRA_QUOTE_SCORE_SHARE = 0.6;
/** Quoted blocks under one answer, all passages together. */
const MAX_QUOTED_BLOCKS = 10;
const MAX_EXTRA_PASSAGES = 2;
/** Supporting quotes under a structured answer need this coverage. */
const SUPPORT_MIN_COVERAGE = 0.3;
const MAX_SUPPORT = 3;
/** Under a level card, passages about the rest of the question come first. */
const RESIDUAL_SUPPORT = 2;
/** A section this short is quoted whole (characters of text). */
const WHOLE_SECTION_CHARS = 1200;
/** In a longer section: the block before and the blocks after the best one. */
const PRECEDING_BLOCKS = 1;
const FOLLOWING_BLOCKS = 2;
/** A block that introduces a list ("…följande:") brings the list, up to this many items. */
const MAX_LIST_ITEMS = 12;
/** "Följande checklista/frågor …", or a closing colon: the text points at what comes next. */
const ANNOUNCES_NEXT = /(?<!\p{L})[Ff]öljande(?!\p{L})|:\s*$/u;
/** At most this many blocks of a long section are quoted around the best one. */
const MAX_CONTEXT_BLOCKS = 14;
/** Every block of the five documents, with room to spare. */
const MAX_CACHED_TEXTS = 4000;

export class PassageQuoter {
  /** The section that follows each section in its document. */
  private readonly following = new Map<string, SectionText>();

  constructor(private readonly sections: ReadonlyMap<string, SectionText>) {
    let previous: SectionText | undefined;
    for (const section of sections.values()) {
      if (previous?.source === section.source) this.following.set(previous.topicId, section);
      previous = section;
    }
  }

  private quote(passage: Passage): QaQuote {
    return { citation: { source: passage.source, section: passage.heading }, text: passage.text, sectionTopicId: passage.sectionTopicId };
  }

  /** What an answer from this passage would quote from its section. */
  contextText(passage: Passage): string {
    return this.context(passage).map((q) => q.text).join('\n');
  }

  /** The best passage with what belongs to it in its section. */
  private context(passage: Passage): QaQuote[] {
    const section = this.sections.get(passage.sectionTopicId);
    if (!section) return [this.quote(passage)];
    const lines = section.lines;
    const n = Math.max(0, lines.indexOf(passage.text));
    const announced = n === lines.length - 1 ? this.announced(passage, section) : [];
    if (lines.join(' ').length <= WHOLE_SECTION_CHARS) return [...this.quotes(passage, section, 0, lines.length), ...announced];
    const from = Math.max(0, n - PRECEDING_BLOCKS);
    let to = Math.min(lines.length, n + 1 + FOLLOWING_BLOCKS);
    // A block in the window that introduces a list brings the list with it.
    for (let i = from; i < to; i++) if (isListIntro(section, i)) to = Math.max(to, listEnd(section, i));
    return [...this.quotes(passage, section, from, Math.min(to, from + MAX_CONTEXT_BLOCKS)), ...announced];
  }

  /**
   * "Följande checklista bör användas …" closing a section announces the next one (the checklist
   * under its own heading): its first blocks come with the quote, cited by their own heading.
   */
  private announced(passage: Passage, section: SectionText): QaQuote[] {
    const next = this.following.get(section.topicId);
    if (!next || !ANNOUNCES_NEXT.test(passage.text)) return [];
    const citation = { source: next.source, section: next.heading };
    return next.lines.slice(0, MAX_LIST_ITEMS).map((text) => ({ citation, text, sectionTopicId: next.topicId }));
  }

  /** A runner-up passage, with its list when it introduces one ("Mål med insatserna" + the goals). */
  private compact(passage: Passage): QaQuote[] {
    const section = this.sections.get(passage.sectionTopicId);
    const n = section ? section.lines.indexOf(passage.text) : -1;
    if (!section || n < 0 || !isListIntro(section, n)) return [this.quote(passage)];
    return this.quotes(passage, section, n, listEnd(section, n));
  }

  private quotes(passage: Passage, section: SectionText, from: number, to: number): QaQuote[] {
    const citation = { source: passage.source, section: passage.heading };
    return section.lines.slice(from, to).map((text) => ({ citation, text, sectionTopicId: passage.sectionTopicId }));
  }

  /** The answer from the best passage; `hits` are the other hits of the same question (runners-up). */
  answer(best: PassageHit, hits: readonly UnitHit[], sentence: string): QaKnownAnswer {
    const quotes = this.context(best.unit.passage);
    const quoted = new Set(quotes.map((q) => sameWords(q.text)));
    const extras = hits
      .filter((h): h is PassageHit => h !== best && h.unit.kind === 'passage' && !h.unit.passage.isHeaderRow)
      .filter((h) => h.score >= EXTRA_QUOTE_SCORE_SHARE * best.score && h.coverage >= SUPPORT_MIN_COVERAGE)
      .filter((h) => !quoted.has(sameWords(h.unit.passage.text)))
      .slice(0, MAX_EXTRA_PASSAGES);
    const all = dedupeQuotes([...quotes, ...extras.flatMap((h) => this.compact(h.unit.passage))]).slice(0, Math.max(MAX_QUOTED_BLOCKS, quotes.length));
    const passage = best.unit.passage;
    return {
      kind: 'answer',
      topicId: passage.id,
      titleSv: passage.heading,
      textSv: `Enligt ${SOURCES[passage.source].title}: ${sentence}`,
      citations: dedupe(all.map((q) => q.citation)),
      quotes: all,
      score: best.score,
    };
  }

  /** A structured answer keeps its text; the passages that best support it are quoted under it. */
  withQuotes(answer: QaKnownAnswer, hits: readonly UnitHit[], residualHits: readonly UnitHit[] = []): QaKnownAnswer {
    const sources = new Set(answer.citations.map((c) => c.source));
    const fromSources = (h: PassageHit): number => Number(sources.has(h.unit.passage.source));
    const pick = (list: readonly UnitHit[], n: number): PassageHit[] =>
      list
        .filter((h): h is PassageHit => h.unit.kind === 'passage' && h.coverage >= SUPPORT_MIN_COVERAGE && !h.unit.passage.isHeaderRow)
        .sort((a, b) => fromSources(b) - fromSources(a))
        .slice(0, n);
    const support = dedupeQuotes([...pick(residualHits, RESIDUAL_SUPPORT), ...pick(hits, MAX_SUPPORT)].map((h) => this.quote(h.unit.passage))).slice(0, MAX_SUPPORT);
    return support.length > 0 ? { ...answer, quotes: support } : answer;
  }

  /** The given passages quoted first (a level card's own table rows), then the answer's other quotes. */
  prependPassages(answer: QaKnownAnswer, passages: readonly Passage[]): QaKnownAnswer {
    if (passages.length === 0) return answer;
    const quotes = dedupeQuotes([...passages.map((p) => this.quote(p)), ...(answer.quotes ?? [])]).slice(0, passages.length + MAX_SUPPORT);
    return { ...answer, quotes };
  }

  /** Sections near the question, for the buttons of a decline. */
  nearest(hits: readonly UnitHit[]): TopicRef[] {
    const seen = new Set<string>();
    const refs: TopicRef[] = [];
    for (const hit of hits) {
      if (hit.unit.kind !== 'passage') continue;
      const passage = hit.unit.passage;
      if (seen.has(passage.sectionTopicId)) continue;
      seen.add(passage.sectionTopicId);
      refs.push({ topicId: passage.sectionTopicId, titleSv: passage.heading });
      if (refs.length === 3) break;
    }
    return refs;
  }

  /** "Visa hela avsnittet": every block of the section, quoted. */
  section(topicId: string): QaKnownAnswer | undefined {
    const section = this.sections.get(topicId);
    if (!section) return undefined;
    const citation = { source: section.source, section: section.heading };
    return {
      kind: 'answer',
      topicId,
      titleSv: section.heading,
      textSv: `Hela avsnittet ur ${SOURCES[section.source].title}:`,
      citations: [citation],
      quotes: section.lines.map((text) => ({ citation, text, sectionTopicId: topicId })),
      score: 1,
    };
  }
}

/** A block that ends with a colon, or a paragraph right before list items, introduces the list that follows. */
function isListIntro(section: SectionText, n: number): boolean {
  const line = section.lines[n];
  if (line === undefined) return false;
  if (/:\s*$/.test(line)) return true;
  return section.kinds[n] === 'paragraph' && section.kinds[n + 1] === 'listItem';
}

/** The end (exclusive) of the list introduced at block n. */
function listEnd(section: SectionText, n: number): number {
  let end = n + 1;
  while (end < section.lines.length && end - n <= MAX_LIST_ITEMS && (section.kinds[end] === section.kinds[n + 1] || section.kinds[end] === 'listItem')) end++;
  return end;
}

function dedupe<T extends { source: string; section: string }>(citations: readonly T[]): T[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source} › ${c.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The sentence of a passage that holds most of the matched terms (the passage itself when it is one sentence). */
/**
 * The sentence of a passage that shares most of the question's matched words; a sentence that
 * holds the kind of answer asked for (`asked`: a number, a role, "bo kvar") counts one word more.
 */
export function bestSentence(text: string, matched: readonly string[], termsOf: (s: string) => readonly string[], asked: readonly RegExp[] = []): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/u);
  if (sentences.length <= 1) return text;
  const wanted = new Set(matched);
  let best = sentences[0] ?? text;
  let bestCount = -1;
  for (const s of sentences) {
    const holdsAsked = asked.some((re) => re.test(s.toLowerCase()));
    const count = new Set(termsOf(s).filter((t) => wanted.has(t))).size + (holdsAsked ? 1 : 0);
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/** Two documents often say the same thing in the same words ("Excel-fil", "Excelfil"): quoted once. */
const sameWordsCache = new Map<string, string>();
function sameWords(text: string): string {
  let key = sameWordsCache.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    // The documents' texts are a fixed set; anything else (a question's own words) is not kept.
    if (sameWordsCache.size < MAX_CACHED_TEXTS) sameWordsCache.set(text, key);
  }
  return key;
}

function dedupeQuotes(quotes: readonly QaQuote[]): QaQuote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = sameWords(q.text);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
