/**
 * Answers from the source documents' own passages when no structured topic applies: the
 * passage that explains (nearly) all of the question's words is quoted word for word under one
 * answer sentence taken from it, so nothing is said that the passage does not say.
 */
import { SOURCES } from '../domain/sources';
import { normalizeText } from './analyzer';
import type { Passage, SectionText } from './passages';
import type { Hit, TopicIndex } from './retrieval';
import type { QaKnownAnswer, QaQuote, TopicRef } from './types';

/** Share of the question's words a passage (heading or text) must explain to be quoted as the answer. */
export const PASSAGE_MIN_COVERAGE = 0.8;
/** A passage answer needs this many matched words (one word alone is a topic, not a question). */
const PASSAGE_MIN_MATCHED = 2;
/** Further passages are quoted when they score at least this share of the best one. */
const EXTRA_QUOTE_SCORE_SHARE = 0.5;
const MAX_QUOTES = 4;
/** Supporting quotes under a structured answer need this coverage. */
const SUPPORT_MIN_COVERAGE = 0.3;
const MAX_SUPPORT = 3;
/** Under a level card, passages about the rest of the question come first. */
const RESIDUAL_SUPPORT = 2;
/** Blocks after the best one quoted with it. */
const FOLLOWING_BLOCKS = 3;
const PRECEDING_BLOCKS = 1;
/** "hur många …", "hur länge …": only a passage that gives a number answers it. */
const QUANTITY_CUE = /\bhur (?:många|mycket|länge|lång|ofta)\b/;
const QUANTITY_IN_TEXT = /\d|(?<!\p{L})(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|tjugo|trettio|varje|dagligen)(?!\p{L})/iu;

export class PassageAnswerer {
  private readonly byId: ReadonlyMap<string, Passage>;

  constructor(
    passages: readonly Passage[],
    private readonly sections: ReadonlyMap<string, SectionText>,
    private readonly index: TopicIndex,
  ) {
    this.byId = new Map(passages.map((p) => [p.id, p]));
  }

  private quote(hit: Hit): QaQuote | undefined {
    const passage = this.byId.get(hit.topic.id);
    if (!passage) return undefined;
    return { citation: { source: passage.source, section: passage.heading }, text: passage.text, sectionTopicId: passage.sectionTopicId };
  }

  /** A one-word question ("ESL?") is answered only by the section that has the word in its heading. */
  private confident(hit: Hit, terms: readonly string[], minCoverage = PASSAGE_MIN_COVERAGE): boolean {
    if (hit.coverage < minCoverage) return false;
    if (hit.matchedTerms.length >= PASSAGE_MIN_MATCHED) return true;
    return terms.length === 1 && hit.anchored;
  }

  /** The passage and the blocks that follow it in its section (a list after "…följande:"). */
  private withFollowing(hit: Hit): QaQuote[] {
    const passage = this.byId.get(hit.topic.id);
    const section = passage ? this.sections.get(passage.sectionTopicId) : undefined;
    if (!passage || !section) return [];
    const citation = { source: passage.source, section: passage.heading };
    const n = section.lines.indexOf(passage.text);
    return section.lines.slice(Math.max(0, n - PRECEDING_BLOCKS), n + 1 + FOLLOWING_BLOCKS).map((text) => ({ citation, text, sectionTopicId: passage.sectionTopicId }));
  }

  /** `minCoverage` raises the bar when a structured topic competes. */
  answer(question: string, minCoverage = PASSAGE_MIN_COVERAGE): QaKnownAnswer | undefined {
    const { terms, hits } = this.index.retrieve(question);
    const asksQuantity = QUANTITY_CUE.test(normalizeText(question));
    const best = hits.find((h) => this.confident(h, terms, minCoverage));
    if (!best) return undefined;
    const others = hits.filter((h) => h !== best && h.coverage >= SUPPORT_MIN_COVERAGE && !this.isHeaderRow(h) && h.score >= EXTRA_QUOTE_SCORE_SHARE * best.score).slice(0, MAX_QUOTES - 1);
    const quotes = dedupeQuotes([...this.withFollowing(best), ...others.map((h) => this.quote(h)).filter((q): q is QaQuote => q !== undefined)]);
    if (asksQuantity && !quotes.some((q) => QUANTITY_IN_TEXT.test(q.text))) return undefined;
    const first = quotes[0];
    if (!first) return undefined;
    const sentence = bestSentence(first.text, best.matchedTerms, (s) => this.index.termsOf(s));
    return {
      kind: 'answer',
      topicId: best.topic.id,
      titleSv: first.citation.section,
      textSv: `Enligt ${SOURCES[first.citation.source].title}: ${sentence}`,
      citations: dedupe(quotes.map((q) => q.citation)),
      quotes,
      score: best.score,
    };
  }

  /** A structured answer keeps its text; the passage that best supports it is quoted under it. */
  withQuotes(answer: QaKnownAnswer, question: string, residualTerms?: readonly string[]): QaKnownAnswer {
    const sources = new Set(answer.citations.map((c) => c.source));
    const fromSources = (h: Hit): number => Number(h.topic.citations.some((c) => sources.has(c.source)));
    const pick = (hits: readonly Hit[], n: number): Hit[] =>
      hits
        .filter((h) => h.coverage >= SUPPORT_MIN_COVERAGE && !this.isHeaderRow(h))
        .sort((a, b) => fromSources(b) - fromSources(a))
        .slice(0, n);
    const residual = residualTerms ? pick(this.index.searchTerms(residualTerms).hits, RESIDUAL_SUPPORT) : [];
    const support = dedupeQuotes(
      [...residual, ...pick(this.index.retrieve(question).hits, MAX_SUPPORT)].map((h) => this.quote(h)).filter((q): q is QaQuote => q !== undefined),
    ).slice(0, MAX_SUPPORT);
    return support.length > 0 ? { ...answer, quotes: support } : answer;
  }

  /** A table's header row says nothing by itself. */
  private isHeaderRow(hit: Hit): boolean {
    return this.byId.get(hit.topic.id)?.isHeaderRow === true;
  }

  /** Sections near the question, for the buttons of a decline. */
  nearest(question: string): TopicRef[] {
    const seen = new Set<string>();
    const refs: TopicRef[] = [];
    for (const hit of this.index.retrieve(question).hits) {
      const passage = this.byId.get(hit.topic.id);
      if (!passage || seen.has(passage.sectionTopicId)) continue;
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
function bestSentence(text: string, matched: readonly string[], termsOf: (s: string) => readonly string[]): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/u);
  if (sentences.length <= 1) return text;
  const wanted = new Set(matched);
  let best = sentences[0] ?? text;
  let bestCount = -1;
  for (const s of sentences) {
    const count = new Set(termsOf(s).filter((t) => wanted.has(t))).size;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

function dedupeQuotes(quotes: readonly QaQuote[]): QaQuote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => (seen.has(q.text) ? false : (seen.add(q.text), true)));
}
