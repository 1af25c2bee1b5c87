import { z } from 'zod';
import { UPPFOLJNINGSMOTE } from '../checklists/uppfoljningsmote';
import { childItem, type ConditionFacts } from '../checklists/types';
import { buildEntries, labelledLines, renderPlainText, section, textSection, toCardData, type EntryBuilders, type SummaryCardData, type SummaryDocument } from './document';
import { durationText } from './labels';
import { caseReferenceSchema, isoDateSchema, levelChangeDurationSchema, optionalText, requireNotBefore, requireWhen, requiredText } from './schemas';

export const UPPFOLJNINGSMOTE_TITLE = 'Uppföljningsmöte';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The caseworker's notes from the uppföljningsmöte (001 › Checklista för uppföljningsmöte). */
export const uppfoljningsmoteAnswersSchema = z
  .object({
    caseReference: caseReferenceSchema,
    date: isoDateSchema,
    conditions: z.object({ clientPaysRent: z.boolean(), levelChangeRelevant: z.boolean() }),
    sinceLastFollowUp: requiredText('Hur det har fungerat sedan föregående uppföljning'),
    rentPaid: optionalText('Hyra och egenavgift'),
    progress: requiredText('Vad som har hänt i processen'),
    significantEvents: optionalText('Händelser av vikt'),
    assignmentCheck: z.object({
      goalsMet: requiredText('Måluppfyllelse'),
      achievedHow: optionalText('Vad som har uppnåtts och hur'),
      remaining: optionalText('Vad som kvarstår'),
    }),
    newNeeds: optionalText('Behov som har tillkommit'),
    levelAdjustment: z.object({ reason: requiredText('Anledning till det förändrade behovet'), duration: levelChangeDurationSchema }).optional(),
    nextMeeting: z.object({
      date: isoDateSchema,
      time: z.string().regex(TIME_PATTERN, 'Ange tiden som TT:MM, till exempel 09:30.').optional(),
    }),
    clientExperience: requiredText('Den enskildes upplevelse'),
  })
  .superRefine((a, ctx) => {
    requireWhen(ctx, a.conditions.clientPaysRent, a.rentPaid, ['rentPaid'], 'Hyra och egenavgift');
    requireWhen(ctx, a.conditions.levelChangeRelevant, a.levelAdjustment, ['levelAdjustment'], 'Behov av att justera stödnivån');
    requireNotBefore(ctx, a.date, a.nextMeeting.date, ['nextMeeting', 'date'], 'Nästa uppföljningsmöte kan inte ligga före det här mötet.');
  });

export type UppfoljningsmoteAnswers = z.infer<typeof uppfoljningsmoteAnswersSchema>;

export function uppfoljningsmoteConditions(a: UppfoljningsmoteAnswers): ConditionFacts {
  return { ...a.conditions };
}

const BUILDERS: EntryBuilders<typeof UPPFOLJNINGSMOTE, UppfoljningsmoteAnswers> = {
  sinceLastFollowUp: (a, item) => textSection(item, a.sinceLastFollowUp),
  rentPaid: (a, item) => textSection(item, a.rentPaid),
  progress: (a, item) => textSection(item, a.progress),
  significantEvents: (a, item) => textSection(item, a.significantEvents),
  assignmentCheck: (a, item) =>
    section(item, [
      ...labelledLines(childItem(item, 'goalsMet').heading, a.assignmentCheck.goalsMet),
      ...labelledLines(childItem(item, 'achievedHow').heading, a.assignmentCheck.achievedHow),
      ...labelledLines(childItem(item, 'remaining').heading, a.assignmentCheck.remaining),
    ]),
  newNeeds: (a, item) => textSection(item, a.newNeeds),
  levelAdjustment: (a, item) =>
    a.levelAdjustment &&
    section(item, [
      ...labelledLines(childItem(item, 'reason').heading, a.levelAdjustment.reason),
      `${childItem(item, 'duration').heading}: ${durationText(a.levelAdjustment.duration)}`,
    ]),
  nextMeeting: (a, item) => section(item, [a.nextMeeting.time ? `${a.nextMeeting.date} kl. ${a.nextMeeting.time}` : a.nextMeeting.date]),
  clientExperience: (a, item) => textSection(item, a.clientExperience),
};

export function uppfoljningsmoteDocument(a: UppfoljningsmoteAnswers): SummaryDocument {
  return { title: UPPFOLJNINGSMOTE_TITLE, caseReference: a.caseReference, date: a.date, entries: buildEntries(UPPFOLJNINGSMOTE, uppfoljningsmoteConditions(a), a, BUILDERS) };
}

export function renderUppfoljningsmoteText(a: UppfoljningsmoteAnswers): string {
  return renderPlainText(uppfoljningsmoteDocument(a));
}

export function toUppfoljningsmoteCardData(a: UppfoljningsmoteAnswers): SummaryCardData {
  return toCardData(uppfoljningsmoteDocument(a));
}
