import type { Service } from '../case';
import type { Citation } from '../sources';

/**
 * Named predicates that decide whether a conditional checklist item applies ("När aktuellt …").
 * The facts behind them come from the case or from the user's answers; the checklists only name them.
 */
export const CONDITION_NAMES = [
  /** The client is to pay rent and/or egenavgift (001 › Checklista underlag för uppföljning). */
  'clientPaysRent',
  /** A boendekartläggning has been carried out since the previous follow-up. */
  'boendekartlaggningDone',
  /** Staff or caseworker see a need to adjust the support level. */
  'levelChangeRelevant',
  /** The assignment concerns a service where a stödnivå applies (001 › Checklista uppdrag). */
  'levelRelevant',
  /** Placement in lägenhet / lägenhetsboende, where the assignment must say whether rent is paid. */
  'apartmentHousing',
  /** The client is to pay egenavgift. */
  'clientPaysEgenavgift',
  /** The client has not consented to or not wished to take part in the genomförandeplan. */
  'clientDeclinedParticipation',
  /** Boendestöd: the caseworker attends the uppstartsmöte (an exception, 002 › Uppstartsmöte). */
  'caseworkerAttends',
  /** A level adjustment is proposed before the follow-up meeting (special needs). */
  'adjustmentBeforeFollowUp',
] as const;
export type ConditionName = (typeof CONDITION_NAMES)[number];

/** Truth of each condition for one case; a condition that is missing counts as false. */
export type ConditionFacts = Readonly<Partial<Record<ConditionName, boolean>>>;

export type Requirement =
  | { readonly kind: 'required' }
  | { readonly kind: 'optional' }
  | { readonly kind: 'conditional'; readonly condition: ConditionName };

export const REQUIRED: Requirement = Object.freeze({ kind: 'required' });
export const OPTIONAL: Requirement = Object.freeze({ kind: 'optional' });
export function when(condition: ConditionName): Requirement {
  return Object.freeze({ kind: 'conditional', condition });
}

export interface ChecklistItem {
  /** Stable id: never renamed once released, summaries and stored answers refer to it. */
  readonly id: string;
  /** Short Swedish heading used in summaries (Treserva text and cards). */
  readonly heading: string;
  /** The Swedish question or instruction as shown to the user. */
  readonly label: string;
  readonly help?: string;
  readonly requirement: Requirement;
  /** 'action' = something to do (e.g. notify the caseworker), not a topic to document. */
  readonly kind?: 'topic' | 'action';
  readonly citation: Citation;
  readonly seeAlso?: readonly Citation[];
  readonly children?: readonly ChecklistItem[];
}

export interface Checklist {
  readonly id: string;
  readonly title: string;
  readonly service: Service | 'both';
  readonly citation: Citation;
  /** Rules that frame the whole checklist (purpose, deadlines), in Swedish. */
  readonly notes?: readonly string[];
  readonly items: readonly ChecklistItem[];
}

export type ItemId<C extends Checklist> = C['items'][number]['id'];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Keeps the literal item ids in the type (for exhaustive renderers) and freezes the data. */
export function defineChecklist<const C extends Checklist>(checklist: C): C {
  return deepFreeze(checklist);
}

export function isApplicable(item: ChecklistItem, facts: ConditionFacts): boolean {
  const { requirement } = item;
  return requirement.kind !== 'conditional' || facts[requirement.condition] === true;
}

export function applicableItems(checklist: Checklist, facts: ConditionFacts): readonly ChecklistItem[] {
  return checklist.items.filter((item) => isApplicable(item, facts));
}

export function childItem(item: ChecklistItem, childId: string): ChecklistItem {
  const child = item.children?.find((candidate) => candidate.id === childId);
  if (!child) throw new Error(`Checklist item ${item.id} has no child ${childId}`);
  return child;
}
