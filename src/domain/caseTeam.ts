import type { IsoDate } from './case';
import { isIsoDate } from './calendar';

/**
 * The case team (issue 16): one or more contact staff (kontaktpersonal) and substitutes (vikarier)
 * who count only between their first and last day. Pure rules; storage and Teams live elsewhere.
 */
export const TEAM_ROLES = ['staff', 'substitute'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_SV: Readonly<Record<TeamRole, string>> = { staff: 'kontaktpersonal', substitute: 'vikarie' };

export interface TeamMember {
  readonly userId: string;
  /** The member's Teams e-mail (UPN) when Stödlotsen knows it; shown instead of a name. */
  readonly upn: string | null;
  readonly role: TeamRole;
  /** A substitute's first and last day (Europe/Stockholm, inclusive); null for contact staff. */
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
}

/** Contact staff always count; a substitute only from the first to the last day of the range. */
export function isCurrentMember(member: TeamMember, today: IsoDate): boolean {
  if (member.role === 'staff') return true;
  return member.validFrom !== null && member.validTo !== null && member.validFrom <= today && today <= member.validTo;
}

export function currentTeam(members: readonly TeamMember[], today: IsoDate): TeamMember[] {
  return members.filter((m) => isCurrentMember(m, today));
}

/** Distinct user ids of the current team, in a stable order (notifications, reminders). */
export function currentTeamUserIds(members: readonly TeamMember[], today: IsoDate): string[] {
  return [...new Set(currentTeam(members, today).map((m) => m.userId))].sort();
}

/** Why someone may see a case; `none` is refused (least privilege). */
export type CaseAccess = 'team' | 'caseworker' | 'unit_manager' | 'none';

export interface AccessInput {
  readonly actor: { readonly userId: string; readonly upn: string | null };
  readonly clientCase: { readonly caseworkerUpn: string; readonly unit: string };
  readonly members: readonly TeamMember[];
  /** Units the actor manages (roles table). */
  readonly managedUnits: readonly string[];
  readonly today: IsoDate;
}

export function caseAccess(input: AccessInput): CaseAccess {
  const { actor, clientCase, members, managedUnits, today } = input;
  if (members.some((m) => m.userId === actor.userId && isCurrentMember(m, today))) return 'team';
  const upn = actor.upn?.toLowerCase() ?? null;
  if (upn && upn === clientCase.caseworkerUpn.toLowerCase()) return 'caseworker';
  if (upn && managedUnits.includes(clientCase.unit)) return 'unit_manager';
  return 'none';
}

/** The team itself is changed by the staff on the case or by the unit manager. */
export function mayManageTeam(access: CaseAccess): boolean {
  return access === 'team' || access === 'unit_manager';
}

/** Dialogues and drafts of a case: the team and the responsible caseworker (as before teams). */
export function mayWorkOnCase(access: CaseAccess): boolean {
  return access === 'team' || access === 'caseworker';
}

export const TEAM_MESSAGES = {
  refused: 'Du hör inte till det här ärendets team, så du kan inte se eller ändra det. Kontakta enhetschefen om du behöver tillgång.',
  substituteNeedsDates: 'Ange vikariens första och sista dag som ÅÅÅÅ-MM-DD.',
  badDate: 'Ange datumen som ÅÅÅÅ-MM-DD.',
  rangeReversed: 'Sista dagen kan inte vara före första dagen.',
  rangeOver: 'Sista dagen har redan passerat – ange en period som inte är slut.',
  staffHasNoDates: 'Kontaktpersonal gäller tills vidare – lämna datumen tomma.',
  alreadyMember: 'Personen finns redan i teamet med den rollen.',
  bothRoles: 'Personen är redan kontaktpersonal i ärendet och behöver inte läggas till som vikarie.',
  lastStaff: 'Ärendet måste ha minst en kontaktpersonal. Lägg till en ny först, eller använd ”byt kontaktpersonal”.',
  notMember: 'Personen finns inte i teamet.',
  handoverFromNotStaff: 'Den du byter från är inte kontaktpersonal i ärendet.',
  handoverSame: 'Välj en annan person att byta till.',
  handoverAlreadyStaff: 'Personen är redan kontaktpersonal i ärendet – ta bort den andra i stället.',
} as const;

export type TeamCheck = { readonly ok: true } | { readonly ok: false; readonly messageSv: string };
const ok: TeamCheck = { ok: true };
const no = (messageSv: string): TeamCheck => ({ ok: false, messageSv });

export interface NewMember {
  readonly userId: string;
  readonly role: TeamRole;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** Whether a member may be added: dates only for substitutes, a range not yet over, no duplicates. */
export function checkAddMember(members: readonly TeamMember[], candidate: NewMember, today: IsoDate): TeamCheck {
  const { validFrom, validTo } = candidate;
  if (candidate.role === 'staff') {
    if (validFrom || validTo) return no(TEAM_MESSAGES.staffHasNoDates);
    if (members.some((m) => m.userId === candidate.userId && m.role === 'staff')) return no(TEAM_MESSAGES.alreadyMember);
    return ok;
  }
  if (!validFrom || !validTo) return no(TEAM_MESSAGES.substituteNeedsDates);
  if (!isIsoDate(validFrom) || !isIsoDate(validTo)) return no(TEAM_MESSAGES.badDate);
  if (validTo < validFrom) return no(TEAM_MESSAGES.rangeReversed);
  if (validTo < today) return no(TEAM_MESSAGES.rangeOver);
  if (members.some((m) => m.userId === candidate.userId && m.role === 'staff')) return no(TEAM_MESSAGES.bothRoles);
  // A substitute already on the team gets the new range (a prolonged holiday cover).
  return ok;
}

/** A case never loses its last contact staff member by a removal. */
export function checkRemoveMember(members: readonly TeamMember[], userId: string, role: TeamRole): TeamCheck {
  if (!members.some((m) => m.userId === userId && m.role === role)) return no(TEAM_MESSAGES.notMember);
  if (role === 'staff' && members.filter((m) => m.role === 'staff').length <= 1) return no(TEAM_MESSAGES.lastStaff);
  return ok;
}

/** "Byt kontaktpersonal": from a contact staff member to someone who is not one yet. */
export function checkHandover(members: readonly TeamMember[], fromUserId: string, toUserId: string): TeamCheck {
  if (!members.some((m) => m.userId === fromUserId && m.role === 'staff')) return no(TEAM_MESSAGES.handoverFromNotStaff);
  if (fromUserId === toUserId) return no(TEAM_MESSAGES.handoverSame);
  if (members.some((m) => m.userId === toUserId && m.role === 'staff')) return no(TEAM_MESSAGES.handoverAlreadyStaff);
  return ok;
}

/** How a member is named in chat: the Teams e-mail, never client data. */
export function memberLabel(member: Pick<TeamMember, 'upn' | 'userId'>): string {
  return member.upn ?? 'en kollega utan känd e-postadress';
}

export function memberLine(member: TeamMember, today: IsoDate): string {
  const range = member.role === 'substitute' ? ` ${member.validFrom ?? '?'} – ${member.validTo ?? '?'}${isCurrentMember(member, today) ? '' : ' (gäller inte i dag)'}` : '';
  return `${memberLabel(member)}: ${TEAM_ROLE_SV[member.role]}${range}`;
}
