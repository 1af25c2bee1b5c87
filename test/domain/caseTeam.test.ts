import { describe, expect, it } from 'vitest';
import {
  caseAccess,
  checkAddMember,
  checkHandover,
  checkRemoveMember,
  currentTeamUserIds,
  isCurrentMember,
  mayManageTeam,
  mayWorkOnCase,
  TEAM_MESSAGES,
  type CaseAccess,
  type TeamMember,
} from '../../src/domain/caseTeam';

const staff = (userId: string, upn: string | null = `${userId}@example.se`): TeamMember => ({ userId, upn, role: 'staff', validFrom: null, validTo: null });
const substitute = (userId: string, validFrom: string, validTo: string): TeamMember => ({ userId, upn: `${userId}@example.se`, role: 'substitute', validFrom, validTo });

const HOLIDAY = substitute('vikarie', '2026-07-01', '2026-07-31');

describe('who counts on the case team today', () => {
  it.each([
    ['the day before the range', '2026-06-30', false],
    ['the first day', '2026-07-01', true],
    ['within the range', '2026-07-15', true],
    ['the last day', '2026-07-31', true],
    ['the day after the range', '2026-08-01', false],
  ])('a substitute %s (%s): %s', (_label, today, expected) => {
    expect(isCurrentMember(HOLIDAY, today)).toBe(expected);
  });

  it('contact staff count every day, and the team is listed once per person', () => {
    expect(isCurrentMember(staff('a'), '1999-01-01')).toBe(true);
    expect(currentTeamUserIds([staff('b'), staff('a'), HOLIDAY], '2026-07-02')).toEqual(['a', 'b', 'vikarie']);
    expect(currentTeamUserIds([staff('b'), staff('a'), HOLIDAY], '2026-08-02')).toEqual(['a', 'b']);
  });
});

describe('least privilege: who may see and act on a case', () => {
  const clientCase = { caseworkerUpn: 'handlaggare.test@example.se', unit: 'Testenheten Hisingen' };
  const members = [staff('kontakt-1'), staff('kontakt-2'), HOLIDAY];
  const cases: ReadonlyArray<readonly [string, { userId: string; upn: string | null }, readonly string[], string, CaseAccess]> = [
    ['a contact staff member', { userId: 'kontakt-2', upn: null }, [], '2026-07-10', 'team'],
    ['the substitute within the range', { userId: 'vikarie', upn: null }, [], '2026-07-10', 'team'],
    ['the substitute after the range', { userId: 'vikarie', upn: 'vikarie@example.se' }, [], '2026-08-10', 'none'],
    ['the responsible caseworker (by UPN, any case)', { userId: 'x', upn: 'Handlaggare.Test@example.se' }, [], '2026-07-10', 'caseworker'],
    ['the manager of the case unit', { userId: 'x', upn: 'chef@example.se' }, ['Testenheten Hisingen'], '2026-07-10', 'unit_manager'],
    ['the manager of another unit', { userId: 'x', upn: 'chef@example.se' }, ['Testenheten Angered'], '2026-07-10', 'none'],
    ['a colleague outside the team', { userId: 'utomstaende', upn: 'utomstaende@example.se' }, [], '2026-07-10', 'none'],
    ['someone without a known UPN', { userId: 'okand', upn: null }, [], '2026-07-10', 'none'],
  ];
  it.each(cases)('%s', (_label, actor, managedUnits, today, expected) => {
    expect(caseAccess({ actor, clientCase, members, managedUnits, today })).toBe(expected);
  });

  it.each([
    ['team', true, true],
    ['caseworker', false, true],
    ['unit_manager', true, false],
    ['none', false, false],
  ] as const)('%s: changes the team %s, works on drafts %s', (access, manage, work) => {
    expect(mayManageTeam(access)).toBe(manage);
    expect(mayWorkOnCase(access)).toBe(work);
  });
});

describe('changing the team', () => {
  const team = [staff('a'), HOLIDAY];
  it.each([
    ['a new contact staff member', { userId: 'b', role: 'staff', validFrom: null, validTo: null }, null],
    ['contact staff with dates', { userId: 'b', role: 'staff', validFrom: '2026-07-01', validTo: null }, TEAM_MESSAGES.staffHasNoDates],
    ['the same contact staff twice', { userId: 'a', role: 'staff', validFrom: null, validTo: null }, TEAM_MESSAGES.alreadyMember],
    ['a substitute without dates', { userId: 'b', role: 'substitute', validFrom: '2026-07-01', validTo: null }, TEAM_MESSAGES.substituteNeedsDates],
    ['a substitute with a wrong date', { userId: 'b', role: 'substitute', validFrom: '2026-07-01', validTo: '2026-02-30' }, TEAM_MESSAGES.badDate],
    ['a substitute with a reversed range', { userId: 'b', role: 'substitute', validFrom: '2026-07-10', validTo: '2026-07-01' }, TEAM_MESSAGES.rangeReversed],
    ['a substitute whose range is over', { userId: 'b', role: 'substitute', validFrom: '2026-05-01', validTo: '2026-05-31' }, TEAM_MESSAGES.rangeOver],
    ['contact staff as a substitute too', { userId: 'a', role: 'substitute', validFrom: '2026-07-01', validTo: '2026-07-31' }, TEAM_MESSAGES.bothRoles],
    ['a substitute with a new range', { userId: 'vikarie', role: 'substitute', validFrom: '2026-07-01', validTo: '2026-08-15' }, null],
  ] as const)('adding %s', (_label, candidate, message) => {
    const result = checkAddMember(team, candidate, '2026-06-15');
    expect(result.ok ? null : result.messageSv).toBe(message);
  });

  it('never removes the last contact staff member, but a substitute or a second one', () => {
    expect(checkRemoveMember(team, 'a', 'staff')).toEqual({ ok: false, messageSv: TEAM_MESSAGES.lastStaff });
    expect(checkRemoveMember(team, 'vikarie', 'substitute')).toEqual({ ok: true });
    expect(checkRemoveMember([...team, staff('b')], 'a', 'staff')).toEqual({ ok: true });
    expect(checkRemoveMember(team, 'nobody', 'staff')).toEqual({ ok: false, messageSv: TEAM_MESSAGES.notMember });
  });

  it.each([
    ['to a colleague', 'a', 'b', null],
    ['to the substitute', 'a', 'vikarie', null],
    ['from someone who is not contact staff', 'vikarie', 'b', TEAM_MESSAGES.handoverFromNotStaff],
    ['to the same person', 'a', 'a', TEAM_MESSAGES.handoverSame],
  ])('hands over %s', (_label, from, to, message) => {
    const result = checkHandover(team, from, to);
    expect(result.ok ? null : result.messageSv).toBe(message);
  });

  it('does not hand over to someone who already is contact staff', () => {
    expect(checkHandover([staff('a'), staff('b')], 'a', 'b')).toEqual({ ok: false, messageSv: TEAM_MESSAGES.handoverAlreadyStaff });
  });
});
