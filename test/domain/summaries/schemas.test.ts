import { describe, expect, it } from 'vitest';
import {
  MAX_FREE_TEXT_LENGTH,
  MAX_GOALS,
  MAX_SHORT_TEXT_LENGTH,
  genomforandeplanAnswersSchema,
  stodnivaandringAnswersSchema,
  underlagForUppfoljningAnswersSchema,
  uppstartsmoteAnswersSchema,
} from '../../../src/domain/summaries';
import * as fx from './fixtures';
import { syntheticNumber, writeNumber } from '../privacy/fixtures';

type Schema = { safeParse(input: unknown): { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } } };

function issuesOf(schema: Schema, input: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

// Computed, not written out: a synthetic number from a 2090s date that no one can have yet.
const FICTIONAL_PERSONNUMMER = writeNumber(syntheticNumber({ date: '2094-03-17', serial: '482' }), 'twelve', '-');

describe('fixtures are valid', () => {
  it.each([
    [uppstartsmoteAnswersSchema, fx.UPPSTARTSMOTE_SOCIALT_FULL],
    [uppstartsmoteAnswersSchema, fx.UPPSTARTSMOTE_BOENDESTOD_MINIMAL],
    [genomforandeplanAnswersSchema, fx.GENOMFORANDEPLAN_BOENDESTOD_FULL],
    [underlagForUppfoljningAnswersSchema, fx.UNDERLAG_MINIMAL],
    [stodnivaandringAnswersSchema, fx.STODNIVAANDRING_FULL],
  ] as const)('%# parses', (schema, input) => {
    expect(issuesOf(schema, input)).toEqual([]);
  });
});

describe('free text limits', () => {
  it('exports the limits', () => {
    expect([MAX_FREE_TEXT_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_GOALS]).toEqual([2000, 300, 20]);
  });

  it.each([
    [MAX_FREE_TEXT_LENGTH, true],
    [MAX_FREE_TEXT_LENGTH + 1, false],
  ])('a %i-character client perspective is accepted: %s', (length, accepted) => {
    const input = { ...fx.UNDERLAG_MINIMAL, clientPerspective: 'å'.repeat(length) };
    const issues = issuesOf(underlagForUppfoljningAnswersSchema, input);
    expect(issues.length === 0).toBe(accepted);
    if (!accepted) expect(issues[0]).toMatchObject({ path: 'clientPerspective', message: expect.stringContaining('högst 2000 tecken') });
  });

  it('counts length after trimming', () => {
    const input = { ...fx.UNDERLAG_MINIMAL, clientPerspective: `  ${'a'.repeat(MAX_FREE_TEXT_LENGTH)}  ` };
    expect(issuesOf(underlagForUppfoljningAnswersSchema, input)).toEqual([]);
  });

  it.each([
    ['a goal', { ...fx.UNDERLAG_MINIMAL, goals: [{ goal: 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1), fulfilment: 'met' }] }, 'goals.0.goal'],
    ['an optional text', { ...fx.UNDERLAG_MINIMAL, newNeeds: 'x'.repeat(MAX_FREE_TEXT_LENGTH + 1) }, 'newNeeds'],
    ['other participants', { ...fx.UPPSTARTSMOTE_SOCIALT_MINIMAL, participants: { roles: ['client'], others: 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1) } }, 'participants.others'],
  ] as const)('rejects oversized %s', (_what, input, path) => {
    const schema = 'service' in input ? uppstartsmoteAnswersSchema : underlagForUppfoljningAnswersSchema;
    expect(issuesOf(schema, input).map((issue) => issue.path)).toContain(path);
  });

  it.each([
    ['no goals', []],
    ['too many goals', Array.from({ length: MAX_GOALS + 1 }, () => ({ goal: 'Mål', fulfilment: 'met' }))],
  ])('rejects %s', (_what, goals) => {
    expect(issuesOf(underlagForUppfoljningAnswersSchema, { ...fx.UNDERLAG_MINIMAL, goals }).map((i) => i.path)).toContain('goals');
  });

  it('rejects an empty required text', () => {
    const input = { ...fx.UNDERLAG_MINIMAL, sinceLastFollowUp: '   \n ' };
    expect(issuesOf(underlagForUppfoljningAnswersSchema, input)).toEqual([
      { path: 'sinceLastFollowUp', message: 'Fältet ”Hur det har fungerat sedan föregående uppföljning” behöver fyllas i.' },
    ]);
  });
});

describe('privacy', () => {
  it('rejects a personnummer in free text', () => {
    const input = { ...fx.UNDERLAG_MINIMAL, clientPerspective: `Gäller ${FICTIONAL_PERSONNUMMER}.` };
    expect(issuesOf(underlagForUppfoljningAnswersSchema, input)[0]?.message).toContain('personnummer');
  });

  it.each([['Fiktiv Person'], [FICTIONAL_PERSONNUMMER], [''], [42]])('rejects %j as case reference', (caseReference) => {
    const input = { ...fx.UNDERLAG_MINIMAL, caseReference };
    expect(issuesOf(underlagForUppfoljningAnswersSchema, input).map((i) => i.path)).toEqual(['caseReference']);
  });

  it('normalises the case reference to upper case', () => {
    const parsed = underlagForUppfoljningAnswersSchema.parse({ ...fx.UNDERLAG_MINIMAL, caseReference: 'bst-2026-0043' });
    expect(parsed.caseReference).toBe('BST-2026-0043');
  });
});

describe('dates', () => {
  it.each([['2026-02-30'], ['2026-2-3'], ['20260301'], ['2026-13-01'], [''], [null], ['2026-03-01T10:00:00Z']])(
    'rejects %j as date',
    (date) => {
      expect(issuesOf(underlagForUppfoljningAnswersSchema, { ...fx.UNDERLAG_MINIMAL, date }).map((i) => i.path)).toEqual(['date']);
    },
  );

  it('accepts 29 February in a leap year only', () => {
    expect(issuesOf(underlagForUppfoljningAnswersSchema, { ...fx.UNDERLAG_MINIMAL, date: '2028-02-29' })).toEqual([]);
    expect(issuesOf(underlagForUppfoljningAnswersSchema, { ...fx.UNDERLAG_MINIMAL, date: '2027-02-29' })).not.toEqual([]);
  });

  it('rejects a bad date inside a level-change duration', () => {
    const input = { ...fx.STODNIVAANDRING_FULL, duration: { kind: 'temporary', until: '2026-04-31' } };
    expect(issuesOf(stodnivaandringAnswersSchema, input).map((i) => i.path)).toEqual(['duration.until']);
  });

  it.each([
    // 001 › Uppstartsmöte: the first follow-up is booked at the meeting, so it cannot be earlier
    ['2026-03-01', false],
    ['2026-03-02', true],
    ['2026-03-03', true],
  ])('a first follow-up meeting on %s after an uppstartsmöte on 2026-03-02 is accepted: %s', (firstMeetingDate, accepted) => {
    const input = { ...fx.UPPSTARTSMOTE_SOCIALT_FULL, followUp: { ...fx.UPPSTARTSMOTE_SOCIALT_FULL.followUp, firstMeetingDate } };
    expect(issuesOf(uppstartsmoteAnswersSchema, input).length === 0).toBe(accepted);
  });

  it('rejects a temporary need ending before the proposal', () => {
    const input = { ...fx.STODNIVAANDRING_FULL, duration: { kind: 'temporary', until: '2026-03-19' } };
    expect(issuesOf(stodnivaandringAnswersSchema, input).map((i) => i.path)).toEqual(['duration.until']);
  });
});

describe('conditional answers are required when their condition holds', () => {
  it.each([
    // 001 › Checklista underlag för uppföljning, "När aktuellt"
    ['clientPaysRent', 'rentPayment'],
    ['boendekartlaggningDone', 'boendekartlaggningResult'],
    ['levelChangeRelevant', 'levelAdjustment'],
  ] as const)('underlag: %s → %s', (condition, field) => {
    const input = { ...fx.UNDERLAG_MINIMAL, conditions: { ...fx.UNDERLAG_MINIMAL.conditions, [condition]: true } };
    expect(issuesOf(underlagForUppfoljningAnswersSchema, input).map((i) => i.path)).toEqual([field]);
  });

  it('genomförandeplan (001): declined participation needs the efforts documented', () => {
    const { participationEfforts: _omitted, ...input } = fx.GENOMFORANDEPLAN_SOCIALT_FULL;
    expect(issuesOf(genomforandeplanAnswersSchema, input).map((i) => i.path)).toEqual(['participationEfforts']);
  });

  it('genomförandeplan (002): consent to contact needs the contacts named', () => {
    const input = { ...fx.GENOMFORANDEPLAN_BOENDESTOD_MINIMAL, krisplan: { measures: 'Ring 112.', consentToContact: true } };
    expect(issuesOf(genomforandeplanAnswersSchema, input).map((i) => i.path)).toEqual(['krisplan.contacts']);
  });

  it('uppstartsmöte boendestöd (002): an attending caseworker needs a reason', () => {
    const { caseworkerReason: _omitted, ...input } = fx.UPPSTARTSMOTE_BOENDESTOD_FULL;
    expect(issuesOf(uppstartsmoteAnswersSchema, input).map((i) => i.path)).toEqual(['caseworkerReason']);
  });

  it('uppstartsmöte: an earlier level adjustment needs a comment (000/003 one-month main rule)', () => {
    const input = { ...fx.UPPSTARTSMOTE_SOCIALT_MINIMAL, levelCheck: { ...fx.UPPSTARTSMOTE_SOCIALT_MINIMAL.levelCheck, outcome: 'earlier_adjustment_needed' } };
    expect(issuesOf(uppstartsmoteAnswersSchema, input).map((i) => i.path)).toEqual(['levelCheck.comment']);
  });

  it('stödnivåändring: a change before the follow-up meeting needs the special needs', () => {
    const { specialNeeds: _omitted, ...input } = fx.STODNIVAANDRING_FULL;
    expect(issuesOf(stodnivaandringAnswersSchema, input).map((i) => i.path)).toEqual(['specialNeeds']);
  });
});

describe('levels', () => {
  it.each([
    ['lagenhetsboende_2025', 'medel', 'hog', 'increase', []],
    ['lagenhetsboende_2025', 'hog', 'lag', 'decrease', []],
    ['sydvast_2021_lagenhet', '3', '2', 'increase', []],
    ['sydvast_2021_lagenhet', '1', '4', 'decrease', []],
    ['lagenhetsboende_2025', 'medel', 'hog', 'decrease', ['direction']],
    ['lagenhetsboende_2025', 'medel', 'medel', 'increase', ['proposedLevelId']],
    ['lagenhetsboende_2025', 'medel', '2', 'increase', ['proposedLevelId']],
    ['sydvast_2021_kollektiv', '3', '1', 'increase', ['currentLevelId']],
  ] as const)('%s: %s → %s as %s gives issues at %j', (modelId, currentLevelId, proposedLevelId, direction, paths) => {
    const input = { ...fx.STODNIVAANDRING_MINIMAL, modelId, currentLevelId, proposedLevelId, direction };
    expect(issuesOf(stodnivaandringAnswersSchema, input).map((i) => i.path)).toEqual(paths);
  });

  it('rejects an unknown level at the uppstartsmöte level check', () => {
    const input = { ...fx.UPPSTARTSMOTE_SOCIALT_MINIMAL, levelCheck: { ...fx.UPPSTARTSMOTE_SOCIALT_MINIMAL.levelCheck, levelId: 'medel' } };
    expect(issuesOf(uppstartsmoteAnswersSchema, input).map((i) => i.path)).toEqual(['levelCheck.levelId']);
  });

  it('rejects a participant given twice', () => {
    const input = { ...fx.UPPSTARTSMOTE_SOCIALT_MINIMAL, participants: { roles: ['client', 'client'] } };
    expect(issuesOf(uppstartsmoteAnswersSchema, input).map((i) => i.path)).toEqual(['participants.roles']);
  });
});
