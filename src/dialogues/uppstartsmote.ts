import { UPPSTARTSMOTE_BOENDESTOD, UPPSTARTSMOTE_SOCIALT_BOENDE, PARTICIPANT_ROLES, PARTICIPANT_ROLE_LABELS } from '../domain/checklists/uppstartsmote';
import { levelIds, levelLabel } from '../domain/levels/models';
import {
  MAX_SHORT_TEXT_LENGTH,
  renderUppstartsmoteText,
  toUppstartsmoteCardData,
  uppstartsmoteAnswersSchema,
  UPPSTARTSMOTE_TITLE,
  type UppstartsmoteAnswers,
} from '../domain/summaries';
import { childOf, itemOf, sourceOf } from './checklistText';
import { completeWithSummary } from './completeWithSummary';
import { nest } from './fields';
import type { DialogueContext, DialogueSpec, FieldSpec, StepSpec } from './types';

const SB = UPPSTARTSMOTE_SOCIALT_BOENDE;
const BS = UPPSTARTSMOTE_BOENDESTOD;

const participantChoices = PARTICIPANT_ROLES.map((r) => ({ value: r, title: PARTICIPANT_ROLE_LABELS[r] }));

function basicsStep(checklist: typeof SB | typeof BS): StepSpec {
  const participants = itemOf(checklist, 'participants');
  return {
    id: 'basics',
    title: 'Mötet',
    intro: participants.label,
    source: sourceOf(participants),
    fields: [
      { id: 'date', kind: 'date', label: 'Datum för uppstartsmötet', required: true },
      { id: 'participants.roles', kind: 'multichoice', label: participants.heading, required: true, choices: participantChoices },
      { id: 'participants.others', kind: 'text', label: 'Övriga deltagare (roll, inte namn)', required: false, maxLength: MAX_SHORT_TEXT_LENGTH },
    ],
  };
}

function textStep(checklist: typeof SB | typeof BS, id: string, number?: number): StepSpec {
  const item = itemOf(checklist, id);
  return {
    id,
    title: number ? `${number}. ${item.heading}` : item.heading,
    intro: item.label,
    source: sourceOf(item),
    fields: [{ id, kind: 'textarea', label: item.heading, required: true, ...(item.help ? { help: item.help } : {}) }],
  };
}

function socialtBoendeSteps(ctx: DialogueContext): StepSpec[] {
  const goals = itemOf(SB, 'clientGoals');
  const followUp = itemOf(SB, 'followUp');
  const level = itemOf(SB, 'levelCheck');
  const model = ctx.case?.levelModel ?? null;
  const levelFields: FieldSpec[] = model
    ? [
        {
          id: 'levelCheck.levelId',
          kind: 'choice',
          label: 'Stödnivå',
          required: true,
          choices: levelIds(model).map((l) => ({ value: l, title: levelLabel(model, l) })),
        },
        {
          id: 'levelCheck.outcome',
          kind: 'choice',
          label: 'Resultat av avstämningen',
          required: true,
          choices: [
            { value: 'confirmed', title: 'Stödnivån stämmer och ligger kvar' },
            { value: 'earlier_adjustment_needed', title: 'Särskilda behov – nivån behöver ses över före en månad' },
          ],
          help: 'Som huvudregel gäller den första nivåbedömningen minst en månad (000, 003 › Hantering av stödnivåer – process).',
        },
        { id: 'levelCheck.comment', kind: 'textarea', label: 'Kommentar om stödnivån', required: (v) => v['levelCheck.outcome'] === 'earlier_adjustment_needed' },
      ]
    : [];
  return [
    basicsStep(SB),
    textStep(SB, 'sinceMoveIn', 1),
    textStep(SB, 'assignmentReview', 2),
    {
      id: 'clientGoals',
      title: `3. ${goals.heading}`,
      intro: goals.label,
      source: sourceOf(goals),
      fields: [
        { id: 'clientGoals.thoughtsAndGoals', kind: 'textarea', label: childOf(goals, 'thoughtsAndGoals').heading, required: true },
        { id: 'clientGoals.prioritisedGoals', kind: 'textarea', label: childOf(goals, 'prioritisedGoals').heading, required: false },
      ],
    },
    {
      id: 'followUp',
      title: `4. ${followUp.heading}`,
      intro: followUp.label,
      source: sourceOf(followUp),
      fields: [
        { id: 'followUp.how', kind: 'textarea', label: childOf(followUp, 'how').heading, required: true },
        { id: 'followUp.firstMeetingDate', kind: 'date', label: 'Datum för första uppföljningsmötet', required: true },
        { id: 'followUp.firstMeetingTime', kind: 'time', label: 'Tid', required: false },
      ],
    },
    {
      id: 'levelCheck',
      title: level.heading,
      intro: model ? level.label : 'Ärendet saknar stödnivå i Stödlotsen. Skriv en kommentar om hur nivån stämdes av.',
      source: sourceOf(level),
      fields: model ? levelFields : [{ id: 'levelCheck.comment', kind: 'textarea', label: 'Kommentar om stödnivån', required: false }],
    },
  ];
}

function boendestodSteps(): StepSpec[] {
  const gp = itemOf(BS, 'genomforandeplanStart');
  const reason = itemOf(BS, 'caseworkerReason');
  const basics = basicsStep(BS);
  return [
    {
      ...basics,
      fields: [
        ...basics.fields,
        {
          id: 'caseworkerReason',
          kind: 'textarea',
          label: reason.heading,
          help: reason.label,
          required: (v) => (v['participants.roles'] ?? '').split(',').includes('caseworker'),
          visibleWhen: (v) => (v['participants.roles'] ?? '').split(',').includes('caseworker'),
        },
      ],
    },
    textStep(BS, 'workingMethods', 1),
    textStep(BS, 'assignmentReview', 2),
    {
      id: 'genomforandeplan',
      title: `3. ${gp.heading}`,
      intro: gp.label,
      source: sourceOf(gp),
      fields: [
        {
          id: 'genomforandeplan.status',
          kind: 'choice',
          label: 'Genomförandeplanen',
          required: true,
          choices: [
            { value: 'started', title: 'Påbörjades på mötet' },
            { value: 'at_next_visit', title: 'Påbörjas vid nästa insatstillfälle' },
          ],
        },
        { id: 'genomforandeplan.comment', kind: 'textarea', label: 'Kommentar', required: false },
      ],
    },
  ];
}

export const uppstartsmoteDialogue: DialogueSpec<UppstartsmoteAnswers> = {
  id: 'uppstartsmote',
  title: UPPSTARTSMOTE_TITLE,
  command: 'uppstartsmöte',
  needsCase: true,
  steps: (ctx) => (ctx.case?.service === 'boendestod' ? boendestodSteps() : socialtBoendeSteps(ctx)),
  initialValues: (ctx) => ({
    date: ctx.today,
    'participants.roles': ctx.case?.service === 'boendestod' ? 'client,contactStaff' : 'client,caseworker,contactStaff',
    ...(ctx.case?.currentLevel ? { 'levelCheck.levelId': ctx.case.currentLevel } : {}),
  }),
  build(values, ctx) {
    const nested = nest(values);
    const participants = (nested.participants as Record<string, unknown> | undefined) ?? {};
    const base = {
      ...nested,
      service: ctx.case?.service,
      caseReference: ctx.case?.caseReference,
      participants: { ...participants, roles: String(participants.roles ?? '').split(',').filter(Boolean) },
    };
    if (ctx.case?.service === 'boendestod') return base;
    return { ...base, levelCheck: { ...((nested.levelCheck as object) ?? {}), modelId: ctx.case?.levelModel ?? undefined } };
  },
  schema: uppstartsmoteAnswersSchema,
  preview: (answers) => ({ title: UPPSTARTSMOTE_TITLE, text: renderUppstartsmoteText(answers) }),
  complete: (input) => {
    const a = input.answers;
    const followUpAt =
      a.service === 'socialt_boende_med_stod' ? `${a.followUp.firstMeetingDate}T${a.followUp.firstMeetingTime ?? '00:00'}` : undefined;
    return completeWithSummary(
      input,
      { kind: 'uppstartsmote', title: UPPSTARTSMOTE_TITLE, text: renderUppstartsmoteText(a), card: toUppstartsmoteCardData(a) },
      { uppstartsmote_date: a.date, ...(followUpAt ? { follow_up_booked_at: followUpAt, last_underlag_date: null } : {}) },
      'Sammanfattning från uppstartsmötet, skickad av boendepersonalen.',
    );
  },
};
