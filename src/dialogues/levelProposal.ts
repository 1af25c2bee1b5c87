import type { LevelChangeDirection, LevelModelId } from '../domain/case';
import type { ClientCase } from '../domain/cases';
import { isIsoDate } from '../domain/calendar';
import { checkLevelChangeProposal, type LevelChangeCheck } from '../domain/levelChange';
import { adviseLevel, levelObservationSchema, type LevelAdvice } from '../domain/levels/advisor';
import { getLevelModel, levelChangeDirection, levelIds, levelLabel } from '../domain/levels/models';
import { formatCitation } from '../domain/sources';
import { capitalise } from '../domain/summaries/labels';
import type { DraftValues } from '../storage/drafts.repository';
import type { Choice, DialogueContext, FieldSpec } from './types';

/**
 * A proposed level change, as the stödnivå dialogue and the level section of the underlag för
 * uppföljning ask it: direction and duration fields, the one-month rule (000, 003 › Hantering av
 * stödnivåer – process) and the level advisor's texts and choices.
 */

// ── Shared with the level section of the underlag för uppföljning ────────────────────────────────

export const DIRECTION_TITLES: Readonly<Record<LevelChangeDirection, string>> = {
  increase: 'Behovet av stöd har ökat',
  decrease: 'Behovet av stöd har minskat',
};

export const DIRECTION_CHOICES: readonly Choice[] = (['increase', 'decrease'] as const).map((d) => ({ value: d, title: DIRECTION_TITLES[d] }));

const DURATION_CHOICES: readonly Choice[] = [
  { value: 'temporary', title: 'Tillfälligt (ange slutdatum)' },
  { value: 'longer_period', title: 'Under en längre period' },
  { value: 'lasting', title: 'Varaktigt' },
];

/** "Varaktighet över tid": the kind, and the end date that a temporary need requires. */
export function durationFields(prefix: string, heading: string, help: string): FieldSpec[] {
  return [
    { id: `${prefix}.kind`, kind: 'choice', label: heading, help, required: true, choices: DURATION_CHOICES },
    {
      id: `${prefix}.until`,
      kind: 'date',
      label: 'Slutdatum om behovet är tillfälligt',
      required: (v) => v[`${prefix}.kind`] === 'temporary',
    },
  ];
}

export function buildDuration(values: DraftValues, prefix: string): unknown {
  const kind = values[`${prefix}.kind`];
  if (!kind) return undefined;
  return kind === 'temporary' ? { kind, until: values[`${prefix}.until`] || undefined } : { kind };
}

// ── The one-month rule and the level advisor ─────────────────────────────────────────────────────

export interface LevelCase {
  readonly model: LevelModelId;
  readonly current: string;
  readonly start: string;
}

export function levelCaseOf(c: ClientCase | null): LevelCase | null {
  return c?.levelModel && c.currentLevel && c.levelStartDate ? { model: c.levelModel, current: c.currentLevel, start: c.levelStartDate } : null;
}

/** The domain's check of the one-month rule for a proposal dated `proposedOn`. */
export function oneMonthCheck(lc: LevelCase, proposedOn: string, values: DraftValues = {}): LevelChangeCheck {
  return checkLevelChangeProposal({
    modelId: lc.model,
    currentLevel: lc.current,
    currentLevelStartDate: lc.start,
    proposedLevel: values.proposedLevelId || lc.current,
    direction: values.direction === 'decrease' ? 'decrease' : 'increase',
    inWhatWay: values.howChanged ?? '',
    cause: values.reason ?? '',
    duration: { kind: 'lasting' },
    specialReasons: values.specialNeeds ?? '',
    proposedOn,
  });
}

/** The proposal falls within a month of the current level's start (000, 003 › Hantering av stödnivåer – process). */
export function needsSpecialReasons(values: DraftValues, ctx: DialogueContext): boolean {
  const lc = levelCaseOf(ctx.case);
  const date = values.date && isIsoDate(values.date) ? values.date : ctx.today;
  return lc !== null && oneMonthCheck(lc, date).needsSpecialReasons;
}

export function currentLevelText(lc: LevelCase, today: string): string {
  const model = getLevelModel(lc.model);
  const check = oneMonthCheck(lc, today);
  const rule = check.needsSpecialReasons
    ? `Stödnivån gäller som huvudregel minst en månad, så en ändring utan särskilda skäl kan ske tidigast ${check.earliestOrdinaryChangeDate}. Ett förslag före dess behöver särskilda skäl.`
    : 'Stödnivån ändras som huvudregel vid uppföljningsmötet.';
  return `Nuvarande stödnivå: ${capitalise(levelLabel(lc.model, lc.current))} sedan ${lc.start}. Nivåmodell: ${model.titleSv}. ${rule}`;
}

/** The case's current level and where the one-month rule stands today; '' without a level. */
export function levelStatusText(c: ClientCase | null, today: string): string {
  const lc = levelCaseOf(c);
  return lc ? currentLevelText(lc, today) : '';
}

/** The weekly-need fields whose answers the level advisor reads. */
export const NEED_FIELDS = {
  visits: 'need.physicalVisitsPerWeek',
  contacts: 'need.otherContactsPerWeek',
  hours: 'need.directClientHoursPerWeek',
  weekend: 'need.needsWeekendContact',
} as const;

function adviceFor(model: LevelModelId, values: DraftValues): LevelAdvice | null {
  const parsed = levelObservationSchema.safeParse({
    physicalVisitsPerWeek: values[NEED_FIELDS.visits] ? Number(values[NEED_FIELDS.visits]) : undefined,
    otherContactsPerWeek: values[NEED_FIELDS.contacts] ? Number(values[NEED_FIELDS.contacts]) : undefined,
    directClientHoursPerWeek: values[NEED_FIELDS.hours] ? Number(values[NEED_FIELDS.hours]) : undefined,
    needsWeekendContact: values[NEED_FIELDS.weekend] === 'true',
  });
  return parsed.success ? adviseLevel(model, parsed.data) : null;
}

const number = (value: string | undefined) => (value ?? '').replace('.', ',');

/** The advisor's fitting levels and warnings, and the model's level table. */
export function levelAdviceText(lc: LevelCase, values: DraftValues): string {
  const model = getLevelModel(lc.model);
  const advice = adviceFor(lc.model, values);
  const parts: string[] = [];
  if (advice) {
    const fitting = advice.fitting.map((id) => levelLabel(lc.model, id)).join(' eller ');
    const weekend = values[NEED_FIELDS.weekend] === 'true' ? ', med kontakt även helger' : '';
    parts.push(
      `Nivåstödet: med ${number(values[NEED_FIELDS.visits])} fysiska besök, ${number(values[NEED_FIELDS.contacts])} andra kontakter och ` +
        `${number(values[NEED_FIELDS.hours])} timmar individuellt stöd i veckan${weekend} passar ${fitting}.`,
      ...(advice.fitting.includes(lc.current)
        ? [`Enligt nivåstödet passar nuvarande nivå (${levelLabel(lc.model, lc.current)}) fortfarande. Beskriv därför tydligt varför en ändring behövs.`]
        : []),
      ...advice.warnings.map((w) => `Observera: ${w.messageSv} (${formatCitation(w.citation)})`),
      `${advice.decidedBySv} (${formatCitation(advice.decidedByCitation)})`,
    );
  } else {
    parts.push('Fyll i behovet i föregående steg för att få nivåstödets förslag.');
  }
  parts.push(
    `${model.titleSv}, enligt ${formatCitation(model.citation)}:\n` +
      model.levels.map((l) => `- **${capitalise(l.label)}**${l.id === lc.current ? ' (nuvarande)' : ''}: ${l.summarySv.join(' ')}`).join('\n'),
  );
  return parts.join('\n\n');
}

/** Levels in the chosen direction from the current one, the advisor's fits marked. */
export function proposedLevelChoices(values: DraftValues, ctx: DialogueContext): readonly Choice[] {
  const lc = levelCaseOf(ctx.case);
  if (!lc) return [];
  const fitting = new Set(adviceFor(lc.model, values)?.fitting ?? []);
  return levelIds(lc.model)
    .filter((id) => {
      const direction = levelChangeDirection(lc.model, lc.current, id);
      return direction !== null && (!values.direction || direction === values.direction);
    })
    .map((id) => ({ value: id, title: `${capitalise(levelLabel(lc.model, id))}${fitting.has(id) ? ' – passar enligt nivåstödet' : ''}` }));
}

/** Only the directions the model leaves room for (no "ökat" from the top level). */
export function directionChoices(_values: DraftValues, ctx: DialogueContext): readonly Choice[] {
  const lc = levelCaseOf(ctx.case);
  if (!lc) return DIRECTION_CHOICES;
  const ids = levelIds(lc.model);
  const index = ids.indexOf(lc.current);
  return DIRECTION_CHOICES.filter((c) => (c.value === 'increase' ? index < ids.length - 1 : index > 0));
}
