import { UNDERLAG_FOR_UPPFOLJNING } from '../domain/checklists/underlagForUppfoljning';
import {
  GOAL_FULFILMENTS,
  MAX_SHORT_TEXT_LENGTH,
  renderUnderlagForUppfoljningText,
  RENT_PAYMENT_STATUSES,
  toUnderlagForUppfoljningCardData,
  underlagForUppfoljningAnswersSchema,
  UNDERLAG_FOR_UPPFOLJNING_TITLE,
  type UnderlagForUppfoljningAnswers,
} from '../domain/summaries';
import { formatCitation } from '../domain/sources';
import type { DraftValues } from '../storage/drafts.repository';
import { childOf, itemOf, sourceOf } from './checklistText';
import { completeWithSummary, type ProposedLevelChange } from './completeWithSummary';
import { levelChangeDirection, levelIds, levelLabel } from '../domain/levels/models';
import type { LevelChangeDirection } from '../domain/case';
import { buildDuration, DIRECTION_CHOICES, durationFields, levelStatusText, needsSpecialReasons } from './levelProposal';
import { DialogueInputError, type DialogueContext, type DialogueSpec, type FieldSpec, type StepSpec } from './types';

const U = UNDERLAG_FOR_UPPFOLJNING;

/** How many goals one underlag offers; each further one is opened by a toggle on the one before. */
export const GOAL_SLOTS = 5;

const FULFILMENT_TITLES: Readonly<Record<(typeof GOAL_FULFILMENTS)[number], string>> = {
  met: 'Uppfyllt',
  partly_met: 'Delvis uppfyllt',
  not_met: 'Inte uppfyllt',
};

const RENT_TITLES: Readonly<Record<(typeof RENT_PAYMENT_STATUSES)[number], string>> = {
  paid: 'Betald',
  partly_paid: 'Delvis betald',
  not_paid: 'Inte betald',
};

const KARTLAGGNING_DONE = 'conditions.boendekartlaggningDone';
const LEVEL_CHANGE = 'conditions.levelChangeRelevant';

const goalKey = (index: number, field: string) => `goals.${index}.${field}`;

/** Goal 1 is always asked; goal n+1 when the toggle on goal n is on. */
export function goalShown(values: DraftValues, index: number): boolean {
  for (let i = 0; i < index; i++) if (values[goalKey(i, 'more')] !== 'true') return false;
  return true;
}

function textStep(id: string, required: boolean, extraIntro = ''): StepSpec {
  const item = itemOf(U, id);
  return {
    id,
    title: item.heading,
    intro: `${item.label}${extraIntro}`,
    source: sourceOf(item),
    fields: [{ id, kind: 'textarea', label: item.heading, required }],
  };
}

function goalStep(index: number): StepSpec {
  const item = itemOf(U, 'goalFollowUp');
  const child = (id: string) => childOf(item, id);
  const last = index === GOAL_SLOTS - 1;
  const fields: FieldSpec[] = [
    { id: goalKey(index, 'goal'), kind: 'text', label: 'Mål', help: 'Målet eller delmålet som det står i uppdraget.', required: true, maxLength: MAX_SHORT_TEXT_LENGTH },
    {
      id: goalKey(index, 'fulfilment'),
      kind: 'choice',
      label: child('goalsMet').heading,
      help: child('goalsMet').label,
      required: true,
      choices: GOAL_FULFILMENTS.map((f) => ({ value: f, title: FULFILMENT_TITLES[f] })),
    },
    { id: goalKey(index, 'achievedHow'), kind: 'textarea', label: child('achievedHow').heading, required: false },
    { id: goalKey(index, 'remaining'), kind: 'textarea', label: child('remaining').heading, required: false },
  ];
  if (!last) fields.push({ id: goalKey(index, 'more'), kind: 'toggle', label: 'Följ upp ett mål till', required: false });
  return {
    id: `goal${index + 1}`,
    title: `${item.heading}: mål ${index + 1}`,
    intro: index === 0 ? `${item.label} Ta ett mål i taget, som de står i uppdraget.` : `Ett mål till (högst ${GOAL_SLOTS} här).`,
    source: sourceOf(item),
    visibleWhen: (v) => goalShown(v, index),
    fields,
  };
}

function steps(ctx: DialogueContext): StepSpec[] {
  const rent = itemOf(U, 'rentPaid');
  const kartlaggning = itemOf(U, 'boendekartlaggningResult');
  const level = itemOf(U, 'levelAdjustment');
  const levelChild = (id: string) => childOf(level, id);
  const rentFrom = ctx.case?.rentFromDate ? ` Hyra betalas från ${ctx.case.rentFromDate}.` : '';
  return [
    {
      id: 'basics',
      title: 'Underlaget',
      intro: 'Underlaget dokumenteras i genomförandejournalen och skickas till ansvarig socialsekreterare inför uppföljningsmötet.',
      source: formatCitation(U.citation),
      fields: [
        { id: 'date', kind: 'date', label: 'Datum för underlaget', required: true },
        { id: KARTLAGGNING_DONE, kind: 'toggle', label: 'Har en boendekartläggning gjorts sedan förra uppföljningen?', required: false },
      ],
    },
    textStep('sinceLastFollowUp', true),
    {
      id: 'rentPaid',
      title: rent.heading,
      intro: `${rent.label}${rentFrom}`,
      source: sourceOf(rent),
      visibleWhen: (_v, c) => c.case?.paysRent === true,
      fields: [
        {
          id: 'rentPayment.status',
          kind: 'choice',
          label: rent.heading,
          required: true,
          choices: RENT_PAYMENT_STATUSES.map((s) => ({ value: s, title: RENT_TITLES[s] })),
        },
        { id: 'rentPayment.comment', kind: 'textarea', label: 'Kommentar om hyra och egenavgift', required: false },
      ],
    },
    textStep('significantEvents', false),
    ...Array.from({ length: GOAL_SLOTS }, (_, i) => goalStep(i)),
    {
      ...textStep('boendekartlaggningResult', true),
      title: kartlaggning.heading,
      visibleWhen: (v) => v[KARTLAGGNING_DONE] === 'true',
    },
    textStep('newNeeds', false),
    {
      id: 'levelQuestion',
      title: 'Stödnivån',
      intro: [levelStatusText(ctx.case, ctx.today), level.label].filter(Boolean).join('\n\n'),
      source: sourceOf(level),
      fields: [{ id: LEVEL_CHANGE, kind: 'toggle', label: 'Stödnivån behöver justeras', required: false }],
    },
    {
      id: 'levelAdjustment',
      title: level.heading,
      introFor: (values, c) =>
        [
          'Socialsekreteraren bedömer stödnivån och väger in er bedömning. Föreslår du en bestämd nivå kan socialsekreteraren besluta direkt i sitt kort.',
          needsSpecialReasons(values, c)
            ? `Underlaget är daterat inom en månad från att nuvarande nivå började gälla: skriv de särskilda skälen under ”${levelChild('reason').heading}”.`
            : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      source: sourceOf(level),
      visibleWhen: (v) => v[LEVEL_CHANGE] === 'true',
      fields: [
        { id: 'levelAdjustment.direction', kind: 'choice', label: 'Ökat eller minskat behov', required: true, choices: DIRECTION_CHOICES },
        { id: 'levelAdjustment.howChanged', kind: 'textarea', label: levelChild('howChanged').heading, help: levelChild('howChanged').label, required: true },
        { id: 'levelAdjustment.reason', kind: 'textarea', label: levelChild('reason').heading, help: levelChild('reason').label, required: true },
        ...durationFields('levelAdjustment.duration', levelChild('duration').heading, levelChild('duration').label),
        ...proposedLevelField(ctx),
      ],
    },
    textStep('clientPerspective', true),
  ];
}

function buildGoals(values: DraftValues): Record<string, string | undefined>[] {
  const goals: Record<string, string | undefined>[] = [];
  for (let i = 0; i < GOAL_SLOTS && goalShown(values, i); i++) {
    goals.push({
      goal: values[goalKey(i, 'goal')] ?? '',
      fulfilment: values[goalKey(i, 'fulfilment')] || undefined,
      achievedHow: values[goalKey(i, 'achievedHow')] ?? '',
      remaining: values[goalKey(i, 'remaining')] ?? '',
    });
  }
  return goals;
}

export const uppfoljningDialogue: DialogueSpec<UnderlagForUppfoljningAnswers> = {
  id: 'uppfoljning',
  title: UNDERLAG_FOR_UPPFOLJNING_TITLE,
  command: 'uppföljning',
  needsCase: true,
  // 001's underlag för uppföljning belongs to socialt boende med stöd; boendestöd (002) follows up otherwise.
  appliesTo: (c) => c.service === 'socialt_boende_med_stod',
  steps,
  initialValues: (ctx) => ({ date: ctx.today }),
  build(values, ctx) {
    const paysRent = ctx.case?.paysRent === true;
    const kartlaggning = values[KARTLAGGNING_DONE] === 'true';
    const levelChange = values[LEVEL_CHANGE] === 'true';
    // Answers behind a condition that no longer holds stay in the draft but are not sent.
    return {
      caseReference: ctx.case?.caseReference,
      date: values.date || undefined,
      conditions: { clientPaysRent: paysRent, boendekartlaggningDone: kartlaggning, levelChangeRelevant: levelChange },
      sinceLastFollowUp: values.sinceLastFollowUp ?? '',
      rentPayment: paysRent ? { status: values['rentPayment.status'] || undefined, comment: values['rentPayment.comment'] ?? '' } : undefined,
      significantEvents: values.significantEvents ?? '',
      goals: buildGoals(values),
      boendekartlaggningResult: kartlaggning ? (values.boendekartlaggningResult ?? '') : '',
      newNeeds: values.newNeeds ?? '',
      levelAdjustment: levelChange
        ? {
            direction: values['levelAdjustment.direction'] || undefined,
            howChanged: values['levelAdjustment.howChanged'] ?? '',
            reason: values['levelAdjustment.reason'] ?? '',
            duration: buildDuration(values, 'levelAdjustment.duration'),
          }
        : undefined,
      clientPerspective: values.clientPerspective ?? '',
    };
  },
  schema: underlagForUppfoljningAnswersSchema,
  preview: (answers) => ({ title: UNDERLAG_FOR_UPPFOLJNING_TITLE, text: renderUnderlagForUppfoljningText(answers) }),
  complete: (input) => {
    const a = input.answers;
    return completeWithSummary(
      input,
      { kind: 'uppfoljning', title: UNDERLAG_FOR_UPPFOLJNING_TITLE, text: renderUnderlagForUppfoljningText(a), card: toUnderlagForUppfoljningCardData(a) },
      { last_underlag_date: a.date },
      'Underlag för uppföljning från boendepersonalen.',
      proposedChange(input.values, a.levelAdjustment?.direction, input.ctx),
    );
  },
};

const PROPOSED_LEVEL = 'levelAdjustment.proposedLevel';

/** Optional: a concrete level the staff propose, so the caseworker can decide in the card. */
function proposedLevelField(ctx: DialogueContext): FieldSpec[] {
  const c = ctx.case;
  if (!c?.levelModel || !c.currentLevel) return [];
  const model = c.levelModel;
  const current = c.currentLevel;
  return [
    {
      id: PROPOSED_LEVEL,
      kind: 'choice',
      label: 'Föreslagen stödnivå (valfritt)',
      required: false,
      choices: levelIds(model)
        .filter((l) => l !== current)
        .map((l) => ({ value: l, title: levelLabel(model, l) })),
    },
  ];
}

function proposedChange(values: DraftValues, direction: LevelChangeDirection | undefined, ctx: DialogueContext): ProposedLevelChange | undefined {
  const c = ctx.case;
  const proposed = values[PROPOSED_LEVEL];
  if (!direction || !proposed || !c?.levelModel || !c.currentLevel) return undefined;
  if (levelChangeDirection(c.levelModel, c.currentLevel, proposed) !== direction) {
    const wanted = direction === 'increase' ? 'högre' : 'lägre';
    throw new DialogueInputError(`Den föreslagna stödnivån stämmer inte med att behovet har ${direction === 'increase' ? 'ökat' : 'minskat'}: välj en ${wanted} nivå eller ingen.`, PROPOSED_LEVEL);
  }
  return { model: c.levelModel, fromLevel: c.currentLevel, proposedLevel: proposed, direction };
}
