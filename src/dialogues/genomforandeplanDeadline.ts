import type { IsoDate } from '../domain/case';
import { caseFactsOf, type ClientCase } from '../domain/cases';
import { compareIsoDates, daysBetween, isIsoDate } from '../domain/calendar';
import { GENOMFORANDEPLAN_BOENDESTOD, GENOMFORANDEPLAN_SOCIALT_BOENDE } from '../domain/checklists/genomforandeplan';
import { computeDeadlines, GP_SBMS_CALENDAR_DAYS, type CaseFacts, type Deadline, type DeadlineRuleId } from '../domain/deadlines';
import { formatCitation } from '../domain/sources';
import type { DialogueContext } from './types';

/**
 * Where the genomförandeplan stands against its deadline, in the words the dialogue shows before
 * the plan is reported and in the confirmation after it.
 */

const GP_RULE: Readonly<Record<ClientCase['service'], DeadlineRuleId>> = {
  socialt_boende_med_stod: 'gp_ready_sbms',
  boendestod: 'gp_ready_boendestod',
};

const LIMIT_SV: Readonly<Record<ClientCase['service'], string>> = {
  socialt_boende_med_stod: `ca ${GP_SBMS_CALENDAR_DAYS} dagar`,
  boendestod: 'fyra veckor',
};

const ANCHOR_SV: Readonly<Record<ClientCase['service'], string>> = {
  socialt_boende_med_stod: 'inflyttningen',
  boendestod: 'verkställighetsdatum',
};

function days(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagar`;
}

function gpDeadline(c: ClientCase, facts: CaseFacts, today: IsoDate): Deadline | undefined {
  const ruleId = GP_RULE[c.service];
  return computeDeadlines(facts, today).find((d): d is Deadline => d.kind === 'deadline' && d.ruleId === ruleId);
}

function anchorOf(c: ClientCase, implementationDate: string | undefined): IsoDate | undefined {
  const anchor = c.service === 'boendestod' ? implementationDate : c.movedInDate ?? undefined;
  return anchor && isIsoDate(anchor) ? anchor : undefined;
}

/**
 * Where a plan dated `date` stands against the deadline (001 › Genomförandeplan: ca 14 days after
 * moving in; 002 › Genomförandeplan: four weeks after the verkställighetsdatum), e.g.
 * "Upprättad 12 dagar efter inflyttningen – inom tidsgränsen (ca 14 dagar, 001 › Genomförandeplan)."
 */
export function genomforandeplanDeadlineText(c: ClientCase, date: string, implementationDate: string | undefined, today: IsoDate): string | null {
  const anchor = anchorOf(c, implementationDate);
  if (!anchor || !isIsoDate(date)) return null;
  const facts: CaseFacts = { ...caseFactsOf(c), ...(c.service === 'boendestod' ? { implementationDate: anchor } : {}), genomforandeplanReadyDate: date };
  const deadline = gpDeadline(c, facts, today);
  if (!deadline) return null;
  const n = daysBetween(anchor, date);
  const when = n === 0 ? `samma dag som ${ANCHOR_SV[c.service]}` : `${days(Math.abs(n))} ${n > 0 ? 'efter' : 'före'} ${ANCHOR_SV[c.service]}`;
  const late = compareIsoDates(date, deadline.dueDate);
  const verdict = late <= 0 ? 'inom tidsgränsen' : `${days(late)} efter tidsgränsen ${deadline.dueDate}`;
  const source = deadline.citations[0] ? `, ${formatCitation(deadline.citations[0])}` : '';
  return `Upprättad ${when} – ${verdict} (${LIMIT_SV[c.service]}${source}).`;
}

const OPEN_STATUS_SV = {
  upcoming: (d: Deadline) => `${days(d.daysLeft)} kvar`,
  due_soon: (d: Deadline) => `${days(d.daysLeft)} kvar`,
  due_today: () => 'sista dagen är i dag',
  overdue: (d: Deadline) => `passerades för ${days(-d.daysLeft)} sedan`,
} as const;

/** The deadline as it stands today, before the plan is reported. */
export function openDeadlineText(ctx: DialogueContext): string {
  const c = ctx.case;
  if (!c) return '';
  const anchor = anchorOf(c, c.implementationDate ?? undefined);
  const citation = formatCitation((c.service === 'boendestod' ? GENOMFORANDEPLAN_BOENDESTOD : GENOMFORANDEPLAN_SOCIALT_BOENDE).citation);
  if (!anchor) return `Planen ska vara klar fyra veckor efter verkställighetsdatum (${citation}).`;
  const deadline = gpDeadline(c, { ...caseFactsOf(c), ...(c.service === 'boendestod' ? { implementationDate: anchor } : {}) }, ctx.today);
  if (!deadline) return '';
  if (deadline.status === 'done') {
    return `Socialsekreteraren har redan fått veta att en genomförandeplan upprättades ${deadline.completedOn}. Skicka igen om planen har gjorts om.`;
  }
  return `Tidsgräns: senast ${deadline.dueDate} (${LIMIT_SV[c.service]} efter ${ANCHOR_SV[c.service]} ${anchor}, ${citation}) – ${OPEN_STATUS_SV[deadline.status](deadline)}.`;
}
