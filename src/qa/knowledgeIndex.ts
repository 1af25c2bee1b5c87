/**
 * One retrieval index over everything the bot can answer from: the structured topics built from
 * the domain core (levels, deadlines, checklists, time categories, facts) and every passage of
 * the shipped source documents. Both kinds are scored on one scale, so the best explanation of
 * a question wins whichever kind it is. A unit is indexed with the words around it, because a
 * question often names the section ("samlarteamet") and asks about a detail of one block ("hur
 * många ärenden samtidigt?"):
 *   text      the passage, or the topic's answer text (compound parts of long words count a little),
 *   head      the passage's headings, or the topic's title,
 *   vocab     the staff's words for the passage's section (./sectionVocabulary), or the topic's keywords,
 *   near      the blocks right before and after the passage in its section,
 *   asked     questions staff would ask whose answer is the passage (./sectionQuestions),
 *   document  the name of the document and the names staff use for it ("handboken", "projektet").
 * See ./bm25 for the scoring and the explained share ("coverage") the decline rule uses.
 */
import type { SourceId } from '../domain/sources';
import { SOURCES } from '../domain/sources';
import type { SwedishAnalyzer } from './analyzer';
import { foldDiacritics, tokenize } from './analyzer';
import { QUESTION_FRAME_WORDS } from './lexicon';
import { Bm25Index, type FieldSpec, type TermBag } from './bm25';
import type { Passage, SectionText } from './passages';
import { DOCUMENT_NAMES, questionsOf, vocabularyOf } from './sectionVocabulary';
import type { Topic } from './types';

export type Unit = { readonly kind: 'passage'; readonly passage: Passage } | { readonly kind: 'topic'; readonly topic: Topic };

export interface UnitHit {
  readonly unit: Unit;
  readonly score: number;
  /** Share (0–1) of the question's idf mass the unit and its surroundings explain. */
  readonly coverage: number;
  readonly matched: readonly string[];
  /** Some question word matched the unit's heading, title, vocabulary or keywords. */
  readonly anchored: boolean;
}

/** A question word: one term, or the parts of a compound the analyzer split ("bostadsbidrag" → bostad + bidrag). */
export interface QueryWord {
  readonly terms: readonly string[];
  /** The analyzer guessed the word from a typo (it may be another word altogether: "väder" → "vände"). */
  readonly corrected?: boolean;
  /** Length of the word as typed. */
  readonly length?: number;
  /** The word frames the question ("säga", "räcker", a number of weeks) rather than names its subject. */
  readonly frame?: boolean;
}

export interface Query {
  /** Unique terms, for scoring. */
  readonly terms: readonly string[];
  /** The words the terms came from, for the explained share. */
  readonly words: readonly QueryWord[];
}

/**
 * A split compound explains a question only when every part matches, and then a little less than
 * a known word would: "reseräkning" is not quite "resa" and "räkning".
 */
const SPLIT_WORD_CREDIT = 0.8;
/**
 * A typo-corrected word explains the question this much at most; a short one is more often
 * another word altogether ("väder" is one letter from "vände").
 */
const CORRECTED_WORD_CREDIT = 0.8;
const CORRECTED_SHORT_WORD_CREDIT = 0.4;
/** A long word one slip from a document's word is that word ("inssatsprocessen"): full credit. */
const CORRECTED_LONG_WORD_CREDIT = 1;
const LONG_WORD_LENGTH = 10;
const SHORT_WORD_LENGTH = 7;
/** Only the best-scoring units are weighed (the rest never wins: it shares fewer or rarer words). */
const MAX_HITS = 60;
/** A passage whose own section heading the question names in full ("genomföra insatsen") scores this much more. */
const HEADING_MATCH_BOOST = 1.3;
/** A word that frames the question (./lexicon QUESTION_FRAME_WORDS) weighs this share in the explained share. */
const FRAME_WORD_WEIGHT = 0.35;

export const FIELDS: readonly FieldSpec[] = [
  { name: 'text', weight: 1, b: 0.5, strength: 1 },
  { name: 'head', weight: 1.5, b: 0.3, strength: 1 },
  { name: 'vocab', weight: 1.2, b: 0.3, strength: 0.9 },
  { name: 'near', weight: 0.3, b: 0.5, strength: 0.6 },
  { name: 'asked', weight: 1, b: 0.5, strength: 0.9 },
  { name: 'document', weight: 0.3, b: 0, strength: 0.5 },
];
const HEAD_FIELDS = (1 << 1) | (1 << 2);
/** Compound parts of a long word ("boendestödshandboken" → handbok) count this much. */
const COMPOUND_PART_WEIGHT = 0.6;
const MIN_COMPOUND_LENGTH = 9;
/**
 * A question word nothing has ("infomötet", "lösenord") counts this much against coverage:
 * about a middling known word, so one odd word does not sink an in-scope question while a
 * question made of unknown words still explains little.
 */
const UNKNOWN_TERM_IDF = 3;

export class KnowledgeIndex {
  private readonly index: Bm25Index;
  private readonly units: Unit[] = [];
  /** Per unit: the terms of a passage's own heading (empty for topics). */
  private readonly headingTerms: (readonly string[])[] = [];
  private readonly frameTerms: ReadonlySet<string>;
  private readonly frameSurfaces: ReadonlySet<string>;
  /** Compound parts per word (the documents repeat their long words many times). */
  private readonly parts = new Map<string, readonly string[]>();

  constructor(
    topics: readonly Topic[],
    passages: readonly Passage[],
    sections: ReadonlyMap<string, SectionText>,
    private readonly analyzer: SwedishAnalyzer,
    fields: readonly FieldSpec[] = FIELDS,
  ) {
    this.index = new Bm25Index(fields);
    this.frameTerms = new Set(QUESTION_FRAME_WORDS.map((w) => analyzer.stemWord(w)));
    this.frameSurfaces = new Set(QUESTION_FRAME_WORDS.map((w) => foldDiacritics(w)));
    for (const topic of topics) {
      if (topic.searchable === false) continue;
      this.units.push({ kind: 'topic', topic });
      this.headingTerms.push([]);
      const documents = [...new Set(topic.citations.map((c) => c.source))];
      this.index.add([
        this.bag(topic.textSv, true),
        this.bag(topic.titleSv, true),
        this.bag(topic.keywordsSv.join('\n'), true),
        new Map(),
        new Map(),
        this.bag(documents.map(documentName).join('\n'), false),
      ]);
    }
    for (const passage of passages) {
      const section = sections.get(passage.sectionTopicId);
      const lines = section?.lines ?? [];
      const n = lines.indexOf(passage.text);
      const near = n >= 0 ? [lines[n - 1] ?? '', lines[n + 1] ?? ''].join('\n') : '';
      this.units.push({ kind: 'passage', passage });
      this.headingTerms.push([...this.bag(passage.heading, false).keys()]);
      this.index.add([
        this.bag(passage.text, true),
        this.bag(passage.headingPath.join('\n'), true),
        this.bag(vocabularyOf(passage.source, passage.heading, passage.text).join('\n'), true),
        this.bag(near, true),
        this.bag(questionsOf(passage.source, passage.heading, passage.text).join('\n'), true),
        this.bag(documentName(passage.source), false),
      ]);
    }
    this.index.freeze();
    this.words.clear();
  }

  /** Words per text while the index is built (neighbouring blocks are read several times). */
  private readonly words = new Map<string, readonly string[]>();

  private bag(text: string, withParts: boolean): TermBag {
    const bag = new Map<string, number>();
    let words = this.words.get(text);
    if (words === undefined) {
      words = tokenize(text);
      this.words.set(text, words);
    }
    for (const word of words) {
      if (this.analyzer.isStopword(word)) continue;
      const term = this.analyzer.stemWord(word);
      bag.set(term, (bag.get(term) ?? 0) + 1);
      if (!withParts || word.length < MIN_COMPOUND_LENGTH) continue;
      let parts = this.parts.get(word);
      if (parts === undefined) {
        parts = this.analyzer.splitCompound(word) ?? [];
        this.parts.set(word, parts);
      }
      for (const part of parts) {
        if (part !== term) bag.set(part, (bag.get(part) ?? 0) + COMPOUND_PART_WEIGHT);
      }
    }
    return bag;
  }

  knows(term: string): boolean {
    return this.index.knows(term);
  }

  idf(term: string): number {
    return this.index.idf(term, UNKNOWN_TERM_IDF);
  }

  /** Question terms after analysis (stop words gone, synonyms, stems, folding, splitting), deduplicated. */
  termsOf(question: string): string[] {
    return [...new Set(this.analyzer.queryTerms(question).map((t) => t.term))];
  }

  /** The question as words and terms. */
  parse(question: string): Query {
    const words: { surface: string; terms: string[]; corrected: boolean }[] = [];
    for (const t of this.analyzer.queryTerms(question)) {
      const previous = words[words.length - 1];
      if (previous && previous.surface === t.surface && t.term !== previous.terms[0]) previous.terms.push(t.term);
      else words.push({ surface: t.surface, terms: [t.term], corrected: t.corrected === true });
    }
    const seen = new Set<string>();
    const unique = words.filter((w) => {
      const key = w.terms.join(' ');
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return {
      terms: [...new Set(unique.flatMap((w) => w.terms))],
      words: unique.map((w) => ({
        terms: w.terms,
        ...(w.corrected ? { corrected: true, length: w.surface.length } : {}),
        ...(this.isFrameWord(w.surface, w.terms) ? { frame: true } : {}),
      })),
    };
  }

  /** A query of single-term words (e.g. the question minus its level words). */
  static queryOf(terms: readonly string[]): Query {
    return { terms: [...new Set(terms)], words: [...new Set(terms)].map((t) => ({ terms: [t] })) };
  }

  isFrameTerm(term: string): boolean {
    return this.frameTerms.has(term) || /^\d+$/.test(term);
  }

  /** A frame word as typed or as analysed; a bare number ("2 veckor") counts as one. */
  private isFrameWord(surface: string, terms: readonly string[]): boolean {
    return this.frameSurfaces.has(foldDiacritics(surface)) || terms.every((t) => this.isFrameTerm(t));
  }

  private wordWeight(word: QueryWord): number {
    const weight = Math.max(...word.terms.map((t) => this.idf(t)));
    return word.frame || word.terms.every((t) => this.isFrameTerm(t)) ? weight * FRAME_WORD_WEIGHT : weight;
  }

  /**
   * Every unit matching some term, best first. `prior` scales a unit's score (e.g. the document
   * the question names); coverage is what share of the question's words the unit explains.
   */
  search(query: Query, prior: (unit: Unit) => number = () => 1): UnitHit[] {
    const weights = query.words.map((w) => this.wordWeight(w));
    const total = weights.reduce((sum, w) => sum + w, 0);
    const hits: UnitHit[] = [];
    for (const d of this.index.search(query.terms, UNKNOWN_TERM_IDF, MAX_HITS)) {
      const unit = this.units[d.doc];
      if (!unit) continue;
      const heading = this.headingTerms[d.doc] ?? [];
      const namesSection = heading.length > 0 && heading.every((t) => query.terms.includes(t));
      const factor = prior(unit) * (namesSection ? HEADING_MATCH_BOOST : 1);
      if (factor <= 0) continue;
      let explained = 0;
      query.words.forEach((word, i) => {
        let credit = 1;
        for (const t of word.terms) credit = Math.min(credit, d.strengths.get(t) ?? 0);
        explained += (weights[i] ?? 0) * credit * (word.terms.length > 1 ? SPLIT_WORD_CREDIT : 1) * correctionCredit(word);
      });
      hits.push({ unit, score: d.score * factor, coverage: total > 0 ? explained / total : 0, matched: d.matched, anchored: (d.fields & HEAD_FIELDS) !== 0 });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}

function correctionCredit(word: QueryWord): number {
  if (!word.corrected) return 1;
  const length = word.length ?? 0;
  if (length >= LONG_WORD_LENGTH) return CORRECTED_LONG_WORD_CREDIT;
  return length < SHORT_WORD_LENGTH ? CORRECTED_SHORT_WORD_CREDIT : CORRECTED_WORD_CREDIT;
}

function documentName(source: SourceId): string {
  return `${SOURCES[source].title}\n${DOCUMENT_NAMES[source].join('\n')}`;
}

export function isPassageHit(hit: UnitHit): hit is UnitHit & { readonly unit: { readonly kind: 'passage'; readonly passage: Passage } } {
  return hit.unit.kind === 'passage';
}

export function isTopicHit(hit: UnitHit): hit is UnitHit & { readonly unit: { readonly kind: 'topic'; readonly topic: Topic } } {
  return hit.unit.kind === 'topic';
}
