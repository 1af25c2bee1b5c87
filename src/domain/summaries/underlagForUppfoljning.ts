import { z } from 'zod';
import { UNDERLAG_FOR_UPPFOLJNING } from '../checklists/underlagForUppfoljning';
import { childItem, type ConditionFacts } from '../checklists/types';
import {
  buildEntries,
  labelledLines,
  renderPlainText,
  section,
  textSection,
  toCardData,
  type EntryBuilders,
  type SummaryCardData,
  type SummaryDocument,
} from './document';
import { directionSentence, durationText } from './labels';
import {
  MAX_GOALS,
  MAX_SHORT_TEXT_LENGTH,
  caseReferenceSchema,
  isoDateSchema,
  levelChangeDirectionSchema,
  levelChangeDurationSchema,
  optionalText,
  requireNotBefore,
  requireWhen,
  requiredText,
} from './schemas';

export const UNDERLAG_FOR_UPPFOLJNING_TITLE = 'Underlag för uppföljning';

export const GOAL_FULFILMENTS = ['met', 'partly_met', 'not_met'] as const;
export const RENT_PAYMENT_STATUSES = ['paid', 'partly_paid', 'not_paid'] as const;

const goalSchema = z.object({
  goal: requiredText('Mål', MAX_SHORT_TEXT_LENGTH),
  fulfilment: z.enum(GOAL_FULFILMENTS),
  achievedHow: optionalText('Vad som har uppnåtts och hur'),
  remaining: optionalText('Vad som kvarstår'),
});

const levelAdjustmentSchema = z.object({
  direction: levelChangeDirectionSchema,
  howChanged: requiredText('På vilket sätt'),
  reason: requiredText('Anledning till det förändrade behovet'),
  duration: levelChangeDurationSchema,
});

export const underlagForUppfoljningAnswersSchema = z
  .object({
    caseReference: caseReferenceSchema,
    date: isoDateSchema,
    conditions: z.object({
      clientPaysRent: z.boolean(),
      boendekartlaggningDone: z.boolean(),
      levelChangeRelevant: z.boolean(),
    }),
    sinceLastFollowUp: requiredText('Hur det har fungerat sedan föregående uppföljning'),
    rentPayment: z
      .object({ status: z.enum(RENT_PAYMENT_STATUSES), comment: optionalText('Kommentar om hyra och egenavgift') })
      .optional(),
    significantEvents: optionalText('Händelser av vikt'),
    goals: z.array(goalSchema).min(1, 'Följ upp minst ett mål.').max(MAX_GOALS, `Följ upp högst ${MAX_GOALS} mål.`),
    boendekartlaggningResult: optionalText('Resultat av boendekartläggning'),
    newNeeds: optionalText('Behov som har tillkommit'),
    levelAdjustment: levelAdjustmentSchema.optional(),
    clientPerspective: requiredText('Den enskildes perspektiv'),
  })
  .superRefine((answers, ctx) => {
    const { clientPaysRent, boendekartlaggningDone, levelChangeRelevant } = answers.conditions;
    requireWhen(ctx, clientPaysRent, answers.rentPayment, ['rentPayment'], 'Hyra och egenavgift');
    requireWhen(ctx, boendekartlaggningDone, answers.boendekartlaggningResult, ['boendekartlaggningResult'],
      'Resultat av boendekartläggning');
    requireWhen(ctx, levelChangeRelevant, answers.levelAdjustment, ['levelAdjustment'], 'Behov av att justera stödnivån');
    const duration = answers.levelAdjustment?.duration;
    if (levelChangeRelevant && duration?.kind === 'temporary') {
      requireNotBefore(ctx, answers.date, duration.until, ['levelAdjustment', 'duration', 'until'],
        'Slutdatumet för ett tillfälligt behov kan inte ligga före underlagets datum.');
    }
  });

export type UnderlagForUppfoljningAnswers = z.infer<typeof underlagForUppfoljningAnswersSchema>;

export function underlagForUppfoljningConditions(answers: UnderlagForUppfoljningAnswers): ConditionFacts {
  return { ...answers.conditions };
}

const RENT_PAYMENT_SV: Readonly<Record<(typeof RENT_PAYMENT_STATUSES)[number], string>> = {
  paid: 'Hyra/egenavgift är betald.',
  partly_paid: 'Hyra/egenavgift är delvis betald.',
  not_paid: 'Hyra/egenavgift är inte betald.',
};

const FULFILMENT_SV: Readonly<Record<(typeof GOAL_FULFILMENTS)[number], string>> = {
  met: 'Uppfyllt',
  partly_met: 'Delvis uppfyllt',
  not_met: 'Inte uppfyllt',
};

const BUILDERS: EntryBuilders<typeof UNDERLAG_FOR_UPPFOLJNING, UnderlagForUppfoljningAnswers> = {
  sinceLastFollowUp: (a, item) => textSection(item, a.sinceLastFollowUp),
  rentPaid: (a, item) =>
    a.rentPayment && section(item, [RENT_PAYMENT_SV[a.rentPayment.status], ...labelledLines('Kommentar', a.rentPayment.comment)]),
  significantEvents: (a, item) => textSection(item, a.significantEvents),
  goalFollowUp: (a, item) => {
    const heading = (id: string) => childItem(item, id).heading;
    return section(
      item,
      a.goals.flatMap((goal, index) => [
        ...labelledLines(`Mål ${index + 1}`, goal.goal),
        `${heading('goalsMet')}: ${FULFILMENT_SV[goal.fulfilment]}`,
        ...labelledLines(heading('achievedHow'), goal.achievedHow),
        ...labelledLines(heading('remaining'), goal.remaining),
      ]),
    );
  },
  boendekartlaggningResult: (a, item) => textSection(item, a.boendekartlaggningResult),
  newNeeds: (a, item) => textSection(item, a.newNeeds),
  levelAdjustment: (a, item) => {
    const adjustment = a.levelAdjustment;
    if (!adjustment) return undefined;
    return section(item, [
      directionSentence(adjustment.direction),
      ...labelledLines(childItem(item, 'howChanged').heading, adjustment.howChanged),
      ...labelledLines(childItem(item, 'reason').heading, adjustment.reason),
      `${childItem(item, 'duration').heading}: ${durationText(adjustment.duration)}`,
    ]);
  },
  clientPerspective: (a, item) => textSection(item, a.clientPerspective),
};

export function underlagForUppfoljningDocument(answers: UnderlagForUppfoljningAnswers): SummaryDocument {
  return {
    title: UNDERLAG_FOR_UPPFOLJNING_TITLE,
    caseReference: answers.caseReference,
    date: answers.date,
    entries: buildEntries(UNDERLAG_FOR_UPPFOLJNING, underlagForUppfoljningConditions(answers), answers, BUILDERS),
  };
}

export function renderUnderlagForUppfoljningText(answers: UnderlagForUppfoljningAnswers): string {
  return renderPlainText(underlagForUppfoljningDocument(answers));
}

export function toUnderlagForUppfoljningCardData(answers: UnderlagForUppfoljningAnswers): SummaryCardData {
  return toCardData(underlagForUppfoljningDocument(answers));
}
