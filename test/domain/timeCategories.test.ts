import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES,
  activitiesForModel,
  activitiesForSource,
  classifyActivity,
  findActivitiesByKeyword,
  isActivityId,
  UnknownActivityError,
  type ActivityId,
  type TimeCategory,
} from '../../src/domain/timeCategories';
import { formatCitation } from '../../src/domain/sources';

const DIRECT_000 = '000 › Direkt brukartid som ska nivåbedömas';
const DIRECT_003 = '003 › Direkt brukartid som ska nivåbedömas';
const NOT_000 = '000 › Brukarrelaterad tid som ingår i insatsen, men som inte ska nivåbedömas';
const NOT_003 = '003 › Brukarrelaterad tid som ingår i insatsen, men som inte ska nivåbedömas';

describe('classifyActivity – every listed activity', () => {
  it.each([
    // id, category, level-assessed, citations (one per source that lists it)
    ['hembesok', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['samtal', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['moten', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['aktiviteter', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['telefon_epost_sms', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['arenden_med_och_for_brukaren', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['praktiskt_stod_i_hemmet', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['transporttid_med_brukaren', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['sip_planering_med_brukaren', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['kontakt_tillsammans_med_brukaren', 'direct_client_time', true, [DIRECT_000, DIRECT_003]],
    ['social_dokumentation', 'included_not_assessed', false, [NOT_000, NOT_003]],
    ['lopande_kontakt_utan_brukaren', 'included_not_assessed', false, [NOT_000, NOT_003]],
    ['restid', 'included_not_assessed', false, [NOT_000, NOT_003]],
    ['planering_infor_brukartid', 'included_not_assessed', false, [NOT_000, NOT_003]],
    ['verksamhetens_aktiviteter_och_rutiner', 'included_not_assessed', false, [NOT_000]],
  ] as const)('%s → %s (level-assessed: %s)', (id, category, assessed, citations) => {
    const result = classifyActivity(id);
    expect(result.category).toBe(category);
    expect(result.levelAssessed).toBe(assessed);
    expect(result.citations.map(formatCitation)).toEqual(citations);
    expect(result.labelSv.length).toBeGreaterThan(3);
  });

  it('lists 15 activities, each once', () => {
    const ids = ACTIVITIES.map((activity) => activity.id);
    expect(ids).toHaveLength(15);
    expect(new Set(ids).size).toBe(15);
  });

  it('throws for an unknown id', () => {
    expect(() => classifyActivity('kaffepaus' as ActivityId)).toThrow(UnknownActivityError);
    expect(isActivityId('kaffepaus')).toBe(false);
    expect(isActivityId('restid')).toBe(true);
  });
});

describe('lists per source and model', () => {
  it.each([
    // source, category, count, rule
    ['000', 'direct_client_time', 10, '000: tio poster direkt brukartid'],
    ['003', 'direct_client_time', 10, '003: samma tio poster'],
    ['000', 'included_not_assessed', 5, '000: fem poster, inkl. verksamhetens aktiviteter och rutiner'],
    ['003', 'included_not_assessed', 4, '003: fyra poster'],
  ] as const)('%s %s has %i items (%s)', (source, category: TimeCategory, expected, _rule) => {
    expect(activitiesForSource(source, category)).toHaveLength(expected);
  });

  it('000 has exactly one extra non-assessed item: the unit\'s own activities and routines', () => {
    const ids000 = activitiesForSource('000').map((activity) => activity.id);
    const ids003 = activitiesForSource('003').map((activity) => activity.id);
    expect(ids000.filter((id) => !ids003.includes(id))).toEqual(['verksamhetens_aktiviteter_och_rutiner']);
    expect(ids003.filter((id) => !ids000.includes(id))).toEqual([]);
  });

  it.each([
    ['lagenhetsboende_2025', 14, false],
    ['sydvast_2021_lagenhet', 15, true],
    ['sydvast_2021_kollektiv', 15, true],
  ] as const)('%s uses %i items (own activities listed: %s)', (model, expected, hasOwnActivities) => {
    const ids = activitiesForModel(model).map((activity) => activity.id);
    expect(ids).toHaveLength(expected);
    expect(ids.includes('verksamhetens_aktiviteter_och_rutiner')).toBe(hasOwnActivities);
  });
});

describe('findActivitiesByKeyword', () => {
  it.each([
    ['Räknas restid till brukaren?', ['restid']],
    ['Hur lång resa räknas?', ['restid']],
    ['Ingår dokumentation i nivån?', ['social_dokumentation']],
    ['Räknas journalföring?', ['social_dokumentation']],
    ['Räknas e-post och sms?', ['telefon_epost_sms']],
    ['Vi hade husmöte i går', ['verksamhetens_aktiviteter_och_rutiner']],
    ['Planering inför besöket', ['planering_infor_brukartid']],
    ['Ett hembesök och planering inför nästa', ['hembesok', 'planering_infor_brukartid']],
    ['Räknas ett SIP-möte?', ['sip_planering_med_brukaren']],
    ['Hjälp att städa hemma', ['praktiskt_stod_i_hemmet']],
    ['Något helt annat', []],
  ] as const)('%j → %j', (text, expected) => {
    expect(findActivitiesByKeyword(text)).toEqual(expected);
  });
});
