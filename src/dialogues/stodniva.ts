import type { LevelChangeDirection, LevelModelId } from '../domain/case';
import type { ClientCase } from '../domain/cases';
import { isIsoDate } from '../domain/calendar';
import { STODNIVAANDRING_PROPOSAL } from '../domain/checklists/stodnivaandring';
import { checkLevelChangeProposal, type LevelChangeCheck } from '../domain/levelChange';
import { adviseLevel, levelObservationSchema, type LevelAdvice } from '../domain/levels/advisor';
import { getLevelModel, levelChangeDirection, levelIds, levelLabel } from '../domain/levels/models';
import { formatCitation } from '../domain/sources';
import {
  renderStodnivaandringText,
  stodnivaandringAnswersSchema,
  STODNIVAANDRING_TITLE,
  toStodnivaandringCardData,
  type StodnivaandringAnswers,
} from '../domain/summaries';
import { capitalise } from '../domain/summaries/labels';
import type { DraftValues } from '../storage/drafts.repository';
import { itemOf, sourceOf } from './checklistText';
import { completeWithSummary } from './completeWithSummary';
import { DialogueInputError, type Choice, type DialogueContext, type DialogueSpec, type FieldSpec, type StepSpec } from './types';

const P = STODNIVAANDRING_PROPOSAL;

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

interface LevelCase {
  readonly model: LevelModelId;
  readonly current: string;
  readonly start: string;
}

function levelCaseOf(c: ClientCase | null): LevelCase | null {
  return c?.levelModel && c.currentLevel && c.levelStartDate ? { model: c.levelModel, current: c.currentLevel, start: c.levelStartDate } : null;
}

/** The domain's check of the one-month rule for a proposal dated `proposedOn`. */
function oneMonthCheck(lc: LevelCase, proposedOn: string, values: DraftValues = {}): LevelChangeCheck {
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

function currentLevelText(lc: LevelCase, today: string): string {
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

const OBS = {
  visits: 'need.physicalVisitsPerWeek',
  contacts: 'need.otherContactsPerWeek',
  hours: 'need.directClientHoursPerWeek',
  weekend: 'need.needsWeekendContact',
} as const;

function adviceFor(model: LevelModelId, values: DraftValues): LevelAdvice | null {
  const parsed = levelObservationSchema.safeParse({
    physicalVisitsPerWeek: values[OBS.visits] ? Number(values[OBS.visits]) : undefined,
    otherContactsPerWeek: values[OBS.contacts] ? Number(values[OBS.contacts]) : undefined,
    directClientHoursPerWeek: values[OBS.hours] ? Number(values[OBS.hours]) : undefined,
    needsWeekendContact: values[OBS.weekend] === 'true',
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
    const weekend = values[OBS.weekend] === 'true' ? ', med kontakt även helger' : '';
    parts.push(
      `Nivåstödet: med ${number(values[OBS.visits])} fysiska besök, ${number(values[OBS.contacts])} andra kontakter och ` +
        `${number(values[OBS.hours])} timmar individuellt stöd i veckan${weekend} passar ${fitting}.`,
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
function proposedLevelChoices(values: DraftValues, ctx: DialogueContext): readonly Choice[] {
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
function directionChoices(_values: DraftValues, ctx: DialogueContext): readonly Choice[] {
  const lc = levelCaseOf(ctx.case);
  if (!lc) return DIRECTION_CHOICES;
  const ids = levelIds(lc.model);
  const index = ids.indexOf(lc.current);
  return DIRECTION_CHOICES.filter((c) => (c.value === 'increase' ? index < ids.length - 1 : index > 0));
}

// ── The dialogue ─────────────────────────────────────────────────────────────────────────────────

const TIMING_CHOICES: readonly Choice[] = [
  { value: 'at_follow_up', title: 'Vid nästa uppföljningsmöte' },
  { value: 'before_follow_up', title: 'Före uppföljningsmötet, på grund av särskilda behov' },
];

function specialReasonsShown(values: DraftValues, ctx: DialogueContext): boolean {
  return needsSpecialReasons(values, ctx) || values.timing === 'before_follow_up';
}

function steps(ctx: DialogueContext): StepSpec[] {
  const lc = levelCaseOf(ctx.case);
  const howChanged = itemOf(P, 'howChanged');
  const reason = itemOf(P, 'reason');
  const duration = itemOf(P, 'duration');
  const timing = itemOf(P, 'timing');
  const proposed = itemOf(P, 'proposedLevel');
  const special = itemOf(P, 'specialNeeds');
  const clientView = itemOf(P, 'clientView');
  return [
    {
      id: 'change',
      title: 'Förändrat behov',
      intro: lc ? currentLevelText(lc, ctx.today) : '',
      source: sourceOf(howChanged),
      fields: [
        { id: 'date', kind: 'date', label: 'Datum för förslaget', required: true },
        { id: 'direction', kind: 'choice', label: 'Ökat eller minskat behov', required: true, choices: directionChoices },
        { id: 'howChanged', kind: 'textarea', label: howChanged.heading, help: howChanged.label, required: true },
        { id: 'reason', kind: 'textarea', label: reason.heading, help: reason.label, required: true },
      ],
    },
    {
      id: 'duration',
      title: `${duration.heading} och ${timing.heading.toLowerCase()}`,
      introFor: (values, c) => {
        if (!needsSpecialReasons(values, c) || !lc) return timing.label;
        const check = oneMonthCheck(lc, values.date ?? c.today);
        return (
          `Förslaget lämnas inom en månad från att nuvarande stödnivå började gälla (${lc.start}); ändring utan särskilda skäl kan ske tidigast ` +
          `${check.earliestOrdinaryChangeDate}. Det blir därför en justering före uppföljningsmötet, och du anger de särskilda skälen i ett senare steg.`
        );
      },
      source: sourceOf(duration),
      fields: [
        ...durationFields('duration', duration.heading, duration.label),
        { id: 'timing', kind: 'choice', label: timing.heading, required: true, choices: TIMING_CHOICES, visibleWhen: (v, c) => !needsSpecialReasons(v, c) },
      ],
    },
    {
      id: 'need',
      title: 'Behovet av stöd i veckan',
      intro: 'Svaren ger nivåstödets förslag i nästa steg. De skickas inte till socialsekreteraren. Räkna planerade tillfällen och timmar per vecka; skriv 0 om inget.',
      source: lc ? formatCitation(getLevelModel(lc.model).citation) : '',
      fields: [
        { id: OBS.visits, kind: 'number', label: 'Planerade fysiska besök per vecka', required: true },
        { id: OBS.contacts, kind: 'number', label: 'Andra planerade kontakter per vecka (telefon, sms, video)', required: true },
        { id: OBS.hours, kind: 'number', label: 'Timmar individuellt stöd (direkt brukartid) per vecka', required: true },
        { id: OBS.weekend, kind: 'toggle', label: 'Behöver kontakt även helger och helgdagar', required: false },
      ],
    },
    {
      id: 'level',
      title: proposed.heading,
      introFor: (values) => (lc ? levelAdviceText(lc, values) : ''),
      source: sourceOf(proposed),
      fields: [{ id: 'proposedLevelId', kind: 'choice', label: proposed.heading, help: proposed.label, required: true, choices: proposedLevelChoices }],
    },
    {
      id: 'specialNeeds',
      title: special.heading,
      introFor: (values, c) => {
        if (!lc || !needsSpecialReasons(values, c)) return special.label;
        const check = oneMonthCheck(lc, values.date ?? c.today);
        return `Stödnivån gäller som huvudregel minst en månad. Nuvarande nivå gäller från ${lc.start}, så ändring utan särskilda skäl kan ske tidigast ${check.earliestOrdinaryChangeDate}. ${special.label}`;
      },
      source: sourceOf(special),
      visibleWhen: specialReasonsShown,
      fields: [{ id: 'specialNeeds', kind: 'textarea', label: special.heading, required: true }],
    },
    {
      id: 'clientView',
      title: clientView.heading,
      intro: `${clientView.label} ${clientView.help ?? ''}`.trim(),
      source: sourceOf(clientView),
      fields: [{ id: 'clientView', kind: 'textarea', label: clientView.heading, required: false }],
    },
  ];
}

const ISSUE_FIELD: Readonly<Record<string, string>> = {
  proposedOn: 'date',
  'duration.until': 'duration.until',
  specialReasons: 'specialNeeds',
  inWhatWay: 'howChanged',
  cause: 'reason',
  direction: 'direction',
  proposedLevel: 'proposedLevelId',
};

export const stodnivaDialogue: DialogueSpec<StodnivaandringAnswers> = {
  id: 'stodniva',
  title: STODNIVAANDRING_TITLE,
  command: 'stödnivå',
  needsCase: true,
  appliesTo: (c) => levelCaseOf(c) !== null,
  steps,
  initialValues: (ctx) => ({ date: ctx.today }),
  build(values, ctx) {
    const lc = levelCaseOf(ctx.case);
    const special = specialReasonsShown(values, ctx);
    return {
      caseReference: ctx.case?.caseReference,
      date: values.date || undefined,
      modelId: lc?.model,
      currentLevelId: lc?.current,
      proposedLevelId: values.proposedLevelId ?? '',
      direction: values.direction || undefined,
      // Within the first month any change is earlier than the main rule: särskilda behov.
      timing: needsSpecialReasons(values, ctx) ? 'before_follow_up' : values.timing || undefined,
      howChanged: values.howChanged ?? '',
      reason: values.reason ?? '',
      duration: buildDuration(values, 'duration'),
      specialNeeds: special ? (values.specialNeeds ?? '') : '',
      clientView: values.clientView ?? '',
    };
  },
  schema: stodnivaandringAnswersSchema,
  preview: (answers) => ({ title: STODNIVAANDRING_TITLE, text: renderStodnivaandringText(answers) }),
  async complete(input) {
    const a = input.answers;
    const lc = levelCaseOf(input.ctx.case);
    if (lc) {
      const check = checkLevelChangeProposal({
        modelId: a.modelId,
        currentLevel: a.currentLevelId,
        currentLevelStartDate: lc.start,
        proposedLevel: a.proposedLevelId,
        direction: a.direction,
        inWhatWay: a.howChanged,
        cause: a.reason,
        duration: a.duration,
        ...(a.specialNeeds ? { specialReasons: a.specialNeeds } : {}),
        proposedOn: a.date,
      });
      const issue = check.errors[0];
      if (issue) throw new DialogueInputError(issue.message, ISSUE_FIELD[issue.field]);
    }
    return completeWithSummary(
      input,
      { kind: 'stodniva', title: STODNIVAANDRING_TITLE, text: renderStodnivaandringText(a), card: toStodnivaandringCardData(a) },
      {},
      'Förslag om ändrad stödnivå från boendepersonalen. Socialsekreteraren bedömer och beslutar.',
      { model: a.modelId, fromLevel: a.currentLevelId, proposedLevel: a.proposedLevelId, direction: a.direction },
    );
  },
};
