import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQa, type QaKnownAnswer } from '../../src/qa';
import { describeSetOutcome, evaluateSet, judgeSetQuestion, setFileSchema, type SetQuestion } from '../../src/qa/evalSet';

// Issue 14's targets for the held-out part are ≥ 95 % correct, 0 wrong, ≥ 95 % declined; they are
// NOT met yet (README › Q&A from the source documents), and `npm run eval:qa` reports them. This
// suite holds the floor the engine has reached, so a change can only move the figures up.
const HELD_OUT_FLOOR = { inScopeCorrect: 0.64, maxWrong: 5, outOfScopeDeclined: 0.9 } as const;
const DEV_MAX_WRONG = 4;

const qa = createQa();
const load = (name: string): SetQuestion[] =>
  setFileSchema.parse(JSON.parse(readFileSync(path.join(__dirname, 'eval', name), 'utf8'))).questions;

describe('the independent evaluation set (test/qa/eval)', () => {
  const dev = evaluateSet(qa, load('dev.json'));
  const holdout = evaluateSet(qa, load('holdout.json'));

  it('scores both parts completely', () => {
    for (const report of [dev, holdout]) {
      const n = [...report.byArea.values()].reduce((sum, a) => sum + a.n, 0);
      expect(n).toBe(report.outcomes.length);
    }
  });

  it(`answers at most ${HELD_OUT_FLOOR.maxWrong} held-out and ${DEV_MAX_WRONG} development questions wrongly (floor; target 0)`, () => {
    expect(holdout.outcomes.filter((o) => o.verdict === 'wrong').map(describeSetOutcome).length).toBeLessThanOrEqual(HELD_OUT_FLOOR.maxWrong);
    expect(dev.outcomes.filter((o) => o.verdict === 'wrong').map(describeSetOutcome).length).toBeLessThanOrEqual(DEV_MAX_WRONG);
  });

  it('declines at least 90 % of the held-out out-of-scope questions (floor; target 95 %)', () => {
    expect(holdout.outOfScopeDeclined).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.outOfScopeDeclined);
  });

  it('answers at least 64 % of the held-out in-scope questions correctly (floor; target 95 %)', () => {
    expect(holdout.inScopeCorrect).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.inScopeCorrect);
  });
});

describe('scoring semantics (test/qa/eval/README.md)', () => {
  const question: SetQuestion = { id: 'q999', area: 'levels_2025', question: 'x', expect: 'answer', facts: [['upp till 3 timmar', '3 h'], ['hög']] };
  const answer = (textSv: string, quoted: string[] = []): QaKnownAnswer => ({
    kind: 'answer',
    topicId: 't',
    titleSv: 'Hög nivå',
    textSv,
    citations: [],
    score: 1,
    quotes: quoted.map((text) => ({ citation: { source: '003', section: 's' }, text, sectionTopicId: 's' })),
  });

  it('needs one alternative of every fact group in the body, diacritics folded', () => {
    expect(judgeSetQuestion(question, answer('Medel är upp till 3 timmar; det motsvarar hog.')).verdict).toBe('correct');
    expect(judgeSetQuestion(question, answer('Medel är upp till 3 timmar.', ['Hög nivå gäller.'])).verdict).toBe('correct');
  });

  it('counts an answer missing a fact as wrong, a decline as declined, and ignores the title', () => {
    expect(judgeSetQuestion(question, answer('Medel är upp till 3 timmar.')).verdict).toBe('wrong');
    expect(judgeSetQuestion(question, { kind: 'unknown', textSv: 'Det vet jag inte säkert.', nearest: [] }).verdict).toBe('declined');
  });

  it('counts any answer to an out-of-scope question as wrong', () => {
    const outOfScope: SetQuestion = { id: 'q998', area: 'out_of_scope', question: 'x', expect: 'decline', facts: [] };
    expect(judgeSetQuestion(outOfScope, answer('Något.')).verdict).toBe('wrong');
    expect(judgeSetQuestion(outOfScope, { kind: 'unknown', textSv: 'Det vet jag inte säkert.', nearest: [] }).verdict).toBe('correct');
  });
});
