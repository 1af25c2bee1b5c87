import type { LevelModelId } from '../domain/case';
import { getLevel, LEVEL_MODELS, levelLabel } from '../domain/levels/models';
import { formatCitation } from '../domain/sources';
import type { QaAnswer, QaKnownAnswer } from '../qa';
import { overviewTopicId } from '../qa/knowledge/levels';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

export interface QaAnswerCardData {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** One column per level: a single level, or two side by side for a comparison. */
  readonly levels: readonly { readonly label: string; readonly lines: readonly string[] }[];
  readonly modelNote: string;
  readonly sources: string;
  /** Source passages quoted word for word, each with `<id> › <section>`. */
  readonly quotes: readonly { readonly text: string; readonly citation: string }[];
  readonly verb: string;
  readonly buttons: readonly QaButton[];
}

export interface QaButton {
  readonly title: string;
  readonly verb: string;
  readonly topicId: string;
  readonly modelId: string;
}

export const SHOW_SECTION_TITLE = 'Visa hela avsnittet';
export const SHOW_LEVEL_TABLE_TITLE = 'Visa nivåtabellen';
/** The level model each level document describes (for the level-table button under its passages). */
const LEVEL_MODEL_OF_SOURCE: Readonly<Partial<Record<string, LevelModelId>>> = { '000': 'sydvast_2021_lagenhet', '003': 'lagenhetsboende_2025' };

function passageButtons(answer: QaKnownAnswer): QaButton[] {
  const first = answer.quotes?.[0];
  const buttons: QaButton[] = [];
  if (first && first.sectionTopicId !== answer.topicId) {
    buttons.push({ title: SHOW_SECTION_TITLE, verb: VERBS.qaSection, topicId: first.sectionTopicId, modelId: '' });
  }
  const tableModel = answer.levels?.modelId ?? (first ? LEVEL_MODEL_OF_SOURCE[first.citation.source] : undefined);
  const isTable = answer.levels !== undefined && answer.levels.levelIds.length === LEVEL_MODELS[answer.levels.modelId].levels.length;
  if (tableModel && !isTable) buttons.push({ title: SHOW_LEVEL_TABLE_TITLE, verb: VERBS.qaTopic, topicId: overviewTopicId(tableModel), modelId: tableModel });
  return buttons;
}

const template = loadCardTemplate<QaAnswerCardData>('qa-answer');
const MAX_COLUMNS = 4;

export function qaAnswerCardData(answer: QaAnswer): QaAnswerCardData {
  if (answer.kind === 'unknown') {
    return {
      title: 'Det vet jag inte säkert',
      paragraphs: [answer.textSv],
      levels: [],
      modelNote: '',
      sources: '',
      quotes: [],
      verb: VERBS.qaTopic,
      buttons: answer.nearest.map((t) => ({ title: t.titleSv, verb: t.topicId.startsWith('section.') ? VERBS.qaSection : VERBS.qaTopic, topicId: t.topicId, modelId: '' })),
    };
  }
  const levels = answer.levels && answer.levels.levelIds.length <= MAX_COLUMNS ? levelColumns(answer.levels.modelId, answer.levels.levelIds) : [];
  return {
    title: answer.titleSv,
    paragraphs: answer.textSv.split('\n').filter((p) => p.trim() !== ''),
    levels,
    modelNote: answer.levels ? `Gäller ${lowerFirst(LEVEL_MODELS[answer.levels.modelId].titleSv)}.` : '',
    sources: answer.citations.length ? `Källa: ${answer.citations.map(formatCitation).join('; ')}` : '',
    quotes: (answer.quotes ?? []).map((q) => ({ text: q.text, citation: formatCitation(q.citation) })),
    verb: VERBS.qaTopic,
    buttons: [
      ...passageButtons(answer),
      ...(answer.otherModel
        ? [{ title: `Visa för ${LEVEL_MODELS[answer.otherModel].titleSv}`, verb: VERBS.qaTopic, topicId: answer.topicId, modelId: answer.otherModel }]
        : []),
      ...(answer.related ?? []).slice(0, 3).map((t) => ({ title: t.titleSv, verb: VERBS.qaTopic, topicId: t.topicId, modelId: '' })),
    ],
  };
}

function levelColumns(modelId: LevelModelId, levelIds: readonly string[]) {
  return levelIds.map((id) => ({ label: capitalise(levelLabel(modelId, id)), lines: getLevel(modelId, id)?.summarySv ?? [] }));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderQaAnswerCard(data: QaAnswerCardData): AdaptiveCardJson {
  return template.render(data);
}
