import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/case';
import {
  DEADLINE_RULE_IDS,
  DUE_SOON_WINDOW_DAYS,
  InvalidCaseFactError,
  PROCESS_RULES,
  caseFactsSchema,
  computeDeadlines,
  nextDue,
} from '../../../src/domain/deadlines';
import type { CaseFacts, Deadline, EarliestDate, Milestone, ProcessDate, ProcessRuleId } from '../../../src/domain/deadlines';
import { formatCitation } from '../../../src/domain/sources';
import { findSection, sourceDocuments } from '../../../src/knowledge';

// Fixtures are fictitious cases (think BST-2026-0042); only dates matter here.

function find(items: readonly ProcessDate[], ruleId: ProcessRuleId): ProcessDate | undefined {
  return items.find((item) => item.ruleId === ruleId);
}

function deadlineOf(facts: CaseFacts, today: IsoDate, ruleId: ProcessRuleId): Deadline {
  const item = find(computeDeadlines(facts, today), ruleId);
  if (item?.kind !== 'deadline') throw new Error(`no deadline ${ruleId}`);
  return item;
}

const SBMS = 'socialt_boende_med_stod' as const;
const BST = 'boendestod' as const;

describe('due dates (BRIEF §8)', () => {
  it.each<[string, CaseFacts, ProcessRuleId, IsoDate]>([
    ['001 › Genomförandeplan: ca 14 dagar after moving in', { service: SBMS, movedInDate: '2026-02-20' }, 'gp_ready_sbms', '2026-03-06'],
    ['001 › Genomförandeplan: over the year end', { service: SBMS, movedInDate: '2026-12-25' }, 'gp_ready_sbms', '2027-01-08'],
    ['002 › Genomförandeplan: four weeks after verkställighet', { service: BST, implementationDate: '2026-03-02' }, 'gp_ready_boendestod', '2026-03-30'],
    ['002 › Att verkställa beslutat bistånd: 3 working days over jul', { service: BST, assignmentReceivedDate: '2026-12-23' }, 'first_contact_boendestod', '2026-12-30'],
    ['002 › Att verkställa beslutat bistånd: 3 working days over påsk', { service: BST, assignmentReceivedDate: '2026-04-01' }, 'first_contact_boendestod', '2026-04-08'],
    ['002 › Att verkställa beslutat bistånd: 3 working days over midsommar', { service: BST, assignmentReceivedDate: '2026-06-17' }, 'first_contact_boendestod', '2026-06-23'],
    ['002 › Att verkställa beslutat bistånd: one month', { service: BST, assignmentReceivedDate: '2026-12-23' }, 'implementation_boendestod', '2027-01-23'],
    ['002 › Att verkställa beslutat bistånd: one month, clamped', { service: BST, assignmentReceivedDate: '2026-01-31' }, 'implementation_boendestod', '2026-02-28'],
    ['002 › Att tänka på när uppdrag har skickats: 3 months from the uppdrag', { service: BST, assignmentReceivedDate: '2026-12-23' }, 'ivo_report_boendestod', '2027-03-23'],
    ['002 › IVO: 3 months from the decision when known', { service: BST, decisionDate: '2026-12-18', assignmentReceivedDate: '2026-12-23' }, 'ivo_report_boendestod', '2027-03-18'],
    ['002 › IVO: 3 months, clamped', { service: BST, assignmentReceivedDate: '2026-11-30' }, 'ivo_report_boendestod', '2027-02-28'],
    ['002 › Sammanställningar av daganteckningar: 89 days after verkställighet', { service: BST, implementationDate: '2026-01-15' }, 'daganteckningar_summary_boendestod', '2026-04-14'],
    ['product: underlag 3 working days before the meeting (over påsk)', { service: SBMS, followUp: { bookedAt: '2026-04-09T10:00' } }, 'underlag_before_follow_up_sbms', '2026-04-02'],
    ['product: underlag, meeting given as UTC instant', { service: SBMS, followUp: { bookedAt: '2026-04-08T22:30:00Z' } }, 'underlag_before_follow_up_sbms', '2026-04-02'],
  ])('%s', (_rule, facts, ruleId, due) => {
    expect(deadlineOf(facts, '2026-01-01', ruleId).dueDate).toBe(due);
  });

  it('002 › Sammanställningar av daganteckningar: the 89-day cadence rolls on after every summary', () => {
    const rolls: [IsoDate | undefined, IsoDate][] = [
      [undefined, '2026-04-14'],
      ['2026-04-10', '2026-07-08'],
      ['2026-07-08', '2026-10-05'],
      ['2026-10-05', '2027-01-02'],
    ];
    for (const [lastSummary, due] of rolls) {
      const facts: CaseFacts = {
        service: BST,
        implementationDate: '2026-01-15',
        ...(lastSummary ? { lastDaganteckningSummaryDate: lastSummary } : {}),
      };
      const item = deadlineOf(facts, lastSummary ?? '2026-01-15', 'daganteckningar_summary_boendestod');
      expect(item.dueDate).toBe(due);
      expect(item.status).toBe('upcoming');
      expect(item.daysLeft).toBe(89);
    }
  });
});

describe('status around the due date', () => {
  // gp_ready_sbms: due 2026-03-06, due-soon window 4 days
  const facts: CaseFacts = { service: SBMS, movedInDate: '2026-02-20' };
  it.each<[IsoDate, Deadline['status'], number]>([
    ['2026-03-01', 'upcoming', 5],
    ['2026-03-02', 'due_soon', 4],
    ['2026-03-05', 'due_soon', 1],
    ['2026-03-06', 'due_today', 0],
    ['2026-03-07', 'overdue', -1],
    ['2026-04-06', 'overdue', -31],
  ])('today %s → %s (%i days left)', (today, status, daysLeft) => {
    const item = deadlineOf(facts, today, 'gp_ready_sbms');
    expect(item.status).toBe(status);
    expect(item.daysLeft).toBe(daysLeft);
  });

  it.each<[IsoDate, IsoDate]>([
    ['2026-03-04', '2026-03-05'], // ready in time
    ['2026-03-09', '2026-03-10'], // ready late: still done
  ])('done once the genomförandeplan is recorded (%s), whatever today is', (ready, today) => {
    const item = deadlineOf({ ...facts, genomforandeplanReadyDate: ready }, today, 'gp_ready_sbms');
    expect(item.status).toBe('done');
    expect(item.completedOn).toBe(ready);
  });

  it('first contact (window 1 day) is due soon only on the day before', () => {
    const received: CaseFacts = { service: BST, assignmentReceivedDate: '2026-12-23' }; // due 2026-12-30
    expect(deadlineOf(received, '2026-12-28', 'first_contact_boendestod').status).toBe('upcoming');
    expect(deadlineOf(received, '2026-12-29', 'first_contact_boendestod').status).toBe('due_soon');
    expect(deadlineOf(received, '2026-12-30', 'first_contact_boendestod').status).toBe('due_today');
    expect(deadlineOf(received, '2026-12-31', 'first_contact_boendestod').status).toBe('overdue');
    expect(deadlineOf({ ...received, firstContactDate: '2026-12-28' }, '2026-12-31', 'first_contact_boendestod').status).toBe('done');
  });
});

describe('IVO report (002 › Att tänka på när uppdrag har skickats)', () => {
  const base: CaseFacts = { service: BST, assignmentReceivedDate: '2026-12-23' }; // due 2027-03-23
  it.each<[string, Partial<CaseFacts>, IsoDate, Deadline['status'], IsoDate | undefined]>([
    ['not implemented, a day before', {}, '2027-03-22', 'due_soon', undefined],
    ['not implemented, on the day', {}, '2027-03-23', 'due_today', undefined],
    ['not implemented, after', {}, '2027-03-24', 'overdue', undefined],
    ['implemented in time: nothing to report', { implementationDate: '2027-01-10' }, '2027-03-24', 'done', '2027-01-10'],
    ['implemented on the last day', { implementationDate: '2027-03-23' }, '2027-03-24', 'done', '2027-03-23'],
    ['implemented too late: still to report', { implementationDate: '2027-04-01' }, '2027-04-02', 'overdue', undefined],
    ['reported', { ivoReportedDate: '2027-03-24' }, '2027-04-02', 'done', '2027-03-24'],
  ])('%s', (_label, extra, today, status, completedOn) => {
    const item = deadlineOf({ ...base, ...extra }, today, 'ivo_report_boendestod');
    expect(item.status).toBe(status);
    expect(item.completedOn).toBe(completedOn);
    expect(item.responsible).toBe('caseworker');
  });
});

describe('level minimum period (000, 003 › Hantering av stödnivåer – process)', () => {
  it.each<[IsoDate, IsoDate, IsoDate, boolean, number]>([
    ['2026-01-31', '2026-02-27', '2026-02-28', false, 1],
    ['2026-01-31', '2026-02-28', '2026-02-28', true, 0],
    ['2026-03-01', '2026-03-31', '2026-04-01', false, 1],
    ['2026-03-01', '2026-04-01', '2026-04-01', true, 0],
  ])('level from %s, today %s → earliest %s, reached %s', (start, today, earliest, reached, daysLeft) => {
    const item = find(computeDeadlines({ service: SBMS, currentLevelStartDate: start }, today), 'level_change_earliest_sbms') as EarliestDate;
    expect(item.kind).toBe('earliest_date');
    expect(item.earliestDate).toBe(earliest);
    expect(item.reached).toBe(reached);
    expect(item.daysLeft).toBe(daysLeft);
  });

  it('is never offered as the next deadline', () => {
    expect(nextDue(computeDeadlines({ service: SBMS, currentLevelStartDate: '2026-03-01' }, '2026-03-02'))).toBeUndefined();
  });
});

describe('milestones without a time limit (001 › Uppstartsmöte – ramar och förslag på innehåll)', () => {
  it('uppstartsmöte is "pending" with no due date until held, and never overdue', () => {
    const pending = find(computeDeadlines({ service: SBMS, movedInDate: '2026-02-20' }, '2026-12-01'), 'uppstartsmote_sbms') as Milestone;
    expect(pending).toMatchObject({ kind: 'milestone', status: 'pending' });
    expect(pending).not.toHaveProperty('dueDate');
    const held = find(
      computeDeadlines({ service: SBMS, movedInDate: '2026-02-20', uppstartsmoteHeldDate: '2026-02-24' }, '2026-03-01'),
      'uppstartsmote_sbms',
    ) as Milestone;
    expect(held).toMatchObject({ status: 'done', completedOn: '2026-02-24' });
  });

  it('after the uppstartsmöte a follow-up meeting is expected to be booked', () => {
    const facts: CaseFacts = { service: SBMS, movedInDate: '2026-02-20', uppstartsmoteHeldDate: '2026-02-24' };
    expect(find(computeDeadlines(facts, '2026-03-01'), 'follow_up_booked_sbms')).toMatchObject({ status: 'pending' });
    const booked = computeDeadlines({ ...facts, followUp: { bookedAt: '2026-05-12T13:00' } }, '2026-03-01');
    expect(find(booked, 'follow_up_booked_sbms')).toMatchObject({ status: 'done' });
    expect(find(booked, 'underlag_before_follow_up_sbms')).toMatchObject({ dueDate: '2026-05-07', status: 'upcoming' });
  });

  it('the underlag is done once sent for the booked meeting', () => {
    const facts: CaseFacts = { service: SBMS, followUp: { bookedAt: '2026-05-12T13:00', underlagSentDate: '2026-05-06' } };
    expect(deadlineOf(facts, '2026-05-11', 'underlag_before_follow_up_sbms')).toMatchObject({ status: 'done', completedOn: '2026-05-06' });
  });
});

describe('which rules apply', () => {
  it('socialt boende med stöd gets no boendestöd rules and vice versa', () => {
    const sbms = computeDeadlines({ service: SBMS, movedInDate: '2026-02-20', assignmentReceivedDate: '2026-02-01', implementationDate: '2026-02-20' }, '2026-02-21');
    expect(sbms.map((i) => i.ruleId)).toEqual(['uppstartsmote_sbms', 'gp_ready_sbms']);
    const bst = computeDeadlines({ service: BST, movedInDate: '2026-02-20', currentLevelStartDate: '2026-02-20', assignmentReceivedDate: '2026-02-02' }, '2026-02-03');
    expect(bst.map((i) => i.ruleId)).toEqual(['first_contact_boendestod', 'uppstartsmote_boendestod', 'implementation_boendestod', 'ivo_report_boendestod']);
  });

  it('a case with no recorded events has nothing to track', () => {
    expect(computeDeadlines({ service: SBMS }, '2026-02-03')).toEqual([]);
    expect(computeDeadlines({ service: BST }, '2026-02-03')).toEqual([]);
  });
});

describe('nextDue', () => {
  const received: CaseFacts = { service: BST, assignmentReceivedDate: '2026-12-23' };
  it.each<[string, CaseFacts, IsoDate, ProcessRuleId | undefined]>([
    ['first contact comes first', received, '2026-12-28', 'first_contact_boendestod'],
    ['overdue items still count', received, '2027-01-05', 'first_contact_boendestod'],
    ['then implementation', { ...received, firstContactDate: '2026-12-28' }, '2026-12-28', 'implementation_boendestod'],
    [
      'then the genomförandeplan before the daganteckningar',
      { ...received, firstContactDate: '2026-12-28', implementationDate: '2027-01-11' },
      '2027-01-12',
      'gp_ready_boendestod',
    ],
    ['nothing open', { service: SBMS, movedInDate: '2026-02-20', genomforandeplanReadyDate: '2026-03-01' }, '2026-03-02', undefined],
  ])('%s', (_label, facts, today, expected) => {
    expect(nextDue(computeDeadlines(facts, today))?.ruleId).toBe(expected);
  });
});

describe('invalid facts', () => {
  it.each<[CaseFacts, IsoDate, string]>([
    [{ service: SBMS, movedInDate: '2026-02-30' }, '2026-03-01', 'movedInDate'],
    [{ service: BST, assignmentReceivedDate: '2026/01/05' }, '2026-03-01', 'assignmentReceivedDate'],
    [{ service: SBMS, followUp: { bookedAt: 'nästa tisdag' } }, '2026-03-01', 'followUp.bookedAt'],
    [{ service: SBMS, followUp: { bookedAt: '2026-05-12T13:00', underlagSentDate: '2026-04-31' } }, '2026-03-01', 'followUp.underlagSentDate'],
    [{ service: SBMS }, '2026-02-29', 'today'],
  ])('%j on %s names the field %s', (facts, today, field) => {
    try {
      computeDeadlines(facts, today);
      expect.unreachable('accepted an invalid date');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCaseFactError);
      expect((error as InvalidCaseFactError).field).toBe(field);
    }
  });

  it('caseFactsSchema rejects impossible dates and unknown fields', () => {
    expect(caseFactsSchema.safeParse({ service: SBMS, movedInDate: '2026-02-20' }).success).toBe(true);
    expect(caseFactsSchema.safeParse({ service: SBMS, movedInDate: '2026-02-30' }).success).toBe(false);
    expect(caseFactsSchema.safeParse({ service: 'hemtjanst' }).success).toBe(false);
    expect(caseFactsSchema.safeParse({ service: SBMS, personnummer: 'x' }).success).toBe(false);
  });
});

describe('rule metadata', () => {
  it('every deadline rule has a positive due-soon window', () => {
    for (const id of DEADLINE_RULE_IDS) expect(DUE_SOON_WINDOW_DAYS[id]).toBeGreaterThan(0);
    expect(deadlineOf({ service: SBMS, movedInDate: '2026-02-20' }, '2026-02-21', 'gp_ready_sbms').dueSoonWindowDays).toBe(4);
  });

  it('responsibility follows the sources', () => {
    expect(PROCESS_RULES.ivo_report_boendestod.responsible).toBe('caseworker');
    expect(PROCESS_RULES.gp_ready_sbms.responsible).toBe('staff');
    expect(PROCESS_RULES.first_contact_boendestod.responsible).toBe('staff');
    expect(PROCESS_RULES.level_change_earliest_sbms.responsible).toBe('caseworker');
    expect(formatCitation(PROCESS_RULES.gp_ready_sbms.citations[0]!)).toBe('001 › Genomförandeplan');
  });

  it('every cited section is a heading in its shipped source', () => {
    const documents = sourceDocuments();
    for (const rule of Object.values(PROCESS_RULES)) {
      for (const citation of rule.citations) {
        const document = documents.find((d) => d.id === citation.source);
        expect(document && findSection(document, citation.section), formatCitation(citation)).toBeDefined();
      }
    }
  });
});
