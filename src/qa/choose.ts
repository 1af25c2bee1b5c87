/**
 * Which unit answers: among the units confident enough to answer (enough of the question
 * explained; a number where one is asked for, an amount for "hur mycket hyra", a definition for
 * "vad är X?"), the best scoring – a structured topic preferred over a passage that explains the
 * question about as well, since the domain core is the authority where it applies.
 */
import { foldDiacritics, normalizeText, type SwedishAnalyzer } from './analyzer';
import {
  AMOUNT_IN_TEXT,
  DATE_CUE,
  DATE_IN_TEXT,
  DEFINITION_CUE,
  DOCUMENT_FACT_CUE,
  FREQUENCY_CUE,
  FREQUENCY_IN_TEXT,
  MAX_DEFINED_WORDS,
  NAME_CUE,
  NAME_IN_TEXT,
  QUANTITY_CUE,
  givesQuantity,
  RATE_CUE,
  RATE_IN_TEXT,
  TARGET_GROUP_CUE,
  asksAmount,
  cueText,
  defines,
  escapeRegExp,
} from './cues';
import type { KnowledgeIndex, UnitHit } from './knowledgeIndex';
import type { Topic } from './types';
import { ABOUT_PASSAGE_SUFFIX, type Passage } from './passages';

/**
 * Confidence rule: a topic must explain at least this share of the question's words (see
 * Hit.coverage) and match at least one of them in its title or keywords.
 */
export const MIN_COVERAGE = 0.6;
/** A passage must explain this share of the question (idf-weighted, see ./bm25) to be quoted as the answer. */
export const PASSAGE_MIN_COVERAGE = 0.6;
/**
 * A question that describes a situation carries words no text has ("hen ringde i förrgår och …"):
 * a unit that shares at least MANY_MATCHED of its words explains it with this lower share.
 */
export const MANY_MATCHED_MIN_COVERAGE = 0.45;
export const MANY_MATCHED = 4;
/** An answer needs this many matched words, unless the question has fewer (one word alone is a topic, not a question). */
const MIN_MATCHED = 2;
/** The prepositions of "syftet med X", "skillnaden mellan X och Y", as cueText folds them. */
const RELATION_WORDS: ReadonlySet<string> = new Set(['med', 'mellan', 'for', 'pa', 'av', 'i', 'till', 'vid', 'om']);
/** A word, then one of those prepositions, then more: the X of Y. */
const RELATION_OF = new RegExp(`^\\p{L}+ (?:${[...RELATION_WORDS].join('|')}) \\S`, 'u');
/** A passage of at most this many words, all of them in the question, only repeats it (see echoes). */
const MAX_ECHO_TERMS = 3;
/** "Vad är …?": a definition topic beats a topic that merely mentions the word. */
const DEFINITION_BOOST = 2;

/**
 * The structured topics are the authority where they apply (issue 14): a confident topic wins
 * over a passage unless the passage scores this much more.
 */
const TOPIC_PREFERENCE = 1.5;
/** …as long as it explains the question about as well as the best passage does. */
const TOPIC_COVERAGE_SLACK = 0.3;

/**
 * `contentTerms`: how many of the question's terms name its subject (not frame words), so "vem satt
 * i styrgruppen" needs one matched word, not two. `givesAskedAmount`: when the question asks "hur
 * många/mycket/ofta …", whether the unit's text gives it.
 */
export function isConfident(hit: UnitHit, contentTerms: number, givesAskedAmount?: (hit: UnitHit) => boolean): boolean {
  if (hit.unit.kind === 'passage' && (hit.unit.passage.isPageLabel || hit.unit.passage.isDiagramLabel)) return false;
  if (hit.matched.length < Math.max(1, Math.min(MIN_MATCHED, contentTerms))) return false;
  if (givesAskedAmount && !givesAskedAmount(hit)) return false;
  const manyMatched = hit.matched.length >= MANY_MATCHED && hit.coverage >= MANY_MATCHED_MIN_COVERAGE;
  if (hit.unit.kind === 'topic') return hit.anchored && (hit.coverage >= MIN_COVERAGE || manyMatched);
  return hit.coverage >= PASSAGE_MIN_COVERAGE || manyMatched;
}

/** A document's front matter (title, status, publisher). Version stamps inside a process diagram are diagram labels (./passages). */
function isFrontMatter(passage: Passage): boolean {
  return passage.id.endsWith(ABOUT_PASSAGE_SUFFIX);
}

export interface Chooser {
  /** The unit that answers, or undefined when none may. */
  /** `cues`: cueText(question), with slips in cue words repaired (./cues repairCueText). */
  bestConfident(hits: readonly UnitHit[], terms: readonly string[], question: string, cues?: string): UnitHit | undefined;
}

export function createChooser(index: KnowledgeIndex, analyzer: SwedishAnalyzer): Chooser {
  /** Terms of titles and headings, which recur across questions, read once each. */
  const termsCache = new Map<string, readonly string[]>();
  function cachedTermsOf(text: string): readonly string[] {
    let found = termsCache.get(text);
    if (found === undefined) {
      found = index.termsOf(text);
      termsCache.set(text, found);
    }
    return found;
  }
  const titleTermsOf = (topic: Topic): readonly string[] => cachedTermsOf(topic.titleSv);

  /**
   * The best unit that may answer: confident, giving a number or an amount when asked for one,
   * defining the word a "vad är …?" asks about. A structured topic is preferred over a passage
   * (the domain core is the authority) as long as it explains the question about as well.
   */
  function bestConfident(hits: readonly UnitHit[], terms: readonly string[], question: string, cues?: string): UnitHit | undefined {
    const normalized = cues ?? cueText(question);
    const target = TARGET_GROUP_CUE.exec(normalized);
    const definitionAsked = DEFINITION_CUE.test(normalized) || target !== null;
    const asksQuantity = QUANTITY_CUE.test(normalized);
    const asksFrequency = FREQUENCY_CUE.test(normalized);
    const asksName = NAME_CUE.test(normalized);
    const asksDate = DATE_CUE.test(normalized);
    const amountAsked = asksAmount(normalized);
    const amountPattern = amountAsked && RATE_CUE.test(normalized) ? RATE_IN_TEXT : AMOUNT_IN_TEXT;
    // The terms of the words asked about, read once per question (not once per unit).
    const defined = (target ? targetWord(normalized.slice(target[0].length)) : definitionAsked ? definedWords(question) : []).map(definedTerm);
    const ownText = (hit: UnitHit): string => (hit.unit.kind === 'topic' ? hit.unit.topic.textSv : hit.unit.passage.text);
    const contentTerms = terms.filter((t) => !index.isFrameTerm(t)).length;
    // "hur ofta …" is also answered by "dagligen".
    const givesAskedAmount = (hit: UnitHit): boolean => {
      const text = ownText(hit);
      return givesQuantity(text) || (asksFrequency && FREQUENCY_IN_TEXT.test(text));
    };
    // A document's front matter (title, status, publisher) answers only questions about the document itself.
    const documentFactAsked = DOCUMENT_FACT_CUE.test(normalized);
    const eligibleAs = (asTarget: boolean): UnitHit[] =>
      hits.filter(
        (hit) =>
          !echoes(hit, terms) &&
          (documentFactAsked || hit.unit.kind !== 'passage' || !isFrontMatter(hit.unit.passage)) &&
          // "vilka kan få boendestöd?": the text that says what boendestöd is, and for whom, answers it.
          (asTarget
            ? opensWithDefinition(hit, defined) && hit.matched.length > 0
            : (target !== null || defined.length === 0 || definesAll(hit, defined)) &&
              // "vad är boendecoachning, vad gör personalen då?": a text that defines the word needs no other of the question's words
              isConfident(hit, defined.length > 0 ? Math.min(contentTerms, defined.length) : contentTerms, asksQuantity ? givesAskedAmount : undefined)) &&
          (!amountAsked || amountPattern.test(ownText(hit))) &&
          (!asksName || NAME_IN_TEXT.test(ownText(hit))) &&
          (!asksDate || DATE_IN_TEXT.test(ownText(hit))),
      );
    // …and where no text defines it ("vilka kan få referenstid?"), the question is read as any other.
    const byTarget = target && defined.length > 0 ? eligibleAs(true) : [];
    const eligible = byTarget.length > 0 ? byTarget : eligibleAs(false);
    const passageCoverage = Math.max(0, ...eligible.filter((h) => h.unit.kind === 'passage').map((h) => h.coverage));
    const exactTitle = (topic: Topic): boolean => {
      const titleTerms = titleTermsOf(topic);
      return titleTerms.length > 0 && titleTerms.every((t) => terms.includes(t));
    };
    const rank = (hit: UnitHit): number => {
      if (hit.unit.kind !== 'topic') return hit.score;
      if (definitionAsked && hit.unit.topic.kind === 'definition') return hit.score * DEFINITION_BOOST * (exactTitle(hit.unit.topic) ? DEFINITION_BOOST : 1);
      return hit.coverage >= passageCoverage - TOPIC_COVERAGE_SLACK ? hit.score * TOPIC_PREFERENCE : hit.score;
    };
    let best: UnitHit | undefined;
    for (const hit of eligible) if (best === undefined || rank(hit) > rank(best)) best = hit;
    return best;
  }

  /** A passage's subject terms (frame words left out), by passage id. */
  const echoTerms = new Map<string, readonly string[]>();
  /**
   * A short passage every word of which the question already says ("Hantera avvikelse", a step
   * named in a process list) only repeats the question: it names a topic, it does not answer it.
   */
  function echoes(hit: UnitHit, terms: readonly string[]): boolean {
    // "Avstämning av uppdraget:" brings the list that follows it.
    if (hit.unit.kind !== 'passage' || /:\s*$/.test(hit.unit.passage.text)) return false;
    const { id, text } = hit.unit.passage;
    let own = echoTerms.get(id);
    if (own === undefined) {
      own = index.termsOf(text).filter((t) => !index.isFrameTerm(t));
      echoTerms.set(id, own);
    }
    return own.length > 0 && own.length <= MAX_ECHO_TERMS && own.every((t) => terms.includes(t));
  }

  /** The term of a word asked to be defined, read as a question word is ("återkallelseförbehål" with its slip corrected). */
  function definedTerm(word: string): string {
    return analyzer.queryTerms(word)[0]?.term ?? analyzer.termOf(word);
  }

  /** The words a short "vad är …?" question asks to have defined (none for longer questions). */
  function definedWords(question: string): string[] {
    // "vad är boendecoachning i praktiken, vad gör personalen då?": the words before the first comma or question mark
    const firstClause = question.split(/[,;?!]/)[0] ?? question;
    // "vad är boendecoachning i praktiken?": the word, asked about concretely
    const rest = cueText(firstClause).replace(DEFINITION_CUE, ' ').trim().replace(/^(?:med|for) /, '').replace(/ (?:i praktiken|konkret|rent konkret|i verkligheten)$/, '');
    // "vad menas med att vi ska vara en socialtjänst?": a statement to explain, not words to define.
    if (/^(?:det )?att /.test(rest)) return [];
    // "vad är (egentligen) syftet med uppstartsmötet?", "vad är skillnaden mellan låg och medel?": the X of Y, not a word to define.
    const content = rest.split(' ').filter((w) => RELATION_WORDS.has(w) || !analyzer.isStopword(w));
    if (RELATION_OF.test(content.join(' '))) return [];
    const words = rest.split(' ').filter((w) => w.length > 1 && !analyzer.isStopword(w) && !/^(?:for|med|vad|ar|menas|betyder|innebar|star|konkret|praktiken|kort|kortfattat)$/.test(w));
    if (words.length === 0 || words.length > MAX_DEFINED_WORDS) return [];
    // The cues are read without å, ä, ö; the words go back to how they were typed ("återkallelseförbehål").
    const typed = new Map(normalizeText(question).split(' ').map((w) => [foldDiacritics(w), w] as const));
    return words.map((w) => typed.get(w) ?? w);
  }

  /** The word after "vilka kan få …": what the question asks the target group of. */
  function targetWord(rest: string): string[] {
    const word = rest.split(' ').find((w) => w.length > 1 && !analyzer.isStopword(w));
    return word ? [word] : [];
  }

  /** The text opens by saying what the word is ("Boendestöd är ett bistånd … till vuxna …"). */
  function opensWithDefinition(hit: UnitHit, stems: readonly string[]): boolean {
    const text = hit.unit.kind === 'topic' ? hit.unit.topic.textSv : hit.unit.passage.text;
    const stem = escapeRegExp(stems[0] ?? '');
    return new RegExp(`^${stem}\\p{L}* (?:är|innebär|avser|betyder)(?!\\p{L})`, 'u').test(text.toLowerCase());
  }

  function definesAll(hit: UnitHit, stems: readonly string[]): boolean {
    if (hit.unit.kind === 'topic') {
      const topic = hit.unit.topic;
      return topic.kind === 'definition' || stems.every((s) => defines(topic.textSv, titleTermsOf(topic), s));
    }
    // The passage's own heading, not the document's title above it (which names "boendestöd" for every block of the handbook).
    const { text, heading } = hit.unit.passage;
    const headingTerms = cachedTermsOf(heading);
    return stems.every((s) => defines(text, headingTerms, s));
  }

  return { bestConfident };
}
