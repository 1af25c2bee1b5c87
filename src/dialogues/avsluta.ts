import { z } from 'zod';
import { isIsoDate } from '../domain/calendar';
import { closingDateProblem, MOVED_ON_CITATION, MOVED_ON_DESTINATIONS, MOVED_ON_LABELS, type MovedOnDestination } from '../domain/caseClosing';
import type { ClientCase } from '../domain/cases';
import { formatCitation } from '../domain/sources';
import { closeCase } from '../storage/cases.repository';
import { DialogueInputError, type DialogueSpec } from './types';

export interface CaseClosingAnswers {
  readonly closedOn: string;
  readonly movedOnTo: MovedOnDestination;
}

export const CLOSING_MESSAGES = {
  alreadyClosed: 'Ärendet är redan avslutat – inget ändrades.',
} as const;

/** The day the case started: moving in (socialt boende med stöd) or the uppdrag arriving (boendestöd). */
function startedOn(c: ClientCase | null): string | null {
  return c?.movedInDate ?? c?.assignmentDate ?? null;
}

const closingSchema = z
  .object({
    closedOn: z.string({ required_error: 'Ange datumet då ärendet avslutades.' }).refine(isIsoDate, 'Ange avslutsdatum som ÅÅÅÅ-MM-DD.'),
    movedOnTo: z.enum(MOVED_ON_DESTINATIONS, { errorMap: () => ({ message: 'Välj vart den enskilde flyttade vidare.' }) }),
    today: z.string(),
    startedOn: z.string().nullable(),
  })
  .superRefine((v, ctx) => {
    if (!isIsoDate(v.closedOn)) return;
    const problem = closingDateProblem(v.closedOn, v.today, v.startedOn);
    if (problem) ctx.addIssue({ code: 'custom', path: ['closedOn'], message: problem });
  })
  .transform((v): CaseClosingAnswers => ({ closedOn: v.closedOn, movedOnTo: v.movedOnTo }));

/**
 * "avsluta ärende": the client has moved on. One step (date and where to); closing stops the case's
 * reminders and takes it out of the unit manager's active figures (004 › 9. UPPFÖLJNING).
 */
export const avslutaDialogue: DialogueSpec<CaseClosingAnswers> = {
  id: 'avsluta',
  title: 'Avsluta ärende',
  command: 'avsluta ärende',
  needsCase: true,
  sendLabel: 'Avsluta ärendet',
  appliesTo: (c) => !c.closedOn,
  steps: () => [
    {
      id: 'closing',
      title: 'Flyttat vidare',
      intro: 'Ange när ärendet avslutades och vart den enskilde flyttade vidare. Påminnelser för ärendet upphör när det är avslutat.',
      source: formatCitation(MOVED_ON_CITATION),
      fields: [
        { id: 'closedOn', kind: 'date', label: 'Avslutat den', required: true },
        { id: 'movedOnTo', kind: 'choice', label: 'Flyttade vidare till', required: true, choices: MOVED_ON_DESTINATIONS.map((d) => ({ value: d, title: MOVED_ON_LABELS[d] })) },
      ],
    },
  ],
  initialValues: (ctx) => ({ closedOn: ctx.today }),
  build: (values, ctx) => ({ closedOn: values.closedOn || undefined, movedOnTo: values.movedOnTo || undefined, today: ctx.today, startedOn: startedOn(ctx.case) }),
  schema: closingSchema,
  preview: (answers, ctx) => ({
    title: 'Avsluta ärende',
    text: [
      `Ärende ${ctx.case?.caseReference ?? ''}`,
      `Avslutat den: ${answers.closedOn}`,
      `Flyttade vidare till: ${MOVED_ON_LABELS[answers.movedOnTo]}`,
      'Påminnelser för ärendet upphör när det är avslutat.',
    ].join('\n'),
  }),
  async complete({ tx, answers, ctx, now }) {
    const clientCase = ctx.case;
    if (!clientCase) throw new DialogueInputError(CLOSING_MESSAGES.alreadyClosed);
    if (!(await closeCase(tx, clientCase.id, answers.closedOn, answers.movedOnTo, now))) throw new DialogueInputError(CLOSING_MESSAGES.alreadyClosed);
    return {
      confirmation: `Ärendet ${clientCase.caseReference} är avslutat från och med ${answers.closedOn} (${MOVED_ON_LABELS[answers.movedOnTo].toLowerCase()}). Inga fler påminnelser skickas för det.`,
      caseId: clientCase.id,
    };
  },
};
