import { cite } from '../sources';
import type { Citation } from '../sources';

export type ResponsibleRole = 'staff' | 'caseworker' | 'unit_manager';

/** Rules with a due date. */
export const DEADLINE_RULE_IDS = [
  'first_contact_boendestod',
  'implementation_boendestod',
  'ivo_report_boendestod',
  'gp_ready_sbms',
  'gp_ready_boendestod',
  'underlag_before_follow_up_sbms',
  'daganteckningar_summary_boendestod',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

/** Rules that give an earliest date rather than a deadline. */
export const EARLIEST_DATE_RULE_IDS = ['level_change_earliest_sbms'] as const;
export type EarliestDateRuleId = (typeof EARLIEST_DATE_RULE_IDS)[number];

/** Steps the sources name without a time limit: shown as pending/done, never as overdue. */
export const MILESTONE_RULE_IDS = ['uppstartsmote_sbms', 'uppstartsmote_boendestod', 'follow_up_booked_sbms'] as const;
export type MilestoneRuleId = (typeof MILESTONE_RULE_IDS)[number];

export type ProcessRuleId = DeadlineRuleId | EarliestDateRuleId | MilestoneRuleId;

// ── Time limits taken from the sources ───────────────────────────────────────────────────────────

/** 001 › Genomförandeplan: "inom ca 14 dagar". Read as 14 calendar days after moving in. */
export const GP_SBMS_CALENDAR_DAYS = 14;
/** 002 › Genomförandeplan: ready four weeks after the verkställighetsdatum. */
export const GP_BOENDESTOD_CALENDAR_DAYS = 28;
/** 002 › Att verkställa beslutat bistånd: contact within three vardagar of the uppdrag arriving. */
export const FIRST_CONTACT_WORKING_DAYS = 3;
/** 002 › Att verkställa beslutat bistånd: verkställt within one month of the uppdrag arriving. */
export const IMPLEMENTATION_MONTHS = 1;
/** 002 › Att tänka på när uppdrag har skickats: not implemented within three months → IVO. */
export const IVO_REPORT_MONTHS = 3;
/** 002 › Sammanställningar av daganteckningar: every three months, at most 89 days. */
export const DAGANTECKNINGAR_MAX_DAYS = 89;

// ── Product choices (not seed rules) ─────────────────────────────────────────────────────────────

/**
 * Product choice: the underlag för uppföljning is due this many working days before the booked
 * uppföljningsmöte, so the caseworker has time to read it. 001 only says the underlag is written
 * and the caseworker notified before the follow-up; it names no lead time.
 */
export const UNDERLAG_LEAD_WORKING_DAYS = 3;

/**
 * Product choice: how many calendar days before the due date a deadline turns `due_soon` (and the
 * reminder scheduler starts nudging). For the genomförandeplan in socialt boende med stöd the
 * source's "ca 14 dagar" is kept as the due date, and the reminder comes at day 10.
 */
export const DUE_SOON_WINDOW_DAYS: Readonly<Record<DeadlineRuleId, number>> = Object.freeze({
  first_contact_boendestod: 1,
  implementation_boendestod: 7,
  ivo_report_boendestod: 14,
  gp_ready_sbms: 4,
  gp_ready_boendestod: 7,
  underlag_before_follow_up_sbms: 3,
  daganteckningar_summary_boendestod: 14,
});

export function dueSoonWindowDays(ruleId: DeadlineRuleId): number {
  return DUE_SOON_WINDOW_DAYS[ruleId];
}

// ── Presentation and provenance ──────────────────────────────────────────────────────────────────

export interface RuleInfo {
  readonly title: string;
  readonly responsible: ResponsibleRole;
  readonly citations: readonly Citation[];
}


function freezeRules<T extends Record<string, RuleInfo>>(rules: T): Readonly<T> {
  for (const rule of Object.values(rules)) {
    Object.freeze(rule.citations);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}

/** Shared by every computed item, hence frozen all the way down. */
export const PROCESS_RULES: Readonly<Record<ProcessRuleId, RuleInfo>> = freezeRules({
  first_contact_boendestod: {
    title: 'Första kontakt med den enskilde efter inkommet uppdrag',
    responsible: 'staff',
    citations: [cite('002', 'Att verkställa beslutat bistånd')],
  },
  implementation_boendestod: {
    title: 'Insatsen verkställd',
    responsible: 'staff',
    citations: [cite('002', 'Att verkställa beslutat bistånd')],
  },
  ivo_report_boendestod: {
    title: 'Rapportera ej verkställt beslut till IVO',
    responsible: 'caseworker',
    citations: [cite('002', 'Att tänka på när uppdrag har skickats')],
  },
  gp_ready_sbms: {
    title: 'Första genomförandeplanen upprättad och handläggaren meddelad',
    responsible: 'staff',
    citations: [cite('001', 'Genomförandeplan')],
  },
  gp_ready_boendestod: {
    title: 'Genomförandeplanen klar och socialsekreteraren meddelad',
    responsible: 'staff',
    citations: [cite('002', 'Genomförandeplan')],
  },
  underlag_before_follow_up_sbms: {
    title: 'Underlag för uppföljning klart inför uppföljningsmötet',
    responsible: 'staff',
    citations: [cite('001', 'Checklista underlag för uppföljning'), cite('001', 'Uppstartsmöte – ramar och förslag på innehåll')],
  },
  daganteckningar_summary_boendestod: {
    title: 'Sammanställning av daganteckningar överförd till journalen',
    responsible: 'staff',
    citations: [cite('002', 'Sammanställningar av daganteckningar')],
  },
  level_change_earliest_sbms: {
    title: 'Stödnivån kan ändras utan särskilda skäl',
    responsible: 'caseworker',
    citations: [cite('000', 'Hantering av stödnivåer – process'), cite('003', 'Hantering av stödnivåer – process')],
  },
  uppstartsmote_sbms: {
    title: 'Uppstartsmöte efter inflyttning',
    responsible: 'staff',
    citations: [cite('001', 'Uppstartsmöte – ramar och förslag på innehåll')],
  },
  uppstartsmote_boendestod: {
    title: 'Uppstartsmöte med den enskilde',
    responsible: 'staff',
    citations: [cite('002', 'Uppstartsmöte')],
  },
  follow_up_booked_sbms: {
    title: 'Tid för nästa uppföljningsmöte bokad',
    responsible: 'caseworker',
    citations: [cite('001', 'Uppstartsmöte – ramar och förslag på innehåll'), cite('001', 'Checklista för uppföljningsmöte')],
  },
});
