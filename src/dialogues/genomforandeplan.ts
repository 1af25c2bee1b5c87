import type { ClientCase } from '../domain/cases';
import { GENOMFORANDEPLAN_BOENDESTOD, GENOMFORANDEPLAN_SOCIALT_BOENDE } from '../domain/checklists/genomforandeplan';
import { IBIC_LIFE_AREAS } from '../domain/checklists/ibic';
import { SMART_GOAL_TEMPLATE } from '../domain/checklists/smartGoal';
import { formatCitation } from '../domain/sources';
import {
  genomforandeplanAnswersSchema,
  GENOMFORANDEPLAN_TITLE,
  MAX_SHORT_TEXT_LENGTH,
  renderGenomforandeplanText,
  toGenomforandeplanCardData,
  type GenomforandeplanAnswers,
} from '../domain/summaries';
import type { DraftValues } from '../storage/drafts.repository';
import { childOf, itemOf, sourceOf } from './checklistText';
import { completeWithSummary } from './completeWithSummary';
import { genomforandeplanDeadlineText, openDeadlineText } from './genomforandeplanDeadline';
import type { DialogueContext, DialogueSpec, FieldSpec, StepSpec } from './types';

const SB = GENOMFORANDEPLAN_SOCIALT_BOENDE;
const BS = GENOMFORANDEPLAN_BOENDESTOD;

/** How many delmål one card sequence offers; each further one is opened by a toggle on the one before. */
export const DELMAL_SLOTS = 5;

function statusIntro(lead: string) {
  return (values: DraftValues, ctx: DialogueContext): string => {
    const status = ctx.case ? genomforandeplanDeadlineText(ctx.case, values.date ?? '', values.implementationDate, ctx.today) : null;
    return [status, lead].filter(Boolean).join('\n\n');
  };
}

function textField(checklistItem: { heading: string; label: string; help?: string }, id: string, required = true, maxLength?: number): FieldSpec {
  return {
    id,
    kind: maxLength ? 'text' : 'textarea',
    label: checklistItem.heading,
    required,
    ...(checklistItem.help ? { help: checklistItem.help } : {}),
    ...(maxLength ? { maxLength } : {}),
  };
}

// ── Socialt boende med stöd (001) ─────────────────────────────────────────────────────────────────

const PARTICIPATION_CHOICES = [
  { value: 'participated', title: 'Ja, den enskilde har samtyckt och varit med' },
  { value: 'declined', title: 'Nej, den enskilde har inte samtyckt eller inte velat vara med' },
] as const;

function socialtBoendeSteps(ctx: DialogueContext): StepSpec[] {
  const participation = itemOf(SB, 'participation');
  const efforts = itemOf(SB, 'participationEfforts');
  const content = ['what', 'who', 'when', 'how'].map((id) => itemOf(SB, id));
  return [
    {
      id: 'date',
      title: 'Planen',
      intro: openDeadlineText(ctx),
      source: formatCitation(SB.citation),
      fields: [{ id: 'date', kind: 'date', label: 'Datum då genomförandeplanen upprättades', required: true }],
    },
    {
      id: 'content',
      title: 'Vad, vem, när och hur',
      introFor: statusIntro('Skriv kort vad planen säger; själva planen finns i verksamhetssystemet.'),
      source: sourceOf(content[0]!),
      fields: content.map((item) => ({ ...textField(item, item.id), help: item.label })),
    },
    {
      id: 'participation',
      title: participation.heading,
      intro: participation.label,
      source: sourceOf(participation),
      fields: [
        { id: 'participation', kind: 'choice', label: participation.heading, required: true, choices: PARTICIPATION_CHOICES },
        { id: 'participationComment', kind: 'textarea', label: 'Kommentar om delaktighet', required: false },
      ],
    },
    {
      id: 'participationEfforts',
      title: efforts.heading,
      intro: efforts.label,
      source: sourceOf(efforts),
      visibleWhen: (v) => v.participation === 'declined',
      fields: [textField(efforts, 'participationEfforts')],
    },
  ];
}

// ── Boendestöd (002) ──────────────────────────────────────────────────────────────────────────────

const LIFE_AREA_CHOICES = IBIC_LIFE_AREAS.map((area) => ({ value: area.id, title: area.name }));

const delmalKey = (index: number, field: string) => `delmal.${index}.${field}`;

/** Delmål 1 is always asked; delmål n+1 when the toggle on delmål n is on. */
export function delmalShown(values: DraftValues, index: number): boolean {
  for (let i = 0; i < index; i++) if (values[delmalKey(i, 'more')] !== 'true') return false;
  return true;
}

function delmalStep(index: number): StepSpec {
  const item = itemOf(BS, 'delmal');
  const child = (id: string) => childOf(item, id);
  const smart = SMART_GOAL_TEMPLATE.criteria.join(', ').toLowerCase();
  const last = index === DELMAL_SLOTS - 1;
  return {
    id: `delmal${index + 1}`,
    title: `Delmål ${index + 1}`,
    intro: index === 0 ? `${item.label} Ett delmål ska vara ${smart}.` : `Ett delmål till (högst ${DELMAL_SLOTS} här).`,
    source: sourceOf(item),
    visibleWhen: (v) => delmalShown(v, index),
    fields: [
      { id: delmalKey(index, 'lifeArea'), kind: 'choice', label: child('lifeArea').heading, help: child('lifeArea').label, required: true, choices: LIFE_AREA_CHOICES },
      { ...textField(child('what'), delmalKey(index, 'what'), true, MAX_SHORT_TEXT_LENGTH), help: child('what').label },
      { ...textField(child('when'), delmalKey(index, 'when'), true, MAX_SHORT_TEXT_LENGTH), help: child('when').label },
      { id: delmalKey(index, 'expectedBy'), kind: 'date', label: child('expectedBy').heading, help: child('expectedBy').label, required: true },
      { ...textField(child('how'), delmalKey(index, 'how')), help: child('how').label },
      ...(last ? [] : [{ id: delmalKey(index, 'more'), kind: 'toggle', label: 'Lägg till ett delmål till', required: false } as const]),
    ],
  };
}

function boendestodSteps(ctx: DialogueContext): StepSpec[] {
  const implementation = itemOf(BS, 'implementationDate');
  const participation = itemOf(BS, 'participation');
  const otherPlans = itemOf(BS, 'otherPlans');
  const arbetsmetod = itemOf(BS, 'arbetsmetod');
  const bemotande = itemOf(BS, 'bemotande');
  const krisplan = itemOf(BS, 'krisplan');
  const copy = itemOf(BS, 'copyToClient');
  return [
    {
      id: 'date',
      title: 'Planen',
      intro: openDeadlineText(ctx),
      source: formatCitation(BS.citation),
      fields: [
        { id: 'date', kind: 'date', label: 'Datum då genomförandeplanen blev klar', required: true },
        { id: 'implementationDate', kind: 'date', label: implementation.heading, help: implementation.label, required: true },
      ],
    },
    {
      id: 'participation',
      title: participation.heading,
      introFor: statusIntro(participation.label),
      source: sourceOf(participation),
      fields: [textField(participation, 'participation'), { ...textField(otherPlans, 'otherPlans', false), help: otherPlans.label }],
    },
    ...Array.from({ length: DELMAL_SLOTS }, (_, i) => delmalStep(i)),
    {
      id: 'method',
      title: `${arbetsmetod.heading} och ${bemotande.heading.toLowerCase()}`,
      source: sourceOf(arbetsmetod),
      fields: [
        { ...textField(arbetsmetod, 'arbetsmetod'), help: arbetsmetod.label },
        { ...textField(bemotande, 'bemotande'), help: bemotande.label },
      ],
    },
    {
      id: 'krisplan',
      title: krisplan.heading,
      intro: krisplan.label,
      source: sourceOf(krisplan),
      fields: [
        { ...textField(childOf(krisplan, 'measures'), 'krisplan.measures'), help: childOf(krisplan, 'measures').label },
        { id: 'krisplan.consentToContact', kind: 'toggle', label: 'Den enskilde har samtyckt till att någon kontaktas', required: false },
        {
          id: 'krisplan.contacts',
          kind: 'text',
          label: 'Vem eller vilka som får kontaktas',
          help: 'Fyll i om den enskilde har samtyckt. Skriv roller eller relationer, inte namn och telefonnummer.',
          required: (v) => v['krisplan.consentToContact'] === 'true',
          maxLength: MAX_SHORT_TEXT_LENGTH,
        },
      ],
    },
    {
      id: 'copy',
      title: copy.heading,
      intro: `${copy.label} När du skickar får socialsekreteraren veta att genomförandeplanen är upprättad.`,
      source: sourceOf(copy),
      fields: [{ id: 'copyGivenToClient', kind: 'toggle', label: 'Den enskilde har fått en kopia av planen', required: false }],
    },
  ];
}

function buildDelmal(values: DraftValues): Record<string, string | undefined>[] {
  const goals: Record<string, string | undefined>[] = [];
  for (let i = 0; i < DELMAL_SLOTS && delmalShown(values, i); i++) {
    goals.push({
      lifeArea: values[delmalKey(i, 'lifeArea')] || undefined,
      what: values[delmalKey(i, 'what')] ?? '',
      when: values[delmalKey(i, 'when')] ?? '',
      expectedBy: values[delmalKey(i, 'expectedBy')] || undefined,
      how: values[delmalKey(i, 'how')] ?? '',
    });
  }
  return goals;
}

export const genomforandeplanDialogue: DialogueSpec<GenomforandeplanAnswers> = {
  id: 'genomforandeplan',
  title: GENOMFORANDEPLAN_TITLE,
  command: 'genomförandeplan',
  needsCase: true,
  steps: (ctx) => (ctx.case?.service === 'boendestod' ? boendestodSteps(ctx) : socialtBoendeSteps(ctx)),
  initialValues: (ctx) => ({
    date: ctx.today,
    ...(ctx.case?.implementationDate ? { implementationDate: ctx.case.implementationDate } : {}),
  }),
  build(values, ctx) {
    const base = { caseReference: ctx.case?.caseReference, date: values.date || undefined };
    if (ctx.case?.service === 'boendestod') {
      return {
        ...base,
        service: 'boendestod',
        implementationDate: values.implementationDate || undefined,
        participation: values.participation ?? '',
        otherPlans: values.otherPlans ?? '',
        delmal: buildDelmal(values),
        arbetsmetod: values.arbetsmetod ?? '',
        bemotande: values.bemotande ?? '',
        krisplan: {
          measures: values['krisplan.measures'] ?? '',
          consentToContact: values['krisplan.consentToContact'] === 'true',
          contacts: values['krisplan.contacts'] ?? '',
        },
        copyGivenToClient: values.copyGivenToClient === 'true',
      };
    }
    const declined = values.participation === 'declined';
    return {
      ...base,
      service: 'socialt_boende_med_stod',
      what: values.what ?? '',
      who: values.who ?? '',
      when: values.when ?? '',
      how: values.how ?? '',
      participation: values.participation || undefined,
      participationComment: values.participationComment ?? '',
      // Kept in the draft if the answer changes back, but only sent when it applies.
      participationEfforts: declined ? (values.participationEfforts ?? '') : '',
    };
  },
  schema: genomforandeplanAnswersSchema,
  preview: (answers) => ({ title: GENOMFORANDEPLAN_TITLE, text: renderGenomforandeplanText(answers) }),
  async complete(input) {
    const a = input.answers;
    const c = input.ctx.case as ClientCase;
    const implementationDate = a.service === 'boendestod' ? a.implementationDate : undefined;
    const result = await completeWithSummary(
      input,
      { kind: 'genomforandeplan', title: GENOMFORANDEPLAN_TITLE, text: renderGenomforandeplanText(a), card: toGenomforandeplanCardData(a) },
      { genomforandeplan_date: a.date, ...(implementationDate ? { implementation_date: implementationDate } : {}) },
      'Boendepersonalen meddelar att genomförandeplanen är upprättad.',
    );
    const status = genomforandeplanDeadlineText(c, a.date, implementationDate, input.ctx.today);
    return { ...result, confirmation: [result.confirmation, 'Socialsekreteraren får veta att genomförandeplanen är upprättad.', status].filter(Boolean).join(' ') };
  },
};
