/**
 * Free-text retrieval over the topics: a MiniSearch index (BM25, fuzzy and prefix matching) fed
 * with the Swedish analyzer's terms, plus the two signals the confidence rule needs – how many
 * of the question's words the topic explains, and whether any matched in the topic's title or
 * keywords (the domain's own words) rather than only in its body text.
 */
import MiniSearch from 'minisearch';
import { SwedishAnalyzer } from './analyzer';
import type { Topic } from './types';

export interface Hit {
  readonly topic: Topic;
  readonly score: number;
  /** Share of the question's terms this topic explains (0–1): body-only matches count half, unknown words extra. */
  readonly coverage: number;
  /** At least one term matched the topic's title or keywords (its head). */
  readonly anchored: boolean;
  readonly matchedTerms: readonly string[];
}

export interface RetrievalResult {
  readonly terms: readonly string[];
  readonly hits: readonly Hit[];
}

interface IndexedDoc {
  readonly id: string;
  readonly title: string;
  readonly keywords: string;
  readonly text: string;
}

const FIELD_BOOST = { title: 2, keywords: 2, text: 1 } as const;
/** The topic's own words: its title and keywords (the rest is the answer body). */
const HEAD_FIELDS: readonly string[] = ['title', 'keywords'];
/** A word found only in a topic's body counts half towards how much of the question it explains. */
const TEXT_ONLY_WEIGHT = 0.5;
const FUZZY_MIN_LENGTH = 5;
const FUZZINESS = 0.2;
const PREFIX_MIN_LENGTH = 5;
const UNKNOWN_TERM_EXTRA_WEIGHT = 0.5;

/** Whether a query term hit the topic's head; a fuzzy or prefix hit is judged by the fields of the words it reached. */
function matchedInHead(match: Readonly<Record<string, readonly string[]>>, queryTerm: string): boolean {
  const inHead = (fields: readonly string[]): boolean => fields.some((f) => HEAD_FIELDS.includes(f));
  const exact = match[queryTerm];
  if (exact) return inHead(exact);
  return Object.entries(match).some(([docTerm, fields]) => docTerm !== queryTerm && inHead(fields));
}

export interface TopicIndexOptions {
  /** A shared analyzer that has already learnt the vocabulary of every index (else one is made for these topics). */
  readonly analyzer?: SwedishAnalyzer;
  /** How much a word found only in the body counts towards coverage (default {@link TEXT_ONLY_WEIGHT}). */
  readonly textOnlyWeight?: number;
}

/** The texts an analyzer must learn for these topics. */
export function indexTextsOf(topics: readonly Topic[]): string[] {
  return topics.filter((t) => t.searchable !== false).flatMap((t) => [t.titleSv, t.keywordsSv.join('\n'), t.textSv]);
}

export class TopicIndex {
  readonly analyzer: SwedishAnalyzer;
  private readonly search: MiniSearch<IndexedDoc>;
  private readonly byId: ReadonlyMap<string, Topic>;
  private readonly textOnlyWeight: number;

  constructor(topics: readonly Topic[], options: TopicIndexOptions = {}) {
    const searchable = topics.filter((t) => t.searchable !== false);
    this.byId = new Map(searchable.map((t) => [t.id, t]));
    this.textOnlyWeight = options.textOnlyWeight ?? TEXT_ONLY_WEIGHT;
    if (options.analyzer) this.analyzer = options.analyzer;
    else {
      this.analyzer = new SwedishAnalyzer();
      this.analyzer.learn(indexTextsOf(topics));
    }
    this.search = new MiniSearch<IndexedDoc>({
      fields: ['title', 'keywords', 'text'],
      tokenize: (text) => this.analyzer.indexTerms(text),
      processTerm: (term) => term,
    });
    this.search.addAll(
      searchable.map((t) => ({ id: t.id, title: t.titleSv, keywords: t.keywordsSv.join('\n'), text: t.textSv })),
    );
  }

  /** Question terms after analysis (stop words gone, synonyms and stems applied), deduplicated. */
  termsOf(question: string): string[] {
    return [...new Set(this.analyzer.queryTerms(question).map((t) => t.term))];
  }

  /** One answer retrieves the same question several times (answer, supporting quotes, nearest topics). */
  private last: { question: string; result: RetrievalResult } | undefined;

  retrieve(question: string): RetrievalResult {
    if (this.last?.question === question) return this.last.result;
    const result = this.searchTerms(this.termsOf(question));
    this.last = { question, result };
    return result;
  }

  /** Search already analysed terms (e.g. a question minus its level words). */
  searchTerms(terms: readonly string[]): RetrievalResult {
    if (terms.length === 0) return { terms, hits: [] };
    const results = this.search.search(terms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      boost: FIELD_BOOST,
      // Known terms match exactly; the analyzer has already corrected typos it could resolve.
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH && !this.analyzer.knows(term) ? FUZZINESS : false),
      prefix: (term) => term.length >= PREFIX_MIN_LENGTH && !this.analyzer.knows(term),
      combineWith: 'OR',
    });
    // A word no topic matches at all ("kostar", "lön") weighs more against confidence than one
    // the topic merely lacks.
    const matchedAnywhere = new Set(results.flatMap((r) => r.queryTerms));
    const unknown = terms.filter((t) => !matchedAnywhere.has(t)).length;
    const denominator = terms.length + UNKNOWN_TERM_EXTRA_WEIGHT * unknown;
    const hits: Hit[] = [];
    for (const r of results) {
      const topic = this.byId.get(String(r.id));
      if (!topic) continue;
      const matched = [...new Set(r.queryTerms)];
      const explained = matched.reduce((sum, term) => sum + (matchedInHead(r.match, term) ? 1 : this.textOnlyWeight), 0);
      const anchored = Object.values(r.match).some((fields) => fields.some((f) => HEAD_FIELDS.includes(f)));
      hits.push({ topic, score: r.score, coverage: explained / denominator, anchored, matchedTerms: matched });
    }
    return { terms, hits };
  }
}
