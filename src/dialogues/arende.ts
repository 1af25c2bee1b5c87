import { HOUSING_FORMS, LEVEL_MODEL_IDS, SERVICES, type HousingForm, type LevelModelId, type Service } from '../domain/case';
import { caseRegistrationSchema, suggestedLevelModel, type CaseRegistration } from '../domain/cases';
import { computeDeadlines, nextDue } from '../domain/deadlines';
import { LEVEL_MODELS, levelIds, levelLabel } from '../domain/levels/models';
import { CASE_REFERENCE_MAX_LENGTH, parseCaseReference } from '../domain/privacy/caseReference';
import { upnSchema } from '../domain/cases';
import { caseFactsOf } from '../domain/cases';
import { DuplicateCaseReferenceError, insertCase } from '../storage/cases.repository';
import { insertLevelHistory } from '../storage/levels.repository';
import { nest } from './fields';
import { DialogueInputError, type DialogueSpec } from './types';

export const SERVICE_LABELS: Readonly<Record<Service, string>> = {
  socialt_boende_med_stod: 'Socialt boende med stöd',
  boendestod: 'Boendestöd (i egen bostad)',
};

export const HOUSING_FORM_LABELS: Readonly<Record<HousingForm, string>> = {
  akutboende: 'Akutboende',
  kortsiktigt_kollektiv: 'Kortsiktigt boende – kollektiv',
  kortsiktigt_lagenhet: 'Kortsiktigt boende – lägenhet',
  langsiktigt_kollektiv: 'Långsiktigt boende – kollektiv',
  langsiktigt_lagenhet: 'Långsiktigt boende – lägenhet',
  lagenhetsboende: 'Lägenhetsboende (från 2025)',
  eget_boende: 'Eget boende (boendestöd)',
};

const isSbms = (v: Readonly<Record<string, string>>) => v.service !== 'boendestod';

function allLevelChoices(model: LevelModelId) {
  return levelIds(model).map((l) => ({ value: l, title: levelLabel(model, l) }));
}

export const arendeDialogue: DialogueSpec<CaseRegistration> = {
  id: 'arende',
  title: 'Nytt ärende',
  command: 'nytt ärende',
  needsCase: false,
  sendLabel: 'Spara',
  steps: () => [
    {
      id: 'case',
      title: 'Ärendet',
      intro: 'Använd ärendereferensen – aldrig personnummer eller namn.',
      fields: [
        { id: 'caseReference', kind: 'text', label: 'Ärendereferens', placeholder: 'till exempel BST-2026-0042', required: true, maxLength: CASE_REFERENCE_MAX_LENGTH, validate: (v) => {
          const parsed = parseCaseReference(v);
          return parsed.ok ? undefined : parsed.messageSv;
        } },
        { id: 'unit', kind: 'text', label: 'Enhet', required: true, maxLength: 120 },
        { id: 'service', kind: 'choice', label: 'Insats', required: true, choices: SERVICES.map((s) => ({ value: s, title: SERVICE_LABELS[s] })) },
        { id: 'housingForm', kind: 'choice', label: 'Boendeform', required: true, choices: HOUSING_FORMS.map((h) => ({ value: h, title: HOUSING_FORM_LABELS[h] })) },
      ],
    },
    {
      id: 'dates',
      title: 'Datum och nivåmodell',
      fields: [
        { id: 'movedInDate', kind: 'date', label: 'Inflyttningsdatum', required: true, visibleWhen: isSbms },
        { id: 'assignmentDate', kind: 'date', label: 'Datum då uppdraget kom', required: true, visibleWhen: (v) => !isSbms(v) },
        {
          id: 'levelModel',
          kind: 'choice',
          label: 'Nivåmodell',
          required: false,
          help: 'Förvalt utifrån boendeform och datum: lägenhetsboende från 2025-04-01 (003), annars Social Sydvästs modell (000).',
          visibleWhen: (v) => isSbms(v) && v.housingForm !== 'akutboende',
          choices: LEVEL_MODEL_IDS.map((m) => ({ value: m, title: LEVEL_MODELS[m].titleSv })),
        },
      ],
    },
    {
      id: 'level',
      title: 'Stödnivå',
      visibleWhen: (v) => Boolean(v.levelModel),
      fields: [
        {
          id: 'currentLevel',
          kind: 'choice',
          label: 'Nuvarande stödnivå',
          required: true,
          choices: (v) => (v.levelModel && (LEVEL_MODEL_IDS as readonly string[]).includes(v.levelModel) ? allLevelChoices(v.levelModel as LevelModelId) : []),
        },
        { id: 'levelStartDate', kind: 'date', label: 'Stödnivån gäller från', required: true },
      ],
    },
    {
      id: 'people',
      title: 'Socialsekreterare och hyra',
      fields: [
        { id: 'caseworkerUpn', kind: 'email', label: 'Ansvarig socialsekreterares e-post i Teams', required: true, placeholder: 'fornamn.efternamn@example.se', maxLength: 320, validate: (v) => {
          const parsed = upnSchema.safeParse(v);
          return parsed.success ? undefined : parsed.error.issues[0]?.message;
        } },
        { id: 'paysRent', kind: 'toggle', label: 'Den enskilde betalar hyra', required: false, visibleWhen: isSbms },
        { id: 'rentFromDate', kind: 'date', label: 'Betalar hyra från (om hyra betalas)', required: (v) => v.paysRent === 'true', visibleWhen: isSbms },
        { id: 'protectedIdentity', kind: 'toggle', label: 'Skyddade personuppgifter', required: false, help: 'Då visar aviseringar bara ärendereferensen.' },
      ],
    },
  ],
  initialValues: () => ({ service: 'socialt_boende_med_stod' }),
  build(values) {
    const nested = nest(values) as Record<string, unknown>;
    const service = values.service as Service | undefined;
    let levelModel = values.levelModel || undefined;
    if (!levelModel && service && values.housingForm && values.movedInDate && service === 'socialt_boende_med_stod') {
      levelModel = suggestedLevelModel(service, values.housingForm as HousingForm, values.movedInDate) ?? undefined;
    }
    return {
      ...nested,
      levelModel: service === 'boendestod' ? undefined : levelModel,
      paysRent: values.paysRent === 'true',
      protectedIdentity: values.protectedIdentity === 'true',
    };
  },
  schema: caseRegistrationSchema,
  preview: (reg) => ({
    title: 'Nytt ärende',
    text: [
      `Ärende ${reg.caseReference}`,
      `Enhet: ${reg.unit}`,
      `Insats: ${SERVICE_LABELS[reg.service]}, ${HOUSING_FORM_LABELS[reg.housingForm]}`,
      ...(reg.movedInDate ? [`Inflyttning: ${reg.movedInDate}`] : []),
      ...(reg.assignmentDate ? [`Uppdraget kom: ${reg.assignmentDate}`] : []),
      ...(reg.levelModel && reg.currentLevel ? [`Stödnivå: ${levelLabel(reg.levelModel, reg.currentLevel)} från ${reg.levelStartDate}`] : []),
      `Ansvarig socialsekreterare: ${reg.caseworkerUpn}`,
      ...(reg.paysRent ? [`Betalar hyra från ${reg.rentFromDate}`] : []),
      ...(reg.protectedIdentity ? ['Skyddade personuppgifter: ja'] : []),
    ].join('\n'),
  }),
  async complete({ tx, answers, userId, tenantId, now, ctx }) {
    try {
      const created = await insertCase(tx, tenantId, userId, answers, now);
      if (created.levelModel && created.currentLevel && created.levelStartDate) {
        // The initial level, as decided by the caseworker and registered here by staff.
        await insertLevelHistory(tx, {
          tenantId,
          caseId: created.id,
          model: created.levelModel,
          level: created.currentLevel,
          validFrom: created.levelStartDate,
          previousLevel: null,
          reasonCategory: 'initial',
          decidedBy: userId,
          decidedByRole: 'caseworker',
          decidedAt: now.toISOString(),
        });
      }
      const due = nextDue(computeDeadlines(caseFactsOf(created), ctx.today));
      return {
        confirmation: `Ärendet ${created.caseReference} är registrerat.${due ? ` Nästa tidsgräns: ${due.title} senast ${due.dueDate}.` : ''}`,
        caseId: created.id,
      };
    } catch (err) {
      if (err instanceof DuplicateCaseReferenceError) {
        throw new DialogueInputError('Det finns redan ett ärende med den ärendereferensen. Kontrollera referensen eller skriv ”mina ärenden”.', 'caseReference');
      }
      throw err;
    }
  },
};
