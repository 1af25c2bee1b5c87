import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeUnitStatistics, median, monthsOf, type StatisticsCase, type UnitStatistics } from '../../src/domain/statistics';
import { statisticsOfUnit } from '../../src/export/data';
import type { DatabaseHandle } from '../../src/storage/database';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { openTestDatabase } from '../support/testDeps';
import { ANGERED, HISINGEN, PERIOD, seedCases, TODAY } from './fixture';

describe('unit statistics from the fixture (today 2026-11-23, period 2026-01-01 – 2026-11-23)', () => {
  let database: DatabaseHandle;
  let stats: UnitStatistics;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedCases(database.db);
    stats = await statisticsOfUnit(database.db, LOCAL_TENANT, HISINGEN, PERIOD, TODAY);
  });
  afterAll(async () => {
    await database.close();
  });

  it.each<[string, (s: UnitStatistics) => unknown, unknown]>([
    // active = not closed on 2026-11-23: 0101, 0102, 0104, 0105, 0106 (0103, 0107, 0108 closed)
    ['active cases', (s) => s.activeCases, 5],
    // in force today, not the case row: 0101 is medel until its decision from 2026-12-01 (000/003 › Hantering av stödnivåer – process)
    ['active per level, 003 model (låg, medel, hög)', (s) => s.activeByModel.find((m) => m.model === 'lagenhetsboende_2025')?.levels.map((l) => [l.label, l.count]), [['låg', 1], ['medel', 1], ['hög', 1]]],
    ['active per level, 000 kollektiv (nivå 2, nivå 1)', (s) => s.activeByModel.find((m) => m.model === 'sydvast_2021_kollektiv')?.levels.map((l) => [l.label, l.count]), [['nivå 2', 0], ['nivå 1', 1]]],
    ['models listed: only those with active cases, in model order', (s) => s.activeByModel.map((m) => [m.model, m.total]), [['lagenhetsboende_2025', 3], ['sydvast_2021_kollektiv', 1]]],
    ['active without a stödnivå (boendestöd 0105)', (s) => s.activeWithoutLevel, 1],
    ['months of the period, January to November', (s) => s.levelChangesByMonth.map((m) => m.month), monthsOf(PERIOD)],
    [
      'changes per month: up in Feb (0101) and Apr (0102), down in Jun (0101); Dec is outside',
      (s) => s.levelChangesByMonth.filter((m) => m.increases + m.decreases > 0).map((m) => [m.month, m.increases, m.decreases]),
      [['2026-02', 1, 0], ['2026-04', 1, 0], ['2026-06', 0, 1]],
    ],
    ['change totals', (s) => s.levelChangeTotals, { increases: 2, decreases: 1 }],
    // 001 › Genomförandeplan, ca 14 days: moved in 2026 = 0102 (10 d), 0103 (21 d), 0104 (none, due 11-09), 0106 (not yet due), 0108 (14 d)
    ['moved in during the period (socialt boende med stöd)', (s) => s.genomforandeplan.movedIn, 5],
    ['genomförandeplan ready', (s) => s.genomforandeplan.completed, 3],
    ['median days moving in → genomförandeplan (10, 14, 21)', (s) => s.genomforandeplan.medianDays, 14],
    ['within ca 14 days (0102 and 0108 on day 14)', (s) => s.genomforandeplan.withinDeadline, 2],
    ['missed: no plan past the due date (0104)', (s) => s.genomforandeplan.missedWithoutPlan, 1],
    ['share within the deadline: 2 of 4 assessed', (s) => s.genomforandeplan.shareWithinDeadline, 0.5],
    ['not yet due (0106)', (s) => s.genomforandeplan.notYetDue, 1],
    // overdue now among active cases: 0104 genomförandeplan (due 11-09), 0105 first contact (002, due 11-05)
    ['overdue deadlines now', (s) => s.overdueNow.total, 2],
    ['overdue per rule, process order', (s) => s.overdueNow.byRule.map((r) => [r.ruleId, r.count]), [['first_contact_boendestod', 1], ['gp_ready_sbms', 1]]],
    ['cases with an overdue deadline', (s) => s.overdueNow.casesWithOverdue, 2],
    // 004 › 9. UPPFÖLJNING: 0103 → träningslägenhet (Sep), 0108 → försökslägenhet (Nov); 0107 closed in 2025
    ['moved on in the period', (s) => s.movedOn.total, 2],
    ['moved on per destination', (s) => s.movedOn.byDestination.map((d) => [d.label, d.count]), [['Träningslägenhet', 1], ['Försökslägenhet', 1], ['Eget kontrakt', 0], ['Annat boende', 0], ['Annat', 0]]],
  ])('%s', (_figure, pick, expected) => {
    expect(pick(stats)).toEqual(expected);
  });

  it('holds no case reference or case id anywhere', async () => {
    const cases = await database.db.selectFrom('cases').select(['id', 'case_reference']).execute();
    const json = JSON.stringify(stats);
    for (const c of cases) {
      expect(json).not.toContain(c.id);
      expect(json).not.toContain(c.case_reference);
    }
  });

  it('counts another unit on its own (Angered: one active case at låg)', async () => {
    const angered = await statisticsOfUnit(database.db, LOCAL_TENANT, ANGERED, PERIOD, TODAY);
    expect([angered.activeCases, angered.activeByModel[0]?.levels.map((l) => l.count), angered.genomforandeplan.medianDays]).toEqual([1, [1, 0, 0], 8]);
  });

  it('moves the "now" figures with today: on 2026-12-01 0101 is at hög', async () => {
    const later = await statisticsOfUnit(database.db, LOCAL_TENANT, HISINGEN, PERIOD, '2026-12-01');
    expect(later.activeByModel[0]?.levels.map((l) => l.count)).toEqual([1, 0, 2]);
  });
});

describe('the statistics core on its own', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[21, 10, 14], 14],
    [[10, 14], 12],
    [[3, 1, 4, 2], 2.5],
  ])('median of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    [{ from: '2026-01-01', to: '2026-01-31' }, ['2026-01']],
    [{ from: '2025-11-15', to: '2026-02-01' }, ['2025-11', '2025-12', '2026-01', '2026-02']],
  ])('months of %j', (period, months) => {
    expect(monthsOf(period)).toEqual(months);
  });

  const base: StatisticsCase = {
    caseId: 'c1',
    service: 'socialt_boende_med_stod',
    levelModel: null,
    currentLevel: null,
    movedInDate: '2026-03-01',
    genomforandeplanDate: null,
    closedOn: null,
    movedOnTo: null,
    facts: { service: 'socialt_boende_med_stod', movedInDate: '2026-03-01' },
  };

  it.each<[string, Partial<StatisticsCase>, { assessed: number; missed: number; notYetDue: number; share: number | null }]>([
    // 001 › Genomförandeplan: due 14 days after moving in (2026-03-15)
    ['open, no plan, past day 14: missed', {}, { assessed: 1, missed: 1, notYetDue: 0, share: 0 }],
    ['closed on day 14 without a plan: never due', { closedOn: '2026-03-15', movedOnTo: 'annat' }, { assessed: 0, missed: 0, notYetDue: 1, share: null }],
    ['closed on day 15 without a plan: missed', { closedOn: '2026-03-16', movedOnTo: 'annat' }, { assessed: 1, missed: 1, notYetDue: 0, share: 0 }],
    ['plan on day 15: late', { genomforandeplanDate: '2026-03-16' }, { assessed: 1, missed: 0, notYetDue: 0, share: 0 }],
    ['plan on day 14: in time', { genomforandeplanDate: '2026-03-15' }, { assessed: 1, missed: 0, notYetDue: 0, share: 1 }],
  ])('genomförandeplan: %s', (_why, change, expected) => {
    const s = computeUnitStatistics({ cases: [{ ...base, ...change }], history: [], period: { from: '2026-01-01', to: '2026-12-31' }, today: '2026-06-01' });
    const gp = s.genomforandeplan;
    expect({ assessed: gp.assessed, missed: gp.missedWithoutPlan, notYetDue: gp.notYetDue, share: gp.shareWithinDeadline }).toEqual(expected);
  });

  it('counts a case closed with a later date as still active until then', () => {
    const s = computeUnitStatistics({ cases: [{ ...base, closedOn: '2026-06-02', movedOnTo: 'eget_kontrakt' }], history: [], period: { from: '2026-01-01', to: '2026-06-01' }, today: '2026-06-01' });
    expect([s.activeCases, s.movedOn.total]).toEqual([1, 0]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => computeUnitStatistics({ cases: [], history: [], period: { from: '2026-02-01', to: '2026-01-31' }, today: '2026-06-01' })).toThrow(RangeError);
  });
});
