import type { Application } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { createAuditor, type Auditor } from '../../audit';
import { renderPeriodCard } from '../../cards/export';
import { renderStatisticsCard, statisticsCardData } from '../../cards/statistics';
import type { AdaptiveCardJson } from '../../cards/templates';
import { VERBS } from '../../cards/verbs';
import { matchCommand, normaliseCommandText } from '../../commands';
import { toStockholmDate } from '../../domain/calendar';
import { UNIT_MAX_LENGTH, upnSchema } from '../../domain/cases';
import { defaultPeriod, MAX_EXPORT_PERIOD_DAYS, MAX_STATISTICS_PERIOD_DAYS, periodProblems, REGISTER_CITATIONS, type RegisterPeriod } from '../../domain/levelRegister';
import { checkFreeText } from '../../domain/privacy/freeText';
import { formatCitation } from '../../domain/sources';
import type { Actor } from '../../dialogues/service';
import { ACCESS_MESSAGES, isAdministrator, mayAccessUnit, unitAccessOf, type UnitAccess } from '../../export/access';
import { registerRowsOfUnit, statisticsOfUnit } from '../../export/data';
import { EXPORT_LINK_TTL_MS, type ExportLinks } from '../../export/links';
import { listCaseUnits } from '../../storage/cases.repository';
import { assignRole } from '../../storage/roles.repository';
import { upsertUser } from '../../storage/users.repository';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import { actorOf } from '../identity';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';

export interface UnitManagerDeps extends AppDeps {
  readonly exportLinks: ExportLinks;
  readonly auditor?: Auditor;
}

type Purpose = 'export' | 'statistics';

export const UNIT_MANAGER_TEXTS = {
  assignUsage:
    'Skriv ”enhetschef <e-post> <enhet>”, till exempel ”enhetschef fornamn.efternamn@example.se Boende Hisingen”. Enheten skrivs som i ärendena.',
  noPublicAddress:
    'Nedladdningslänken kan inte skapas eftersom Stödlotsens offentliga adress inte är inställd (PUBLIC_BASE_URL). Kontakta IT-supporten.',
  fileConsentNote:
    'Filen kommer som en tidsbegränsad länk i stället för som bifogad fil: Teams filkort (file consent) stöds inte i Agents Playground.',
} as const;

/** Card data: the unit the card was made for, the inputs (f_ prefix), and what to do next. */
const actionDataSchema = z.object({
  unit: z.string().max(UNIT_MAX_LENGTH).optional(),
  purpose: z.enum(['export', 'statistics']).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  f_unit: z.string().max(UNIT_MAX_LENGTH).optional(),
  f_from: z.string().max(32).optional(),
  f_to: z.string().max(32).optional(),
});

const MEMBER_LOOKUP_TIMEOUT_MS = 3_000;

/**
 * The unit manager's `exportera stödnivåer` and `statistik`, and the admin's `enhetschef`. Access is
 * decided on the server on every turn – the command and each card press – from the roles table
 * (enhetschef per unit) and ADMIN_UPNS; card data only says which unit was asked for.
 */
export function registerUnitManager(app: Application<AppTurnState>, deps: UnitManagerDeps): void {
  const auditor = deps.auditor ?? createAuditor(deps.db, deps.clock, deps.logger);
  const today = () => toStockholmDate(deps.clock.now());

  app.message(
    async (context) => {
      const id = matchCommand(context.activity.text)?.id;
      return id === 'exportLevels' || id === 'statistics';
    },
    async (context) => {
      const purpose: Purpose = matchCommand(context.activity.text)!.id === 'exportLevels' ? 'export' : 'statistics';
      const { actor, access } = await accessOf(context, deps);
      const refusal = refusalFor(actor, access);
      if (refusal) {
        await context.sendActivity(refusal);
        return;
      }
      const period = defaultPeriod(today());
      const unit = access.units[0]!;
      if (purpose === 'statistics' && access.units.length === 1) {
        await sendCard(context, await statisticsCard(deps, actor, unit, period, today()));
        return;
      }
      await sendCard(context, periodCard(purpose, access, unit, period, []));
    },
  );

  app.message(
    async (context) => isAssignCommand(context.activity.text),
    async (context) => {
      await context.sendActivity(await assignUnitManager(context, deps));
    },
  );

  registerCardAction(app, VERBS.unitManagerChoose, async (context, data) => {
    const parsed = actionDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const { access, refusal, unit } = await checkUnit(context, deps, auditor, parsed.data.f_unit || parsed.data.unit);
    if (refusal) return refusal;
    const fallback = defaultPeriod(today());
    const period = { from: parsed.data.from || fallback.from, to: parsed.data.to || fallback.to };
    return periodCard(parsed.data.purpose ?? 'export', access, unit, period, []);
  });

  registerCardAction(app, VERBS.unitManagerStatistics, async (context, data) => {
    const parsed = actionDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const { actor, access, refusal, unit } = await checkUnit(context, deps, auditor, parsed.data.f_unit || parsed.data.unit);
    if (refusal) return refusal;
    const period = { from: (parsed.data.f_from ?? '').trim(), to: (parsed.data.f_to ?? '').trim() };
    const problems = periodProblems(period.from, period.to, MAX_STATISTICS_PERIOD_DAYS);
    if (problems.length > 0) return periodCard('statistics', access, unit, period, problems);
    return statisticsCard(deps, actor, unit, period, today());
  });

  registerCardAction(app, VERBS.unitManagerExport, async (context, data) => {
    const parsed = actionDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const { actor, access, refusal, unit } = await checkUnit(context, deps, auditor, parsed.data.f_unit || parsed.data.unit);
    if (refusal) return refusal;
    const period = { from: (parsed.data.f_from ?? '').trim(), to: (parsed.data.f_to ?? '').trim() };
    const problems = periodProblems(period.from, period.to, MAX_EXPORT_PERIOD_DAYS);
    if (problems.length > 0) return periodCard('export', access, unit, period, problems);

    const now = deps.clock.now();
    const link = deps.exportLinks.issue({ tenantId: actor.tenantId, actorId: actor.userId, unit, from: period.from, to: period.to }, now);
    if (!link.url) return UNIT_MANAGER_TEXTS.noPublicAddress;
    const rows = await registerRowsOfUnit(deps.db, actor.tenantId, unit, period);
    await auditor.record({ tenantId: actor.tenantId, actorId: actor.userId, action: 'export', outcome: 'success', target: { kind: 'export', id: link.id }, reason: 'link_created' });
    return linkCard(unit, period, rows.length, link.url, link.expiresAt);
  });
}

export async function accessOf(context: TurnContext, deps: AppDeps): Promise<{ actor: Actor; access: UnitAccess }> {
  const actor = await withUpn(context, deps, await actorOf(context, deps.db));
  return { actor, access: await unitAccessOf(deps.db, deps.config, actor.tenantId, actor.upn) };
}

export function refusalFor(actor: Actor, access: UnitAccess): string | undefined {
  if (access.units.length > 0) return undefined;
  if (!actor.upn) return ACCESS_MESSAGES.unknownUser;
  return access.admin ? ACCESS_MESSAGES.noUnits : ACCESS_MESSAGES.notUnitManager;
}

/** The role check of every card press; a refused unit is audited (who asked, never what). */
async function checkUnit(
  context: TurnContext,
  deps: UnitManagerDeps,
  auditor: Auditor,
  requested: string | undefined,
): Promise<{ actor: Actor; access: UnitAccess; refusal?: string; unit: string }> {
  const { actor, access } = await accessOf(context, deps);
  const general = refusalFor(actor, access);
  const unit = requested?.trim() || access.units[0] || '';
  if (general || !mayAccessUnit(access, unit)) {
    await auditor.record({ tenantId: actor.tenantId, actorId: actor.userId, action: 'export', outcome: 'refused', target: { kind: 'export', id: 'unit' }, reason: 'not_unit_manager' });
    return { actor, access, unit, refusal: general ?? ACCESS_MESSAGES.notYourUnit };
  }
  return { actor, access, unit };
}

/**
 * The UPN decides the role. It is normally captured before the turn; when it is not known yet it is
 * asked of Teams (the roster, never the message) and remembered.
 */
async function withUpn(context: TurnContext, deps: AppDeps, actor: Actor): Promise<Actor> {
  if (actor.upn) return actor;
  const fromId = context.activity.from?.id;
  if (!fromId) return actor;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const member = await Promise.race([
      TeamsInfo.getMember(context, fromId).catch(() => undefined),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), MEMBER_LOOKUP_TIMEOUT_MS);
      }),
    ]);
    const upn = (member?.userPrincipalName ?? member?.email ?? '').toLowerCase();
    if (!upnSchema.safeParse(upn).success) return actor;
    await upsertUser(deps.db, { id: actor.userId, tenantId: actor.tenantId, upn, teamsUserId: fromId }, deps.clock.now());
    return { ...actor, upn };
  } catch {
    return actor;
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function periodCard(purpose: Purpose, access: UnitAccess, unit: string, period: RegisterPeriod, errors: readonly string[]): AdaptiveCardJson {
  const exporting = purpose === 'export';
  return renderPeriodCard({
    title: exporting ? 'Exportera stödnivåer' : 'Statistik för enheten',
    subtitle: exporting ? 'Stödnivåregister till administrationen (Excel)' : 'Välj period och enhet',
    paragraphs: exporting
      ? [
          'Välj period och enhet. Filen tar med varje beslut om stödnivå som gäller från ett datum i perioden, och den nivå som gällde när perioden började.',
          UNIT_MANAGER_TEXTS.fileConsentNote,
        ]
      : ['Flödessiffrorna (ändringar, genomförandeplaner, flyttar vidare) gäller perioden; aktiva ärenden och försenade tidsgränser gäller i dag.'],
    errors,
    showForm: true,
    from: period.from,
    to: period.to,
    unit,
    unitChoices: access.units.map((u) => ({ title: u, value: u })),
    facts: [],
    notes: exporting ? [`Källa: ${REGISTER_CITATIONS.map(formatCitation).join('; ')}`] : [],
    downloadUrl: '',
    downloadTitle: '',
    actions: [
      exporting
        ? { title: 'Skapa Excelfil', verb: VERBS.unitManagerExport, data: { unit } }
        : { title: 'Visa statistik', verb: VERBS.unitManagerStatistics, data: { unit } },
    ],
  });
}

function linkCard(unit: string, period: RegisterPeriod, rows: number, url: string, expiresAt: Date): AdaptiveCardJson {
  const until = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(expiresAt);
  return renderPeriodCard({
    title: 'Stödnivåregistret är klart',
    subtitle: 'Excelfil till administrationen',
    paragraphs: [
      `Ladda ned filen med knappen nedan. Länken gäller i ${EXPORT_LINK_TTL_MS / 60_000} minuter (till kl. ${until}) och bara så länge du är enhetschef för enheten.`,
      'Filen skapas när du öppnar länken och sparas inte hos Stödlotsen. Den innehåller bara ärendereferenser.',
    ],
    errors: [],
    showForm: false,
    from: period.from,
    to: period.to,
    unit,
    unitChoices: [],
    facts: [
      { title: 'Enhet', value: unit },
      { title: 'Period', value: `${period.from} – ${period.to}` },
      { title: 'Rader', value: String(rows) },
    ],
    notes: [UNIT_MANAGER_TEXTS.fileConsentNote],
    downloadUrl: url,
    downloadTitle: 'Ladda ned Excelfilen',
    actions: [{ title: 'Ny export', verb: VERBS.unitManagerChoose, data: { unit, purpose: 'export', from: period.from, to: period.to } }],
  });
}

async function statisticsCard(deps: UnitManagerDeps, actor: Actor, unit: string, period: RegisterPeriod, today: string): Promise<AdaptiveCardJson> {
  const stats = await statisticsOfUnit(deps.db, actor.tenantId, unit, period, today);
  return renderStatisticsCard(
    statisticsCardData(unit, stats, [
      { title: 'Välj period eller enhet', verb: VERBS.unitManagerChoose, data: { unit, purpose: 'statistics', from: period.from, to: period.to } },
      { title: 'Exportera stödnivåer', verb: VERBS.unitManagerChoose, data: { unit, purpose: 'export', from: period.from, to: period.to } },
    ]),
  );
}

// ── enhetschef <upn> <enhet> (admin) ─────────────────────────────────────────────────────────────

export function isAssignCommand(text: string | undefined): boolean {
  if (!text) return false;
  const normalised = normaliseCommandText(text);
  return normalised === 'enhetschef' || normalised.startsWith('enhetschef ');
}

/** `enhetschef <upn> <enhet>`: the first word after the command is the UPN, the rest the unit. */
export function parseAssignArguments(text: string): { upn: string; unit: string } | undefined {
  const match = /^\s*enhetschef\s+(\S+)\s+([\s\S]+)$/iu.exec(text.normalize('NFC'));
  if (!match) return undefined;
  return { upn: match[1]!, unit: match[2]!.replace(/\s+/g, ' ').trim() };
}

async function assignUnitManager(context: TurnContext, deps: UnitManagerDeps): Promise<string> {
  const actor = await withUpn(context, deps, await actorOf(context, deps.db));
  if (!(await isAdministrator(deps.db, deps.config, actor.tenantId, actor.upn))) return ACCESS_MESSAGES.notAdmin;
  const args = parseAssignArguments(context.activity.text ?? '');
  if (!args) return UNIT_MANAGER_TEXTS.assignUsage;
  const upn = upnSchema.safeParse(args.upn);
  if (!upn.success) return `${upn.error.issues[0]?.message ?? 'Ogiltig e-postadress.'} ${UNIT_MANAGER_TEXTS.assignUsage}`;
  const unit = checkFreeText(args.unit, { field: 'Enhet', maxLength: UNIT_MAX_LENGTH, required: true });
  if (!unit.ok) return unit.messageSv;
  await assignRole(deps.db, actor.tenantId, upn.data, 'unit_manager', unit.value, deps.clock.now());
  await createAuditor(deps.db, deps.clock, deps.logger).record({ tenantId: actor.tenantId, actorId: actor.userId, action: 'role.assigned', outcome: 'success', reason: 'unit_manager' });
  const known = (await listCaseUnits(deps.db, actor.tenantId)).includes(unit.value);
  return (
    `Klart: ${upn.data} är enhetschef för ”${unit.value}” och kan nu skriva ”exportera stödnivåer”, ”statistik” och ”gallring”.` +
    (known ? '' : ` Obs: det finns ännu inget ärende med enheten ”${unit.value}” – kontrollera att den är stavad som i ärendena.`)
  );
}
