import { z } from 'zod';
import { LEVEL_MODEL_IDS } from '../case';
import {
  PARTICIPANT_ROLES,
  PARTICIPANT_ROLE_LABELS,
  UPPSTARTSMOTE_BOENDESTOD,
  UPPSTARTSMOTE_SOCIALT_BOENDE,
  type ParticipantRole,
} from '../checklists/uppstartsmote';
import { childItem, type ConditionFacts } from '../checklists/types';
import { isLevelId, levelLabel } from '../levels/models';
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
import { capitalise, swedishList } from './labels';
import {
  MAX_SHORT_TEXT_LENGTH,
  caseReferenceSchema,
  isoDateSchema,
  optionalText,
  requireNotBefore,
  requireWhen,
  requiredText,
} from './schemas';

export const UPPSTARTSMOTE_TITLE = 'Uppstartsmöte';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const participantsSchema = z.object({
  roles: z
    .array(z.enum(PARTICIPANT_ROLES))
    .min(1, 'Ange minst en deltagare.')
    .refine((roles) => new Set(roles).size === roles.length, 'Ange varje deltagare en gång.'),
  others: optionalText('Övriga deltagare', MAX_SHORT_TEXT_LENGTH),
});

export const LEVEL_CHECK_OUTCOMES = ['confirmed', 'earlier_adjustment_needed'] as const;

const socialtBoendeSchema = z.object({
  service: z.literal('socialt_boende_med_stod'),
  caseReference: caseReferenceSchema,
  date: isoDateSchema,
  participants: participantsSchema,
  sinceMoveIn: requiredText('Hur det har fungerat sedan inflyttningen'),
  assignmentReview: requiredText('Genomgång och revidering av uppdraget'),
  clientGoals: z.object({
    thoughtsAndGoals: requiredText('Tankar och mål'),
    prioritisedGoals: optionalText('Mål som den enskilde vill prioritera'),
  }),
  followUp: z.object({
    how: requiredText('Hur uppföljningen ska ske'),
    firstMeetingDate: isoDateSchema,
    firstMeetingTime: z.string().regex(TIME_PATTERN, 'Ange tiden som TT:MM, till exempel 09:30.').optional(),
  }),
  levelCheck: z.object({
    modelId: z.enum(LEVEL_MODEL_IDS),
    levelId: z.string(),
    outcome: z.enum(LEVEL_CHECK_OUTCOMES),
    comment: optionalText('Kommentar om stödnivån'),
  }),
});

const boendestodSchema = z.object({
  service: z.literal('boendestod'),
  caseReference: caseReferenceSchema,
  date: isoDateSchema,
  participants: participantsSchema,
  caseworkerReason: optionalText('Skäl till att socialsekreteraren deltog'),
  workingMethods: requiredText('Boendestödets arbetssätt'),
  assignmentReview: requiredText('Genomgång av uppdraget'),
  genomforandeplan: z.object({
    status: z.enum(['started', 'at_next_visit']),
    comment: optionalText('Kommentar om genomförandeplanen'),
  }),
});

export const uppstartsmoteAnswersSchema = z
  .discriminatedUnion('service', [socialtBoendeSchema, boendestodSchema])
  .superRefine((answers, ctx) => {
    if (answers.service === 'socialt_boende_med_stod') {
      requireNotBefore(ctx, answers.date, answers.followUp.firstMeetingDate, ['followUp', 'firstMeetingDate'],
        'Det första uppföljningsmötet kan inte ligga före uppstartsmötet.');
      const { modelId, levelId, outcome, comment } = answers.levelCheck;
      if (!isLevelId(modelId, levelId)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['levelCheck', 'levelId'], message: 'Välj en stödnivå som finns i nivåmodellen.' });
      }
      requireWhen(ctx, outcome === 'earlier_adjustment_needed', comment, ['levelCheck', 'comment'], 'Kommentar om stödnivån');
    } else {
      requireWhen(ctx, uppstartsmoteConditions(answers).caseworkerAttends === true, answers.caseworkerReason,
        ['caseworkerReason'], 'Skäl till att socialsekreteraren deltog');
    }
  });

export type UppstartsmoteAnswers = z.infer<typeof uppstartsmoteAnswersSchema>;
export type UppstartsmoteSocialtBoendeAnswers = Extract<UppstartsmoteAnswers, { service: 'socialt_boende_med_stod' }>;
export type UppstartsmoteBoendestodAnswers = Extract<UppstartsmoteAnswers, { service: 'boendestod' }>;

export function uppstartsmoteConditions(answers: { readonly participants: { readonly roles: readonly ParticipantRole[] } }): ConditionFacts {
  return { caseworkerAttends: answers.participants.roles.includes('caseworker') };
}

function participantLines(participants: UppstartsmoteAnswers['participants']): string[] {
  const named = PARTICIPANT_ROLES.filter((role) => participants.roles.includes(role)).map((role) => PARTICIPANT_ROLE_LABELS[role]);
  return [capitalise(swedishList(named)), ...labelledLines('Övriga', participants.others)];
}

const LEVEL_OUTCOME_SV: Readonly<Record<(typeof LEVEL_CHECK_OUTCOMES)[number], string>> = {
  confirmed: 'Stödnivån stämdes av och ligger kvar.',
  earlier_adjustment_needed: 'Särskilda behov talar för att stödnivån justeras före en månad.',
};

const SOCIALT_BOENDE_BUILDERS: EntryBuilders<typeof UPPSTARTSMOTE_SOCIALT_BOENDE, UppstartsmoteSocialtBoendeAnswers> = {
  participants: (a, item) => section(item, participantLines(a.participants)),
  sinceMoveIn: (a, item) => textSection(item, a.sinceMoveIn),
  assignmentReview: (a, item) => textSection(item, a.assignmentReview),
  clientGoals: (a, item) =>
    section(item, [
      ...labelledLines(childItem(item, 'thoughtsAndGoals').heading, a.clientGoals.thoughtsAndGoals),
      ...labelledLines(childItem(item, 'prioritisedGoals').heading, a.clientGoals.prioritisedGoals),
    ]),
  followUp: (a, item) => {
    const { how, firstMeetingDate, firstMeetingTime } = a.followUp;
    const when = firstMeetingTime ? `${firstMeetingDate} kl. ${firstMeetingTime}` : firstMeetingDate;
    return section(item, [
      ...labelledLines(childItem(item, 'how').heading, how),
      `${childItem(item, 'firstMeeting').heading}: ${when}`,
    ]);
  },
  levelCheck: (a, item) => {
    const { modelId, levelId, outcome, comment } = a.levelCheck;
    return section(item, [
      `Stödnivå: ${capitalise(levelLabel(modelId, levelId))}`,
      LEVEL_OUTCOME_SV[outcome],
      ...labelledLines('Kommentar', comment),
    ]);
  },
};

const GENOMFORANDEPLAN_STATUS_SV = {
  started: 'Genomförandeplanen påbörjades vid uppstartsmötet.',
  at_next_visit: 'Genomförandeplanen påbörjas vid nästa insatstillfälle.',
} as const;

const BOENDESTOD_BUILDERS: EntryBuilders<typeof UPPSTARTSMOTE_BOENDESTOD, UppstartsmoteBoendestodAnswers> = {
  participants: (a, item) => section(item, participantLines(a.participants)),
  caseworkerReason: (a, item) => textSection(item, a.caseworkerReason),
  workingMethods: (a, item) => textSection(item, a.workingMethods),
  assignmentReview: (a, item) => textSection(item, a.assignmentReview),
  genomforandeplanStart: (a, item) =>
    section(item, [GENOMFORANDEPLAN_STATUS_SV[a.genomforandeplan.status], ...labelledLines('Kommentar', a.genomforandeplan.comment)]),
};

export function uppstartsmoteDocument(answers: UppstartsmoteAnswers): SummaryDocument {
  const base = { caseReference: answers.caseReference, date: answers.date };
  if (answers.service === 'socialt_boende_med_stod') {
    return {
      ...base,
      title: `${UPPSTARTSMOTE_TITLE}, socialt boende med stöd`,
      entries: buildEntries(UPPSTARTSMOTE_SOCIALT_BOENDE, uppstartsmoteConditions(answers), answers, SOCIALT_BOENDE_BUILDERS),
    };
  }
  return {
    ...base,
    title: `${UPPSTARTSMOTE_TITLE}, boendestöd`,
    entries: buildEntries(UPPSTARTSMOTE_BOENDESTOD, uppstartsmoteConditions(answers), answers, BOENDESTOD_BUILDERS),
  };
}

export function renderUppstartsmoteText(answers: UppstartsmoteAnswers): string {
  return renderPlainText(uppstartsmoteDocument(answers));
}

export function toUppstartsmoteCardData(answers: UppstartsmoteAnswers): SummaryCardData {
  return toCardData(uppstartsmoteDocument(answers));
}
