import { describe, expect, it } from 'vitest';
import { buildLevelRegister, defaultPeriod, entryInForce, periodProblems, type RegisterCase, type RegisterEntry } from '../../src/domain/levelRegister';
import { closingDateProblem, isActiveOn, MOVED_ON_CITATION } from '../../src/domain/caseClosing';
import { formatCitation } from '../../src/domain/sources';
import { findSection, sourceDocument } from '../../src/knowledge';

const CASE: RegisterCase = { caseId: 'c1', caseReference: 'BST-2026-0301', unit: 'Testenheten', service: 'socialt_boende_med_stod', housingForm: 'langsiktigt_lagenhet', closedOn: null };
const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  caseId: 'c1',
  model: 'sydvast_2021_lagenhet',
  level: '3',
  validFrom: '2026-01-10',
  previousLevel: null,
  reasonCategory: 'initial',
  decidedByRole: 'caseworker',
  decidedAt: '2026-01-10T09:00:00.000Z',
  ...over,
});

describe('the register core (000/003 › Hantering av stödnivåer – process)', () => {
  it('writes every text in Swedish: 000 lägenhet nivå 3 → nivå 2, raised, by the socialsekreterare', () => {
    const rows = buildLevelRegister([CASE], [entry({}), entry({ level: '2', previousLevel: '3', reasonCategory: 'increase', validFrom: '2026-03-01', decidedAt: '2026-02-27T15:00:00.000Z' })], { from: '2026-02-01', to: '2026-03-31' });
    expect(rows).toEqual([
      {
        caseReference: 'BST-2026-0301',
        unit: 'Testenheten',
        service: 'Socialt boende med stöd',
        housingForm: 'Långsiktigt boende – lägenhet',
        levelModel: 'Stödnivåer i lägenhet, kort- och långsiktigt boende (från 1 april 2021)',
        level: 'nivå 3',
        validFrom: '2026-01-10',
        decidedByRole: 'socialsekreterare',
        decisionDate: '2026-01-10',
        previousLevel: null,
        reasonCategory: 'första bedömning',
        kind: 'in_force_at_start',
        kindLabel: 'Gällande vid periodens start',
      },
      expect.objectContaining({ level: 'nivå 2', previousLevel: 'nivå 3', reasonCategory: 'höjd', decisionDate: '2026-02-27', kind: 'decided_in_period' }),
    ]);
  });

  it.each([
    // two decisions apply from the same day: the one registered last is in force
    ['same day: latest registered wins', [entry({ level: '3' }), entry({ level: '2', decidedAt: '2026-01-10T10:00:00.000Z' })], '2026-01-10', '2'],
    ['before the first decision: none', [entry({})], '2026-01-09', undefined],
    ['a later decision not yet in force', [entry({}), entry({ level: '1', validFrom: '2026-02-01' })], '2026-01-31', '3'],
  ])('in force: %s', (_why, entries, day, level) => {
    expect(entryInForce(entries, day)?.level).toBe(level);
  });

  it('shows an id the model does not know as it is, never drops the row', () => {
    const [row] = buildLevelRegister([CASE], [entry({ level: '9' })], { from: '2026-01-01', to: '2026-12-31' });
    expect(row?.level).toBe('9');
  });

  it.each([
    ['2026-01-01', '2026-11-23', 3660, []],
    ['2026-11-23', '2026-11-23', 1, []],
    ['2026-11-24', '2026-11-23', 3660, ['”Från och med” måste vara samma dag som eller före ”Till och med”.']],
    ['2026-01-01', '2026-01-03', 2, ['Perioden får vara högst 2 dagar – välj en kortare period.']],
    ['', '2026-13-01', 10, ['Ange ”Från och med” som ett datum (ÅÅÅÅ-MM-DD).', 'Ange ”Till och med” som ett datum (ÅÅÅÅ-MM-DD).']],
  ])('period %j – %j (max %i days): %j', (from, to, max, problems) => {
    expect(periodProblems(from, to, max)).toEqual(problems);
  });

  it('defaults to the calendar year up to today', () => {
    expect(defaultPeriod('2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-11-23' });
  });
});

describe('closing a case', () => {
  it.each([
    [null, '2026-11-23', true],
    ['2026-11-23', '2026-11-23', false],
    ['2026-11-24', '2026-11-23', true],
  ])('closed on %j is active on %s: %s', (closedOn, today, active) => {
    expect(isActiveOn(closedOn, today)).toBe(active);
  });

  it.each([
    ['2026-11-23', undefined],
    ['2026-11-24', 'Ett ärende avslutas först när flytten har skett: ange ett datum som inte ligger i framtiden.'],
    ['2026-10-31', 'Avslutsdatumet kan inte ligga före ärendets start (2026-11-01).'],
  ])('closing on %s (today 2026-11-23, started 2026-11-01): %j', (closedOn, problem) => {
    expect(closingDateProblem(closedOn, '2026-11-23', '2026-11-01')).toBe(problem);
  });

  it('cites a heading that 004 has, which names the three moves on', () => {
    expect(formatCitation(MOVED_ON_CITATION)).toBe('004 › 9. UPPFÖLJNING');
    const section = findSection(sourceDocument('004'), MOVED_ON_CITATION.section);
    expect(section?.heading).toBe('9. UPPFÖLJNING');
    expect(section?.blocks.map((block) => block.text).join(' ')).toMatch(/träningslägenhet, försökslägenhet och eget kontrakt/);
  });
});
