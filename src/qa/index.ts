/**
 * Questions in Swedish, answered offline from the domain core's knowledge with sources.
 *
 *   const qa = createQa();                       // once at start-up: builds the index
 *   qa.answer('vad krävs för medel?')            // → { kind: 'answer', titleSv, textSv, citations, levels, … }
 *   qa.answer('nivå 2', { modelId: 'sydvast_2021_kollektiv' })
 *   qa.topic('deadline.gp_ready_sbms')           // a nearest-topic or other-model button
 *
 * Below the confidence rule the answer is { kind: 'unknown', textSv: 'Det vet jag inte säkert. …',
 * nearest } – never a guessed rule.
 */
import type { IsoDate, LevelModelId, Service } from '../domain/case';
import { isLevelId, isLevelModelId } from '../domain/levels/models';
import { normalizeText } from './analyzer';
import { buildTopics } from './knowledge';
import { MODEL_NAMES_SV, comparisonTopic, levelTopicId, overviewTopicId } from './knowledge/levels';
import { modelHintIn, parseLevelIntent, type LevelIntent } from './levelIntent';
import { SwedishAnalyzer } from './analyzer';
import { sourceDocuments, type SourceDocument } from '../knowledge';
import { buildPassages, passageTopic, type Passage } from './passages';
import { PassageAnswerer } from './passageAnswer';
import { dateForRule, extractDate, formatDateSv } from './dates';
import { judgeSituation, parseSituation } from './situation';
import { TopicIndex, indexTextsOf, type Hit } from './retrieval';
import type { QaAnswer, QaContext, QaKnownAnswer, QaUnknownAnswer, Topic, TopicRef } from './types';

export type { QaAnswer, QaContext, QaKnownAnswer, QaQuote, QaUnknownAnswer, TopicRef, LevelRef } from './types';

/** What the answer says: its sentences and the quoted passages (not its buttons). */
export function answerBody(answer: QaAnswer): string {
  if (answer.kind === 'unknown') return answer.textSv;
  return [answer.textSv, ...(answer.quotes ?? []).map((q) => q.text)].join('\n');
}

export interface Qa {
  answer(question: string, context?: QaContext): QaAnswer;
  /** The answer for a topic id (nearest-topic and related buttons); undefined for an unknown id. */
  topic(topicId: string, context?: QaContext): QaKnownAnswer | undefined;
}

export const UNKNOWN_TEXT_SV =
  'Det vet jag inte säkert. Jag svarar bara på det som står i källdokumenten om stödnivåer, insatsprocessen och boendestöd. Kanske menar du något av det här?';

/**
 * Confidence rule: a topic must explain at least this share of the question's words (see
 * Hit.coverage) and match at least one of them in its title or keywords.
 */
export const MIN_COVERAGE = 0.6;
/** A question with a date names its deadline in fewer words ("när senast nästa?"). */
/** A level question is about something else only when that topic explains at least two of the other words. */
const MIN_RESIDUAL_MATCHED = 2;
const MIN_DATED_COVERAGE = 0.4;
/** The city-wide model today; used for låg/medel/hög questions and overviews without a model. */
const DEFAULT_MODEL: LevelModelId = 'lagenhetsboende_2025';
/** When no topic comes near, these are offered instead. */
const FALLBACK_TOPIC_IDS = ['levels.lagenhetsboende_2025', 'time.overview', 'deadline.gp_ready_sbms'] as const;
/** Words that only say "which level" – a level question with nothing else left is a level lookup. */
const LEVEL_QUESTION_WORDS =
  'stödnivå nivå nivån nivåer krav kräver krävs låg låga lågt lägsta medel hög höga högt högsta lägenhet lägenhetsboende kollektiv ' +
  'tillsyn fysisk besök timmar timme vecka veckan veckor dag dagar varje helg helger kontakt stöd individuellt skillnad skillnaden ' +
  'skilja skiljer skillnader jämför jämföra jämförelse eller gång gånger månad månaden ingår räcker ofta regler ' +
  'minst högst max maximalt behöver behov omfattning 1 2 3 4';

/** Terms that alone only ask "which levels are there" (answered by the model's overview). */
const OVERVIEW_WORDS = 'stödnivåer nivåerna alla kollektiv lägenhet lägenhetsboende 2021 2025';
/**
 * Questions about particular local people, places or contact details ("vem är enhetschef på mitt
 * boende", "vad har soc för telefonnummer"): the source documents never hold them.
 */
const LOCAL_INFO_QUESTION =
  /\bvem är (?:min|mitt|mina|vår|vårt|våra|er|ert|era)\b|\b(?:på|i|för) (?:mitt|min|vårt|vår|ert|er) (?:boende|enhet|kontor|team|område)\b|\bvad heter\b|\btelefonnummer|\bmejladress|\be-?postadress/;

/**
 * Questions the documents cannot answer although they mention the words: applying for other
 * benefits or insatser, the staff's own employment, IT help.
 */
const OUT_OF_SCOPE_QUESTION =
  /\b(?:ansöker|söker|ansöka|söka) (?:man |hen |brukaren |vi |jag )?(?:om )?(?:försörjningsstöd|ekonomiskt bistånd|bostadsbidrag|sjukpenning|a kassa|färdtjänst|god man|förvaltare)|\b(?:min|mitt|mina) (?:lön|semester|schema|tjänst|anställning|chef|sjukskrivning)|\b(?:i|inom|enligt) (?:hemtjänsten|lss|äldreboendet|personlig assistans)\b|\bpart i ärendet|\b(?:lösenord|wifi|skrivare|inloggning|logga in|bankid|outlook|dator)/;

/** A quick question is short; a pasted document is read only this far (keeps answer time bounded). */
export const MAX_QUESTION_CHARS = 400;

/** "Vad är …?", "vad menas med …?": a definition beats a topic that merely mentions the word. */
const DEFINITION_CUE = /^(?:vad (?:är|menas|betyder|innebär|står)|förklara|definition)\b/;
const DEFINITION_BOOST = 2;

function isConfident(hit: Hit): boolean {
  return hit.anchored && hit.coverage >= MIN_COVERAGE;
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
}

export function createQa(documents: readonly SourceDocument[] = sourceDocuments()): QaEngine {
  const topics = buildTopics();
  const byId = new Map(topics.map((t) => [t.id, t]));
  const { passages, sections } = buildPassages(documents);
  const passageTopics = passages.map(passageTopic);
  const analyzer = new SwedishAnalyzer();
  analyzer.learn([...indexTextsOf(topics), ...indexTextsOf(passageTopics)]);
  const index = new TopicIndex(topics, { analyzer });
  const passageAnswerer = new PassageAnswerer(passages, sections, new TopicIndex(passageTopics, { analyzer, textOnlyWeight: 1 }));
  const levelWords = new Set(index.termsOf(LEVEL_QUESTION_WORDS));
  const overviewWords = new Set(index.termsOf(OVERVIEW_WORDS));
  const levelTerm = index.termsOf('stödnivå')[0];
  const boendestodTerm = index.termsOf('boendestöd')[0];

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

  function levelTopic(modelId: LevelModelId, levelIds: readonly string[]): Topic | undefined {
    if (levelIds.length === 1) return byId.get(levelTopicId(modelId, levelIds[0] ?? ''));
    if (levelIds.length === 2) return comparisonTopic(modelId, levelIds[0] ?? '', levelIds[1] ?? '');
    return byId.get(overviewTopicId(modelId));
  }

  function levelAnswer(intent: LevelIntent, context: QaContext): QaKnownAnswer | undefined {
    const topic = levelTopic(intent.modelId, intent.levelIds);
    if (!topic) return undefined;
    const notes: string[] = [];
    if (intent.otherModel) {
      notes.push(`Svaret gäller ${MODEL_NAMES_SV[intent.modelId]}. Nivån finns också i ${MODEL_NAMES_SV[intent.otherModel]}.`);
    }
    if (context.modelId && context.modelId !== intent.modelId) {
      notes.push(`Obs! Ärendet följer ${MODEL_NAMES_SV[context.modelId]}.`);
    }
    return known(topic, 1, {
      textSv: [topic.textSv, ...notes].join('\n'),
      ...(intent.otherModel ? { otherModel: intent.otherModel } : {}),
    });
  }

  /** A level overview follows the model the question or the context names, else today's city-wide model. */
  function overviewAnswer(question: string, context: QaContext, score: number): QaKnownAnswer | undefined {
    const hint = modelHintIn(normalizeText(question).split(' '));
    const modelId = hint ?? context.modelId ?? DEFAULT_MODEL;
    const topic = byId.get(overviewTopicId(modelId));
    if (!topic) return undefined;
    const defaulted = hint === undefined && context.modelId === undefined;
    return known(topic, score, defaulted ? { otherModel: 'sydvast_2021_kollektiv' } : {});
  }

  /**
   * The insats decides between variants (genomförandeplan in socialt boende med stöd vs
   * boendestöd): the context's service, else boendestöd only when the question says so.
   */
  function serviceOf(terms: readonly string[], context: QaContext): Service {
    if (context.service) return context.service;
    return boendestodTerm !== undefined && terms.includes(boendestodTerm) ? 'boendestod' : 'socialt_boende_med_stod';
  }

  /** Switch to the asker's variant unless the question names something only this topic has (e.g. krisplan). */
  function fromHit(hit: Hit, hits: readonly Hit[], question: string, terms: readonly string[], context: QaContext): QaKnownAnswer {
    if (hit.topic.kind === 'level_overview') return overviewAnswer(question, context, hit.score) ?? known(hit.topic, hit.score);
    const variantId = hit.topic.serviceVariants?.[serviceOf(terms, context)];
    const variantHit = variantId ? hits.find((h) => h.topic.id === variantId) : undefined;
    const explainsAsWell = variantHit !== undefined && hit.matchedTerms.every((t) => variantHit.matchedTerms.includes(t) || t === boendestodTerm);
    const variant = variantId && (context.service !== undefined || explainsAsWell) ? byId.get(variantId) : undefined;
    return known(variant ?? hit.topic, hit.score);
  }

  function unknown(hits: readonly Hit[], nearSections: readonly TopicRef[]): QaUnknownAnswer {
    const near = [...hits.slice(0, 2).map((h) => refOf(h.topic)), ...nearSections].slice(0, 3);
    const nearest =
      near.length > 0 ? near : FALLBACK_TOPIC_IDS.map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined).map(refOf);
    return { kind: 'unknown', textSv: UNKNOWN_TEXT_SV, nearest };
  }

  function bestConfident(hits: readonly Hit[], question: string): Hit | undefined {
    const definitionAsked = DEFINITION_CUE.test(normalizeText(question));
    const rank = (hit: Hit): number => hit.score * (definitionAsked && hit.topic.kind === 'definition' ? DEFINITION_BOOST : 1);
    let best: Hit | undefined;
    for (const hit of hits) if (isConfident(hit) && (best === undefined || rank(hit) > rank(best))) best = hit;
    return best;
  }

  /** Hours or visits a week against the level thresholds (see ./situation). */
  function situationAnswer(question: string, context: QaContext): QaKnownAnswer | undefined {
    const situation = parseSituation(question, context.modelId);
    const verdict = situation ? judgeSituation(situation) : undefined;
    if (!verdict) return undefined;
    const levelIds = [...new Set([verdict.askedLevelId, verdict.fittingLevelId].filter((id): id is string => id !== undefined))];
    const topic = levelTopic(verdict.modelId, levelIds);
    if (!topic) return undefined;
    return known(topic, 1, { textSv: `${verdict.sentenceSv}\n${topic.textSv}` });
  }

  /** A date plus a deadline question: the deadline engine computes the date the rule gives. */
  function datedAnswer(rest: string, date: IsoDate): QaKnownAnswer | undefined {
    const { hits } = index.retrieve(rest);
    const hit = hits.find((h) => h.topic.kind === 'deadline' && h.coverage >= MIN_DATED_COVERAGE && h.anchored);
    if (!hit) return undefined;
    const ruleId = hit.topic.id.slice('deadline.'.length);
    const due = dateForRule(ruleId, date);
    if (!due) return undefined;
    return known(hit.topic, hit.score, { textSv: `Räknat från ${formatDateSv(date)} blir det ${formatDateSv(due)}.\n${hit.topic.textSv}` });
  }

  /** The structured domain topics: the authority where they apply. */
  function structuredAnswer(question: string, context: QaContext): { known?: QaKnownAnswer; hits: readonly Hit[]; supportTerms?: readonly string[] } {
    const { terms, hits } = index.retrieve(question);
    const best = bestConfident(hits, question);
    const intent = parseLevelIntent(question, context.modelId);
    if (!intent && levelTerm !== undefined && terms.includes(levelTerm) && terms.every((t) => overviewWords.has(t))) {
      const overview = overviewAnswer(question, context, best?.score ?? 1);
      if (overview) return { known: overview, hits };
    }
    const hint = modelHintIn(normalizeText(question).split(' '));
    if (intent && hint === 'sydvast_2021_kollektiv' && intent.modelId !== hint) {
      const overview = byId.get(overviewTopicId(hint));
      const missing = intent.levelIds.filter((id) => !isLevelId(hint, id));
      if (overview && missing.length > 0) {
        return { known: known(overview, 1, { textSv: `Nej, kollektiv har bara nivå 1 och nivå 2 (inte nivå ${missing.join(', ')}).\n${overview.textSv}` }), hits };
      }
    }
    if (intent) {
      // "räknas restid på hög nivå?" is about restid: the words beyond the level ones decide.
      const residualTerms = terms.filter((t) => !levelWords.has(t));
      const residual = index.searchTerms(residualTerms);
      const other = bestConfident(residual.hits, question);
      if (other && other.matchedTerms.length >= MIN_RESIDUAL_MATCHED && !other.topic.kind.startsWith('level')) return { known: fromHit(other, residual.hits, question, terms, context), hits };
      const answer = levelAnswer(intent, context);
      // The passages under a level card are the ones about the rest of the question ("referenstid på trean").
      if (answer) return { known: answer, hits, ...(residualTerms.length > 0 ? { supportTerms: residualTerms } : {}) };
    }
    return best ? { known: fromHit(best, hits, question, terms, context), hits } : { hits };
  }

  return {
    stats: { topics: topics.length, passages: passages.length, sections: sections.size },
    passages,

    answer(fullQuestion, context = {}) {
      const question =
        fullQuestion.length > MAX_QUESTION_CHARS ? fullQuestion.slice(0, MAX_QUESTION_CHARS).replace(/\s+\S*$/, '') : fullQuestion;
      if (LOCAL_INFO_QUESTION.test(normalizeText(question)) || OUT_OF_SCOPE_QUESTION.test(normalizeText(question))) return unknown(index.retrieve(question).hits, passageAnswerer.nearest(question));
      const situational = situationAnswer(question, context);
      if (situational) return situational;
      const dated = extractDate(question);
      if (dated) {
        const answer = datedAnswer(dated.rest, dated.date);
        if (answer) return passageAnswerer.withQuotes(answer, dated.rest);
      }
      const { known: structured, hits, supportTerms } = structuredAnswer(question, context);
      if (structured) return passageAnswerer.withQuotes(structured, question, supportTerms);
      return passageAnswerer.answer(question) ?? unknown(hits, passageAnswerer.nearest(question));
    },

    topic(topicId, context = {}) {
      const [kind, model, a, b] = topicId.split('.');
      if (kind === 'section') return passageAnswerer.section(topicId);
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
