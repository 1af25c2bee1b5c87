import { formatCitation } from '../domain/sources';
import { MOVED_ON_CITATION } from '../domain/caseClosing';
import { REGISTER_CITATIONS } from '../domain/levelRegister';
import { PROCESS_RULES } from '../domain/deadlines';
import type { UnitStatistics } from '../domain/statistics';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';

type Fact = { readonly title: string; readonly value: string };
type Action = { readonly title: string; readonly verb: string; readonly data: Readonly<Record<string, string>> };

export interface StatisticsCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: readonly Fact[];
  readonly models: readonly {
    readonly title: string;
    readonly pie: readonly { readonly legend: string; readonly value: number }[];
    readonly rows: readonly { readonly label: string; readonly count: string }[];
  }[];
  readonly hasChanges: boolean;
  readonly months: readonly { readonly label: string; readonly short: string; readonly increases: number; readonly decreases: number; readonly increasesText: string; readonly decreasesText: string }[];
  readonly gpHeading: string;
  readonly gp: readonly Fact[];
  readonly overdue: readonly { readonly title: string; readonly count: string }[];
  readonly hasMovedOn: boolean;
  readonly movedOnChart: readonly { readonly label: string; readonly count: number }[];
  readonly movedOn: readonly { readonly label: string; readonly count: string }[];
  readonly notes: readonly string[];
  readonly actions: readonly Action[];
}

const template = loadCardTemplate<StatisticsCardData>('statistics');

const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** `2026-03` → `mar 2026`. */
export function monthLabel(month: string): string {
  return `${MONTHS_SV[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** Swedish decimal comma, at most one decimal: 7.5 → "7,5". */
export function formatDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', ',');
}

export function formatShare(within: number, assessed: number): string {
  if (assessed === 0) return '– (inget att bedöma ännu)';
  return `${Math.round((within / assessed) * 100)} % (${within} av ${assessed})`;
}

/** Card data from the computed figures: only counts, never a case reference. */
export function statisticsCardData(unit: string, stats: UnitStatistics, actions: readonly Action[]): StatisticsCardData {
  const gp = stats.genomforandeplan;
  const overdueCases = stats.overdueNow.casesWithOverdue;
  const oneYear = new Set(stats.levelChangesByMonth.map((m) => m.month.slice(0, 4))).size <= 1;
  return {
    title: `Statistik – ${unit}`,
    subtitle: `Perioden ${stats.period.from} – ${stats.period.to} · läget i dag ${stats.today}`,
    summary: [
      { title: 'Aktiva ärenden', value: String(stats.activeCases) },
      { title: 'Höjda stödnivåer', value: String(stats.levelChangeTotals.increases) },
      { title: 'Sänkta stödnivåer', value: String(stats.levelChangeTotals.decreases) },
      { title: 'Flyttat vidare', value: String(stats.movedOn.total) },
      { title: 'Försenade tidsgränser', value: stats.overdueNow.total === 0 ? '0' : `${stats.overdueNow.total} (i ${overdueCases} ${overdueCases === 1 ? 'ärende' : 'ärenden'})` },
    ],
    models: [
      ...stats.activeByModel.map((m) => ({
        title: `${m.title}: ${m.total} ${m.total === 1 ? 'ärende' : 'ärenden'}`,
        pie: m.levels.filter((l) => l.count > 0).map((l) => ({ legend: l.label, value: l.count })),
        rows: m.levels.map((l) => ({ label: l.label, count: String(l.count) })),
      })),
      ...(stats.activeWithoutLevel > 0
        ? [{ title: `Utan stödnivå (till exempel boendestöd): ${stats.activeWithoutLevel}`, pie: [], rows: [] }]
        : []),
    ],
    hasChanges: stats.levelChangeTotals.increases + stats.levelChangeTotals.decreases > 0,
    months: stats.levelChangesByMonth.map((m) => ({
      label: monthLabel(m.month),
      // The chart's axis has little room: "feb" within one year, "feb 26" across years.
      short: oneYear ? monthLabel(m.month).slice(0, 3) : `${monthLabel(m.month).slice(0, 3)} ${m.month.slice(2, 4)}`,
      increases: m.increases,
      decreases: m.decreases,
      increasesText: String(m.increases),
      decreasesText: String(m.decreases),
    })),
    gpHeading: `Genomförandeplan inom ca ${gp.deadlineDays} dagar efter inflyttning`,
    gp: [
      { title: 'Inflyttade under perioden', value: String(gp.movedIn) },
      { title: 'Genomförandeplan klar', value: String(gp.completed) },
      { title: 'Median, dagar till planen', value: gp.medianDays === null ? '–' : `${formatDecimal(gp.medianDays)} dagar` },
      { title: `Klar inom ${gp.deadlineDays} dagar`, value: formatShare(gp.withinDeadline, gp.assessed) },
      { title: 'Saknas, tidsgränsen passerad', value: String(gp.missedWithoutPlan) },
      { title: 'Ej klar, inom tidsgränsen', value: String(gp.notYetDue) },
    ],
    overdue: stats.overdueNow.byRule.map((r) => ({ title: r.title, count: String(r.count) })),
    hasMovedOn: stats.movedOn.total > 0,
    movedOnChart: stats.movedOn.byDestination.map((d) => ({ label: d.label, count: d.count })),
    movedOn: stats.movedOn.byDestination.map((d) => ({ label: d.label, count: String(d.count) })),
    notes: [
      'Bara sammanräknade siffror – inga ärendereferenser eller uppgifter om enskilda.',
      'Diagrammen visas i Teams-klienter som stöder diagram i kort; tabellerna visar samma siffror.',
      ...(stats.overdueNow.unreadableCases > 0 ? [`${stats.overdueNow.unreadableCases} ärenden har datum som inte kunde läsas och räknas inte bland tidsgränserna.`] : []),
      `Källor: ${[...REGISTER_CITATIONS, ...PROCESS_RULES.gp_ready_sbms.citations, MOVED_ON_CITATION].map(formatCitation).join('; ')}.`,
    ],
    actions,
  };
}

export function renderStatisticsCard(data: StatisticsCardData): AdaptiveCardJson {
  return template.render({
    ...data,
    actions: data.actions.map((a) => ({ ...a, data: { ...a.data, verb: a.verb } })),
  });
}
