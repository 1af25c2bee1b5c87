import { arendeDialogue } from './arende';
import { avslutaDialogue } from './avsluta';
import { genomforandeplanDialogue } from './genomforandeplan';
import { stodnivaDialogue } from './stodniva';
import type { DialogueId, DialogueSpec } from './types';
import { uppfoljningDialogue } from './uppfoljning';
import { uppfoljningsmoteDialogue } from './uppfoljningsmote';
import { uppstartsmoteDialogue } from './uppstartsmote';

/** Every dialogue, in one place. */
export function dialogueRegistry(): ReadonlyMap<DialogueId, DialogueSpec> {
  const specs: DialogueSpec[] = [
    arendeDialogue as DialogueSpec,
    uppstartsmoteDialogue as DialogueSpec,
    genomforandeplanDialogue as DialogueSpec,
    uppfoljningDialogue as DialogueSpec,
    stodnivaDialogue as DialogueSpec,
    uppfoljningsmoteDialogue as DialogueSpec,
    avslutaDialogue as DialogueSpec,
  ];
  return new Map(specs.map((s) => [s.id, s]));
}
