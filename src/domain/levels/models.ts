/**
 * Stödnivå models as data: 003 (lägenhetsboende from 2025-04-01, låg/medel/hög), 000 lägenhet
 * (nivå 1–4, from 2021-04-01, superseded for lägenhet by 003) and 000 kollektiv (nivå 1–2, in force).
 *
 * Ordering convention: every model lists its levels from LEAST support to MOST support
 * (`levelIds('lagenhetsboende_2025')` is `['lag', 'medel', 'hog']`, the 2021 lägenhet model is
 * `['4', '3', '2', '1']`). `compareLevels` follows that order.
 */
import type { LevelChangeDirection, LevelModelId } from '../case';
import { LEVEL_MODEL_IDS } from '../case';
import { LAGENHETSBOENDE_2025 } from './lagenhetsboende2025';
import { SYDVAST_2021_KOLLEKTIV, SYDVAST_2021_LAGENHET } from './sydvast2021';
import { UnknownLevelError, UnknownLevelModelError } from './errors';
import { deepFreeze, S000_LAGENHET, S003_TABLE } from './sourceRefs';
import type { Level, LevelModel, TermDefinition } from './types';

export * from './types';

export const LEVEL_MODELS: Readonly<Record<LevelModelId, LevelModel>> = deepFreeze({
  lagenhetsboende_2025: LAGENHETSBOENDE_2025,
  sydvast_2021_lagenhet: SYDVAST_2021_LAGENHET,
  sydvast_2021_kollektiv: SYDVAST_2021_KOLLEKTIV,
});

/** Fysisk tillsyn and tillsyn/kontakt as the sources define them. */
export const TERM_DEFINITIONS = deepFreeze({
  fysisk_tillsyn: {
    term: 'fysisk tillsyn',
    definitionSv: 'Boendepersonalen träffar brukaren personligen.',
    citations: [S000_LAGENHET, S003_TABLE],
  },
  tillsyn: {
    term: 'tillsyn',
    definitionSv: 'Boendepersonalen har kontakt med brukaren på annat sätt, till exempel via telefon, sms eller facetime.',
    citations: [S000_LAGENHET],
  },
  kontakt: {
    term: 'kontakt',
    definitionSv: 'Boendepersonalen har kontakt med brukaren, till exempel via telefon, sms eller videosamtal.',
    citations: [S003_TABLE],
  },
} as const satisfies Record<string, TermDefinition>);

export function isLevelModelId(value: string): value is LevelModelId {
  return (LEVEL_MODEL_IDS as readonly string[]).includes(value);
}

export function getLevelModel(modelId: LevelModelId): LevelModel {
  if (!isLevelModelId(modelId)) throw new UnknownLevelModelError(modelId);
  return LEVEL_MODELS[modelId];
}

/** Level ids from least to most support. */
export function levelIds(modelId: LevelModelId): readonly string[] {
  return getLevelModel(modelId).levels.map((level) => level.id);
}

export function getLevel(modelId: LevelModelId, levelId: string): Level | undefined {
  return getLevelModel(modelId).levels.find((level) => level.id === levelId);
}

export function isLevelId(modelId: LevelModelId, levelId: string): boolean {
  return getLevel(modelId, levelId) !== undefined;
}

/** Like {@link getLevel} but throws {@link UnknownLevelError} for an id the model lacks. */
export function requireLevel(modelId: LevelModelId, levelId: string): Level {
  const level = getLevel(modelId, levelId);
  if (!level) throw new UnknownLevelError(modelId, levelId);
  return level;
}

export function levelLabel(modelId: LevelModelId, levelId: string): string {
  return requireLevel(modelId, levelId).label;
}

function supportRank(modelId: LevelModelId, levelId: string): number {
  requireLevel(modelId, levelId);
  return levelIds(modelId).indexOf(levelId);
}

/**
 * Comparator by amount of support: negative when `a` gives less support than `b`, positive when
 * more, 0 when equal. So "is b more support than a?" is `compareLevels(m, a, b) < 0`, and
 * `[...ids].sort((x, y) => compareLevels(m, x, y))` orders from least to most support.
 * Throws {@link UnknownLevelError} for unknown ids.
 */
export function compareLevels(modelId: LevelModelId, a: string, b: string): number {
  return Math.sign(supportRank(modelId, a) - supportRank(modelId, b));
}

/** 'increase' when `to` gives more support than `from`, 'decrease' when less, null when the same. */
export function levelChangeDirection(modelId: LevelModelId, from: string, to: string): LevelChangeDirection | null {
  const order = compareLevels(modelId, from, to);
  if (order < 0) return 'increase';
  if (order > 0) return 'decrease';
  return null;
}
