import type { LevelModelId } from '../domain/case';
import { getLevel, LEVEL_MODELS, levelLabel } from '../domain/levels/models';
import { formatCitation } from '../domain/sources';
import type { QaAnswer } from '../qa';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

export interface QaAnswerCardData {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** One column per level: a single level, or two side by side for a comparison. */
  readonly levels: readonly { readonly label: string; readonly lines: readonly string[] }[];
  readonly modelNote: string;
  readonly sources: string;
  readonly verb: string;
  readonly buttons: readonly { readonly title: string; readonly topicId: string; readonly modelId: string }[];
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
      verb: VERBS.qaTopic,
      buttons: answer.nearest.map((t) => ({ title: t.titleSv, topicId: t.topicId, modelId: '' })),
    };
  }
  const levels = answer.levels && answer.levels.levelIds.length <= MAX_COLUMNS ? levelColumns(answer.levels.modelId, answer.levels.levelIds) : [];
  return {
    title: answer.titleSv,
    paragraphs: answer.textSv.split('\n').filter((p) => p.trim() !== ''),
    levels,
    modelNote: answer.levels ? `Gäller ${lowerFirst(LEVEL_MODELS[answer.levels.modelId].titleSv)}.` : '',
    sources: answer.citations.length ? `Källa: ${answer.citations.map(formatCitation).join('; ')}` : '',
    verb: VERBS.qaTopic,
    buttons: [
      ...(answer.otherModel ? [{ title: `Visa för ${LEVEL_MODELS[answer.otherModel].titleSv}`, topicId: answer.topicId, modelId: answer.otherModel }] : []),
      ...(answer.related ?? []).slice(0, 3).map((t) => ({ title: t.titleSv, topicId: t.topicId, modelId: '' })),
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
