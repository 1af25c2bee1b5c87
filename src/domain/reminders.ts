import type { IsoDate } from './case';
import { caseFactsOf, type ClientCase } from './cases';
import { computeDeadlines, isOpenDeadline, type Deadline } from './deadlines';
import type { ResponsibleRole } from './deadlines';
import { formatCitation } from './sources';

/** One reminder for one open deadline of one case, for the role the process makes responsible. */
export interface Reminder {
  readonly caseId: string;
  readonly caseReference: string;
  readonly ruleId: Deadline['ruleId'];
  readonly dueDate: IsoDate;
  readonly status: 'due_soon' | 'due_today' | 'overdue';
  readonly responsible: ResponsibleRole;
  readonly textSv: string;
  /** At most one reminder per deadline per day, across restarts and instances. */
  readonly idempotencyKey: string;
}

const REMIND: ReadonlySet<Deadline['status']> = new Set(['due_soon', 'due_today', 'overdue']);

export function remindersFor(c: ClientCase, today: IsoDate): Reminder[] {
  return computeDeadlines(caseFactsOf(c), today)
    .filter(isOpenDeadline)
    .filter((d): d is Deadline & { status: Reminder['status'] } => REMIND.has(d.status))
    .map((d) => ({
      caseId: c.id,
      caseReference: c.caseReference,
      ruleId: d.ruleId,
      dueDate: d.dueDate,
      status: d.status,
      responsible: d.responsible,
      textSv: reminderText(c.caseReference, d),
      idempotencyKey: `reminder:${c.id}:${d.ruleId}:${d.dueDate}:${today}`,
    }));
}

function reminderText(caseReference: string, d: Deadline): string {
  const when =
    d.status === 'overdue'
      ? `skulle ha varit klart ${d.dueDate} (${-d.daysLeft} ${-d.daysLeft === 1 ? 'dag' : 'dagar'} sedan)`
      : d.status === 'due_today'
        ? `ska vara klart i dag, ${d.dueDate}`
        : `ska vara klart senast ${d.dueDate} (om ${d.daysLeft} ${d.daysLeft === 1 ? 'dag' : 'dagar'})`;
  const source = d.citations[0] ? ` Källa: ${formatCitation(d.citations[0])}.` : '';
  return `Påminnelse för ärende ${caseReference}: ${d.title} – ${when}.${source}`;
}
