import { UPPFOLJNINGSMOTE } from '../domain/checklists/uppfoljningsmote';
import {
  renderUppfoljningsmoteText,
  UPPFOLJNINGSMOTE_TITLE,
  uppfoljningsmoteAnswersSchema,
  type UppfoljningsmoteAnswers,
} from '../domain/summaries';
import { updateCaseProcess } from '../storage/cases.repository';
import type { Executor } from '../storage/database';
import type { DraftValues } from '../storage/drafts.repository';
import { childOf, itemOf, sourceOf } from './checklistText';
import { nest } from './fields';
import { buildDuration, durationFields } from './levelProposal';
import type { DialogueContext, DialogueSpec, StepSpec } from './types';

const M = UPPFOLJNINGSMOTE;
const FULFILMENT_SV: Readonly<Record<string, string>> = { met: 'uppfyllt', partly_met: 'delvis uppfyllt', not_met: 'inte uppfyllt' };
const RENT_SV: Readonly<Record<string, string>> = { paid: 'Betald', partly_paid: 'Delvis betald', not_paid: 'Inte betald' };

function textStep(id: string, required: boolean, extra: Partial<StepSpec> = {}): StepSpec {
  const item = itemOf(M, id);
  return { id, title: item.heading, intro: item.label, source: sourceOf(item), fields: [{ id, kind: 'textarea', label: item.heading, required }], ...extra };
}

function steps(ctx: DialogueContext): StepSpec[] {
  const check = itemOf(M, 'assignmentCheck');
  const level = itemOf(M, 'levelAdjustment');
  const next = itemOf(M, 'nextMeeting');
  return [
    {
      id: 'basics',
      title: 'Mötet',
      intro: 'Fälten är förifyllda från boendepersonalens senaste underlag för uppföljning där det finns ett. Ändra fritt.',
      source: sourceOf(itemOf(M, 'sinceLastFollowUp')),
      fields: [
        { id: 'date', kind: 'date', label: 'Datum för uppföljningsmötet', required: true },
        { id: 'sinceLastFollowUp', kind: 'textarea', label: itemOf(M, 'sinceLastFollowUp').heading, required: true },
      ],
    },
    ...(ctx.case?.paysRent ? [textStep('rentPaid', true)] : []),
    textStep('progress', true),
    textStep('significantEvents', false),
    {
      id: 'assignmentCheck',
      title: check.heading,
      intro: check.label,
      source: sourceOf(check),
      fields: (['goalsMet', 'achievedHow', 'remaining'] as const).map((id) => ({
        id: `assignmentCheck.${id}`,
        kind: 'textarea' as const,
        label: childOf(check, id).heading,
        required: id === 'goalsMet',
      })),
    },
    textStep('newNeeds', false),
    {
      id: 'levelQuestion',
      title: 'Stödnivån',
      intro: level.label,
      source: sourceOf(level),
      fields: [{ id: 'conditions.levelChangeRelevant', kind: 'toggle', label: 'Stödnivån behöver justeras', required: false }],
    },
    {
      id: 'levelAdjustment',
      title: level.heading,
      intro: 'Beslut om ny stödnivå fattar du i kortet med förslaget, eller i Treserva.',
      source: sourceOf(level),
      visibleWhen: (v) => v['conditions.levelChangeRelevant'] === 'true',
      fields: [
        { id: 'levelAdjustment.reason', kind: 'textarea', label: childOf(level, 'reason').heading, required: true },
        ...durationFields('levelAdjustment.duration', childOf(level, 'duration').heading, childOf(level, 'duration').label),
      ],
    },
    {
      id: 'nextMeeting',
      title: next.heading,
      intro: next.label,
      source: sourceOf(next),
      fields: [
        { id: 'nextMeeting.date', kind: 'date', label: 'Datum', required: true },
        { id: 'nextMeeting.time', kind: 'time', label: 'Tid', required: false },
      ],
    },
    textStep('clientExperience', true),
  ];
}

/** Carries the staff's underlag into the caseworker's checklist, item by item where they match. */
export function prefillFromUnderlag(underlag: DraftValues): DraftValues {
  const goals: string[] = [];
  const achieved: string[] = [];
  const remaining: string[] = [];
  for (let i = 0; underlag[`goals.${i}.goal`]; i++) {
    const n = i + 1;
    goals.push(`Mål ${n}: ${underlag[`goals.${i}.goal`]} – ${FULFILMENT_SV[underlag[`goals.${i}.fulfilment`] ?? ''] ?? 'ej bedömt'}`);
    if (underlag[`goals.${i}.achievedHow`]) achieved.push(`Mål ${n}: ${underlag[`goals.${i}.achievedHow`]}`);
    if (underlag[`goals.${i}.remaining`]) remaining.push(`Mål ${n}: ${underlag[`goals.${i}.remaining`]}`);
  }
  const rent = [RENT_SV[underlag['rentPayment.status'] ?? ''], underlag['rentPayment.comment']].filter(Boolean).join('. ');
  const out: Record<string, string> = {
    sinceLastFollowUp: underlag.sinceLastFollowUp ?? '',
    significantEvents: underlag.significantEvents ?? '',
    newNeeds: underlag.newNeeds ?? '',
    rentPaid: rent,
    'assignmentCheck.goalsMet': goals.join('\n'),
    'assignmentCheck.achievedHow': achieved.join('\n'),
    'assignmentCheck.remaining': remaining.join('\n'),
    'conditions.levelChangeRelevant': underlag['conditions.levelChangeRelevant'] === 'true' ? 'true' : 'false',
    'levelAdjustment.reason': underlag['levelAdjustment.reason'] ?? '',
    'levelAdjustment.duration.kind': underlag['levelAdjustment.duration.kind'] ?? '',
    'levelAdjustment.duration.until': underlag['levelAdjustment.duration.until'] ?? '',
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== ''));
}

async function latestUnderlagValues(db: Executor, caseId: string): Promise<DraftValues> {
  const row = await db
    .selectFrom('submissions')
    .innerJoin('drafts', 'drafts.id', 'submissions.draft_id')
    .select('drafts.answers')
    .where('submissions.case_id', '=', caseId)
    .where('submissions.kind', '=', 'uppfoljning')
    .orderBy('submissions.created_at', 'desc')
    .executeTakeFirst();
  return row ? (JSON.parse(row.answers) as DraftValues) : {};
}

/** The caseworker's checklist for the uppföljningsmöte; the result is text for Treserva, not stored here. */
export const uppfoljningsmoteDialogue: DialogueSpec<UppfoljningsmoteAnswers> = {
  id: 'uppfoljningsmote',
  title: UPPFOLJNINGSMOTE_TITLE,
  command: 'uppföljningsmöte',
  needsCase: true,
  personalDraft: true,
  sendLabel: 'Klar',
  appliesTo: (c) => c.service === 'socialt_boende_med_stod',
  steps,
  initialValues: (ctx) => ({ date: ctx.today }),
  prefill: async (db, ctx) => (ctx.case ? prefillFromUnderlag(await latestUnderlagValues(db, ctx.case.id)) : {}),
  build(values, ctx) {
    const nested = nest(values) as Record<string, unknown>;
    const levelChangeRelevant = values['conditions.levelChangeRelevant'] === 'true';
    return {
      ...nested,
      caseReference: ctx.case?.caseReference,
      conditions: { clientPaysRent: Boolean(ctx.case?.paysRent), levelChangeRelevant },
      rentPaid: ctx.case?.paysRent ? (values.rentPaid ?? '') : '',
      levelAdjustment: levelChangeRelevant
        ? { reason: values['levelAdjustment.reason'] ?? '', duration: buildDuration(values, 'levelAdjustment.duration') }
        : undefined,
    };
  },
  schema: uppfoljningsmoteAnswersSchema,
  preview: (a) => ({ title: UPPFOLJNINGSMOTE_TITLE, text: renderUppfoljningsmoteText(a) }),
  async complete({ tx, answers, ctx, now }) {
    const nextAt = `${answers.nextMeeting.date}T${answers.nextMeeting.time ?? '00:00'}`;
    // A new follow-up cycle: the next underlag belongs to the next meeting.
    await updateCaseProcess(tx, ctx.case!.id, { follow_up_booked_at: nextAt, last_underlag_date: null }, now);
    return {
      confirmation: `Klart. Nästa uppföljningsmöte är noterat till ${answers.nextMeeting.date}. Kopiera texten nedan till journalen i Treserva – Stödlotsen sparar den inte som journal.`,
      copyText: renderUppfoljningsmoteText(answers),
      caseId: ctx.case!.id,
    };
  },
};
