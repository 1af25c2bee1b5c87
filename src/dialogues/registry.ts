import { arendeDialogue } from './arende';
import type { DialogueId, DialogueSpec } from './types';
import { uppstartsmoteDialogue } from './uppstartsmote';

/** Every dialogue, in one place. */
export function dialogueRegistry(): ReadonlyMap<DialogueId, DialogueSpec> {
  const specs: DialogueSpec[] = [arendeDialogue as DialogueSpec, uppstartsmoteDialogue as DialogueSpec];
  return new Map(specs.map((s) => [s.id, s]));
}
