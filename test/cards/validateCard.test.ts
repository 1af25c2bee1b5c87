import { describe, expect, it } from 'vitest';
import { validateCard } from './validateCard';

const button = (title: string) => ({ type: 'Action.Execute', title, verb: 'x' });
const card = (extra: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Hej', wrap: true }],
  actions: [button('Nästa')],
  ...extra,
});

describe('the card validator (adaptivecards object model under Teams host config)', () => {
  it('passes a plain valid card', () => {
    expect(validateCard(card()).problems).toEqual([]);
  });

  it('reports an unknown element type and an unknown action type', () => {
    const problems = validateCard(card({ body: [{ type: 'Bogus' }], actions: [{ type: 'Action.Bogus', title: 'x' }] })).problems;
    expect(problems.some((p) => p.startsWith('parse UnknownElementType'))).toBe(true);
    expect(problems.some((p) => p.startsWith('parse UnknownActionType'))).toBe(true);
  });

  it('reports a property the object model does not know, also nested in a ShowCard', () => {
    const problems = validateCard(
      card({ body: [{ type: 'TextBlock', text: 'x', colour: 'Good' }], actions: [{ type: 'Action.ShowCard', title: 'Mer', card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'a', lable: 'x' }] } }] }),
    ).problems;
    expect(problems).toContain('unknown property "colour" on AdaptiveCard › TextBlock');
    expect(problems).toContain('unknown property "lable" on AdaptiveCard › Action.ShowCard › AdaptiveCard › Input.Text');
  });

  it("reports more buttons than Teams' six", () => {
    const problems = validateCard(card({ actions: ['1', '2', '3', '4', '5', '6', '7'].map(button) })).problems;
    expect(problems.some((p) => p.startsWith('validate TooManyActions'))).toBe(true);
    expect(validateCard(card({ actions: ['1', '2', '3', '4', '5', '6'].map(button) })).problems).toEqual([]);
  });

  it('reports a version above 1.5 and a card above the message budget', () => {
    expect(validateCard(card({ version: '1.6' })).problems.some((p) => p.startsWith('version 1.6'))).toBe(true);
    const big = validateCard(card({ body: [{ type: 'TextBlock', text: 'å'.repeat(15_000), wrap: true }] }));
    expect(big.bytes).toBeGreaterThan(28 * 1024);
    expect(big.problems.some((p) => p.startsWith('size '))).toBe(true);
  });
});
