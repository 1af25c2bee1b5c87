import { describe, expect, it } from 'vitest';
import type { ClientCase } from '../../src/domain/cases';
import type { CaseReference } from '../../src/domain/privacy/caseReference';
import { remindersFor } from '../../src/domain/reminders';

const base: ClientCase = {
  id: 'case-1',
  tenantId: 't',
  caseReference: 'BST-2026-0042' as CaseReference,
  unit: 'Testenheten',
  service: 'socialt_boende_med_stod',
  housingForm: 'lagenhetsboende',
  levelModel: 'lagenhetsboende_2025',
  currentLevel: 'medel',
  levelStartDate: '2026-11-02',
  movedInDate: '2026-11-02',
  assignmentDate: null,
  implementationDate: null,
  caseworkerUpn: 'handlaggare.test@example.se',
  paysRent: false,
  rentFromDate: null,
  protectedIdentity: false,
  uppstartsmoteDate: null,
  followUpBookedAt: null,
  genomforandeplanDate: null,
  lastUnderlagDate: null,
  createdBy: 'staff-1',
  version: 1,
};

describe('reminders from the deadline engine', () => {
  // genomförandeplan ca 14 days after moving in (001 › Genomförandeplan): due 2026-11-16, nudged from 4 days before
  it.each([
    ['2026-11-11', null],
    ['2026-11-12', 'due_soon'],
    ['2026-11-16', 'due_today'],
    ['2026-11-17', 'overdue'],
  ])('on %s the genomförandeplan reminder is %s', (today, status) => {
    const gp = remindersFor(base, today).filter((r) => r.ruleId === 'gp_ready_sbms');
    expect(gp.map((r) => r.status)).toEqual(status ? [status] : []);
    if (status) {
      expect(gp[0]!.responsible).toBe('staff');
      expect(gp[0]!.dueDate).toBe('2026-11-16');
      expect(gp[0]!.textSv).toContain('BST-2026-0042');
      expect(gp[0]!.textSv).toContain('001 ›');
    }
  });

  it('stops once the genomförandeplan is recorded', () => {
    expect(remindersFor({ ...base, genomforandeplanDate: '2026-11-13' }, '2026-11-17').filter((r) => r.ruleId === 'gp_ready_sbms')).toEqual([]);
  });

  it('keys a reminder by case, rule, due date and day, so one deadline gives at most one reminder a day', () => {
    const [a] = remindersFor(base, '2026-11-17');
    const [b] = remindersFor(base, '2026-11-17');
    const [c] = remindersFor(base, '2026-11-18');
    expect(a!.idempotencyKey).toBe(b!.idempotencyKey);
    expect(a!.idempotencyKey).not.toBe(c!.idempotencyKey);
  });

  it('reminds the caseworker-free steps of boendestöd to staff (first contact within 3 working days, 002)', () => {
    const bs: ClientCase = { ...base, service: 'boendestod', housingForm: 'eget_boende', levelModel: null, currentLevel: null, levelStartDate: null, movedInDate: null, assignmentDate: '2026-12-23' };
    // 3 working days after 2026-12-23 skipping julafton, juldagen, annandag jul and the weekend: 2026-12-30
    const first = remindersFor(bs, '2026-12-30').find((r) => r.ruleId === 'first_contact_boendestod');
    expect(first?.dueDate).toBe('2026-12-30');
    expect(first?.status).toBe('due_today');
  });
});
