import { describe, expect, it } from 'vitest';
import type { LevelModelId } from '../../src/domain/case';
import { modelHintInQuestion, parseLevelIntent } from '../../src/qa/levelIntent';

type Row = [question: string, context: LevelModelId | undefined, model: LevelModelId, levels: string[], other: LevelModelId | undefined, rule: string];

describe('parseLevelIntent', () => {
  it.each<Row>([
    ['vad krävs för medel?', undefined, 'lagenhetsboende_2025', ['medel'], undefined, '003 › Bedömningsstöd för stödnivåer: låg/medel/hög exist only in 003'],
    ['hög nivå helg', undefined, 'lagenhetsboende_2025', ['hog'], undefined, '003 › Bedömningsstöd för stödnivåer'],
    ['lågnivå?', undefined, 'lagenhetsboende_2025', ['lag'], undefined, '003 › Bedömningsstöd för stödnivåer (compound)'],
    ['de lägsta nivåerna', undefined, 'lagenhetsboende_2025', ['lag'], undefined, '003 › Bedömningsstöd för stödnivåer (superlative)'],
    ['mdel nivå krav', undefined, 'lagenhetsboende_2025', ['medel'], undefined, '003 › Bedömningsstöd för stödnivåer (typo)'],
    ['stödnivå lag', undefined, 'lagenhetsboende_2025', ['lag'], undefined, '003: "lag" without å counts only next to "nivå"'],
    ['skillnad mellan låg och medel', undefined, 'lagenhetsboende_2025', ['lag', 'medel'], undefined, '003 › Bedömningsstöd för stödnivåer'],
    ['nivå 3?', undefined, 'sydvast_2021_lagenhet', ['3'], undefined, '000 lägenhet has 1–4, kollektiv only 1–2'],
    ['stödnivå fyra', undefined, 'sydvast_2021_lagenhet', ['4'], undefined, '000 › Bedömningsstöd för stödnivåer i lägenhet'],
    ['nivå 2', undefined, 'sydvast_2021_lagenhet', ['2'], 'sydvast_2021_kollektiv', '000: nivå 2 exists in both lägenhet and kollektiv'],
    ['nivå 2 eller 3?', undefined, 'sydvast_2021_lagenhet', ['2', '3'], undefined, '000 lägenhet'],
    ['nivå 1 i kollektiv', undefined, 'sydvast_2021_kollektiv', ['1'], undefined, '000 › Bedömningsstöd för stödnivåer i kollektiv'],
    ['nivå 2', 'sydvast_2021_kollektiv', 'sydvast_2021_kollektiv', ['2'], undefined, 'context names kollektiv'],
    ['nivå 3', 'sydvast_2021_kollektiv', 'sydvast_2021_lagenhet', ['3'], undefined, '000: kollektiv has no nivå 3'],
  ])('%s (context %s) → %s %j, other %s [%s]', (question, context, model, levels, other) => {
    const intent = parseLevelIntent(question, context);
    expect(intent?.modelId).toBe(model);
    expect(intent?.levelIds).toEqual(levels);
    expect(intent?.otherModel).toBe(other);
  });

  it.each([
    ['vem bestämmer stödnivån?'],
    ['kan man höja nivån innan en månad gått?'],
    ['gäller de gamla nivåerna 1-4 fortfarande?'],
    ['har brukaren lag på sig att betala hyran'],
    ['vilken modell gäller'],
    ['tre vardagar'],
  ])('no specific level in %s', (question) => {
    expect(parseLevelIntent(question)).toBeUndefined();
  });
});

describe('level names typed without å, ö', () => {
  it('"hog" and "lag" name a level next to "niva" or coordinated with a named level', () => {
    expect(parseLevelIntent('skillnad mellan medel och hog?')?.levelIds).toEqual(['medel', 'hog']);
    expect(parseLevelIntent('vad kravs for hog niva')?.levelIds).toEqual(['hog']);
  });

  it('after "på" a folded name is the level ("ligger pa lag")', () => {
    expect(parseLevelIntent('hen ska ligga pa lag och behöver hjälp')?.levelIds).toEqual(['lag']);
    expect(parseLevelIntent('referenser pa medel, gar det eller bara pa lag?')?.levelIds).toEqual(['medel', 'lag']);
  });

  it('"hur hög är hyran?" asks about an amount, not the level hög', () => {
    expect(parseLevelIntent('Hur hög är hyran för en plats i kollektivet?')).toBeUndefined();
    expect(parseLevelIntent('vad krävs för hög?')?.levelIds).toEqual(['hog']);
  });

  it('alone they stay ordinary words ("lag" is law)', () => {
    expect(parseLevelIntent('vilken lag gäller för boendet?')).toBeUndefined();
  });

  it('"sydvast" points at the 2021 model', () => {
    expect(parseLevelIntent('vad gäller for niva 3 i sydvast')?.modelId).toBe('sydvast_2021_lagenhet');
  });
});

describe('the model a question points at', () => {
  it.each([
    ['nivaerna 1-4, fran nar galler de?', 'sydvast_2021_lagenhet'],
    ['gäller nivå 3 fortfarande?', 'sydvast_2021_lagenhet'],
    ['fyran, gäller den än?', 'sydvast_2021_lagenhet'],
    ['vilka nivåer finns på kollektivet?', 'sydvast_2021_kollektiv'],
    ['stödnivåerna 2025?', 'lagenhetsboende_2025'],
    ['3 besök i veckan i lägenheten, vilken nivå med de nya nivåerna?', 'lagenhetsboende_2025'],
  ] as const)('«%s» → %s (only the 2021 lägenhet model has a level 3 or 4)', (question, model) => {
    expect(modelHintInQuestion(question)).toBe(model);
  });

  it('a level every model has points at none', () => {
    expect(modelHintInQuestion('vad gäller för nivå 2?')).toBeUndefined();
  });
});
