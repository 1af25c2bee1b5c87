/**
 * Questions in Swedish, answered offline from the shipped source documents and the domain core,
 * with their sources. The parts:
 *   ./knowledgeIndex  one BM25F index over the structured topics and every passage (./bm25)
 *   ./prior           the document, insats, level model and kind of answer a question points at
 *   ./choose          which unit may answer, and which answers (./cues: what the question's words ask)
 *   ./levelAnswers    named levels, comparisons, overviews and situations from the level tables
 *   ./passageAnswer   a passage answer quoted with what belongs to it
 *
 *   const qa = createQa();                       // once (after start-up): builds the index
 *   qa.answer('vad krävs för medel?')            // → { kind: 'answer', titleSv, textSv, citations, quotes, … }
 *   qa.answer('nivå 2', { modelId: 'sydvast_2021_kollektiv' })
 *   qa.topic('deadline.gp_ready_sbms')           // a nearest-topic or other-model button
 *
 * When nothing explains the question well enough the answer is { kind: 'unknown', textSv: 'Det vet
 * jag inte säkert. …', nearest } – never a guessed rule.
 */
import type { IsoDate } from '../domain/case';
import { isLevelModelId } from '../domain/levels/models';
import { buildTopics } from './knowledge';
import { comparisonTopic, overviewTopicId } from './knowledge/levels';
import { SwedishAnalyzer } from './analyzer';
import { sourceDocuments, type SourceDocument } from '../knowledge';
import { ABOUT_PASSAGE_SUFFIX, VERSION_STAMP, buildPassages, type Passage } from './passages';
import { PassageQuoter, bestSentence, type PassageHit } from './passageAnswer';
import { KnowledgeIndex, isPassageHit, isTopicHit, type Query, type UnitHit } from './knowledgeIndex';
import type { SourceId } from '../domain/sources';
import { SECTION_VOCABULARY, DOCUMENT_NAMES } from './sectionVocabulary';
import { SECTION_QUESTIONS } from './sectionQuestions';
import { SECTION_SITUATIONS } from './sectionSituations';
import { SECTION_PHRASINGS } from './phrasings';
import { dateForRule, extractDate, formatDateSv } from './dates';
import {
  DOCUMENT_FACT_CUE,
  LOCAL_INFO_QUESTION,
  OUT_OF_SCOPE_QUESTION,
  TASK_REQUEST,
  UNANSWERABLE_KIND_QUESTION,
  asksAboutOtherService,
  asksFutureChange,
  asksProjectOutcome,
  askedKinds,
  cueText,
  referencedDocumentIn,
  repairCueText,
  usesForeignDomainWord,
  withoutComparedPractice,
} from './cues';
import { createPrior } from './prior';
import { createChooser } from './choose';
import { createLevelAnswers } from './levelAnswers';
import type { QaAnswer, QaContext, QaKnownAnswer, QaUnknownAnswer, Topic, TopicRef } from './types';

export type { QaAnswer, QaContext, QaKnownAnswer, QaQuote, QaUnknownAnswer, TopicRef, LevelRef } from './types';

/** What the answer says: its sentences and the quoted passages (not its buttons). */
export function answerBody(answer: QaAnswer): string {
  if (answer.kind === 'unknown') return answer.textSv;
  return [answer.textSv, ...(answer.quotes ?? []).map((q) => q.text)].join('\n');
}

/** The first cell of a table row read as "Nivå: 1 | …": header and a short value. */
const ROW_KEY = /^([^|:]{1,30}): ((?:\S+ ){0,3}\S+) \| /u;

/**
 * A sentence taken from inside a table row names its row: "Nivå 1: LVM-nära brukare …", not a
 * sentence that could belong to any level.
 */
export function withRowKey(rowText: string, sentence: string): string {
  const key = ROW_KEY.exec(rowText);
  if (!key || sentence.startsWith(key[0].slice(0, key[1]?.length ?? 0))) return sentence;
  return `${key[1] ?? ''} ${key[2] ?? ''}: ${sentence}`;
}

export interface Qa {
  answer(question: string, context?: QaContext): QaAnswer;
  /** The answer for a topic id (nearest-topic and related buttons); undefined for an unknown id. */
  topic(topicId: string, context?: QaContext): QaKnownAnswer | undefined;
}

/** Closes every decline: the nearest topics follow as buttons. */
const NEAREST_PROMPT_SV = 'Kanske menar du något av det här?';
export const UNKNOWN_TEXT_SV = `Det vet jag inte säkert. Jag svarar bara på det som står i källdokumenten om stödnivåer, insatsprocessen och boendestöd. ${NEAREST_PROMPT_SV}`;

/** A question with a date names its deadline in fewer words ("när senast nästa?"). */
const MIN_DATED_COVERAGE = 0.3;
/** When no topic comes near, these are offered instead. */
const FALLBACK_TOPIC_IDS = ['levels.lagenhetsboende_2025', 'time.overview', 'deadline.gp_ready_sbms'] as const;
/** A quick question is short; a pasted document is read only this far (keeps answer time bounded). */
export const MAX_QUESTION_CHARS = 400;

/** "vilken sanktionsavgift …": the thing a "vilken …?" question asks to have named (a long word: a specific thing, not "moment"). */
const WHICH_HEAD = /^(?:\S+ ){0,3}?(?:vilken|vilket|vilka) (\p{L}{9,})/u;

/**
 * The cues (cueText of a question) ask something the documents cannot answer: local people and
 * numbers, other domains, kinds they never answer, the 2009 project's results, plans still to come,
 * or a task for the bot.
 */
function notAboutTheDocuments(cues: string): boolean {
  return (
    LOCAL_INFO_QUESTION.test(cues) ||
    OUT_OF_SCOPE_QUESTION.test(cues) ||
    UNANSWERABLE_KIND_QUESTION.test(cues) ||
    usesForeignDomainWord(cues) ||
    asksProjectOutcome(cues) ||
    asksFutureChange(cues) ||
    TASK_REQUEST.test(cues)
  );
}

function refOf(topic: Topic): TopicRef {
  return { topicId: topic.id, titleSv: topic.titleSv };
}

export interface QaIndexStats {
  readonly topics: number;
  readonly passages: number;
  readonly sections: number;
}

export interface QaEngine extends Qa {
  readonly stats: QaIndexStats;
  /** Every indexed passage (tests prove that no block of a document is left out). */
  readonly passages: readonly Passage[];
  /** The ranked units behind an answer, best first (for the evaluation script and tests). */
  explain(question: string, context?: QaContext): { readonly terms: readonly string[]; readonly hits: readonly UnitHit[] };
}

/** The documents' and topics' own words: what a typo or an unknown form may be taken for. */
function ownTexts(topics: readonly Topic[], passages: readonly Passage[]): string[] {
  return [...topics.flatMap((t) => [t.titleSv, t.keywordsSv.join('\n'), t.textSv]), ...passages.flatMap((p) => [p.text, p.headingPath.join('\n')])];
}

/** Every text the analyzer must know: what is indexed and the staff's words for it. */
function vocabularyTexts(topics: readonly Topic[], passages: readonly Passage[]): string[] {
  return [
    ...ownTexts(topics, passages),
    ...SECTION_VOCABULARY.flatMap((entry) => entry.words),
    ...SECTION_QUESTIONS.flatMap((entry) => entry.words),
    ...SECTION_SITUATIONS.flatMap((entry) => entry.words),
    ...SECTION_PHRASINGS.flatMap((entry) => entry.words),
    ...Object.values(DOCUMENT_NAMES).flat(),
  ];
}

export function createQa(documents: readonly SourceDocument[] = sourceDocuments()): QaEngine {
  const topics = buildTopics();
  const byId = new Map(topics.map((t) => [t.id, t]));
  const { passages, sections, emptyHeadings } = buildPassages(documents);
  const analyzer = new SwedishAnalyzer();
  analyzer.learn(vocabularyTexts(topics, passages), ownTexts(topics, passages));
  const index = new KnowledgeIndex(topics, passages, sections, analyzer);
  const quoter = new PassageQuoter(sections);
  const { documentTerms, boendestodTerm, priorFor, serviceOf } = createPrior(index);
  const { bestConfident } = createChooser(index, analyzer);
  const { overviewAnswer, situationAnswer, withOwnRows, levelQuestion, inForce } = createLevelAnswers({ byId, index, quoter, known, bestConfident, fromHit, priorFor, passages });

  // A question naming a section the document leaves empty has no answer there (the heading alone would match)…
  const emptySectionTerms = emptyHeadings.map((h) => index.termsOf(h.replace(/^[\d.IVX]+\s+/, '')).filter((t) => !index.isFrameTerm(t))).filter((t) => t.length > 0);
  // …and so has a box of a process diagram whose word no other text uses ("Hantera avvikelse"): the documents name the step, they do not describe it.
  const describedTerms = new Set(passages.filter((p) => !p.isDiagramLabel).flatMap((p) => index.termsOf(p.text)));
  for (const label of passages.filter((p) => p.isDiagramLabel && !VERSION_STAMP.test(p.text))) {
    const undescribed = index.termsOf(label.text).filter((t) => !describedTerms.has(t) && !index.isFrameTerm(t));
    if (undescribed.length > 0) emptySectionTerms.push(undescribed);
  }
  const namesEmptySection = (terms: readonly string[]): boolean => emptySectionTerms.some((heading) => heading.every((t) => terms.includes(t)));

  const aboutPassages = new Map(passages.filter((p) => p.id.endsWith(ABOUT_PASSAGE_SUFFIX)).map((p) => [p.source, p]));

  /**
   * "när beslutades handboken?", "gäller insatsprocessen fortfarande?": a question about one named
   * document and nothing else is answered with the document's own facts.
   */
  function documentAnswer(question: string, terms: readonly string[], hits: readonly UnitHit[]): QaKnownAnswer | undefined {
    const cues = cueText(question);
    if (!DOCUMENT_FACT_CUE.test(cues)) return undefined;
    const named = [...new Set(terms.flatMap((t) => documentTerms.get(t) ?? []))];
    if (named.length !== 1) return undefined;
    const cueTerms = new Set(index.termsOf(cues.match(new RegExp(DOCUMENT_FACT_CUE.source, 'gu'))?.join(' ') ?? ''));
    const rest = terms.filter((t) => !documentTerms.has(t) && !cueTerms.has(t) && !index.isFrameTerm(t));
    const passage = aboutPassages.get(named[0] as SourceId);
    if (rest.length > 0 || !passage) return undefined;
    const hit: PassageHit = { unit: { kind: 'passage', passage }, score: 1, coverage: 1, matched: [], anchored: true };
    return quoter.answer(hit, hits, passage.text);
  }

  /** One answer searches the same question several times (answer, quotes, nearest sections). */
  let last: { question: string; context: QaContext; query: Query; terms: readonly string[]; hits: UnitHit[] } | undefined;
  function retrieve(question: string, context: QaContext = {}): { query: Query; terms: readonly string[]; hits: UnitHit[] } {
    if (last?.question === question && last.context === context) return last;
    const query = index.parse(question);
    last = { question, context, query, terms: query.terms, hits: index.search(query, priorFor(query.terms, context, question)) };
    return last;
  }

  function known(topic: Topic, score: number, extra: Partial<QaKnownAnswer> = {}): QaKnownAnswer {
    const related = (topic.relatedIds ?? []).map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined);
    return {
      kind: 'answer',
      topicId: topic.id,
      titleSv: topic.titleSv,
      textSv: topic.textSv,
      citations: topic.citations,
      ...(topic.levels ? { levels: topic.levels } : {}),
      ...(related.length > 0 ? { related: related.map(refOf) } : {}),
      score,
      ...extra,
    };
  }

  /** The line of a text that shares most of the question's terms (the first on a tie). */
  function closestLine(text: string, terms: readonly string[]): string | undefined {
    let best: { line: string; shared: number } | undefined;
    for (const line of text.split('\n')) {
      const shared = new Set(index.termsOf(line).filter((t) => terms.includes(t))).size;
      if (best === undefined || shared > best.shared) best = { line, shared };
    }
    return best?.line;
  }

  /** Switch to the asker's variant unless the question names something only this topic has (e.g. krisplan). */
  function fromTopicHit(hit: UnitHit, topic: Topic, hits: readonly UnitHit[], question: string, terms: readonly string[], context: QaContext): QaKnownAnswer {
    if (topic.kind === 'level_overview') return overviewAnswer(question, context, hit.score) ?? known(topic, hit.score);
    const variantId = topic.serviceVariants?.[serviceOf(terms, context)];
    const variantHit = variantId ? hits.find((h) => h.unit.kind === 'topic' && h.unit.topic.id === variantId) : undefined;
    const explainsAsWell = variantHit !== undefined && hit.matched.every((t) => variantHit.matched.includes(t) || t === boendestodTerm);
    const variant = variantId && (context.service !== undefined || explainsAsWell) ? byId.get(variantId) : undefined;
    if (variant) return known(variant, hit.score);
    // No case and no word says which insats: the default (socialt boende med stöd) answers, and boendestöd's rule is said too.
    const boendestod = context.service === undefined ? byId.get(topic.serviceVariants?.boendestod ?? '') : undefined;
    const rule = boendestod ? closestLine(boendestod.textSv, terms)?.replace(/^(?:Boendestöd: |• )/, '') : undefined;
    if (!rule) return known(topic, hit.score);
    return known(topic, hit.score, { textSv: `${topic.textSv}\nI boendestöd gäller i stället: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}` });
  }

  function passageAnswer(hit: PassageHit, hits: readonly UnitHit[], question: string): QaKnownAnswer {
    const text = hit.unit.passage.text;
    const asked = askedKinds(cueText(question)).map((kind) => kind.holds);
    return quoter.answer(hit, hits, withRowKey(text, bestSentence(text, hit.matched, (s) => index.termsOf(s), asked)));
  }

  function fromHit(hit: UnitHit, hits: readonly UnitHit[], question: string, terms: readonly string[], context: QaContext): QaKnownAnswer {
    if (isPassageHit(hit)) return passageAnswer(hit, hits, question);
    if (!isTopicHit(hit)) throw new Error('qa: unknown unit kind');
    return withOwnRows(fromTopicHit(hit, hit.unit.topic, hits, question, terms, context), hits);
  }

  function unknown(hits: readonly UnitHit[]): QaUnknownAnswer {
    const topicsNear = hits.filter(isTopicHit).slice(0, 2).map((h) => refOf(h.unit.topic));
    const near = [...topicsNear, ...quoter.nearest(hits)].slice(0, 3);
    const nearest =
      near.length > 0 ? near : FALLBACK_TOPIC_IDS.map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined).map(refOf);
    return { kind: 'unknown', textSv: UNKNOWN_TEXT_SV, nearest };
  }

  /**
   * "vilken sanktionsavgift kan IVO ta ut?": the question asks which X, and no document has a word
   * for X (not even as a slip or a compound of known words), so no document can say which.
   */
  function asksWhichUnknownThing(cues: string): boolean {
    const head = WHICH_HEAD.exec(cues)?.[1];
    if (head === undefined) return false;
    const headTerms = analyzer.queryTerms(head);
    return headTerms.length > 0 && headTerms.every((t) => !index.knows(t.term));
  }

  /** A date plus a deadline question: the deadline engine computes the date the rule gives. */
  function datedAnswer(rest: string, date: IsoDate, context: QaContext): QaKnownAnswer | undefined {
    const { hits } = retrieve(rest, context);
    const hit = hits.find((h) => h.unit.kind === 'topic' && h.unit.topic.kind === 'deadline' && h.coverage >= MIN_DATED_COVERAGE && h.anchored);
    if (!hit || hit.unit.kind !== 'topic') return undefined;
    const topic = hit.unit.topic;
    const due = dateForRule(topic.id.slice('deadline.'.length), date);
    if (!due) return undefined;
    return quoter.withQuotes(known(topic, hit.score, { textSv: `Räknat från ${formatDateSv(date)} blir det ${formatDateSv(due)}.\n${topic.textSv}` }), hits);
  }

  return {
    stats: { topics: topics.length, passages: passages.length, sections: sections.size },
    passages,
    explain: (question, context = {}) => retrieve(question, context),

    answer(fullQuestion, context = {}) {
      const question = withoutComparedPractice(
        fullQuestion.length > MAX_QUESTION_CHARS ? fullQuestion.slice(0, MAX_QUESTION_CHARS).replace(/\s+\S*$/, '') : fullQuestion,
      );
      // The cues as typed, and with a slip in one of their words repaired ("semesterdaagr").
      const typed = cueText(question);
      const repaired = repairCueText(typed, (word) => analyzer.knowsWord(word));
      const cueTexts = repaired === typed ? [typed] : [typed, repaired];
      if (cueTexts.some(notAboutTheDocuments) || asksAboutOtherService(question) || asksWhichUnknownThing(typed)) return unknown(retrieve(question, context).hits);
      const referenced = cueTexts.map(referencedDocumentIn).find((d) => d !== undefined);
      if (referenced) {
        const declined = unknown(retrieve(question, context).hits);
        const textSv = `Det vet jag inte säkert: det står i ${referenced.nameSv}, som källdokumenten hänvisar till (${referenced.citedIn}) men som inte finns bland dem. ${NEAREST_PROMPT_SV}`;
        return { ...declined, textSv };
      }
      const situational = situationAnswer(question, context);
      if (situational) return withOwnRows(situational, retrieve(question, context).hits);
      const dated = extractDate(question);
      if (dated) {
        const answer = datedAnswer(dated.rest, dated.date, context);
        if (answer) return answer;
      }
      const { terms, hits } = retrieve(question, context);
      if (namesEmptySection(terms)) return unknown(hits);
      const about = documentAnswer(question, terms, hits);
      if (about) return about;
      const level = levelQuestion(question, terms, hits, context);
      if (level) return level;
      const best = bestConfident(hits, terms, question, repaired);
      return best ? inForce(question, fromHit(best, hits, question, terms, context), hits) : unknown(hits);
    },

    topic(topicId, context = {}) {
      const [kind, model, a, b] = topicId.split('.');
      if (kind === 'section') return quoter.section(topicId);
      if (kind === 'compare' && model && a && b) {
        if (!isLevelModelId(model)) return undefined;
        const topic = comparisonTopic(model, a, b);
        return topic ? known(topic, 1) : undefined;
      }
      const topic = byId.get(topicId);
      if (!topic) return undefined;
      if (topic.kind === 'level_overview' && context.modelId) return known(byId.get(overviewTopicId(context.modelId)) ?? topic, 1);
      return known(topic, 1);
    },
  };
}
