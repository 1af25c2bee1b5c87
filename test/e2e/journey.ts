import { toStockholmDate } from '../../src/domain/calendar';
import type { ClientCase } from '../../src/domain/cases';
import { arendeDialogue } from '../../src/dialogues/arende';
import { fieldChoices, resolve, visibleFields, visibleSteps } from '../../src/dialogues/fields';
import type { DialogueContext, DialogueSpec, FieldSpec, StepSpec } from '../../src/dialogues/types';
import { uppfoljningDialogue } from '../../src/dialogues/uppfoljning';

/**
 * The journey both end-to-end tests walk, as users see it: staff registers a case naming the
 * caseworker, then writes an underlag för uppföljning that proposes a level change; the
 * caseworker receives the summary in their own 1:1 chat. Obviously fictitious people only.
 */
export const TENANT_ID = '00000000-0000-4000-8000-0000000000aa';
export const BOT = { id: '00000000-0000-4000-8000-0000000000b0', name: 'Stödlotsen' } as const;

export interface E2eUser {
  readonly id: string;
  readonly name: string;
  readonly givenName: string;
  readonly surname: string;
  readonly upn: string;
  readonly aadObjectId: string;
  readonly conversationId: string;
}

export const STAFF_USER: E2eUser = {
  id: 'user-testpersonal',
  name: 'Testperson Personal',
  givenName: 'Testperson',
  surname: 'Personal',
  upn: 'testpersonal@example.se',
  aadObjectId: '00000000-0000-4000-8000-0000000000a1',
  conversationId: 'conv-e2e-personal',
};

export const CASEWORKER_USER: E2eUser = {
  id: 'user-testhandlaggare',
  name: 'Testperson Handläggare',
  givenName: 'Testperson',
  surname: 'Handläggare',
  upn: 'testhandlaggare@example.se',
  aadObjectId: '00000000-0000-4000-8000-0000000000c1',
  conversationId: 'conv-e2e-handlaggare',
};

/** The Playground wants at least five users in its list; these never talk to the bot. */
export const EXTRA_USERS: readonly E2eUser[] = ['Tre', 'Fyra', 'Fem', 'Sex'].map((n, i) => ({
  id: `user-testperson-${i + 3}`,
  name: `Testperson ${n}`,
  givenName: 'Testperson',
  surname: n,
  upn: `testperson${i + 3}@example.se`,
  aadObjectId: `00000000-0000-4000-8000-0000000000e${i + 3}`,
  conversationId: `conv-e2e-extra-${i + 3}`,
}));

export const CASE_REFERENCE = 'BST-2026-0042';

/** nytt ärende, by field id. Dates are the 1st of a month, so the browser can pick them in any month. */
export const CASE_VALUES: Readonly<Record<string, string>> = {
  caseReference: CASE_REFERENCE,
  unit: 'Testenheten Hisingen',
  service: 'socialt_boende_med_stod',
  housingForm: 'lagenhetsboende',
  movedInDate: '2026-11-01',
  levelModel: 'lagenhetsboende_2025',
  currentLevel: 'medel',
  levelStartDate: '2026-11-01',
  caseworkerUpn: CASEWORKER_USER.upn,
  paysRent: 'false',
  protectedIdentity: 'false',
};

/** Words the caseworker must see in the summary: proof that what staff typed went through. */
export const LEVEL_CHANGE_HOW = 'Behöver mer stöd med städning och inköp än tidigare';
export const LEVEL_CHANGE_REASON = 'Har fått svårare att klara vardagen på egen hand under hösten';

/** underlag för uppföljning with a level-change proposal. The date is left as the card prefills it. */
export const FOLLOW_UP_VALUES: Readonly<Record<string, string>> = {
  'conditions.boendekartlaggningDone': 'false',
  sinceLastFollowUp: 'Boendet har fungerat i stort sett bra sedan inflyttningen.',
  significantEvents: 'Inga särskilda händelser.',
  'goals.0.goal': 'Betala hyran själv varje månad',
  'goals.0.fulfilment': 'partly_met',
  'goals.0.achievedHow': 'Påminnelser inför förfallodagen',
  'goals.0.remaining': 'Att klara det utan påminnelse',
  'goals.0.more': 'false',
  newNeeds: 'Stöd med inköp',
  'conditions.levelChangeRelevant': 'true',
  'levelAdjustment.direction': 'increase',
  'levelAdjustment.howChanged': LEVEL_CHANGE_HOW,
  'levelAdjustment.reason': LEVEL_CHANGE_REASON,
  'levelAdjustment.duration.kind': 'lasting',
  clientPerspective: 'Håller med om att mer stöd behövs just nu.',
};

export const CASE_DIALOGUE = arendeDialogue as DialogueSpec;
export const FOLLOW_UP_DIALOGUE = uppfoljningDialogue as DialogueSpec;

export interface PlannedField {
  readonly spec: FieldSpec;
  readonly required: boolean;
  /** undefined: leave what the card shows (e.g. a prefilled date). */
  readonly value: string | undefined;
  /** For choices: the title shown on the card for `value`. */
  readonly choiceTitle?: string;
}

export interface PlannedStep {
  readonly step: StepSpec;
  readonly fields: readonly PlannedField[];
  readonly isLast: boolean;
}

/**
 * The steps a user filling in `values` will see, in order, with what to enter in each: taken
 * from the dialogue's own spec, so labels and visibility follow the product, not a copy of it.
 */
export function planDialogue(spec: DialogueSpec, values: Readonly<Record<string, string>>, clientCase: ClientCase | null, today: string): PlannedStep[] {
  const ctx: DialogueContext = { case: clientCase, today };
  const all = { ...(spec.initialValues?.(ctx) ?? {}), ...values };
  const steps = visibleSteps(spec.steps(ctx), all, ctx);
  return steps.map((step, index) => ({
    step,
    isLast: index === steps.length - 1,
    fields: visibleFields(step, all, ctx).map((field) => {
      const value = values[field.id];
      const choice = value === undefined ? undefined : fieldChoices(field, all, ctx).find((c) => c.value === value);
      return { spec: field, required: resolve(field.required, all, ctx), value, ...(choice ? { choiceTitle: choice.title } : {}) };
    }),
  }));
}

export function todayInStockholm(at: Date): string {
  return toStockholmDate(at);
}

/** The card's accessible name for a field: required ones end with " *". */
export function labelPattern(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}
