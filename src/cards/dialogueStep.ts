import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

/** The inputs a step card can show; the dialogue engine's field kinds map onto these one to one. */
export type StepInputKind = 'text' | 'textarea' | 'date' | 'time' | 'choice' | 'multichoice' | 'toggle' | 'email' | 'number';

export interface CardAction {
  readonly title: string;
  readonly verb: string;
  readonly style: 'default' | 'positive' | 'destructive';
  /** Only on "Använd mina ändringar": the overtaken input as JSON (see dialogues/navigation pendingInput). */
  readonly reapply?: string;
}

export interface DialogueStepCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly notice: string;
  /** "Senast ändrat av …" on a shared draft a colleague saved last; '' otherwise. */
  readonly lastEdited?: string;
  readonly errors: readonly string[];
  readonly stepTitle: string;
  readonly source: string;
  readonly intro: string;
  readonly draftId: string;
  readonly version: number;
  readonly fields: readonly {
    readonly inputId: string;
    readonly kind: StepInputKind;
    readonly label: string;
    readonly value: string;
    readonly placeholder: string;
    readonly help: string;
    readonly error: string;
    readonly choices: readonly { readonly title: string; readonly value: string }[];
  }[];
  readonly actions: readonly CardAction[];
}

const template = loadCardTemplate<DialogueStepCardData>('dialogue-step');

/** Input ids carry a prefix so field values never collide with the action's own data keys. */
export const INPUT_PREFIX = 'f_';
export function inputIdOf(fieldId: string): string {
  return `${INPUT_PREFIX}${fieldId}`;
}

export const REAPPLY_TITLE = 'Använd mina ändringar';

export function stepActions(isFirst: boolean, isLast: boolean, reapply?: Readonly<Record<string, string>>): CardAction[] {
  return [
    ...(reapply ? [{ title: REAPPLY_TITLE, verb: VERBS.dialogueReapply, style: 'positive', reapply: JSON.stringify(reapply) } as const] : []),
    { title: isLast ? 'Förhandsgranska' : 'Nästa', verb: isLast ? VERBS.dialoguePreview : VERBS.dialogueNext, style: 'positive' },
    ...(isFirst ? [] : [{ title: 'Tillbaka', verb: VERBS.dialogueBack, style: 'default' } as const]),
    { title: 'Spara och fortsätt senare', verb: VERBS.dialogueSave, style: 'default' },
    { title: 'Kasta utkastet', verb: VERBS.dialogueDiscard, style: 'destructive' },
  ];
}

export function renderDialogueStepCard(data: DialogueStepCardData): AdaptiveCardJson {
  return template.render({ ...data, lastEdited: data.lastEdited ?? '', actions: data.actions.map((a) => ({ ...a, reapply: a.reapply ?? '' })) });
}
