import { z } from 'zod';
import { LEVEL_MODEL_IDS } from '../case';
import { STODNIVAANDRING_PROPOSAL } from '../checklists/stodnivaandring';
import type { ConditionFacts } from '../checklists/types';
import { isLevelId, levelChangeDirection, levelLabel } from '../levels/models';
import {
  buildEntries,
  fact,
  renderPlainText,
  section,
  textLines,
  textSection,
  toCardData,
  type EntryBuilders,
  type SummaryCardData,
  type SummaryDocument,
} from './document';
import { capitalise, directionSentence, durationText } from './labels';
import {
  caseReferenceSchema,
  isoDateSchema,
  levelChangeDirectionSchema,
  levelChangeDurationSchema,
  optionalText,
  requireNotBefore,
  requireWhen,
  requiredText,
} from './schemas';

export const STODNIVAANDRING_TITLE = 'Förslag om ändrad stödnivå';

export const ADJUSTMENT_TIMINGS = ['at_follow_up', 'before_follow_up'] as const;

export const stodnivaandringAnswersSchema = z
  .object({
    caseReference: caseReferenceSchema,
    date: isoDateSchema,
    modelId: z.enum(LEVEL_MODEL_IDS),
    currentLevelId: z.string(),
    proposedLevelId: z.string(),
    direction: levelChangeDirectionSchema,
    timing: z.enum(ADJUSTMENT_TIMINGS),
    howChanged: requiredText('På vilket sätt behovet har förändrats'),
    reason: requiredText('Anledning till det förändrade behovet'),
    duration: levelChangeDurationSchema,
    specialNeeds: optionalText('Särskilda behov som motiverar tidigare justering'),
    clientView: optionalText('Den enskildes syn'),
  })
  .superRefine((answers, ctx) => {
    const { modelId, currentLevelId, proposedLevelId } = answers;
    const currentKnown = isLevelId(modelId, currentLevelId);
    const proposedKnown = isLevelId(modelId, proposedLevelId);
    const unknownLevel = 'Välj en stödnivå som finns i nivåmodellen.';
    if (!currentKnown) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['currentLevelId'], message: unknownLevel });
    if (!proposedKnown) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['proposedLevelId'], message: unknownLevel });
    if (currentKnown && proposedKnown) {
      const actual = levelChangeDirection(modelId, currentLevelId, proposedLevelId);
      if (actual === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['proposedLevelId'], message: 'Den föreslagna stödnivån är densamma som den nuvarande.' });
      } else if (actual !== answers.direction) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['direction'],
          message: 'Ökat eller minskat behov stämmer inte med skillnaden mellan nuvarande och föreslagen stödnivå.',
        });
      }
    }
    requireWhen(ctx, answers.timing === 'before_follow_up', answers.specialNeeds, ['specialNeeds'],
      'Särskilda behov som motiverar tidigare justering');
    if (answers.duration.kind === 'temporary') {
      requireNotBefore(ctx, answers.date, answers.duration.until, ['duration', 'until'],
        'Slutdatumet för ett tillfälligt behov kan inte ligga före förslagets datum.');
    }
  });

export type StodnivaandringAnswers = z.infer<typeof stodnivaandringAnswersSchema>;

export function stodnivaandringConditions(answers: StodnivaandringAnswers): ConditionFacts {
  return { adjustmentBeforeFollowUp: answers.timing === 'before_follow_up' };
}

const TIMING_SV: Readonly<Record<(typeof ADJUSTMENT_TIMINGS)[number], string>> = {
  at_follow_up: 'Vid uppföljningsmötet',
  before_follow_up: 'Före uppföljningsmötet, på grund av särskilda behov',
};

const BUILDERS: EntryBuilders<typeof STODNIVAANDRING_PROPOSAL, StodnivaandringAnswers> = {
  currentLevel: (a, item) => fact(item, capitalise(levelLabel(a.modelId, a.currentLevelId))),
  proposedLevel: (a, item) => fact(item, capitalise(levelLabel(a.modelId, a.proposedLevelId))),
  timing: (a, item) => fact(item, TIMING_SV[a.timing]),
  howChanged: (a, item) => section(item, [directionSentence(a.direction), ...textLines(a.howChanged)]),
  reason: (a, item) => textSection(item, a.reason),
  duration: (a, item) => fact(item, durationText(a.duration)),
  specialNeeds: (a, item) => textSection(item, a.specialNeeds),
  clientView: (a, item) => textSection(item, a.clientView),
};

export function stodnivaandringDocument(answers: StodnivaandringAnswers): SummaryDocument {
  return {
    title: STODNIVAANDRING_TITLE,
    caseReference: answers.caseReference,
    date: answers.date,
    entries: buildEntries(STODNIVAANDRING_PROPOSAL, stodnivaandringConditions(answers), answers, BUILDERS),
  };
}

export function renderStodnivaandringText(answers: StodnivaandringAnswers): string {
  return renderPlainText(stodnivaandringDocument(answers));
}

export function toStodnivaandringCardData(answers: StodnivaandringAnswers): SummaryCardData {
  return toCardData(stodnivaandringDocument(answers));
}
