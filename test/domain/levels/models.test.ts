import { describe, expect, it } from 'vitest';
import { LEVEL_MODEL_IDS, type LevelModelId } from '../../../src/domain/case';
import { UnknownLevelError } from '../../../src/domain/levels/errors';
import {
  compareLevels,
  getLevel,
  LEVEL_MODELS,
  levelChangeDirection,
  levelIds,
  levelLabel,
  monthlyToWeekly,
  perWeek,
  requireLevel,
  TERM_DEFINITIONS,
  WEEKS_PER_MONTH,
} from '../../../src/domain/levels/models';
import { formatCitation, type Citation } from '../../../src/domain/sources';
import { findSection, sourceDocuments } from '../../../src/knowledge';

const T003 = '003 › Bedömningsstöd för stödnivåer';
const T000L = '000 › Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)';
const T000K = '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)';

describe('level models – effective dates and order', () => {
  it.each([
    // model, validFrom, supersededFrom, supersededBy, ids least→most support, rule
    ['lagenhetsboende_2025', '2025-04-01', null, null, ['lag', 'medel', 'hog'], '003 › Stödnivåer: från 1 april 2025'],
    ['sydvast_2021_lagenhet', '2021-04-01', '2025-04-01', 'lagenhetsboende_2025', ['4', '3', '2', '1'], '000 › Stödnivåer: från 1 april 2021; 003 ersätter för lägenhet'],
    ['sydvast_2021_kollektiv', '2021-04-01', null, null, ['2', '1'], '000 › Stödnivåer: kollektiv gäller fortfarande'],
  ] as const)('%s valid from %s (%s)', (model, validFrom, supersededFrom, supersededBy, ids, _rule) => {
    const m = LEVEL_MODELS[model];
    expect(m.id).toBe(model);
    expect(m.validFrom).toBe(validFrom);
    expect(m.supersededFrom).toBe(supersededFrom);
    expect(m.supersededBy).toBe(supersededBy);
    expect(levelIds(model)).toEqual(ids);
  });

  it('has exactly the models of case.ts', () => {
    expect(Object.keys(LEVEL_MODELS).sort()).toEqual([...LEVEL_MODEL_IDS].sort());
  });

  it('is deeply frozen', () => {
    const model = LEVEL_MODELS.lagenhetsboende_2025;
    expect(Object.isFrozen(LEVEL_MODELS)).toBe(true);
    expect(Object.isFrozen(model.levels)).toBe(true);
    expect(Object.isFrozen(model.levels[2]?.physicalVisits)).toBe(true);
    expect(Object.isFrozen(model.levels[2]?.summarySv)).toBe(true);
    expect(() => {
      (model.levels[1]!.individualSupport[0] as { max: number | null }).max = 99;
    }).toThrow(TypeError);
  });
});

describe('level rows', () => {
  type Row = {
    model: LevelModelId;
    level: string;
    label: string;
    visits: { min: number | null; max: number | null; per: string; everyDay: string | null; anyDayOfWeek: boolean; approxHoursPerVisit: number | null };
    otherContact: string | null;
    contactNeed: string | null;
    hours: { min: number | null; max: number | null; approx: number | null; per: string }[];
    weekend: boolean;
    threshold: { aboveHoursPerWeek: number; onlyOverLongerPeriod: boolean } | null;
    referencesMain: boolean;
    cite: string;
    rule: string;
  };
  const rows: Row[] = [
    {
      model: 'lagenhetsboende_2025', level: 'lag', label: 'låg',
      visits: { min: 1, max: 1, per: 'every_other_week', everyDay: null, anyDayOfWeek: false, approxHoursPerVisit: 1 },
      otherContact: null, contactNeed: null,
      hours: [{ min: null, max: null, approx: 1, per: 'every_other_week' }],
      weekend: false, threshold: null, referencesMain: true, cite: T003,
      rule: 'fysisk tillsyn varannan vecka cirka 1 h per tillfälle; referenser huvuddelen',
    },
    {
      model: 'lagenhetsboende_2025', level: 'medel', label: 'medel',
      visits: { min: 1, max: 2, per: 'week', everyDay: null, anyDayOfWeek: false, approxHoursPerVisit: null },
      otherContact: null, contactNeed: null,
      hours: [{ min: null, max: 3, approx: null, per: 'week' }],
      weekend: false, threshold: null, referencesMain: false, cite: T003,
      rule: 'fysisk tillsyn 1–2 ggr/vecka, upp till 3 h/vecka',
    },
    {
      model: 'lagenhetsboende_2025', level: 'hog', label: 'hög',
      visits: { min: 2, max: 3, per: 'week', everyDay: null, anyDayOfWeek: true, approxHoursPerVisit: null },
      otherContact: 'daily', contactNeed: 'daily',
      hours: [{ min: null, max: 6, approx: null, per: 'week' }],
      weekend: true, threshold: { aboveHoursPerWeek: 6, onlyOverLongerPeriod: false }, referencesMain: false, cite: T003,
      rule: 'kontakt varje dag inkl. helgdagar, fysisk 2–3 ggr/vecka, upp till 6 h; mer än 6 h → kompletterande insatser',
    },
    {
      model: 'sydvast_2021_lagenhet', level: '4', label: 'nivå 4',
      visits: { min: 1, max: 1, per: 'month', everyDay: null, anyDayOfWeek: false, approxHoursPerVisit: 1 },
      otherContact: 'client_may_contact', contactNeed: null,
      hours: [{ min: null, max: null, approx: 1, per: 'month' }],
      weekend: false, threshold: null, referencesMain: true, cite: T000L,
      rule: 'fysisk tillsyn/personligt möte 1 gång/månad cirka 1 h; telefon/sms däremellan vid behov',
    },
    {
      model: 'sydvast_2021_lagenhet', level: '3', label: 'nivå 3',
      visits: { min: 1, max: 1, per: 'week', everyDay: null, anyDayOfWeek: false, approxHoursPerVisit: null },
      otherContact: null, contactNeed: null,
      hours: [
        { min: 1, max: null, approx: null, per: 'week' },
        { min: 4, max: null, approx: null, per: 'month' },
      ],
      weekend: false, threshold: null, referencesMain: false, cite: T000L,
      rule: 'fysisk tillsyn 1 gång/vecka; minst 1 h/vecka eller minst 4 h/månad',
    },
    {
      model: 'sydvast_2021_lagenhet', level: '2', label: 'nivå 2',
      visits: { min: 2, max: null, per: 'week', everyDay: null, anyDayOfWeek: false, approxHoursPerVisit: null },
      otherContact: 'daily', contactNeed: 'several_times_a_week',
      hours: [{ min: 2, max: 4, approx: null, per: 'week' }],
      weekend: true, threshold: null, referencesMain: false, cite: T000L,
      rule: 'tillsyn varje dag varav fysisk minst 2 ggr/vecka; 2–4 h/vecka; kontakt flera ggr/vecka',
    },
    {
      model: 'sydvast_2021_lagenhet', level: '1', label: 'nivå 1',
      visits: { min: 1, max: null, per: 'day', everyDay: 'if_needed', anyDayOfWeek: true, approxHoursPerVisit: null },
      otherContact: null, contactNeed: 'daily',
      hours: [{ min: 4, max: null, approx: null, per: 'week' }],
      weekend: true, threshold: { aboveHoursPerWeek: 10, onlyOverLongerPeriod: true }, referencesMain: false, cite: T000L,
      rule: 'fysisk tillsyn varje dag vid behov; minst 4 h/vecka; mer än 10 h under längre period → kompletterande insatser',
    },
    {
      model: 'sydvast_2021_kollektiv', level: '2', label: 'nivå 2',
      visits: { min: 1, max: null, per: 'day', everyDay: 'required', anyDayOfWeek: true, approxHoursPerVisit: null },
      otherContact: null, contactNeed: 'daily',
      hours: [{ min: 2, max: 4, approx: null, per: 'week' }],
      weekend: true, threshold: null, referencesMain: false, cite: T000K,
      rule: 'fysisk tillsyn varje dag; minst 2 h (2–4 h)/vecka',
    },
    {
      model: 'sydvast_2021_kollektiv', level: '1', label: 'nivå 1',
      visits: { min: 1, max: null, per: 'day', everyDay: 'required', anyDayOfWeek: true, approxHoursPerVisit: null },
      otherContact: null, contactNeed: 'daily',
      hours: [{ min: 4, max: null, approx: null, per: 'week' }],
      weekend: true, threshold: { aboveHoursPerWeek: 10, onlyOverLongerPeriod: true }, referencesMain: false, cite: T000K,
      rule: 'fysisk tillsyn varje dag; minst 4 h/vecka; mer än 10 h under längre period → kompletterande insatser',
    },
  ];

  it.each(rows)('$model $level ($cite: $rule)', (row) => {
    const level = requireLevel(row.model, row.level);
    expect(level.label).toBe(row.label);
    expect(levelLabel(row.model, row.level)).toBe(row.label);
    expect(level.physicalVisits).toMatchObject(row.visits);
    expect(level.otherContact.frequency).toBe(row.otherContact);
    expect(level.contactNeed).toBe(row.contactNeed);
    expect(level.individualSupport).toEqual(row.hours);
    expect(level.includesWeekendsAndHolidays).toBe(row.weekend);
    if (row.threshold === null) expect(level.complementaryServices).toBeNull();
    else expect(level.complementaryServices).toMatchObject(row.threshold);
    expect(level.referencesAreMainPart).toBe(row.referencesMain);
    expect(formatCitation(level.citation)).toBe(row.cite);
    expect(level.summarySv.length).toBeGreaterThan(0);
    expect(level.typicalUseSv.length).toBeGreaterThan(20);
  });

  it('covers every level of every model', () => {
    const listed = rows.map((row) => `${row.model}/${row.level}`).sort();
    const all = LEVEL_MODEL_IDS.flatMap((model) => levelIds(model).map((id) => `${model}/${id}`)).sort();
    expect(listed).toEqual(all);
  });

  it.each([
    ['lagenhetsboende_2025', 'medel', /tre timmar/, T003],
    ['lagenhetsboende_2025', 'hog', /sex timmar/, T003],
    ['sydvast_2021_lagenhet', '3', /minst fyra timmar i månaden/, T000L],
    ['sydvast_2021_lagenhet', '1', /tio timmar/, T000L],
    ['sydvast_2021_kollektiv', '2', /två till fyra timmar/, T000K],
  ] as const)('summary of %s %s states the hours (%s, %s)', (model, level, pattern, _citation) => {
    expect(requireLevel(model, level).summarySv.join(' ')).toMatch(pattern);
  });
});

describe('model notes', () => {
  it.each([
    ['lagenhetsboende_2025', 'boendereferenser', '003 › Boendereferenser', /alla stödnivåer.*hyresgäst/],
    ['sydvast_2021_lagenhet', 'referenstid', '000 › Referenstid', /hyresavtal.*hyreslagen/],
    ['sydvast_2021_lagenhet', 'referenstid_start', '000 › Referenstid', /andrahandskontrakt.*förvaltare eller god man/],
    ['sydvast_2021_kollektiv', 'referenstid', '000 › Stödnivåer', /hyresavtal/],
  ] as const)('%s has note %s (%s)', (model, noteId, citation, pattern) => {
    const note = LEVEL_MODELS[model].notes.find((candidate) => candidate.id === noteId);
    expect(note).toBeDefined();
    expect(formatCitation(note!.citation)).toBe(citation);
    expect(note!.textSv).toMatch(pattern);
  });
});

describe('term definitions', () => {
  it.each([
    ['fysisk_tillsyn', /personligen/, [T000L, T003]],
    ['tillsyn', /telefon.*sms.*facetime/, [T000L]],
    ['kontakt', /telefon.*sms.*videosamtal/, [T003]],
  ] as const)('%s is defined with citations', (id, pattern, citations) => {
    const definition = TERM_DEFINITIONS[id];
    expect(definition.definitionSv).toMatch(pattern);
    expect(definition.citations.map(formatCitation)).toEqual(citations);
  });
});

describe('lookups and ordering', () => {
  it.each([
    ['lagenhetsboende_2025', 'lag', 'medel', -1],
    ['lagenhetsboende_2025', 'hog', 'medel', 1],
    ['lagenhetsboende_2025', 'lag', 'hog', -1],
    ['lagenhetsboende_2025', 'medel', 'medel', 0],
    ['sydvast_2021_lagenhet', '4', '3', -1],
    ['sydvast_2021_lagenhet', '1', '2', 1],
    ['sydvast_2021_lagenhet', '4', '1', -1],
    ['sydvast_2021_kollektiv', '2', '1', -1],
    ['sydvast_2021_kollektiv', '1', '2', 1],
  ] as const)('compareLevels(%s, %s, %s) = %i (negative: b gives more support)', (model, a, b, expected) => {
    expect(compareLevels(model, a, b)).toBe(expected);
  });

  it.each([
    ['lagenhetsboende_2025', 'medel', 'hog', 'increase'],
    ['lagenhetsboende_2025', 'hog', 'lag', 'decrease'],
    ['sydvast_2021_lagenhet', '3', '2', 'increase'],
    ['sydvast_2021_lagenhet', '2', '4', 'decrease'],
    ['sydvast_2021_kollektiv', '1', '1', null],
  ] as const)('levelChangeDirection(%s, %s → %s) = %s', (model, from, to, expected) => {
    expect(levelChangeDirection(model, from, to)).toBe(expected);
  });

  it('sorting with compareLevels orders least → most support', () => {
    expect(['1', '4', '2', '3'].sort((a, b) => compareLevels('sydvast_2021_lagenhet', a, b))).toEqual(['4', '3', '2', '1']);
  });

  it.each([
    ['lagenhetsboende_2025', 'låg'],
    ['lagenhetsboende_2025', '1'],
    ['sydvast_2021_lagenhet', 'hog'],
    ['sydvast_2021_lagenhet', '5'],
    ['sydvast_2021_kollektiv', '3'],
  ] as const)('unknown level %s/%s: levelLabel and compareLevels throw, getLevel is undefined', (model, id) => {
    expect(() => levelLabel(model, id)).toThrow(UnknownLevelError);
    expect(() => compareLevels(model, id, levelIds(model)[0]!)).toThrow(UnknownLevelError);
    expect(getLevel(model, id)).toBeUndefined();
  });
});

describe('period conversion', () => {
  it.each([
    [1, 'day', 7],
    [3, 'week', 3],
    [1, 'every_other_week', 0.5],
    [4, 'month', (4 * 12) / 52],
    [52 / 12, 'month', 1],
  ] as const)('%d per %s = %d per week', (amount, per, expected) => {
    expect(perWeek(amount, per)).toBeCloseTo(expected, 12);
  });

  it('a month is 52/12 weeks (2021 nivå 3: 4 h/månad ≈ 0,923 h/vecka)', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.3333, 4);
    expect(monthlyToWeekly(4)).toBeCloseTo(0.923, 3);
  });
});

describe('citations point at headings that exist in the shipped sources', () => {
  const documents = sourceDocuments();
  const citations: Citation[] = [
    ...Object.values(LEVEL_MODELS).flatMap((model) => [
      model.citation,
      ...model.notes.map((note) => note.citation),
      ...model.levels.flatMap((level) => [level.citation, ...(level.complementaryServices ? [level.complementaryServices.citation] : [])]),
    ]),
    ...Object.values(TERM_DEFINITIONS).flatMap((definition) => definition.citations),
  ];
  it.each(citations.map((citation) => [formatCitation(citation), citation] as const))('%s', (_label, citation) => {
    const document = documents.find((d) => d.id === citation.source);
    expect(document && findSection(document, citation.section)).toBeDefined();
  });
});
