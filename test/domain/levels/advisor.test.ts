import { describe, expect, it } from 'vitest';
import type { LevelModelId } from '../../../src/domain/case';
import { adviseLevel, type LevelObservation, type LevelWarningCode } from '../../../src/domain/levels/advisor';
import { InvalidLevelInputError, UnknownLevelModelError } from '../../../src/domain/levels/errors';
import { monthlyToWeekly } from '../../../src/domain/levels/models';
import { formatCitation } from '../../../src/domain/sources';

function obs(partial: Partial<LevelObservation>): LevelObservation {
  return { physicalVisitsPerWeek: 0, otherContactsPerWeek: 0, directClientHoursPerWeek: 0, needsWeekendContact: false, ...partial };
}

type Row = readonly [rule: string, observation: Partial<LevelObservation>, fitting: readonly string[], warnings: readonly LevelWarningCode[]];

const LAGENHETSBOENDE_2025: readonly Row[] = [
  ['003 låg: varannan vecka ca 1 h', { physicalVisitsPerWeek: 0.5, directClientHoursPerWeek: 0.5 }, ['lag'], []],
  ['003 låg: no need at all', {}, ['lag'], []],
  ['003 låg: more than ~1 h per fortnight → medel', { physicalVisitsPerWeek: 0.5, directClientHoursPerWeek: 0.51 }, ['medel'], []],
  ['003 låg vs medel: a visit every week is more than every other week', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 0.5 }, ['medel'], []],
  ['003 medel: 1–2 visits, up to 3 h – exactly 3.0 h fits', { physicalVisitsPerWeek: 2, directClientHoursPerWeek: 3 }, ['medel'], []],
  ['003 medel: 3.01 h is more than "upp till tre" → hög', { physicalVisitsPerWeek: 2, directClientHoursPerWeek: 3.01 }, ['hog'], []],
  ['003 medel: more than 2 visits → hög', { physicalVisitsPerWeek: 2.5, directClientHoursPerWeek: 2 }, ['hog'], []],
  ['003 medel: 6 contacts a week is not daily contact', { physicalVisitsPerWeek: 2, otherContactsPerWeek: 4, directClientHoursPerWeek: 2 }, ['medel'], []],
  ['003 hög: 7 contacts a week = contact every day', { physicalVisitsPerWeek: 2, otherContactsPerWeek: 5, directClientHoursPerWeek: 2 }, ['hog'], []],
  ['003 hög: weekends and holidays only in hög', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 1, needsWeekendContact: true }, ['hog'], []],
  ['003 hög: up to 6 h – exactly 6.0 h, no warning', { physicalVisitsPerWeek: 3, otherContactsPerWeek: 4, directClientHoursPerWeek: 6 }, ['hog'], []],
  ['003 hög: more than 6 h → kompletterande insatser ska övervägas', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 6.01 }, ['hog'], ['consider_complementary_services']],
  ['003 hög: the 6 h rule has no longer-period condition', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 8, longerPeriod: false }, ['hog'], ['consider_complementary_services']],
  ['003 hög 2–3 visits; 004 rule of thumb not passed at 3', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 5 }, ['hog'], []],
  ['003 hög ≤ 3 visits and 004: 4 visits a week', { physicalVisitsPerWeek: 4, directClientHoursPerWeek: 5 }, ['hog'], ['exceeds_top_level', 'visits_above_rule_of_thumb']],
  ['003 hög ≤ 3 visits and 004: more than three', { physicalVisitsPerWeek: 3.5, directClientHoursPerWeek: 5 }, ['hog'], ['exceeds_top_level', 'visits_above_rule_of_thumb']],
  ['003 + 004: everything at once', { physicalVisitsPerWeek: 5, otherContactsPerWeek: 2, directClientHoursPerWeek: 9, needsWeekendContact: true }, ['hog'], ['consider_complementary_services', 'exceeds_top_level', 'visits_above_rule_of_thumb']],
];

const SYDVAST_2021_LAGENHET: readonly Row[] = [
  ['000 nivå 4: 1 visit and ca 1 h a month', { physicalVisitsPerWeek: monthlyToWeekly(1), directClientHoursPerWeek: monthlyToWeekly(1) }, ['4'], []],
  ['000 nivå 4: less than a monthly hour', { physicalVisitsPerWeek: monthlyToWeekly(1), directClientHoursPerWeek: 0.1 }, ['4'], []],
  ['000 nivå 3: 1 visit, 1 h a week', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 1 }, ['3'], []],
  ['000 nivå 3: or at least 4 h a month (52/12 weeks)', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: monthlyToWeekly(4) }, ['3'], []],
  ['000 nivå 3: below both 1 h/week and 4 h/month', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 0.9 }, ['3'], ['hours_below_level_minimum']],
  ['000 nivå 3: more than nivå 4 but under its minimum', { physicalVisitsPerWeek: 0.5, directClientHoursPerWeek: 0.5 }, ['3'], ['hours_below_level_minimum']],
  ['000 nivå 3 ends below nivå 2 "minst 2 h"', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 1.99 }, ['3'], []],
  ['000 nivå 2: minst 2 h', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 2 }, ['2'], []],
  ['000 nivå 3: 2 contacts a week are not "flera gånger"', { physicalVisitsPerWeek: 1, otherContactsPerWeek: 1, directClientHoursPerWeek: 1.5 }, ['3'], []],
  ['000 nivå 2: tillsyn/kontakt flera gånger i veckan (3)', { physicalVisitsPerWeek: 1, otherContactsPerWeek: 2, directClientHoursPerWeek: 1.5 }, ['2'], ['hours_below_level_minimum']],
  ['000 nivå 3 = 1 visit; 2 visits need nivå 2', { physicalVisitsPerWeek: 2, directClientHoursPerWeek: 2.5 }, ['2'], []],
  ['000 nivå 2: tillsyn every day incl. weekend', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 2, needsWeekendContact: true }, ['2'], []],
  ['000 nivå 2 2–4 h and nivå 1 minst 4 h: 4.0 fits both', { physicalVisitsPerWeek: 2, directClientHoursPerWeek: 4 }, ['2', '1'], []],
  ['000 nivå 2 up to 4 h: 4.01 → nivå 1', { physicalVisitsPerWeek: 2, directClientHoursPerWeek: 4.01 }, ['1'], []],
  ['000 nivå 2 short of daily visits; 004 above three', { physicalVisitsPerWeek: 6.5, directClientHoursPerWeek: 3 }, ['2'], ['visits_above_rule_of_thumb']],
  ['000 nivå 2 and 004: 3 visits is within the rule of thumb', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 3 }, ['2'], []],
  ['000 nivå 2 and 004: 4 visits', { physicalVisitsPerWeek: 4, directClientHoursPerWeek: 3 }, ['2'], ['visits_above_rule_of_thumb']],
  ['000 nivå 1: daily fysisk tillsyn; under its 4 h', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 3 }, ['1'], ['visits_above_rule_of_thumb', 'hours_below_level_minimum']],
  ['000 nivå 1: exactly 10 h longer period, no warning', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 10, longerPeriod: true }, ['1'], ['visits_above_rule_of_thumb']],
  ['000 nivå 1: > 10 h for a longer period', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 10.01, longerPeriod: true }, ['1'], ['consider_complementary_services']],
  ['000 nivå 1: > 10 h, longer period not stated', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 10.01 }, ['1'], ['complementary_services_if_longer_period']],
  ['000 nivå 1: > 10 h, not a longer period', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 12, longerPeriod: false }, ['1'], ['complementary_services_if_longer_period']],
];

const SYDVAST_2021_KOLLEKTIV: readonly Row[] = [
  ['000 kollektiv nivå 2: daily visits, 2–4 h', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 2, needsWeekendContact: true }, ['2'], []],
  ['000 kollektiv nivå 2: minst 2 h', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 1 }, ['2'], ['hours_below_level_minimum']],
  ['000 kollektiv: 4.0 h fits nivå 2 and nivå 1', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 4 }, ['2', '1'], []],
  ['000 kollektiv nivå 1: more than 4 h', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 4.01 }, ['1'], []],
  ['000 kollektiv nivå 1: 10 h longer period, no warning', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 10, longerPeriod: true }, ['1'], []],
  ['000 kollektiv nivå 1: > 10 h longer period', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 10.01, longerPeriod: true }, ['1'], ['consider_complementary_services']],
  ['000 kollektiv nivå 1: > 10 h, not longer', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 11, longerPeriod: false }, ['1'], ['complementary_services_if_longer_period']],
  ['004 rule of thumb is about one\'s own flat, not kollektiv', { physicalVisitsPerWeek: 14, directClientHoursPerWeek: 6 }, ['1'], []],
];

describe.each([
  ['lagenhetsboende_2025', LAGENHETSBOENDE_2025],
  ['sydvast_2021_lagenhet', SYDVAST_2021_LAGENHET],
  ['sydvast_2021_kollektiv', SYDVAST_2021_KOLLEKTIV],
] as const)('adviseLevel(%s)', (model: LevelModelId, rows: readonly Row[]) => {
  it.each(rows)('%s', (_rule, observation, fitting, warnings) => {
    const advice = adviseLevel(model, obs(observation));
    expect(advice.model).toBe(model);
    expect(advice.fitting).toEqual(fitting);
    expect(advice.warnings.map((warning) => warning.code)).toEqual(warnings);
  });
});

describe('warning content', () => {
  it.each([
    ['lagenhetsboende_2025', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 6.5 }, 'consider_complementary_services', '003 › Bedömningsstöd för stödnivåer', ['6,5 timmar', 'mer än 6 timmar', 'ska övervägas']],
    ['sydvast_2021_lagenhet', { physicalVisitsPerWeek: 3, directClientHoursPerWeek: 11, longerPeriod: true }, 'consider_complementary_services', '000 › Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)', ['11 timmar', 'mer än 10 timmar', 'längre period']],
    ['sydvast_2021_kollektiv', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 11 }, 'complementary_services_if_longer_period', '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)', ['11 timmar', 'längre period']],
    ['lagenhetsboende_2025', { physicalVisitsPerWeek: 4, directClientHoursPerWeek: 5 }, 'visits_above_rule_of_thumb', '004 › Beskrivning av planerat projekt', ['4 gånger', 'tre besök', 'institutionsboende']],
    ['lagenhetsboende_2025', { physicalVisitsPerWeek: 4, directClientHoursPerWeek: 5 }, 'exceeds_top_level', '003 › Bedömningsstöd för stödnivåer', ['stödnivå hög', '4 gånger i veckan', '2–3 gånger i veckan']],
    ['sydvast_2021_lagenhet', { physicalVisitsPerWeek: 1, directClientHoursPerWeek: 0.5 }, 'hours_below_level_minimum', '000 › Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)', ['0,5 timmar', 'nivå 3', 'minst en timme i veckan eller minst fyra timmar i månaden']],
    ['sydvast_2021_kollektiv', { physicalVisitsPerWeek: 7, directClientHoursPerWeek: 1 }, 'hours_below_level_minimum', '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)', ['1 timme', 'nivå 2', 'minst 2 timmar']],
  ] as const)('%s %j → %s cites %s', (model, observation, code, citation, phrases) => {
    const warning = adviseLevel(model, obs(observation)).warnings.find((candidate) => candidate.code === code);
    expect(warning).toBeDefined();
    expect(formatCitation(warning!.citation)).toBe(citation);
    for (const phrase of phrases) expect(warning!.messageSv).toContain(phrase);
  });
});

describe('who decides', () => {
  it.each([
    ['lagenhetsboende_2025', '003 › Hantering av stödnivåer – process'],
    ['sydvast_2021_lagenhet', '000 › Hantering av stödnivåer – process'],
    ['sydvast_2021_kollektiv', '000 › Hantering av stödnivåer – process'],
  ] as const)('%s: the socialsekreterare decides, staff assessment weighed in (%s)', (model, citation) => {
    const advice = adviseLevel(model, obs({ physicalVisitsPerWeek: 1, directClientHoursPerWeek: 1 }));
    expect(advice.decidedBySv).toMatch(/socialsekreterare.*bedömer.*stödnivå/);
    expect(advice.decidedBySv).toMatch(/boendepersonalens bedömning.*vägas in/);
    expect(formatCitation(advice.decidedByCitation)).toBe(citation);
  });

  it('returns frozen advice', () => {
    const advice = adviseLevel('lagenhetsboende_2025', obs({ physicalVisitsPerWeek: 4, directClientHoursPerWeek: 7 }));
    expect(Object.isFrozen(advice)).toBe(true);
    expect(Object.isFrozen(advice.fitting)).toBe(true);
    expect(Object.isFrozen(advice.warnings[0])).toBe(true);
  });
});

describe('invalid input', () => {
  const valid = obs({ physicalVisitsPerWeek: 1, directClientHoursPerWeek: 1 });
  it.each([
    ['negative hours', { ...valid, directClientHoursPerWeek: -0.5 }, 'directClientHoursPerWeek'],
    ['NaN hours', { ...valid, directClientHoursPerWeek: Number.NaN }, 'directClientHoursPerWeek'],
    ['infinite visits', { ...valid, physicalVisitsPerWeek: Number.POSITIVE_INFINITY }, 'physicalVisitsPerWeek'],
    ['more hours than a week has', { ...valid, directClientHoursPerWeek: 168.5 }, 'directClientHoursPerWeek'],
    ['negative contacts', { ...valid, otherContactsPerWeek: -1 }, 'otherContactsPerWeek'],
    ['hours as text', { ...valid, directClientHoursPerWeek: '3' }, 'directClientHoursPerWeek'],
    ['missing weekend flag', { physicalVisitsPerWeek: 1, otherContactsPerWeek: 0, directClientHoursPerWeek: 1 }, 'needsWeekendContact'],
    ['longerPeriod not boolean', { ...valid, longerPeriod: 'ja' }, 'longerPeriod'],
    ['unknown field', { ...valid, hoursPerMonth: 4 }, ''],
  ])('%s → InvalidLevelInputError', (_name, input, path) => {
    let caught: unknown;
    try {
      adviseLevel('lagenhetsboende_2025', input as unknown as LevelObservation);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidLevelInputError);
    expect((caught as InvalidLevelInputError).issues.map((issue) => issue.path)).toContain(path);
  });

  it('accepts the limits 0 and 168', () => {
    expect(adviseLevel('sydvast_2021_lagenhet', obs({ physicalVisitsPerWeek: 168, directClientHoursPerWeek: 168, longerPeriod: true })).fitting).toEqual(['1']);
  });

  it('rejects an unknown model', () => {
    expect(() => adviseLevel('sydvast_2019' as LevelModelId, valid)).toThrow(UnknownLevelModelError);
  });
});
