import { describe, expect, it } from 'vitest';
import type { IsoDate, LevelChangeDirection, LevelChangeDuration, LevelModelId } from '../../src/domain/case';
import { checkLevelChangeProposal } from '../../src/domain/levelChange';
import type { LevelChangeIssueCode, LevelChangeProposal } from '../../src/domain/levelChange';
import { formatCitation } from '../../src/domain/sources';

// A complete, valid proposal in the 003 model (lägenhetsboende): medel → hög, more than a month in.
const valid: LevelChangeProposal = {
  modelId: 'lagenhetsboende_2025',
  currentLevel: 'medel',
  currentLevelStartDate: '2026-01-10',
  proposedLevel: 'hog',
  direction: 'increase',
  inWhatWay: 'Behöver stöd med struktur flera gånger i veckan (påhittat exempel).',
  cause: 'Försämrad hälsa under vintern (påhittat exempel).',
  duration: { kind: 'longer_period' },
  proposedOn: '2026-03-02',
};

function codes(proposal: LevelChangeProposal): LevelChangeIssueCode[] {
  return checkLevelChangeProposal(proposal).errors.map((e) => e.code);
}

describe('a complete proposal', () => {
  it('passes, with the 003 process cited and a reminder that the caseworker decides', () => {
    const result = checkLevelChangeProposal(valid);
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.needsSpecialReasons).toBe(false);
    expect(result.impliedDirection).toBe('increase');
    expect(result.earliestOrdinaryChangeDate).toBe('2026-02-10');
    expect(result.citations.map(formatCitation)).toEqual(['003 › Hantering av stödnivåer – process']);
    expect(result.notes.join(' ')).toMatch(/Socialsekreteraren beslutar/);
  });

  it('cites 000 for the 2021 models', () => {
    const result = checkLevelChangeProposal({ ...valid, modelId: 'sydvast_2021_kollektiv', currentLevel: '2', proposedLevel: '1' });
    expect(result.ok).toBe(true);
    expect(result.citations.map(formatCitation)).toEqual(['000 › Hantering av stödnivåer – process']);
  });
});

describe('direction must match the levels (000 & 003 › Bedömningsstöd: levels ordered by amount of support)', () => {
  it.each<[LevelModelId, string, string, LevelChangeDirection, LevelChangeIssueCode[]]>([
    ['lagenhetsboende_2025', 'lag', 'hog', 'increase', []],
    ['lagenhetsboende_2025', 'hog', 'medel', 'decrease', []],
    ['lagenhetsboende_2025', 'lag', 'medel', 'decrease', ['direction_mismatch']],
    // 2021 model: nivå 1 is the MOST support, so 4 → 1 is an increase
    ['sydvast_2021_lagenhet', '4', '1', 'increase', []],
    ['sydvast_2021_lagenhet', '2', '3', 'decrease', []],
    ['sydvast_2021_lagenhet', '2', '3', 'increase', ['direction_mismatch']],
    ['sydvast_2021_kollektiv', '1', '2', 'decrease', []],
    ['lagenhetsboende_2025', 'medel', 'medel', 'increase', ['same_level']],
    ['lagenhetsboende_2025', 'medel', 'extra', 'increase', ['unknown_level']],
    ['sydvast_2021_kollektiv', '3', '1', 'increase', ['unknown_level']], // kollektiv has only nivå 1–2
  ])('%s: %s → %s marked %s gives %j', (modelId, currentLevel, proposedLevel, direction, expected) => {
    expect(codes({ ...valid, modelId, currentLevel, proposedLevel, direction })).toEqual(expected);
  });

  it('explains a mismatch in Swedish', () => {
    const [error] = checkLevelChangeProposal({ ...valid, currentLevel: 'lag', proposedLevel: 'medel', direction: 'decrease' }).errors;
    expect(error?.field).toBe('direction');
    expect(error?.message).toBe('Förslaget är markerat som minskat stöd, men låg → medel innebär ökat stöd.');
  });

  it('rejects an unknown model', () => {
    expect(codes({ ...valid, modelId: 'annan_modell' as LevelModelId })).toEqual(['unknown_model']);
  });
});

describe('one-month rule (000 & 003 › Hantering av stödnivåer – process: "som huvudregel minst en månad")', () => {
  it.each<[IsoDate, IsoDate, boolean, IsoDate]>([
    ['2026-03-01', '2026-03-01', true, '2026-04-01'],
    ['2026-03-01', '2026-03-31', true, '2026-04-01'], // day 30 of a 31-day month: still within
    ['2026-03-01', '2026-04-01', false, '2026-04-01'],
    ['2026-04-30', '2026-05-29', true, '2026-05-30'],
    ['2026-04-30', '2026-05-30', false, '2026-05-30'],
    ['2026-05-31', '2026-06-29', true, '2026-06-30'], // clamped: June has no 31st
    ['2026-05-31', '2026-06-30', false, '2026-06-30'],
    ['2026-01-31', '2026-02-27', true, '2026-02-28'],
    ['2026-01-31', '2026-02-28', false, '2026-02-28'],
    ['2028-01-31', '2028-02-28', true, '2028-02-29'], // leap year
  ])('level from %s, proposed %s → within a month: %s (earliest ordinary %s)', (start, proposedOn, within, earliest) => {
    const withoutReasons = checkLevelChangeProposal({ ...valid, currentLevelStartDate: start, proposedOn });
    expect(withoutReasons.needsSpecialReasons).toBe(within);
    expect(withoutReasons.earliestOrdinaryChangeDate).toBe(earliest);
    expect(withoutReasons.errors.map((e) => e.code)).toEqual(within ? ['special_reasons_required'] : []);

    const withReasons = checkLevelChangeProposal({ ...valid, currentLevelStartDate: start, proposedOn, specialReasons: 'Akut försämring (påhittat).' });
    expect(withReasons.ok).toBe(true);
    expect(withReasons.needsSpecialReasons).toBe(within);
  });

  it('tells the proposer the earliest ordinary date in Swedish', () => {
    const result = checkLevelChangeProposal({ ...valid, currentLevelStartDate: '2026-03-01', proposedOn: '2026-03-20', specialReasons: '   ' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe('specialReasons');
    expect(result.errors[0]?.message).toContain('tidigast 2026-04-01');
    expect(result.errors[0]?.message).toContain('särskilda skäl');
  });

  it('notes when särskilda skäl were given', () => {
    const result = checkLevelChangeProposal({ ...valid, currentLevelStartDate: '2026-03-01', proposedOn: '2026-03-20', specialReasons: 'Akut behov (påhittat).' });
    expect(result.notes[0]).toContain('Särskilda skäl har angetts');
  });

  it('rejects a proposal dated before the current level started', () => {
    expect(codes({ ...valid, currentLevelStartDate: '2026-03-01', proposedOn: '2026-02-28' })).toEqual(['proposed_before_level_start']);
  });
});

describe('varaktighet över tid (000 & 003 › Hantering av stödnivåer – process, steget Genomföra och följa upp)', () => {
  it.each<[LevelChangeDuration, LevelChangeIssueCode[]]>([
    [{ kind: 'temporary', until: '2026-03-03' }, []], // the day after proposedOn
    [{ kind: 'temporary', until: '2026-03-02' }, ['temporary_end_not_after_proposal']],
    [{ kind: 'temporary', until: '2026-03-01' }, ['temporary_end_not_after_proposal']],
    [{ kind: 'temporary', until: '2026-02-30' }, ['invalid_date']],
    [{ kind: 'longer_period' }, []],
    [{ kind: 'lasting' }, []],
  ])('%j → %j', (duration, expected) => {
    expect(codes({ ...valid, duration })).toEqual(expected);
  });
});

describe('the underlag must answer how and why (000 & 003 › Hantering av stödnivåer – process, steget Genomföra och följa upp)', () => {
  it.each<[Partial<LevelChangeProposal>, string[]]>([
    [{ inWhatWay: '' }, ['inWhatWay']],
    [{ cause: '   ' }, ['cause']],
    [{ inWhatWay: ' ', cause: '' }, ['inWhatWay', 'cause']],
  ])('%j is missing %j', (patch, fields) => {
    const result = checkLevelChangeProposal({ ...valid, ...patch });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.field)).toEqual(fields);
    expect(result.errors.every((e) => e.code === 'missing_text')).toBe(true);
  });
});

describe('invalid dates', () => {
  it.each<[Partial<LevelChangeProposal>, string]>([
    [{ currentLevelStartDate: '2026-02-30' }, 'currentLevelStartDate'],
    [{ proposedOn: '2026-13-01' }, 'proposedOn'],
    [{ proposedOn: '2/3 2026' }, 'proposedOn'],
  ])('%j is rejected on %s', (patch, field) => {
    const result = checkLevelChangeProposal({ ...valid, ...patch });
    expect(result.errors.map((e) => [e.code, e.field])).toEqual([['invalid_date', field]]);
    expect(result.needsSpecialReasons).toBe(false);
  });
});
