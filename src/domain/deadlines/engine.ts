import type { IsoDate } from '../case';
// Direct module imports (not the ../calendar barrel): this code runs once per case in reminder passes.
import { addCalendarDays, addMonths, compareIsoDates, daysBetween, parseIsoDate } from '../calendar/isoDate';
import { stockholmDateOfDateTime } from '../calendar/stockholm';
import { addWorkingDays } from '../calendar/workingDays';
import type { Citation } from '../sources';
import { InvalidCaseFactError } from './facts';
import type { CaseFacts } from './facts';
import { earliestOrdinaryLevelChange } from './levelMinimumPeriod';
import {
  DAGANTECKNINGAR_MAX_DAYS,
  DUE_SOON_WINDOW_DAYS,
  FIRST_CONTACT_WORKING_DAYS,
  GP_BOENDESTOD_CALENDAR_DAYS,
  GP_SBMS_CALENDAR_DAYS,
  IMPLEMENTATION_MONTHS,
  IVO_REPORT_MONTHS,
  PROCESS_RULES,
  UNDERLAG_LEAD_WORKING_DAYS,
} from './rules';
import type { DeadlineRuleId, EarliestDateRuleId, MilestoneRuleId, ProcessRuleId, ResponsibleRole } from './rules';

export type DeadlineStatus = 'upcoming' | 'due_soon' | 'due_today' | 'overdue' | 'done';

interface ProcessDateBase<R extends ProcessRuleId> {
  readonly ruleId: R;
  readonly title: string;
  readonly responsible: ResponsibleRole;
  readonly citations: readonly Citation[];
  /** Swedish one-liner: what the date is counted from. */
  readonly basis: string;
}

export interface Deadline extends ProcessDateBase<DeadlineRuleId> {
  readonly kind: 'deadline';
  readonly dueDate: IsoDate;
  readonly status: DeadlineStatus;
  /** Calendar days from today to the due date; negative once passed (also given when done). */
  readonly daysLeft: number;
  readonly dueSoonWindowDays: number;
  /** Set when status is 'done'. */
  readonly completedOn: IsoDate | undefined;
}

/** Not a deadline: the first day something becomes ordinary (e.g. changing the level). */
export interface EarliestDate extends ProcessDateBase<EarliestDateRuleId> {
  readonly kind: 'earliest_date';
  readonly earliestDate: IsoDate;
  readonly reached: boolean;
  /** Calendar days until the earliest date; 0 or negative once reached. */
  readonly daysLeft: number;
}

/** A step the sources require without a time limit; never overdue. */
export interface Milestone extends ProcessDateBase<MilestoneRuleId> {
  readonly kind: 'milestone';
  readonly status: 'pending' | 'done';
  /** The date it was done, when the facts record one. */
  readonly completedOn: IsoDate | undefined;
}

export type ProcessDate = Deadline | EarliestDate | Milestone;

export function deadlineStatus(dueDate: IsoDate, today: IsoDate, windowDays: number, done: boolean): DeadlineStatus {
  return statusFromDaysLeft(daysBetween(today, dueDate), windowDays, done);
}

function statusFromDaysLeft(left: number, windowDays: number, done: boolean): DeadlineStatus {
  if (done) return 'done';
  if (left < 0) return 'overdue';
  if (left === 0) return 'due_today';
  return left <= windowDays ? 'due_soon' : 'upcoming';
}

/** Reads an optional date fact strictly, naming the field when it is malformed. */
function dateFact(value: string | undefined, field: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  try {
    return parseIsoDate(value);
  } catch (error) {
    throw new InvalidCaseFactError(field, error);
  }
}

function meetingDate(bookedAt: string): IsoDate {
  try {
    return stockholmDateOfDateTime(bookedAt);
  } catch (error) {
    throw new InvalidCaseFactError('followUp.bookedAt', error);
  }
}

function deadline(
  ruleId: DeadlineRuleId,
  dueDate: IsoDate,
  basis: string,
  completedOn: IsoDate | undefined,
  today: IsoDate,
): Deadline {
  const rule = PROCESS_RULES[ruleId];
  const window = DUE_SOON_WINDOW_DAYS[ruleId];
  const daysLeft = daysBetween(today, dueDate);
  // Plain literals of one fixed shape (not spread, not frozen): built 100,000s of times per reminder pass.
  return {
    kind: 'deadline',
    ruleId,
    title: rule.title,
    responsible: rule.responsible,
    citations: rule.citations,
    basis,
    dueDate,
    status: statusFromDaysLeft(daysLeft, window, completedOn !== undefined),
    daysLeft,
    dueSoonWindowDays: window,
    completedOn,
  };
}

function milestone(ruleId: MilestoneRuleId, basis: string, done: boolean, completedOn?: IsoDate): Milestone {
  const rule = PROCESS_RULES[ruleId];
  return {
    kind: 'milestone',
    ruleId,
    title: rule.title,
    responsible: rule.responsible,
    citations: rule.citations,
    basis,
    status: done ? 'done' : 'pending',
    completedOn,
  };
}

function socialtBoendeMedStod(facts: CaseFacts, today: IsoDate): ProcessDate[] {
  const out: ProcessDate[] = [];
  const movedIn = dateFact(facts.movedInDate, 'movedInDate');
  const uppstartsmote = dateFact(facts.uppstartsmoteHeldDate, 'uppstartsmoteHeldDate');
  const gpReady = dateFact(facts.genomforandeplanReadyDate, 'genomforandeplanReadyDate');
  const levelStart = dateFact(facts.currentLevelStartDate, 'currentLevelStartDate');

  if (movedIn !== undefined) {
    out.push(
      milestone(
        'uppstartsmote_sbms',
        `Hålls i samband med inflyttningen (${movedIn}); källan anger ingen tidsgräns.`,
        uppstartsmote !== undefined,
        uppstartsmote,
      ),
    );
    out.push(
      deadline(
        'gp_ready_sbms',
        addCalendarDays(movedIn, GP_SBMS_CALENDAR_DAYS),
        `Cirka ${GP_SBMS_CALENDAR_DAYS} dagar efter inflyttning (${movedIn}).`,
        gpReady,
        today,
      ),
    );
  }

  const meeting = facts.followUp === undefined ? undefined : meetingDate(facts.followUp.bookedAt);
  if (uppstartsmote !== undefined || meeting !== undefined) {
    out.push(
      milestone(
        'follow_up_booked_sbms',
        meeting === undefined
          ? 'Tid för första uppföljningsmöte bokas vid uppstartsmötet, och tid för nästa vid varje uppföljningsmöte.'
          : `Uppföljningsmöte bokat ${meeting}.`,
        meeting !== undefined,
      ),
    );
  }

  if (facts.followUp !== undefined && meeting !== undefined) {
    out.push(
      deadline(
        'underlag_before_follow_up_sbms',
        addWorkingDays(meeting, -UNDERLAG_LEAD_WORKING_DAYS),
        `${UNDERLAG_LEAD_WORKING_DAYS} arbetsdagar före uppföljningsmötet ${meeting} (Stödlotsens förval, inte en regel i källan).`,
        dateFact(facts.followUp.underlagSentDate, 'followUp.underlagSentDate'),
        today,
      ),
    );
  }

  if (levelStart !== undefined) {
    const earliestDate = earliestOrdinaryLevelChange(levelStart);
    const rule = PROCESS_RULES.level_change_earliest_sbms;
    const daysLeft = daysBetween(today, earliestDate);
    out.push({
      kind: 'earliest_date',
      ruleId: 'level_change_earliest_sbms',
      title: rule.title,
      responsible: rule.responsible,
      citations: rule.citations,
      basis: `Stödnivån gäller som huvudregel minst en månad från ${levelStart}; tidigare ändring kräver särskilda skäl.`,
      earliestDate,
      reached: daysLeft <= 0,
      daysLeft,
    } satisfies EarliestDate);
  }
  return out;
}

function boendestod(facts: CaseFacts, today: IsoDate): ProcessDate[] {
  const out: ProcessDate[] = [];
  const received = dateFact(facts.assignmentReceivedDate, 'assignmentReceivedDate');
  const decision = dateFact(facts.decisionDate, 'decisionDate');
  const implemented = dateFact(facts.implementationDate, 'implementationDate');
  const uppstartsmote = dateFact(facts.uppstartsmoteHeldDate, 'uppstartsmoteHeldDate');

  if (received !== undefined) {
    out.push(
      deadline(
        'first_contact_boendestod',
        addWorkingDays(received, FIRST_CONTACT_WORKING_DAYS),
        `${FIRST_CONTACT_WORKING_DAYS} arbetsdagar efter att uppdraget kom in (${received}), om socialsekreteraren inte angett annat.`,
        dateFact(facts.firstContactDate, 'firstContactDate'),
        today,
      ),
    );
    out.push(
      milestone(
        'uppstartsmote_boendestod',
        'Planeras med den enskilde efter första kontakten; källan anger ingen egen tidsgräns.',
        uppstartsmote !== undefined,
        uppstartsmote,
      ),
    );
    out.push(
      deadline(
        'implementation_boendestod',
        addMonths(received, IMPLEMENTATION_MONTHS),
        `Senast en månad efter att uppdraget kom in (${received}).`,
        implemented,
        today,
      ),
    );
  }

  const ivoAnchor = decision ?? received;
  if (ivoAnchor !== undefined) {
    const dueDate = addMonths(ivoAnchor, IVO_REPORT_MONTHS);
    const implementedInTime = implemented !== undefined && compareIsoDates(implemented, dueDate) <= 0 ? implemented : undefined;
    out.push(
      deadline(
        'ivo_report_boendestod',
        dueDate,
        decision !== undefined
          ? `Tre månader efter beslutet (${decision}) om insatsen inte har verkställts.`
          : `Tre månader efter att uppdraget kom in (${ivoAnchor}) om insatsen inte har verkställts; beslutsdatum saknas.`,
        dateFact(facts.ivoReportedDate, 'ivoReportedDate') ?? implementedInTime,
        today,
      ),
    );
  }

  if (implemented !== undefined) {
    out.push(
      deadline(
        'gp_ready_boendestod',
        addCalendarDays(implemented, GP_BOENDESTOD_CALENDAR_DAYS),
        `Fyra veckor efter verkställighetsdatum (${implemented}).`,
        dateFact(facts.genomforandeplanReadyDate, 'genomforandeplanReadyDate'),
        today,
      ),
    );
  }

  const lastSummary = dateFact(facts.lastDaganteckningSummaryDate, 'lastDaganteckningSummaryDate');
  const summaryAnchor = lastSummary ?? implemented;
  if (summaryAnchor !== undefined) {
    // Rolling: never "done"; each recorded summary moves the next due date 89 days on.
    out.push(
      deadline(
        'daganteckningar_summary_boendestod',
        addCalendarDays(summaryAnchor, DAGANTECKNINGAR_MAX_DAYS),
        lastSummary !== undefined
          ? `Högst ${DAGANTECKNINGAR_MAX_DAYS} dagar efter förra sammanställningen (${lastSummary}).`
          : `Högst ${DAGANTECKNINGAR_MAX_DAYS} dagar efter verkställighetsdatum (${summaryAnchor}); ingen sammanställning ännu.`,
        undefined,
        today,
      ),
    );
  }
  return out;
}

/**
 * Every process date that applies to the case on `today`, in process order. Pure: the same facts and
 * `today` always give the same answer. Throws InvalidCaseFactError on a malformed date.
 *
 * Which rules apply: socialt boende med stöd follows 001 (uppstartsmöte, genomförandeplan, underlag
 * för uppföljning) and 000/003 (level minimum period); boendestöd follows 002 (first contact,
 * verkställighet, IVO, genomförandeplan, daganteckningar). Boendestöd is decided in hours, not
 * stödnivåer, so it has no level rule.
 */
export function computeDeadlines(facts: CaseFacts, today: IsoDate): readonly ProcessDate[] {
  const day = dateFact(today, 'today');
  if (day === undefined) throw new InvalidCaseFactError('today', 'missing');
  return facts.service === 'boendestod' ? boendestod(facts, day) : socialtBoendeMedStod(facts, day);
}

export function isOpenDeadline(item: ProcessDate): item is Deadline {
  return item.kind === 'deadline' && item.status !== 'done';
}

/** The open deadline that falls first (ties: process order). Undefined when nothing is open. */
export function nextDue(items: readonly ProcessDate[]): Deadline | undefined {
  let next: Deadline | undefined;
  for (const item of items) {
    if (!isOpenDeadline(item)) continue;
    if (next === undefined || compareIsoDates(item.dueDate, next.dueDate) < 0) next = item;
  }
  return next;
}
