import { describe, expect, it } from 'vitest';
import { HOUSING_FORMS, type HousingForm, type Service } from '../../../src/domain/case';
import { InvalidIsoDateError } from '../../../src/domain/calendar';
import { levelModelFor } from '../../../src/domain/levels/modelSelection';
import { formatCitation } from '../../../src/domain/sources';

const SBMS: Service = 'socialt_boende_med_stod';

describe('levelModelFor – lägenhet forms switch to 003 on 2025-04-01', () => {
  it.each([
    // form, decisionDate, expected model, rule
    ['kortsiktigt_lagenhet', '2025-03-31', 'sydvast_2021_lagenhet', '000 › Stödnivåer (003 gäller först från 1 april 2025)'],
    ['kortsiktigt_lagenhet', '2025-04-01', 'lagenhetsboende_2025', '003 › Stödnivåer: från och med 1 april 2025'],
    ['langsiktigt_lagenhet', '2025-03-31', 'sydvast_2021_lagenhet', '000 › Stödnivåer'],
    ['langsiktigt_lagenhet', '2025-04-01', 'lagenhetsboende_2025', '003 › Stödnivåer'],
    ['lagenhetsboende', '2025-03-31', 'sydvast_2021_lagenhet', '000 › Stödnivåer'],
    ['lagenhetsboende', '2025-04-01', 'lagenhetsboende_2025', '003 › Stödnivåer'],
    ['lagenhetsboende', '2026-02-15', 'lagenhetsboende_2025', '003 › Stödnivåer'],
    ['kortsiktigt_lagenhet', '2021-04-01', 'sydvast_2021_lagenhet', '000 › Stödnivåer: från och med 1 april 2021'],
    ['langsiktigt_lagenhet', '2023-06-30', 'sydvast_2021_lagenhet', '000 › Stödnivåer'],
  ] as const)('%s decided %s → %s (%s)', (housingForm, decisionDate, expected, _rule) => {
    expect(levelModelFor({ service: SBMS, housingForm, decisionDate }).model).toBe(expected);
  });

  it('cites the model it selects', () => {
    const after = levelModelFor({ service: SBMS, housingForm: 'lagenhetsboende', decisionDate: '2025-04-01' });
    const before = levelModelFor({ service: SBMS, housingForm: 'lagenhetsboende', decisionDate: '2025-03-31' });
    expect(formatCitation(after.citation)).toBe('003 › Stödnivåer');
    expect(formatCitation(before.citation)).toBe('000 › Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)');
  });
});

describe('levelModelFor – kollektiv forms keep the 2021 kollektiv model', () => {
  it.each([
    ['kortsiktigt_kollektiv', '2021-04-01'],
    ['langsiktigt_kollektiv', '2021-04-01'],
    ['kortsiktigt_kollektiv', '2025-03-31'],
    ['kortsiktigt_kollektiv', '2025-04-01'],
    ['langsiktigt_kollektiv', '2026-01-10'],
  ] as const)('%s decided %s → sydvast_2021_kollektiv (000 › Bedömningsstöd … kollektiv; 003 only concerns lägenhet)', (housingForm, decisionDate) => {
    const selection = levelModelFor({ service: SBMS, housingForm, decisionDate });
    expect(selection.model).toBe('sydvast_2021_kollektiv');
    expect(formatCitation(selection.citation)).toBe('000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)');
  });
});

describe('levelModelFor – no level model', () => {
  it.each([
    // service, form, date, citation, text the reason must contain
    [SBMS, 'kortsiktigt_lagenhet', '2021-03-31', '000 › Stödnivåer', '1 april 2021'],
    [SBMS, 'langsiktigt_kollektiv', '2021-03-31', '000 › Stödnivåer', '1 april 2021'],
    [SBMS, 'lagenhetsboende', '2020-12-01', '000 › Stödnivåer', '1 april 2021'],
    [SBMS, 'akutboende', '2025-04-01', '000 › Stödnivåer', 'Akutboende'],
    [SBMS, 'akutboende', '2022-01-01', '000 › Stödnivåer', 'Akutboende'],
    [SBMS, 'eget_boende', '2025-04-01', '000 › Stödnivåer', 'egen bostad'],
    ['boendestod', 'eget_boende', '2025-04-01', '002 › Besluta', 'timmar och minuter per vecka'],
    ['boendestod', 'lagenhetsboende', '2025-04-01', '002 › Besluta', 'timmar och minuter per vecka'],
    ['boendestod', 'eget_boende', '2020-01-01', '002 › Besluta', 'timmar och minuter per vecka'],
  ] as const)('%s / %s / %s → null (%s)', (service, housingForm, decisionDate, citation, reasonPart) => {
    const selection = levelModelFor({ service, housingForm, decisionDate });
    expect(selection.model).toBeNull();
    if (selection.model !== null) return;
    expect(selection.reasonSv).toContain(reasonPart);
    expect(formatCitation(selection.citation)).toBe(citation);
  });

  it('every housing form gets an answer for a current decision', () => {
    const answered = HOUSING_FORMS.map((housingForm: HousingForm) => levelModelFor({ service: SBMS, housingForm, decisionDate: '2026-03-02' }).model);
    expect(answered).toEqual([null, 'sydvast_2021_kollektiv', 'lagenhetsboende_2025', 'sydvast_2021_kollektiv', 'lagenhetsboende_2025', 'lagenhetsboende_2025', null]);
  });

  it.each(['2025-4-1', '2025-02-30', '', '01/04/2025'])('rejects the decision date %j', (decisionDate) => {
    expect(() => levelModelFor({ service: SBMS, housingForm: 'lagenhetsboende', decisionDate })).toThrow(InvalidIsoDateError);
  });
});
