import { STODNIVAANDRING_PROPOSAL } from '../domain/checklists/stodnivaandring';
import { checkLevelChangeProposal } from '../domain/levelChange';
import { getLevelModel } from '../domain/levels/models';
import { formatCitation } from '../domain/sources';
import {
  renderStodnivaandringText,
  stodnivaandringAnswersSchema,
  STODNIVAANDRING_TITLE,
  toStodnivaandringCardData,
  type StodnivaandringAnswers,
} from '../domain/summaries';
import type { DraftValues } from '../storage/drafts.repository';
import { itemOf, sourceOf } from './checklistText';
import { completeWithSummary } from './completeWithSummary';
import {
  buildDuration,
  currentLevelText,
  directionChoices,
  durationFields,
  levelAdviceText,
  levelCaseOf,
  needsSpecialReasons,
  NEED_FIELDS,
  oneMonthCheck,
  proposedLevelChoices,
} from './levelProposal';
import { DialogueInputError, type Choice, type DialogueContext, type DialogueSpec, type StepSpec } from './types';

const P = STODNIVAANDRING_PROPOSAL;

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
        { id: NEED_FIELDS.visits, kind: 'number', label: 'Planerade fysiska besök per vecka', required: true },
        { id: NEED_FIELDS.contacts, kind: 'number', label: 'Andra planerade kontakter per vecka (telefon, sms, video)', required: true },
        { id: NEED_FIELDS.hours, kind: 'number', label: 'Timmar individuellt stöd (direkt brukartid) per vecka', required: true },
        { id: NEED_FIELDS.weekend, kind: 'toggle', label: 'Behöver kontakt även helger och helgdagar', required: false },
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
