import type { AdaptiveCardJson } from './templates';
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

/**
 * The card of cards/dialogue-step.json, built directly: it is sent on every step of every dialogue,
 * and expanding the template (some sixty expressions) was the largest single cost of a card-step
 * turn. test/cards/dialogueStepCard.test.ts checks that this gives exactly what the template
 * expands to, for any data; the template stays the card's design.
 */
export function renderDialogueStepCard(data: DialogueStepCardData): AdaptiveCardJson {
  const lastEdited = data.lastEdited ?? '';
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: data.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: data.subtitle, isSubtle: true, spacing: 'None', wrap: true },
  ];
  if (data.notice !== '') body.push({ type: 'TextBlock', text: data.notice, color: 'Accent', wrap: true });
  if (lastEdited !== '') body.push({ type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: lastEdited, isSubtle: true, size: 'Small' }] });
  if (data.errors.length > 0) {
    body.push({ type: 'Container', style: 'attention', items: data.errors.map((error) => ({ type: 'TextBlock', text: error, color: 'Attention', wrap: true })) });
  }
  body.push({ type: 'TextBlock', text: data.stepTitle, weight: 'Bolder', wrap: true, spacing: 'Medium' });
  if (data.source !== '') body.push({ type: 'TextBlock', text: data.source, isSubtle: true, size: 'Small', spacing: 'None', wrap: true });
  if (data.intro !== '') body.push({ type: 'TextBlock', text: data.intro, wrap: true });
  for (const field of data.fields) body.push({ type: 'Container', spacing: 'Medium', items: fieldItems(field) });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: data.actions.map((action) => {
      const reapply = action.reapply ?? '';
      return {
        type: 'Action.Execute',
        title: action.title,
        verb: action.verb,
        style: action.style,
        data: { draftId: data.draftId, version: data.version, reapply },
        fallback: { type: 'Action.Submit', title: action.title, data: { verb: action.verb, draftId: data.draftId, version: data.version, reapply } },
      };
    }),
  };
}

function fieldItems(field: DialogueStepCardData['fields'][number]): Record<string, unknown>[] {
  const { inputId: id, label, value, placeholder } = field;
  const choices = () => field.choices.map((c) => ({ title: c.title, value: c.value }));
  const items: Record<string, unknown>[] = [];
  switch (field.kind) {
    case 'text':
    case 'email':
      items.push({ type: 'Input.Text', id, label, value, placeholder });
      break;
    case 'textarea':
      items.push({ type: 'Input.Text', id, label, value, placeholder, isMultiline: true });
      break;
    case 'number':
      items.push({ type: 'Input.Number', id, label, value, min: 0, max: 168 });
      break;
    case 'date':
      items.push({ type: 'Input.Date', id, label, value });
      break;
    case 'time':
      items.push({ type: 'Input.Time', id, label, value });
      break;
    case 'toggle':
      items.push({ type: 'Input.Toggle', id, title: label, value, valueOn: 'true', valueOff: 'false' });
      break;
    case 'choice':
      items.push({ type: 'Input.ChoiceSet', id, label, value, style: 'expanded', choices: choices() });
      break;
    case 'multichoice':
      items.push({ type: 'Input.ChoiceSet', id, label, value, style: 'expanded', isMultiSelect: true, choices: choices() });
      break;
  }
  if (field.help !== '') items.push({ type: 'TextBlock', text: field.help, isSubtle: true, size: 'Small', spacing: 'None', wrap: true });
  if (field.error !== '') items.push({ type: 'TextBlock', text: field.error, color: 'Attention', size: 'Small', spacing: 'None', wrap: true });
  return items;
}
