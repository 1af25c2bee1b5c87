/**
 * Questions about the stödnivåer, answered from the domain's level tables (the authority): a named
 * level ("tvåan", "medel"), two levels side by side, a model's overview, and a situation (hours or
 * visits a week) weighed by the level advisor. A level question that is really about something
 * else ("räknas restid på hög nivå?") is left to that something else.
 */
import type { LevelModelId } from '../domain/case';
import { getLevel, getLevelModel, isLevelId, levelIds as levelIdsOf, levelLabel } from '../domain/levels/models';
import { foldDiacritics, normalizeText } from './analyzer';
import { KnowledgeIndex, type Unit, type UnitHit } from './knowledgeIndex';
import { MODELS_TOPIC_ID, MODEL_NAMES_SV, capitalize, comparisonTopic, levelTopicId, overviewTopicId, supportSv } from './knowledge/levels';
import { housingFormsNamedIn, modelHintIn, modelHintInQuestion, parseLevelIntent, type LevelIntent } from './levelIntent';
import { STILL_IN_FORCE_CUE, YES_NO_QUESTION, asksAmount, cueText } from './cues';
import { longDateSv } from './dates';
import type { PassageQuoter } from './passageAnswer';
import type { Passage } from './passages';
import { CITY_WIDE_MODEL, OTHER_MODEL_IN_FORCE, judgeSituation, parseSituation } from './situation';
import type { QaContext, QaKnownAnswer, Topic } from './types';

/** A level question is about something else only when that topic explains at least two of the other words. */
const MIN_RESIDUAL_MATCHED = 1;
/** Words that only say "which level" – a level question with nothing else left is a level lookup. */
const LEVEL_QUESTION_WORDS =
  'stödnivå nivå nivån nivåer krav kräver krävs låg låga lågt lägsta medel hög höga högt högsta lägenhet lägenhetsboende kollektiv ' +
  'tillsyn fysisk besök timmar timme vecka veckan veckor dag dagar varje helg helger kontakt stöd individuellt skillnad skillnaden ' +
  'skilja skiljer skillnader jämför jämföra jämförelse eller gång gånger månad månaden ingår räcker ofta regler varannan ' +
  'minst högst max maximalt behöver behov omfattning 1 2 3 4';

/** Sections that list kinds of individual support: the levels' hours are for them (000 and 003 › Individuellt stöd, 002 › Individstödande aktiviteter). */
const INDIVIDUAL_SUPPORT_SECTIONS: readonly string[] = ['Individuellt stöd', 'Individstödande aktiviteter'];
/** How many of the best hits for the rest of the question may show that it names such support. */
const SUPPORT_HIT_WINDOW = 3;

/** Terms that alone only ask "which levels are there" (answered by the model's overview). */
const OVERVIEW_WORDS = 'stödnivåer nivåerna alla kollektiv lägenhet lägenhetsboende 2021 2025 omläggningen';
/** A level topic, or a row of a level table ("Nivå: medel | Innehåll: …"). */
function isLevelUnit(unit: Unit): boolean {
  return unit.kind === 'topic' ? unit.topic.kind.startsWith('level') : /^Nivå: /.test(unit.passage.text);
}

export interface LevelAnswerDeps {
  readonly byId: ReadonlyMap<string, Topic>;
  readonly index: KnowledgeIndex;
  readonly quoter: PassageQuoter;
  known(topic: Topic, score: number, extra?: Partial<QaKnownAnswer>): QaKnownAnswer;
  bestConfident(hits: readonly UnitHit[], terms: readonly string[], question: string): UnitHit | undefined;
  fromHit(hit: UnitHit, hits: readonly UnitHit[], question: string, terms: readonly string[], context: QaContext): QaKnownAnswer;
  priorFor(terms: readonly string[], context: QaContext): (unit: Unit) => number;
  readonly passages: readonly Passage[];
}

export interface LevelAnswers {
  /** The card of one level, two levels side by side, or the model's overview. */
  levelTopic(modelId: LevelModelId, levelIds: readonly string[]): Topic | undefined;
  /** A level overview: the model the question or the context names, else today's city-wide model. */
  overviewAnswer(question: string, context: QaContext, score: number): QaKnownAnswer | undefined;
  /** Hours or visits a week against the level thresholds (see ./situation). */
  situationAnswer(question: string, context: QaContext): QaKnownAnswer | undefined;
  /** A level answer with its quotes: its own table rows first, then the passages that support the rest. */
  withOwnRows(answer: QaKnownAnswer, hits: readonly UnitHit[], residualHits?: readonly UnitHit[]): QaKnownAnswer;
  /** A named level, comparison or overview; undefined when the question is not about levels. */
  levelQuestion(question: string, terms: readonly string[], hits: readonly UnitHit[], context: QaContext): QaKnownAnswer | undefined;
  /** A level answer of a replaced model, asked whether it is still in force, becomes the model in force (else the answer as it was). */
  inForce(question: string, answer: QaKnownAnswer, hits: readonly UnitHit[]): QaKnownAnswer;
}

/** The first cell of a level table row ("Nivå: medel | Innehåll: …" → "medel"), folded. */
function rowLevel(passage: Passage): string | undefined {
  const match = /^Nivå: ([^|]+?) \|/u.exec(passage.text);
  return match?.[1] === undefined ? undefined : foldDiacritics(match[1].toLowerCase());
}

export function createLevelAnswers({ byId, index, quoter, known, bestConfident, fromHit, priorFor, passages }: LevelAnswerDeps): LevelAnswers {
  const levelWords = new Set(index.termsOf(LEVEL_QUESTION_WORDS));
  const overviewWords = new Set(index.termsOf(OVERVIEW_WORDS));
  const levelTerm = index.termsOf('stödnivå')[0];

  /**
   * The rows of the source's own level table for these levels ("fyran" → the row "Nivå: 4" of the
   * 2021 lägenhet table), so a level card quotes its own row, not a row that shares its words.
   */
  function ownRows(modelId: LevelModelId, levelIds: readonly string[]): Passage[] {
    return levelIds.flatMap((levelId) => {
      const citation = getLevel(modelId, levelId)?.citation;
      if (!citation) return [];
      const wanted = foldDiacritics(levelId.toLowerCase());
      return passages.filter((p) => p.source === citation.source && p.headingPath.includes(citation.section) && rowLevel(p) === wanted);
    });
  }

  /** A level card or comparison quotes its own table rows first, then what else supports it. */
  function withOwnRows(answer: QaKnownAnswer, hits: readonly UnitHit[], residualHits: readonly UnitHit[] = []): QaKnownAnswer {
    const levels = answer.levels;
    if (!levels || levels.levelIds.length > 2) return quoter.withQuotes(answer, hits, residualHits);
    // Rows of other levels share the card's words but not its facts: they are not support.
    const notOtherRow = (h: UnitHit): boolean => h.unit.kind !== 'passage' || rowLevel(h.unit.passage) === undefined;
    const quoted = quoter.withQuotes(answer, hits.filter(notOtherRow), residualHits.filter(notOtherRow));
    return quoter.prependPassages(quoted, ownRows(levels.modelId, levels.levelIds));
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
    const hint = modelHintInQuestion(question);
    const modelId = hint ?? context.modelId ?? CITY_WIDE_MODEL;
    const topic = byId.get(overviewTopicId(modelId));
    if (!topic) return undefined;
    const defaulted = hint === undefined && context.modelId === undefined;
    return known(topic, score, defaulted ? { otherModel: OTHER_MODEL_IN_FORCE } : {});
  }

  /** Hours or visits a week against the level thresholds (see ./situation). */
  function situationAnswer(question: string, context: QaContext): QaKnownAnswer | undefined {
    const situation = parseSituation(question, context.modelId);
    const verdict = situation ? judgeSituation(situation) : undefined;
    if (!verdict) return undefined;
    // "medel eller hög?": the two levels side by side, so the limit between them is in the answer.
    const levelIds = verdict.weighedLevelIds ?? [...new Set([verdict.askedLevelId, verdict.fittingLevelId].filter((id): id is string => id !== undefined))];
    const topic = levelTopic(verdict.modelId, levelIds);
    if (!topic) return undefined;
    // With no model named, the answer says which model it used and offers kollektiv (as an overview does).
    return known(topic, 1, { textSv: `${verdict.sentenceSv}\n${topic.textSv}`, ...(situation?.modelDefaulted ? { otherModel: OTHER_MODEL_IN_FORCE } : {}) });
  }

  /** "tvåan i lgh mot tvåan i kollektivet": the same level of both 2021 housing forms, side by side. */
  function housingFormsAnswer(question: string, intent: LevelIntent, hits: readonly UnitHit[]): QaKnownAnswer | undefined {
    const levelId = intent.levelIds.length === 1 ? intent.levelIds[0] : undefined;
    if (levelId === undefined) return undefined;
    const models = housingFormsNamedIn(normalizeText(question).split(' ')).filter((m) => isLevelId(m, levelId));
    const topics = models.flatMap((m) => byId.get(levelTopicId(m, levelId)) ?? []);
    const [first] = topics;
    if (models.length < 2 || topics.length !== models.length || !first) return undefined;
    const textSv = models.map((m, i) => `${capitalize(levelLabel(m, levelId))} i ${MODEL_NAMES_SV[m]}: ${(topics[i]?.textSv ?? '').split('\n').join(' ')}`).join('\n');
    const citations = [...new Map(topics.flatMap((t) => t.citations).map((c) => [`${c.source} ${c.section}`, c])).values()];
    const answer = quoter.withQuotes(known(first, 1, { textSv, citations }), hits);
    return quoter.prependPassages(answer, models.flatMap((m) => ownRows(m, [levelId])));
  }

  /**
   * "Brukaren på fyran vill ha hjälp med ekonomin – ingår det?": on a level whose main part is the
   * references (000 › Referenstid, nivå 4) the uppdrag covers only what referensskrivning needs, so
   * other individual support (000 › Individuellt stöd) belongs to the next level up.
   */
  function referencesOnlyAnswer(intent: LevelIntent, residualHits: () => readonly UnitHit[], hits: readonly UnitHit[], context: QaContext): QaKnownAnswer | undefined {
    if (intent.levelIds.length !== 1) return undefined;
    const level = getLevel(intent.modelId, intent.levelIds[0] ?? '');
    if (!level?.referencesAreMainPart) return undefined;
    // What the question says besides the level ("ekonomin", "posten") is best explained by a kind of individual support.
    const namesSupport = residualHits()
      .slice(0, SUPPORT_HIT_WINDOW)
      .some((h) => {
        const path = h.unit.kind === 'passage' ? h.unit.passage.headingPath : [];
        return INDIVIDUAL_SUPPORT_SECTIONS.some((section) => path.includes(section));
      });
    if (!namesSupport) return undefined;
    const order = levelIdsOf(intent.modelId);
    const next = getLevel(intent.modelId, order[order.indexOf(level.id) + 1] ?? '');
    const answer = levelAnswer(intent, context);
    if (!next || !answer) return undefined;
    const lead =
      `${capitalize(level.label)}: ${level.typicalUseSv.replace(/^Används/, 'används')} ` +
      `Behöver brukaren mer individuellt stöd än så kan ${next.label} passa bättre (individuellt stöd ${supportSv(next)}); socialsekreteraren beslutar om nivån.`;
    return withOwnRows({ ...answer, textSv: `${lead}\n${answer.textSv}` }, hits);
  }

  /**
   * "finns tvåan kvar på lägenhet?", "gäller nivåerna 1–4 fortfarande?": a level of a model that
   * has been replaced (003 › Stödnivåer replaced the 2021 lägenhet levels) is answered with which
   * models are in force.
   */
  function replacedModelAnswer(question: string, modelId: LevelModelId, levelIds: readonly string[], hits: readonly UnitHit[]): QaKnownAnswer | undefined {
    const successor = getLevelModel(modelId).supersededBy;
    const cues = cueText(question);
    if (!successor || !STILL_IN_FORCE_CUE.test(cues)) return undefined;
    // The topic that says which model is in force, and since when.
    const overview = byId.get(MODELS_TOPIC_ID);
    if (!overview) return undefined;
    const asked = levelIds.length > 0 ? levelIds.map((id) => levelLabel(modelId, id)).join(' och ') : 'nivåerna';
    const current = levelIdsOf(successor).map((id) => levelLabel(successor, id));
    const currentSv = `${current.slice(0, -1).join(', ')} och ${current[current.length - 1] ?? ''}`;
    // "nivå 1 och nivå 2" as it is read, not in the model's order (least support first)
    const kept = [...levelIdsOf(OTHER_MODEL_IN_FORCE)].sort().map((id) => levelLabel(OTHER_MODEL_IN_FORCE, id)).join(' och ');
    // "finns tvåan kvar?" is answered no; "vad heter nivåerna nu?" is answered.
    const no = YES_NO_QUESTION.test(cues) ? 'Nej, ' : '';
    const lead =
      `${no}${no ? asked : capitalize(asked)} i ${MODEL_NAMES_SV[modelId]} gäller inte längre. ` +
      `Från ${longDateSv(getLevelModel(successor).validFrom)} gäller ${currentSv} i lägenhetsboende; kollektiv har kvar ${kept}.`;
    return quoter.withQuotes(known(overview, 1, { textSv: `${lead}\n${overview.textSv}` }), hits);
  }

  /** Level cards, overviews and comparisons: the domain's level tables are the authority. */
  function levelQuestion(question: string, terms: readonly string[], hits: readonly UnitHit[], context: QaContext): QaKnownAnswer | undefined {
    const intent = parseLevelIntent(question, context.modelId);
    if (!intent && levelTerm !== undefined && terms.includes(levelTerm) && terms.every((t) => overviewWords.has(t))) {
      const overview = overviewAnswer(question, context, 1);
      if (overview) return inForce(question, quoter.withQuotes(overview, hits), hits);
    }
    if (!intent) return undefined;
    // "vad får utförare i ersättning per dygn för hög?": the level tables hold no amounts.
    if (asksAmount(cueText(question))) return undefined;
    const hint = modelHintIn(normalizeText(question).split(' '));
    if (hint === 'sydvast_2021_kollektiv' && intent.modelId !== hint) {
      const overview = byId.get(overviewTopicId(hint));
      const missing = intent.levelIds.filter((id) => !isLevelId(hint, id));
      if (overview && missing.length > 0) {
        // Say where the level asked about does exist: "medel" is a level of lägenhetsboende, "nivå 3" of the 2021 lägenhet model.
        const labels = missing.map((id) => levelLabel(intent.modelId, id)).join(' och ');
        const lead = `Nej, kollektiv har bara nivå 1 och nivå 2. ${capitalize(labels)} finns i ${MODEL_NAMES_SV[intent.modelId]}.`;
        return quoter.withQuotes(known(overview, 1, { textSv: `${lead}\n${overview.textSv}` }), hits);
      }
    }
    const replaced = replacedModelAnswer(question, intent.modelId, intent.levelIds, hits);
    if (replaced) return replaced;
    // The words beside the level ones, and (searched once, when needed) what explains them.
    const residualTerms = terms.filter((t) => !levelWords.has(t) && !index.isFrameTerm(t));
    let residualSearch: readonly UnitHit[] | undefined;
    const residualHits = (): readonly UnitHit[] =>
      (residualSearch ??= residualTerms.length > 0 ? index.search(KnowledgeIndex.queryOf(residualTerms), priorFor(residualTerms, context)) : []);
    const sideBySide = housingFormsAnswer(question, intent, hits);
    if (sideBySide) return sideBySide;
    const referencesOnly = referencesOnlyAnswer(intent, residualHits, hits, context);
    if (referencesOnly) return referencesOnly;
    // "räknas restid på hög nivå?" is about restid: when the best explanation of the whole
    // question is neither a level topic nor a row of a level table, and it explains a word
    // beyond the level ones, it answers instead of the level card.
    const other = bestConfident(hits, terms, question);
    const aboutLevels = other === undefined || isLevelUnit(other.unit);
    const explainsRest = other !== undefined && other.matched.some((t) => residualTerms.includes(t));
    if (other && !aboutLevels && explainsRest && residualTerms.length >= MIN_RESIDUAL_MATCHED) return fromHit(other, hits, question, terms, context);
    const answer = levelAnswer(intent, context);
    // The passages under a level card are the ones about the rest of the question ("referenstid på trean").
    return answer ? withOwnRows(answer, hits, residualHits()) : undefined;
  }

  function inForce(question: string, answer: QaKnownAnswer, hits: readonly UnitHit[]): QaKnownAnswer {
    const levels = answer.levels;
    return (levels && replacedModelAnswer(question, levels.modelId, levels.levelIds.length === 1 ? levels.levelIds : [], hits)) ?? answer;
  }

  return { levelTopic, overviewAnswer, situationAnswer, withOwnRows, levelQuestion, inForce };
}
