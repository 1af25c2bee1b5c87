import { TEAM_MESSAGES } from '../domain/caseTeam';
import type { ClientCase } from '../domain/cases';
import type { Draft } from '../storage/drafts.repository';
import type { Choice, CompletionResult, DialogueId, FieldKind, StepSpec } from './types';

/** What the dialogue engine shows: one view per state, rendered by src/cards/dialogueView.ts. */
export interface Actor {
  readonly userId: string;
  readonly tenantId: string;
  readonly upn: string | null;
}

export const DIALOGUE_VERBS = ['next', 'back', 'save', 'preview', 'edit', 'send', 'discard'] as const;
export type DialogueVerb = (typeof DIALOGUE_VERBS)[number];

export interface DialogueAction {
  readonly verb: DialogueVerb;
  readonly draftId: string;
  readonly version: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface FieldView {
  readonly id: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly help?: string;
  readonly placeholder?: string;
  readonly required: boolean;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly error?: string;
  readonly maxLength?: number;
}

export type Delivery = 'queued' | 'waiting_for_install' | 'none';

/** Shown on a shared draft someone else saved last: "Senast ändrat av … <date time>". */
export interface LastEdited {
  readonly text: string;
}

export type DialogueView =
  | {
      readonly kind: 'step';
      readonly draft: Draft;
      readonly title: string;
      readonly caseReference: string | null;
      readonly stepNumber: number;
      readonly stepCount: number;
      readonly step: StepSpec;
      readonly fields: readonly FieldView[];
      readonly errors: readonly string[];
      readonly notice?: string;
      readonly lastEdited?: LastEdited;
      /** What this user typed on a card a colleague's save overtook, offered to re-apply. */
      readonly reapply?: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'preview';
      readonly draft: Draft;
      readonly title: string;
      readonly caseReference: string | null;
      readonly previewTitle: string;
      readonly text: string;
      readonly sendLabel: string;
      readonly notice?: string;
      readonly lastEdited?: LastEdited;
    }
  | { readonly kind: 'done'; readonly title: string; readonly caseReference: string | null; readonly result: CompletionResult; readonly delivery: Delivery; readonly alreadySent: boolean; readonly text?: string }
  | { readonly kind: 'discarded'; readonly title: string }
  | { readonly kind: 'choose_case'; readonly dialogue: DialogueId; readonly title: string; readonly cases: readonly ClientCase[] }
  | { readonly kind: 'message'; readonly text: string };

export interface DraftListItem {
  readonly draft: Draft;
  readonly title: string;
  readonly caseReference: string | null;
  readonly lastEdited?: LastEdited;
}

export const MESSAGES = {
  noCases: 'Du har inga pågående ärenden. Skriv ”nytt ärende” för att registrera ett med ärendereferens.',
  noMatchingCases: 'Inget av dina ärenden gäller för det här steget.',
  draftGone: 'Det utkastet finns inte längre. Skriv ”mina utkast” för att se dina sparade utkast.',
  notYourDraft: 'Det här utkastet är någon annans och kan inte öppnas av dig.',
  stale: 'Kortet du använde var inte längre aktuellt – här är det senast sparade läget. Inget av det som redan var sparat har försvunnit.',
  resumed: 'Du fortsätter där du slutade – ditt sparade utkast är öppnat.',
  resumedShared: 'Du fortsätter på teamets utkast för ärendet.',
  saved: 'Sparat. Du hittar utkastet under ”mina utkast” när du vill fortsätta.',
  discarded: 'Utkastet är kastat.',
  alreadySent: 'Det här är redan skickat – inget skickades två gånger.',
  alreadyDiscarded: 'Det här utkastet är redan kastat.',
  notYourCase: 'Du hör inte till det ärendet.',
  notOnTeam: TEAM_MESSAGES.refused,
  reapplyOffer: 'Det du skrev på ditt kort är inte borta: tryck ”Använd mina ändringar” för att lägga in det ovanpå det senast sparade.',
  reapplied: 'Dina ändringar är inlagda ovanpå det senast sparade. Kontrollera dem och gå vidare.',
} as const;

/** A colleague saved the shared draft while this user was typing (who and when: the "Senast ändrat av" line). */
export const TEAM_CONFLICT_TEXT = 'En kollega i teamet sparade utkastet medan du skrev, så ditt kort sparades inte – här är det senast sparade läget.';
