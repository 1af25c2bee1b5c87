import type { CardAction } from './dialogueStep';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

export interface DialoguePreviewCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly notice: string;
  /** "Senast ändrat av …" on a shared draft a colleague saved last; '' otherwise. */
  readonly lastEdited?: string;
  readonly lead: string;
  /** The text exactly as it will be sent, one TextBlock per line so blank lines survive. */
  readonly lines: readonly string[];
  readonly draftId: string;
  readonly version: number;
  readonly actions: readonly CardAction[];
}

const template = loadCardTemplate<DialoguePreviewCardData>('dialogue-preview');

export function previewActions(sendTitle: string): CardAction[] {
  return [
    { title: sendTitle, verb: VERBS.dialogueSend, style: 'positive' },
    { title: 'Ändra', verb: VERBS.dialogueEdit, style: 'default' },
    { title: 'Kasta utkastet', verb: VERBS.dialogueDiscard, style: 'destructive' },
  ];
}

export function renderDialoguePreviewCard(data: DialoguePreviewCardData): AdaptiveCardJson {
  return template.render({ ...data, lastEdited: data.lastEdited ?? '' });
}
