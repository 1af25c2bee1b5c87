/**
 * Finds stödnivåer named in a question – "medel", "hög nivå", "lågnivå", "nivå 3", "nivå 2 eller 3",
 * "stödniva fyra" – and decides which model they belong to: låg/medel/hög only exist in
 * lägenhetsboende 2025; numbered levels in the 2021 models, lägenhet unless the question or the
 * context says kollektiv. When the model is a default and the other model has the same levels,
 * that model is returned as `otherModel` so the answer can offer it.
 */
import type { LevelModelId } from '../domain/case';
import { isLevelId } from '../domain/levels/models';
import { foldDiacritics, normalizeText } from './analyzer';

export interface LevelIntent {
  readonly modelId: LevelModelId;
  readonly levelIds: readonly string[];
  /** The model came from the question or the context, not from a default. */
  readonly modelGiven: boolean;
  readonly otherModel?: LevelModelId;
}

export interface ModelHint {
  readonly modelId: LevelModelId;
}

const NAMED: Readonly<Record<string, string>> = {
  låg: 'lag',
  låga: 'lag',
  lågt: 'lag',

  medel: 'medel',
  medelnivå: 'medel',
  hög: 'hog',
  höga: 'hog',
  högt: 'hog',
};
/** "som lägst", "högst 6 timmar" are amounts; next to "nivå" ("lägsta nivån") they name a level. */
const NAMED_NEXT_TO_LEVEL_WORD: Readonly<Record<string, string>> = { lägsta: 'lag', lägst: 'lag', högsta: 'hog', högst: 'hog' };
/** Spelled without å/ö these are ordinary words ("lag" = law), so they count only next to "nivå". */
const FOLDED_NAMED: Readonly<Record<string, string>> = { lag: 'lag', laga: 'lag', hog: 'hog', hoga: 'hog' };

const NUMBERS: Readonly<Record<string, string>> = {
  '1': '1', '2': '2', '3': '3', '4': '4',
  ett: '1', två: '2', tre: '3', fyra: '4', tva: '2',
  ettan: '1', tvåan: '2', trean: '3', fyran: '4',
};
const CONNECTORS = new Set(['och', 'eller', 'mot', 'vs', 'till', 'respektive', 'resp', 'samt', 'el']);

const LEVEL_WORD = /^(?:stöd)?niv[åa](?:n|er|erna|ns)?$/;
const LEVEL_SUFFIX = /(?:stöd)?niv[åa](?:n|er|erna|ns)?$/;

/** One edit away from "medel" (mdel, medl, meddel, nedel). */
function isMedelTypo(word: string): boolean {
  if (word.length < 4 || word.length > 6) return false;
  return editDistanceAtMostOne(word, 'medel');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function namedLevel(word: string, nextToLevelWord: boolean): string | undefined {
  const base = LEVEL_WORD.test(word) ? word : word.replace(LEVEL_SUFFIX, '');
  const compound = base !== word;
  const hit = NAMED[base];
  if (hit) return hit;
  if (nextToLevelWord || compound) {
    const named = NAMED_NEXT_TO_LEVEL_WORD[base] ?? FOLDED_NAMED[foldDiacritics(base)];
    if (named) return named;
  }
  return isMedelTypo(base) && base !== 'model' ? 'medel' : undefined;
}

/** Which model the question itself points at, if any. */
/** "kollektivet", and the slip "kolektiv". */
function isKollektiv(token: string): boolean {
  return token.startsWith('kollektiv') || token.startsWith('kolektiv');
}

export function modelHintIn(tokens: readonly string[]): LevelModelId | undefined {
  if (tokens.some(isKollektiv)) return 'sydvast_2021_kollektiv';
  // "de nya nivåerna", "nya modellen": the 2025 model, whatever the housing is called
  const newModel = tokens.some((t, i) => t === 'nya' && /^(?:stöd)?niv[åa]|^modell/.test(tokens[i + 1] ?? ''));
  if (newModel || tokens.some((t) => t.startsWith('lägenhetsboende') || t === 'lagenhetsboende' || t === '2025')) return 'lagenhetsboende_2025';
  if (tokens.some((t) => /^l[äa]genhet(?:en)?$/.test(t) || t === '2021' || t === 'sydväst' || t === 'sydvast' || t === 'gamla')) return 'sydvast_2021_lagenhet';
  return undefined;
}

/**
 * Both 2021 housing forms named in one question ("tvåan i lgh mot tvåan i kollektivet"): the
 * models in the order lägenhet, kollektiv; fewer than two when the question names only one.
 */
export function housingFormsNamedIn(tokens: readonly string[]): LevelModelId[] {
  const lagenhet = tokens.some((t) => /^(?:l[äa]genhet(?:en|er|erna)?|lgh)$/.test(t));
  const kollektiv = tokens.some(isKollektiv);
  return lagenhet && kollektiv ? ['sydvast_2021_lagenhet', 'sydvast_2021_kollektiv'] : [];
}

/** "nivåerna 1–4", "nivå 3", "fyran": only the 2021 lägenhet model has a level 3 or 4. */
const ONLY_2021_LAGENHET = /(?<![\p{L}\d])(?:1\s*[-–]\s*4|niv[åa]\p{L}* (?:[34]|tre|fyra)|trean|fyran)(?![\p{L}\d])/u;

/** The model the question points at by name, or by a level only one model has. */
export function modelHintInQuestion(question: string): LevelModelId | undefined {
  const normalized = normalizeText(question);
  return modelHintIn(normalized.split(' ')) ?? (ONLY_2021_LAGENHET.test(question.toLowerCase()) || ONLY_2021_LAGENHET.test(normalized) ? 'sydvast_2021_lagenhet' : undefined);
}

/** Chat names of the numbered levels: "tvåan" is nivå 2, and so is "en tvåa". */
const COLLOQUIAL_LEVELS: Readonly<Record<string, string>> = { ettan: '1', tvåan: '2', tvaan: '2', trean: '3', fyran: '4' };
/** "en trea och en fyra": the indefinite names, read only after "en" ("fyra" alone is a number). */
const INDEFINITE_LEVELS: Readonly<Record<string, string>> = { etta: '1', tvåa: '2', tvaa: '2', trea: '3', fyra: '4' };

function numberedLevels(tokens: readonly string[]): string[] {
  const found: string[] = [];
  tokens.forEach((token, i) => {
    const colloquial = COLLOQUIAL_LEVELS[token] ?? (tokens[i - 1] === 'en' ? INDEFINITE_LEVELS[token] : undefined);
    if (colloquial) found.push(colloquial);
    if (!LEVEL_WORD.test(token)) return;
    for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
      const t = tokens[j] ?? '';
      const n = NUMBERS[t];
      if (n) found.push(n);
      else if (!CONNECTORS.has(t)) break;
    }
  });
  return found;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

const NUMBERED_MODELS: readonly LevelModelId[] = ['sydvast_2021_lagenhet', 'sydvast_2021_kollektiv'];

function hasAll(modelId: LevelModelId, levelIds: readonly string[]): boolean {
  return levelIds.every((id) => isLevelId(modelId, id));
}

/** A range such as "nivå 1–4" names the whole scale, not two levels. */
const RANGE = /\b[1-4]\s*[-–]\s*[1-4]\b/;

export function parseLevelIntent(question: string, contextModel?: LevelModelId): LevelIntent | undefined {
  if (RANGE.test(question)) return undefined;
  const tokens = normalizeText(question).split(' ');
  const hint = modelHintIn(tokens);

  const levelAt = (i: number): string | undefined => {
    const token = tokens[i];
    if (token === undefined) return undefined;
    // "hur hög är hyran?": an adjective asked about, not the level
    if (tokens[i - 1] === 'hur') return undefined;
    // "ligger på lag", "referenser pa lag": after "på" a folded name is the level, not the law.
    const afterPa = tokens[i - 1] === 'pa' || tokens[i - 1] === 'på';
    return namedLevel(token, afterPa || LEVEL_WORD.test(tokens[i - 1] ?? '') || LEVEL_WORD.test(tokens[i + 1] ?? ''));
  };
  // "medel och hog": a folded name coordinated with a named level names a level too.
  const coordinated = (i: number): string | undefined => {
    const folded = FOLDED_NAMED[tokens[i] ?? ''];
    if (!folded) return undefined;
    const before = CONNECTORS.has(tokens[i - 1] ?? '') && levelAt(i - 2) !== undefined;
    const after = CONNECTORS.has(tokens[i + 1] ?? '') && levelAt(i + 2) !== undefined;
    return before || after ? folded : undefined;
  };
  const named = unique(
    tokens.flatMap((_t, i) => {
      const id = levelAt(i) ?? coordinated(i);
      return id ? [id] : [];
    }),
  );
  if (named.length > 0) {
    return { modelId: 'lagenhetsboende_2025', levelIds: named, modelGiven: hint === 'lagenhetsboende_2025' || contextModel === 'lagenhetsboende_2025' };
  }

  const numbered = unique(numberedLevels(tokens));
  if (numbered.length === 0) return undefined;
  const given = [hint, contextModel].find(
    (m): m is LevelModelId => m !== undefined && NUMBERED_MODELS.includes(m) && hasAll(m, numbered),
  );
  if (given) return { modelId: given, levelIds: numbered, modelGiven: true };
  const fallback = NUMBERED_MODELS.find((m) => hasAll(m, numbered));
  if (!fallback) return undefined;
  const other = NUMBERED_MODELS.find((m) => m !== fallback && hasAll(m, numbered));
  return { modelId: fallback, levelIds: numbered, modelGiven: false, ...(other ? { otherModel: other } : {}) };
}
