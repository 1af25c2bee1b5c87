import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDialogueStepCard, type DialogueStepCardData, type StepInputKind } from '../../src/cards/dialogueStep';
import { loadCardTemplate } from '../../src/cards/templates';

const KINDS: readonly StepInputKind[] = ['text', 'textarea', 'date', 'time', 'choice', 'multichoice', 'toggle', 'email', 'number'];

/** Mostly empty, sometimes text (empty strings switch parts of the card off). */
const text = () => fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }), fc.constantFrom('Nästa', 'Boendet har fungerat bra.', '${title}', "it's"));

const data: fc.Arbitrary<DialogueStepCardData> = fc.record(
  {
    title: text(),
    subtitle: text(),
    notice: text(),
    lastEdited: text(),
    errors: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    stepTitle: text(),
    source: text(),
    intro: text(),
    draftId: fc.uuid(),
    version: fc.nat(),
    fields: fc.array(
      fc.record({
        inputId: fc.string({ minLength: 1, maxLength: 10 }).map((s) => `f_${s}`),
        kind: fc.constantFrom(...KINDS),
        label: text(),
        value: text(),
        placeholder: text(),
        help: text(),
        error: text(),
        choices: fc.array(fc.record({ title: text(), value: text() }), { maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
    actions: fc.array(
      fc.record(
        { title: text(), verb: fc.constantFrom('dialogue.next', 'dialogue.back', 'dialogue.reapply'), style: fc.constantFrom('default', 'positive', 'destructive'), reapply: fc.string({ maxLength: 30 }) },
        { requiredKeys: ['title', 'verb', 'style'] },
      ),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: ['title', 'subtitle', 'notice', 'errors', 'stepTitle', 'source', 'intro', 'draftId', 'version', 'fields', 'actions'] },
);

describe('the dialogue step card', () => {
  const template = loadCardTemplate<DialogueStepCardData>('dialogue-step');

  it('is exactly what cards/dialogue-step.json expands to, for any step', () => {
    fc.assert(
      fc.property(data, (d) => {
        const expanded = template.render({ ...d, lastEdited: d.lastEdited ?? '', actions: d.actions.map((a) => ({ ...a, reapply: a.reapply ?? '' })) });
        const built = renderDialogueStepCard(d);
        expect(built).toStrictEqual(expanded);
        expect(JSON.stringify(built)).toBe(JSON.stringify(expanded));
      }),
      { numRuns: 300 },
    );
  });
});
