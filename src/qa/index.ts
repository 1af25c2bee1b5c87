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
import { ABOUT_PASSAGE_SUFFIX, buildPassages, type Passage } from './passages';
import { PassageQuoter, bestSentence, type PassageHit } from './passageAnswer';
import { KnowledgeIndex, isPassageHit, isTopicHit, type Query, type Unit, type UnitHit } from './knowledgeIndex';
import type { SourceId } from '../domain/sources';
import { SECTION_VOCABULARY, DOCUMENT_NAMES } from './sectionVocabulary';
import { SECTION_QUESTIONS } from './sectionQuestions';
import { dateForRule, extractDate, formatDateSv } from './dates';
import { judgeSituation, parseSituation } from './situation';
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
/** A passage must explain this share of the question (idf-weighted, see ./bm25) to be quoted as the answer. */
export const PASSAGE_MIN_COVERAGE = 0.6;
/** An answer needs this many matched words, unless the question has fewer (one word alone is a topic, not a question). */
const MIN_MATCHED = 2;
/** A question with a date names its deadline in fewer words ("när senast nästa?"). */
/** A level question is about something else only when that topic explains at least two of the other words. */
const MIN_RESIDUAL_MATCHED = 1;
const MIN_DATED_COVERAGE = 0.4;
/** The city-wide model today; used for låg/medel/hög questions and overviews without a model. */
const DEFAULT_MODEL: LevelModelId = 'lagenhetsboende_2025';
/** When no topic comes near, these are offered instead. */
const FALLBACK_TOPIC_IDS = ['levels.lagenhetsboende_2025', 'time.overview', 'deadline.gp_ready_sbms'] as const;
/** Words that only say "which level" – a level question with nothing else left is a level lookup. */
const LEVEL_QUESTION_WORDS =
  'stödnivå nivå nivån nivåer krav kräver krävs låg låga lågt lägsta medel hög höga högt högsta lägenhet lägenhetsboende kollektiv ' +
  'tillsyn fysisk besök timmar timme vecka veckan veckor dag dagar varje helg helger kontakt stöd individuellt skillnad skillnaden ' +
  'skilja skiljer skillnader jämför jämföra jämförelse eller gång gånger månad månaden ingår räcker ofta regler varannan ' +
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

/** Asking the bot to do a task for you ("kan du skriva/översätta/sammanfatta …") is not a question about the documents. */
const TASK_REQUEST = /^(?:kan|kunde|skulle) du (?:sammanfatta|skriva|översätta|boka|skicka|ringa|mejla|maila|räkna ut|hjälpa mig (?:med|att)|ge mig|leta|söka|hitta|fixa|ordna|påminna mig)\b|^(?:skriv|översätt|sammanfatta|boka|skicka) (?:ett|en|mitt|min|dagens)\b/;

/** A quick question is short; a pasted document is read only this far (keeps answer time bounded). */
export const MAX_QUESTION_CHARS = 400;

/** "Vad är …?", "vad menas med …?": a definition beats a topic that merely mentions the word. */
const DEFINITION_CUE = /^(?:vad (?:är|menas|betyder|innebär|står)|förklara|definition)\b/;
const DEFINITION_BOOST = 2;
/** "vad är X?" about one or two words: answered only where a text defines X, not where it merely mentions it. */
const MAX_DEFINED_WORDS = 2;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The heading names the word, or the text defines it: "X är/innebär/betyder …", "X – …", "(X)".
 * `stem` is the word's analysed stem, matched as the start of a word in the text.
 */
function defines(text: string, headingTerms: readonly string[], stem: string): boolean {
  if (headingTerms.includes(stem)) return true;
  const w = escapeRegExp(stem);
  const lower = text.toLowerCase();
  return (
    new RegExp(`(?<!\\p{L})${w}\\p{L}*(?:\\s*\\(|\\s+(?:är|innebär|betyder|avser|avses|står för)(?!\\p{L})|\\s+[-–]\\s|\\s*:)`, 'u').test(lower) ||
    new RegExp(`\\(${w}\\p{L}*\\)`, 'u').test(lower)
  );
}

/**
 * The structured topics are the authority where they apply (issue 14): a confident topic wins
 * over a passage unless the passage scores this much more.
 */
const TOPIC_PREFERENCE = 1.5;
/** …as long as it explains the question about as well as the best passage does. */
const TOPIC_COVERAGE_SLACK = 0.3;

/** "hur många …", "hur länge …": only a passage that gives a number answers it. */
const QUANTITY_CUE = /\bhur (?:många|mycket|länge|lång|ofta)\b/;
const QUANTITY_IN_TEXT =
  /\d|(?<!\p{L})(?:en gång|ett par|några|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|tjugo|trettio|varje|dagligen|varannan|minuter|timmar|dagar|vardagar|arbetsdagar|veckor|månader)(?!\p{L})/iu;

/** "hur mycket hyra/kostar …": only a passage that gives an amount answers it. */
const AMOUNT_CUE = /(?:^|\s)(?:hur mycket|vad kostar|kostnad|kronor|kr)(?:\s|$)/;
const AMOUNT_NOUNS = /(?:^|\s)(?:hyr\p{L}*|avgift\p{L}*|egenavgift\p{L}*|kost\p{L}*|lön\p{L}*|pengar|kronor|ersättning\p{L}*|tillägg\p{L}*|bidrag\p{L}*|budget\p{L}*)(?:\s|$)/u;
const AMOUNT_IN_TEXT = /\d[\d\s]*(?:kr|kronor|tkr|:-)/;
/** "… i timmen / per månad": the amount must be a rate. */
const RATE_CUE = /(?:^|\s)(?:i|per|om) (?:timmen|timme|dagen|dag|veckan|vecka|månaden|månad|året|år)(?:\s|$)/;
const RATE_IN_TEXT = /\d[\d\s]*(?:kr|kronor|tkr|:-)\s*(?:\/|per|i)\s*(?:tim|dag|vecka|veckan|månad|år)/;

function isConfident(hit: UnitHit, terms: readonly string[], answerText?: (hit: UnitHit) => string): boolean {
  if (hit.matched.length < Math.min(MIN_MATCHED, terms.length)) return false;
  if (answerText && !QUANTITY_IN_TEXT.test(answerText(hit))) return false;
  if (hit.unit.kind === 'topic') return hit.anchored && hit.coverage >= MIN_COVERAGE;
  return hit.coverage >= PASSAGE_MIN_COVERAGE;
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

/** Every text the analyzer must know: what is indexed and the staff's words for it. */
function vocabularyTexts(topics: readonly Topic[], passages: readonly Passage[]): string[] {
  return [
    ...topics.flatMap((t) => [t.titleSv, t.keywordsSv.join('\n'), t.textSv]),
    ...passages.flatMap((p) => [p.text, p.headingPath.join('\n')]),
    ...SECTION_VOCABULARY.flatMap((entry) => entry.words),
    ...SECTION_QUESTIONS.flatMap((entry) => entry.words),
    ...Object.values(DOCUMENT_NAMES).flat(),
  ];
}

/**
 * What kind of answer the question wants, read from its question words (which the analyzer drops
 * as stop words): a unit that holds that kind of answer scores a little more.
 */
interface AnswerKind {
  readonly cue: RegExp;
  readonly holds: RegExp;
  readonly boost: number;
}
const ANSWER_KINDS: readonly AnswerKind[] = [
  {
    // "när …?", "hur snabbt", "senast när", "hur lång tid": a date, a time span or a moment in the process
    cue: /(?:^|\s)(?:när|hur (?:snabbt|fort|lång tid|länge)|senast|tidigast|inom hur)(?:\s|$)/,
    holds: /\d{4}|\b(?:\d+|en|ett|två|tre|fyra|fem|sex|fjorton|tjugo)\s+(?:dag|dagar|vardag|vardagar|arbetsdagar|vecka|veckor|månad|månader|år|timmar)\b|\b(?:senast|inom|i samband med|efter|innan|före|vid|när|höst|vår|våren|hösten|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/,
    boost: 1.2,
  },
  {
    // "hur många", "hur mycket", "hur ofta": a number
    cue: /(?:^|\s)hur (?:många|mycket|ofta)(?:\s|$)/,
    holds: /\d|\b(?:en gång|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|varje|dagligen|varannan)\b/,
    boost: 1.2,
  },
  {
    // "vem …?", "vilka ska vara med": a role
    cue: /(?:^|\s)(?:vem|vilka|vems)(?:\s|$)/,
    holds: /\b(?:socialsekreterare\w*|handläggare\w*|enhetschef\w*|boendepersonal\w*|kontaktpersonal\w*|personal\w*|utförare\w*|myndighet\w*|stödpedagog\w*|samlarteam\w*|boendestödjare\w*|ansvarig\w*|den enskilde|individen|brukaren|nämnd\w*|ivo|läkare|hälso- och sjukvård\w*)\b/,
    boost: 1.15,
  },
];

/** A deadline topic answers "när …?"; asked anything else, it is less likely the answer. */
const WHEN_CUE = /(?:^|\s)(?:när|hur (?:snabbt|fort|lång tid|länge|ofta)|senast|tidigast|deadline|tidsgräns|inom hur|klar inom|inom)(?:\s|$)/;
const DEADLINE_WITHOUT_WHEN = 0.8;
/** "vad ska vara med / ta upp / ingå", "vilka punkter": a checklist topic. */
const CONTENT_CUE = /(?:^|\s)(?:vara med|ta upp|tas upp|ingå|ingår|innehålla|innehåller|punkter|checklista\p{L}*|framgå|stå med|lyfta)(?:\s|$)/u;
const CHECKLIST_WITH_CONTENT = 1.2;

/** Asking when a document was decided, from when it applies or who publishes it. */
const DOCUMENT_FACT_CUE = /(?:^|\s)(?:beslut\p{L}*|gäll\p{L}*|giltig\p{L}*|revider\p{L}*|utgiv\p{L}*|utgav|version|datum|publicer\p{L}*|framtag\p{L}*|antag\p{L}*|från när|sedan när|ny\p{L}*|gammal|aktuell)(?:\s|$)/u;

/** A level topic, or a row of a level table ("Nivå: medel | Innehåll: …"). */
function isLevelUnit(unit: Unit): boolean {
  return unit.kind === 'topic' ? unit.topic.kind.startsWith('level') : /^Nivå: /.test(unit.passage.text);
}

/** A document's own facts (title, date, publisher) answer questions that name the document, and few others. */
const ABOUT_NAMED_DOCUMENT = 1.5;
const ABOUT_UNNAMED_DOCUMENT = 0.7;

/** Units only from the handbook of the other insats than the asker's score this much. */
const OTHER_SERVICE_FACTOR = 0.9;

/** Units of a document the question names score this much more. */
const NAMED_DOCUMENT_BOOST = 1.3;
/** Units only from the other level model's document than the case's score this much. */
const OTHER_MODEL_FACTOR = 0.75;

/** Terms of the documents' names that name one document only ("handbok" → 002, "projekt" → 004). */
function distinctiveDocumentTerms(index: KnowledgeIndex): ReadonlyMap<string, readonly SourceId[]> {
  const owners = new Map<string, SourceId[]>();
  for (const [source, names] of Object.entries(DOCUMENT_NAMES) as [SourceId, readonly string[]][]) {
    for (const term of new Set(names.flatMap((n) => index.termsOf(n)))) owners.set(term, [...(owners.get(term) ?? []), source]);
  }
  return new Map([...owners].filter(([, sources]) => sources.length === 1));
}

export function createQa(documents: readonly SourceDocument[] = sourceDocuments()): QaEngine {
  const topics = buildTopics();
  const byId = new Map(topics.map((t) => [t.id, t]));
  const { passages, sections } = buildPassages(documents);
  const analyzer = new SwedishAnalyzer();
  analyzer.learn(vocabularyTexts(topics, passages));
  const index = new KnowledgeIndex(topics, passages, sections, analyzer);
  const quoter = new PassageQuoter(sections);
  const levelWords = new Set(index.termsOf(LEVEL_QUESTION_WORDS));
  const overviewWords = new Set(index.termsOf(OVERVIEW_WORDS));
  const levelTerm = index.termsOf('stödnivå')[0];
  const boendestodTerm = index.termsOf('boendestöd')[0];

  const documentTerms = distinctiveDocumentTerms(index);

  /**
   * The document a question names ("enligt handboken", "i projektet") is preferred; a case on one
   * level model makes the other model's document less likely.
   */
  function priorFor(terms: readonly string[], context: QaContext, question = ''): (unit: Unit) => number {
    const named = new Set(terms.flatMap((t) => documentTerms.get(t) ?? []));
    const otherLevels: SourceId | undefined = context.modelId === 'lagenhetsboende_2025' ? '000' : context.modelId ? '003' : undefined;
    const normalized = normalizeText(question);
    const kinds = ANSWER_KINDS.filter((k) => k.cue.test(normalized));
    const asksWhen = WHEN_CUE.test(normalized);
    // Without a case, staff of socialt boende med stöd are the default asker (as serviceOf does).
    const service = serviceOf(terms, context);
    const otherService: SourceId | undefined = service === 'boendestod' ? '001' : boendestodOnly(terms) ? undefined : '002';
    const asksContent = CONTENT_CUE.test(normalized);
    return (unit) => {
      const sources = unit.kind === 'passage' ? [unit.passage.source] : unit.topic.citations.map((c) => c.source);
      let factor = 1;
      if (unit.kind === 'topic' && unit.topic.kind === 'deadline' && !asksWhen) factor *= DEADLINE_WITHOUT_WHEN;
      if (otherService && sources.length > 0 && sources.every((s) => s === otherService)) factor *= OTHER_SERVICE_FACTOR;
      if (unit.kind === 'topic' && unit.topic.kind === 'checklist' && asksContent) factor *= CHECKLIST_WITH_CONTENT;
      for (const kind of kinds) if (holds(unit, kind)) factor *= kind.boost;
      if (sources.some((s) => named.has(s))) factor *= NAMED_DOCUMENT_BOOST;
      if (unit.kind === 'passage' && unit.passage.id.endsWith(ABOUT_PASSAGE_SUFFIX)) factor *= named.has(unit.passage.source) ? ABOUT_NAMED_DOCUMENT : ABOUT_UNNAMED_DOCUMENT;
      if (otherLevels && sources.length > 0 && sources.every((s) => s === otherLevels)) factor *= OTHER_MODEL_FACTOR;
      return factor;
    };
  }

  const titleTerms = new Map<Topic, readonly string[]>();
  function titleTermsOf(topic: Topic): readonly string[] {
    let found = titleTerms.get(topic);
    if (!found) {
      found = index.termsOf(topic.titleSv);
      titleTerms.set(topic, found);
    }
    return found;
  }

  /** Which answer kinds a unit's text holds, computed once per unit. */
  const held = new Map<Unit, ReadonlyMap<AnswerKind, boolean>>();
  function holds(unit: Unit, kind: AnswerKind): boolean {
    let kinds = held.get(unit);
    if (!kinds) {
      const text = (unit.kind === 'passage' ? unit.passage.text : unit.topic.textSv).toLowerCase();
      kinds = new Map(ANSWER_KINDS.map((k) => [k, k.holds.test(text)]));
      held.set(unit, kinds);
    }
    return kinds.get(kind) === true;
  }

  /** The question names the boendestöd handbook or its words ("handboken", "FFS"). */
  function boendestodOnly(terms: readonly string[]): boolean {
    return terms.some((t) => documentTerms.get(t)?.includes('002'));
  }

  const aboutPassages = new Map(passages.filter((p) => p.id.endsWith(ABOUT_PASSAGE_SUFFIX)).map((p) => [p.source, p]));

  /**
   * "när beslutades handboken?", "gäller insatsprocessen fortfarande?": a question about one named
   * document and nothing else is answered with the document's own facts.
   */
  function documentAnswer(question: string, terms: readonly string[], hits: readonly UnitHit[]): QaKnownAnswer | undefined {
    if (!DOCUMENT_FACT_CUE.test(normalizeText(question))) return undefined;
    const named = [...new Set(terms.flatMap((t) => documentTerms.get(t) ?? []))];
    if (named.length !== 1) return undefined;
    const cueTerms = new Set(index.termsOf(question.match(new RegExp(DOCUMENT_FACT_CUE.source, 'gu'))?.join(' ') ?? ''));
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
  function fromTopicHit(hit: UnitHit, topic: Topic, hits: readonly UnitHit[], question: string, terms: readonly string[], context: QaContext): QaKnownAnswer {
    if (topic.kind === 'level_overview') return overviewAnswer(question, context, hit.score) ?? known(topic, hit.score);
    const variantId = topic.serviceVariants?.[serviceOf(terms, context)];
    const variantHit = variantId ? hits.find((h) => h.unit.kind === 'topic' && h.unit.topic.id === variantId) : undefined;
    const explainsAsWell = variantHit !== undefined && hit.matched.every((t) => variantHit.matched.includes(t) || t === boendestodTerm);
    const variant = variantId && (context.service !== undefined || explainsAsWell) ? byId.get(variantId) : undefined;
    return known(variant ?? topic, hit.score);
  }

  function passageAnswer(hit: PassageHit, hits: readonly UnitHit[]): QaKnownAnswer {
    return quoter.answer(hit, hits, bestSentence(hit.unit.passage.text, hit.matched, (s) => index.termsOf(s)));
  }

  function fromHit(hit: UnitHit, hits: readonly UnitHit[], question: string, terms: readonly string[], context: QaContext): QaKnownAnswer {
    if (isPassageHit(hit)) return passageAnswer(hit, hits);
    if (!isTopicHit(hit)) throw new Error('qa: unknown unit kind');
    return quoter.withQuotes(fromTopicHit(hit, hit.unit.topic, hits, question, terms, context), hits);
  }

  function unknown(hits: readonly UnitHit[]): QaUnknownAnswer {
    const topicsNear = hits.filter(isTopicHit).slice(0, 2).map((h) => refOf(h.unit.topic));
    const near = [...topicsNear, ...quoter.nearest(hits)].slice(0, 3);
    const nearest =
      near.length > 0 ? near : FALLBACK_TOPIC_IDS.map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined).map(refOf);
    return { kind: 'unknown', textSv: UNKNOWN_TEXT_SV, nearest };
  }

  /**
   * The best unit that may answer: confident, giving a number or an amount when asked for one,
   * defining the word a "vad är …?" asks about. A structured topic is preferred over a passage
   * (the domain core is the authority) as long as it explains the question about as well.
   */
  function bestConfident(hits: readonly UnitHit[], terms: readonly string[], question: string): UnitHit | undefined {
    const normalized = normalizeText(question);
    const definitionAsked = DEFINITION_CUE.test(normalized);
    const asksQuantity = QUANTITY_CUE.test(normalized);
    const asksAmount = AMOUNT_CUE.test(normalized) && AMOUNT_NOUNS.test(normalized);
    const amountPattern = asksAmount && RATE_CUE.test(normalized) ? RATE_IN_TEXT : AMOUNT_IN_TEXT;
    const defined = definitionAsked ? definedWords(question) : [];
    const ownText = (hit: UnitHit): string => (hit.unit.kind === 'topic' ? hit.unit.topic.textSv : hit.unit.passage.text);
    const eligible = hits.filter(
      (hit) =>
        isConfident(hit, terms, asksQuantity ? ownText : undefined) &&
        (defined.length === 0 || definesAll(hit, defined)) &&
        (!asksAmount || amountPattern.test(ownText(hit))),
    );
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

  /** The words a short "vad är …?" question asks to have defined (none for longer questions). */
  function definedWords(question: string): string[] {
    const words = normalizeText(question.replace(DEFINITION_CUE, ' '))
      .split(' ')
      .filter((w) => w.length > 1 && !analyzer.isStopword(w) && !/^(?:för|med|vad|är|menas|betyder|innebär|står)$/.test(w));
    return words.length > 0 && words.length <= MAX_DEFINED_WORDS ? words : [];
  }

  function definesAll(hit: UnitHit, words: readonly string[]): boolean {
    const stems = words.map((w) => analyzer.stemWord(w));
    if (hit.unit.kind === 'topic') {
      const topic = hit.unit.topic;
      return topic.kind === 'definition' || stems.every((s) => defines(topic.textSv, titleTermsOf(topic), s));
    }
    const { text, headingPath } = hit.unit.passage;
    const headingTerms = index.termsOf(headingPath.join(' '));
    return stems.every((s) => defines(text, headingTerms, s));
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
  function datedAnswer(rest: string, date: IsoDate, context: QaContext): QaKnownAnswer | undefined {
    const { hits } = retrieve(rest, context);
    const hit = hits.find((h) => h.unit.kind === 'topic' && h.unit.topic.kind === 'deadline' && h.coverage >= MIN_DATED_COVERAGE && h.anchored);
    if (!hit || hit.unit.kind !== 'topic') return undefined;
    const topic = hit.unit.topic;
    const due = dateForRule(topic.id.slice('deadline.'.length), date);
    if (!due) return undefined;
    return quoter.withQuotes(known(topic, hit.score, { textSv: `Räknat från ${formatDateSv(date)} blir det ${formatDateSv(due)}.\n${topic.textSv}` }), hits);
  }

  /** Level cards, overviews and comparisons: the domain's level tables are the authority. */
  function levelQuestion(question: string, terms: readonly string[], hits: readonly UnitHit[], context: QaContext): QaKnownAnswer | undefined {
    const intent = parseLevelIntent(question, context.modelId);
    if (!intent && levelTerm !== undefined && terms.includes(levelTerm) && terms.every((t) => overviewWords.has(t))) {
      const overview = overviewAnswer(question, context, 1);
      if (overview) return quoter.withQuotes(overview, hits);
    }
    if (!intent) return undefined;
    const hint = modelHintIn(normalizeText(question).split(' '));
    if (hint === 'sydvast_2021_kollektiv' && intent.modelId !== hint) {
      const overview = byId.get(overviewTopicId(hint));
      const missing = intent.levelIds.filter((id) => !isLevelId(hint, id));
      if (overview && missing.length > 0) {
        return quoter.withQuotes(known(overview, 1, { textSv: `Nej, kollektiv har bara nivå 1 och nivå 2 (inte nivå ${missing.join(', ')}).\n${overview.textSv}` }), hits);
      }
    }
    // "räknas restid på hög nivå?" is about restid: when the best explanation of the whole
    // question is neither a level topic nor a row of a level table, and it explains a word
    // beyond the level ones, it answers instead of the level card.
    const residualTerms = terms.filter((t) => !levelWords.has(t) && !index.isFrameTerm(t));
    const other = bestConfident(hits, terms, question);
    const aboutLevels = other === undefined || isLevelUnit(other.unit);
    const explainsRest = other !== undefined && other.matched.some((t) => residualTerms.includes(t));
    if (other && !aboutLevels && explainsRest && residualTerms.length >= MIN_RESIDUAL_MATCHED) return fromHit(other, hits, question, terms, context);
    const answer = levelAnswer(intent, context);
    // The passages under a level card are the ones about the rest of the question ("referenstid på trean").
    const residualHits = residualTerms.length > 0 ? index.search(KnowledgeIndex.queryOf(residualTerms), priorFor(residualTerms, context)) : [];
    return answer ? quoter.withQuotes(answer, hits, residualHits) : undefined;
  }

  return {
    stats: { topics: topics.length, passages: passages.length, sections: sections.size },
    passages,
    explain: (question, context = {}) => retrieve(question, context),

    answer(fullQuestion, context = {}) {
      const question =
        fullQuestion.length > MAX_QUESTION_CHARS ? fullQuestion.slice(0, MAX_QUESTION_CHARS).replace(/\s+\S*$/, '') : fullQuestion;
      const normalized = normalizeText(question);
      if (LOCAL_INFO_QUESTION.test(normalized) || OUT_OF_SCOPE_QUESTION.test(normalized) || TASK_REQUEST.test(normalized)) {
        return unknown(retrieve(question, context).hits);
      }
      const situational = situationAnswer(question, context);
      if (situational) return quoter.withQuotes(situational, retrieve(question, context).hits);
      const dated = extractDate(question);
      if (dated) {
        const answer = datedAnswer(dated.rest, dated.date, context);
        if (answer) return answer;
      }
      const { terms, hits } = retrieve(question, context);
      const about = documentAnswer(question, terms, hits);
      if (about) return about;
      const level = levelQuestion(question, terms, hits, context);
      if (level) return level;
      const best = bestConfident(hits, terms, question);
      return best ? fromHit(best, hits, question, terms, context) : unknown(hits);
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
