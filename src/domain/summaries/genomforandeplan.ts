import { z } from 'zod';
import { GENOMFORANDEPLAN_BOENDESTOD, GENOMFORANDEPLAN_SOCIALT_BOENDE } from '../checklists/genomforandeplan';
import { IBIC_LIFE_AREA_IDS, ibicLifeAreaName } from '../checklists/ibic';
import { childItem, type ConditionFacts } from '../checklists/types';
import {
  buildEntries,
  fact,
  labelledLines,
  renderPlainText,
  section,
  textSection,
  toCardData,
  type EntryBuilders,
  type SummaryCardData,
  type SummaryDocument,
} from './document';
import { yesNo } from './labels';
import {
  MAX_GOALS,
  MAX_SHORT_TEXT_LENGTH,
  caseReferenceSchema,
  isoDateSchema,
  optionalText,
  requireWhen,
  requiredText,
} from './schemas';

export const GENOMFORANDEPLAN_TITLE = 'Genomförandeplan upprättad';

const socialtBoendeSchema = z.object({
  service: z.literal('socialt_boende_med_stod'),
  caseReference: caseReferenceSchema,
  /** The day the plan was established. */
  date: isoDateSchema,
  what: requiredText('Vad som ska göras'),
  who: requiredText('Vem som gör vad'),
  when: requiredText('När'),
  how: requiredText('Hur'),
  participation: z.enum(['participated', 'declined']),
  participationComment: optionalText('Kommentar om delaktighet'),
  participationEfforts: optionalText('Så har delaktighet eftersträvats'),
});

const delmalSchema = z.object({
  lifeArea: z.enum(IBIC_LIFE_AREA_IDS),
  what: requiredText('Delmål', MAX_SHORT_TEXT_LENGTH),
  when: requiredText('När', MAX_SHORT_TEXT_LENGTH),
  expectedBy: isoDateSchema,
  how: requiredText('Hur'),
});

const boendestodSchema = z.object({
  service: z.literal('boendestod'),
  caseReference: caseReferenceSchema,
  date: isoDateSchema,
  implementationDate: isoDateSchema,
  participation: requiredText('Den enskildes delaktighet'),
  otherPlans: optionalText('Andra planer som berör den enskilde'),
  delmal: z.array(delmalSchema).min(1, 'Ange minst ett delmål.').max(MAX_GOALS, `Ange högst ${MAX_GOALS} delmål.`),
  arbetsmetod: requiredText('Arbetsmetod'),
  bemotande: requiredText('Bemötande'),
  krisplan: z.object({
    measures: requiredText('Åtgärder'),
    consentToContact: z.boolean(),
    contacts: optionalText('Vem eller vilka som får kontaktas', MAX_SHORT_TEXT_LENGTH),
  }),
  copyGivenToClient: z.boolean(),
});

export const genomforandeplanAnswersSchema = z
  .discriminatedUnion('service', [socialtBoendeSchema, boendestodSchema])
  .superRefine((answers, ctx) => {
    if (answers.service === 'socialt_boende_med_stod') {
      requireWhen(ctx, answers.participation === 'declined', answers.participationEfforts, ['participationEfforts'],
        'Så har delaktighet eftersträvats');
    } else {
      requireWhen(ctx, answers.krisplan.consentToContact, answers.krisplan.contacts, ['krisplan', 'contacts'],
        'Vem eller vilka som får kontaktas');
    }
  });

export type GenomforandeplanAnswers = z.infer<typeof genomforandeplanAnswersSchema>;
export type GenomforandeplanSocialtBoendeAnswers = Extract<GenomforandeplanAnswers, { service: 'socialt_boende_med_stod' }>;
export type GenomforandeplanBoendestodAnswers = Extract<GenomforandeplanAnswers, { service: 'boendestod' }>;

export function genomforandeplanConditions(answers: GenomforandeplanAnswers): ConditionFacts {
  return { clientDeclinedParticipation: answers.service === 'socialt_boende_med_stod' && answers.participation === 'declined' };
}

const PARTICIPATION_SV = {
  participated: 'Den enskilde har samtyckt till och medverkat i att upprätta planen.',
  declined: 'Den enskilde har inte samtyckt till eller inte velat medverka i att upprätta planen.',
} as const;

const SOCIALT_BOENDE_BUILDERS: EntryBuilders<typeof GENOMFORANDEPLAN_SOCIALT_BOENDE, GenomforandeplanSocialtBoendeAnswers> = {
  what: (a, item) => textSection(item, a.what),
  who: (a, item) => textSection(item, a.who),
  when: (a, item) => textSection(item, a.when),
  how: (a, item) => textSection(item, a.how),
  participation: (a, item) => section(item, [PARTICIPATION_SV[a.participation], ...labelledLines('Kommentar', a.participationComment)]),
  participationEfforts: (a, item) => textSection(item, a.participationEfforts),
  // The summary itself is the message to the caseworker.
  notifyCaseworker: () => undefined,
};

const BOENDESTOD_BUILDERS: EntryBuilders<typeof GENOMFORANDEPLAN_BOENDESTOD, GenomforandeplanBoendestodAnswers> = {
  implementationDate: (a, item) => fact(item, a.implementationDate),
  participation: (a, item) => textSection(item, a.participation),
  otherPlans: (a, item) => textSection(item, a.otherPlans),
  delmal: (a, item) => {
    const heading = (id: string) => childItem(item, id).heading;
    return section(
      item,
      a.delmal.flatMap((goal, index) => [
        ...labelledLines(`${heading('what')} ${index + 1} (${ibicLifeAreaName(goal.lifeArea)})`, goal.what),
        ...labelledLines(heading('when'), goal.when),
        `${heading('expectedBy')}: ${goal.expectedBy}`,
        ...labelledLines(heading('how'), goal.how),
      ]),
    );
  },
  arbetsmetod: (a, item) => textSection(item, a.arbetsmetod),
  bemotande: (a, item) => textSection(item, a.bemotande),
  krisplan: (a, item) => {
    const { measures, consentToContact, contacts } = a.krisplan;
    const consent = consentToContact ? `Ja – ${contacts}` : 'Nej';
    return section(item, [
      ...labelledLines(childItem(item, 'measures').heading, measures),
      `${childItem(item, 'contactConsent').heading}: ${consent}`,
    ]);
  },
  copyToClient: (a, item) => fact(item, yesNo(a.copyGivenToClient)),
  notifyTeamAndCaseworker: () => undefined,
};

export function genomforandeplanDocument(answers: GenomforandeplanAnswers): SummaryDocument {
  const base = { caseReference: answers.caseReference, date: answers.date };
  const facts = genomforandeplanConditions(answers);
  if (answers.service === 'socialt_boende_med_stod') {
    return {
      ...base,
      title: `${GENOMFORANDEPLAN_TITLE}, socialt boende med stöd`,
      entries: buildEntries(GENOMFORANDEPLAN_SOCIALT_BOENDE, facts, answers, SOCIALT_BOENDE_BUILDERS),
    };
  }
  return {
    ...base,
    title: `${GENOMFORANDEPLAN_TITLE}, boendestöd`,
    entries: buildEntries(GENOMFORANDEPLAN_BOENDESTOD, facts, answers, BOENDESTOD_BUILDERS),
  };
}

export function renderGenomforandeplanText(answers: GenomforandeplanAnswers): string {
  return renderPlainText(genomforandeplanDocument(answers));
}

export function toGenomforandeplanCardData(answers: GenomforandeplanAnswers): SummaryCardData {
  return toCardData(genomforandeplanDocument(answers));
}
