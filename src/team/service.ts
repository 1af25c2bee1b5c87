import { z } from 'zod';
import type { Auditor } from '../audit';
import { toStockholmDate } from '../domain/calendar';
import {
  checkAddMember,
  checkHandover,
  checkRemoveMember,
  memberLabel,
  mayManageTeam,
  TEAM_MESSAGES,
  TEAM_ROLE_SV,
  TEAM_ROLES,
  type TeamMember,
  type TeamRole,
} from '../domain/caseTeam';
import type { ClientCase } from '../domain/cases';
import type { Clock } from '../domain/clock';
import { findCaseById, listCasesForUser, listCasesOfUnit } from '../storage/cases.repository';
import { handOverCase, removeTeamMember, upsertTeamMember } from '../storage/caseTeam.repository';
import type { Db, Executor } from '../storage/database';
import { enqueue } from '../storage/outbox.repository';
import { unitsManagedBy } from '../storage/roles.repository';
import { findUserByUpn } from '../storage/users.repository';
import { accessToCase, auditCaseRefusal, type CaseActor } from './access';

export const TEAM_SERVICE_MESSAGES = {
  noCases: 'Du har inga ärenden vars team du kan ändra. Kontaktpersonal och enhetschef ändrar teamet.',
  unknownColleague: 'Stödlotsen känner inte den e-postadressen ännu. Be kollegan öppna Stödlotsen i Teams och skriva ”hjälp”, och lägg sedan till hen.',
  badUpn: 'Ange kollegans e-postadress i Teams, till exempel fornamn.efternamn@example.se.',
  chooseRole: 'Välj roll: kontaktpersonal eller vikarie.',
  chooseMember: 'Välj vem som ska tas bort.',
  chooseFrom: 'Välj vilken kontaktpersonal som lämnar ärendet.',
  closed: 'Ärendet är avslutat, så teamet kan inte ändras.',
} as const;

const upn = z.string().trim().toLowerCase().max(320).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
const optionalDate = z
  .string()
  .trim()
  .max(10)
  .optional()
  .transform((v) => (v ? v : null));

export const addMemberInputSchema = z.object({ upn: z.string(), role: z.string(), validFrom: optionalDate, validTo: optionalDate });
export type AddMemberInput = z.input<typeof addMemberInputSchema>;

export type TeamView =
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'choose_case'; readonly mode: 'team' | 'handover'; readonly cases: readonly ClientCase[] }
  | { readonly kind: 'team'; readonly mode: 'team' | 'handover'; readonly clientCase: ClientCase; readonly members: readonly TeamMember[]; readonly today: string; readonly notice?: string; readonly error?: string };

export interface CaseTeamServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: Auditor;
  readonly onQueued?: () => void;
}

type Guarded = { view: TeamView } | { clientCase: ClientCase; members: TeamMember[] };

/** `ärendeteam` and `byt kontaktpersonal`: the staff on a case or the unit manager change its team. */
export class CaseTeamService {
  constructor(private readonly deps: CaseTeamServiceDeps) {}

  /** Open cases whose team the actor may change: their team cases and the cases of units they manage. */
  async start(actor: CaseActor, mode: 'team' | 'handover'): Promise<TeamView> {
    const today = this.today();
    const mine = await listCasesForUser(this.deps.db, actor.tenantId, actor.userId, actor.upn, today);
    const units = actor.upn ? await unitsManagedBy(this.deps.db, actor.tenantId, actor.upn) : [];
    const ofUnits = (await Promise.all(units.map((u) => listCasesOfUnit(this.deps.db, actor.tenantId, u)))).flat().filter((c) => !c.closedOn);
    const candidates = [...new Map([...mine, ...ofUnits].map((c) => [c.id, c])).values()];
    const manageable: ClientCase[] = [];
    for (const c of candidates) if (mayManageTeam((await accessToCase(this.deps.db, actor, c, today)).access)) manageable.push(c);
    manageable.sort((a, b) => (a.caseReference < b.caseReference ? -1 : 1));
    if (manageable.length === 0) return { kind: 'message', text: TEAM_SERVICE_MESSAGES.noCases };
    if (manageable.length > 1) return { kind: 'choose_case', mode, cases: manageable };
    return this.show(actor, manageable[0]!.id, mode);
  }

  async show(actor: CaseActor, caseId: string, mode: 'team' | 'handover', extra: { notice?: string; error?: string } = {}): Promise<TeamView> {
    const guarded = await this.guard(actor, caseId, 'team_view');
    if ('view' in guarded) return guarded.view;
    return { kind: 'team', mode, clientCase: guarded.clientCase, members: guarded.members, today: this.today(), ...extra };
  }

  async add(actor: CaseActor, caseId: string, raw: AddMemberInput): Promise<TeamView> {
    const guarded = await this.guard(actor, caseId, 'team_add');
    if ('view' in guarded) return guarded.view;
    const { clientCase, members } = guarded;
    const fail = (error: string) => this.show(actor, caseId, 'team', { error });
    const input = addMemberInputSchema.parse(raw);
    const email = upn.safeParse(input.upn);
    if (!email.success) return fail(TEAM_SERVICE_MESSAGES.badUpn);
    const role = z.enum(TEAM_ROLES).safeParse(input.role);
    if (!role.success) return fail(TEAM_SERVICE_MESSAGES.chooseRole);
    const user = await findUserByUpn(this.deps.db, actor.tenantId, email.data);
    if (!user) return fail(TEAM_SERVICE_MESSAGES.unknownColleague);
    const candidate = { userId: user.id, role: role.data, validFrom: input.validFrom, validTo: input.validTo };
    const check = checkAddMember(members, candidate, this.today());
    if (!check.ok) return fail(check.messageSv);

    const now = this.deps.clock.now();
    const range = role.data === 'substitute' ? ` från ${input.validFrom} till och med ${input.validTo}` : '';
    await this.deps.db.transaction().execute(async (tx) => {
      await upsertTeamMember(tx, caseId, candidate, actor.userId, now);
      await this.audited(tx, actor, clientCase, 'team.member_added', role.data);
      await this.notify(tx, clientCase, user.id, `team-added:${caseId}:${user.id}:${role.data}:${now.toISOString()}`, `Du är nu ${TEAM_ROLE_SV[role.data]} i ärende ${clientCase.caseReference}${range}. Skriv ”mina ärenden” för att se det.`, now);
    });
    this.deps.onQueued?.();
    return this.show(actor, caseId, 'team', { notice: `${email.data} är tillagd som ${TEAM_ROLE_SV[role.data]}${range}.` });
  }

  /** `member` is `<role>:<user id>` as the card's choice carries it. */
  async remove(actor: CaseActor, caseId: string, member: string): Promise<TeamView> {
    const guarded = await this.guard(actor, caseId, 'team_remove');
    if ('view' in guarded) return guarded.view;
    const { clientCase, members } = guarded;
    const [roleText, ...rest] = member.split(':');
    const role = z.enum(TEAM_ROLES).safeParse(roleText);
    const userId = rest.join(':');
    if (!role.success || !userId) return this.show(actor, caseId, 'team', { error: TEAM_SERVICE_MESSAGES.chooseMember });
    const check = checkRemoveMember(members, userId, role.data);
    if (!check.ok) return this.show(actor, caseId, 'team', { error: check.messageSv });
    const removed = members.find((m) => m.userId === userId && m.role === role.data)!;
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await removeTeamMember(tx, caseId, userId, role.data))) return;
      await this.audited(tx, actor, clientCase, 'team.member_removed', role.data);
      await this.notify(tx, clientCase, userId, `team-removed:${caseId}:${userId}:${role.data}:${now.toISOString()}`, `Du är inte längre ${TEAM_ROLE_SV[role.data]} i ärende ${clientCase.caseReference}.`, now);
    });
    this.deps.onQueued?.();
    return this.show(actor, caseId, 'team', { notice: `${memberLabel(removed)} är borttagen ur teamet.` });
  }

  /** "Byt kontaktpersonal": the case, its shared drafts and (through the team) its deadlines move. */
  async handover(actor: CaseActor, caseId: string, fromUserId: string, toUpn: string): Promise<TeamView> {
    const guarded = await this.guard(actor, caseId, 'team_handover');
    if ('view' in guarded) return guarded.view;
    const { clientCase, members } = guarded;
    const fail = (error: string) => this.show(actor, caseId, 'handover', { error });
    if (!fromUserId) return fail(TEAM_SERVICE_MESSAGES.chooseFrom);
    const email = upn.safeParse(toUpn);
    if (!email.success) return fail(TEAM_SERVICE_MESSAGES.badUpn);
    const to = await findUserByUpn(this.deps.db, actor.tenantId, email.data);
    if (!to) return fail(TEAM_SERVICE_MESSAGES.unknownColleague);
    const check = checkHandover(members, fromUserId, to.id);
    if (!check.ok) return fail(check.messageSv);
    const from = members.find((m) => m.userId === fromUserId)!;
    const now = this.deps.clock.now();
    const moved = await this.deps.db.transaction().execute(async (tx) => {
      const drafts = await handOverCase(tx, caseId, fromUserId, to.id, actor.userId, now);
      await this.audited(tx, actor, clientCase, 'team.handover', 'staff');
      const key = `handover:${caseId}:${fromUserId}:${to.id}:${now.toISOString()}`;
      await this.notify(tx, clientCase, fromUserId, `${key}:from`, `Ärende ${clientCase.caseReference} har lämnats över till ${email.data}. Du är inte längre kontaktpersonal i ärendet.`, now);
      await this.notify(tx, clientCase, to.id, `${key}:to`, `Du är nu kontaktpersonal i ärende ${clientCase.caseReference} efter ${memberLabel(from)}. Utkast och tidsgränser följer med – skriv ”mina ärenden” eller ”mina utkast”.`, now);
      return drafts;
    });
    this.deps.onQueued?.();
    const notice = `Ärendet är överlämnat från ${memberLabel(from)} till ${email.data}${moved ? ` med ${moved} utkast` : ''}. Båda har fått ett meddelande.`;
    // Who handed over their own case is no longer on its team: only the confirmation, not the team.
    const { access } = await accessToCase(this.deps.db, actor, clientCase, this.today());
    return mayManageTeam(access) ? this.show(actor, caseId, 'team', { notice }) : { kind: 'message', text: notice };
  }

  /** Loads the case and refuses, with an audit row, anyone who may not change its team. */
  private async guard(actor: CaseActor, caseId: string, reason: string): Promise<Guarded> {
    const clientCase = await findCaseById(this.deps.db, caseId);
    if (!clientCase || clientCase.tenantId !== actor.tenantId) return { view: { kind: 'message', text: TEAM_MESSAGES.refused } };
    const { access, members } = await accessToCase(this.deps.db, actor, clientCase, this.today());
    if (!mayManageTeam(access)) {
      await auditCaseRefusal(this.deps.audit, actor, clientCase, { kind: 'case', id: clientCase.id }, `${reason}_not_on_team`);
      return { view: { kind: 'message', text: TEAM_MESSAGES.refused } };
    }
    if (clientCase.closedOn) return { view: { kind: 'message', text: TEAM_SERVICE_MESSAGES.closed } };
    return { clientCase, members };
  }

  private async audited(tx: Executor, actor: CaseActor, clientCase: ClientCase, action: 'team.member_added' | 'team.member_removed' | 'team.handover', role: TeamRole): Promise<void> {
    await this.deps.audit.record({ tenantId: actor.tenantId, actorId: actor.userId, action, outcome: 'success', caseReference: clientCase.caseReference, target: { kind: 'case', id: clientCase.id }, reason: role }, tx);
  }

  private async notify(tx: Executor, clientCase: ClientCase, userId: string, key: string, text: string, now: Date): Promise<void> {
    await enqueue(tx, { idempotencyKey: key, tenantId: clientCase.tenantId, recipientUserId: userId, kind: 'team', payload: { text } }, now);
  }

  private today(): string {
    return toStockholmDate(this.deps.clock.now());
  }
}
