import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQa, type QaKnownAnswer } from '../../src/qa';
import { describeSetOutcome, evaluateSet, judgeSetQuestion, setFileSchema, type SetQuestion } from '../../src/qa/evalSet';

// The thresholds for the held-out part (issue 14, "Done when").
const MIN_IN_SCOPE_CORRECT = 0.95;
const MIN_OUT_OF_SCOPE_DECLINED = 0.95;

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

  it('answers no held-out question wrongly', () => {
    expect(holdout.outcomes.filter((o) => o.verdict === 'wrong').map(describeSetOutcome)).toEqual([]);
  });

  it('declines at least 95 % of the held-out out-of-scope questions', () => {
    expect(holdout.outOfScopeDeclined).toBeGreaterThanOrEqual(MIN_OUT_OF_SCOPE_DECLINED);
  });

  it('answers at least 95 % of the held-out in-scope questions correctly', () => {
    expect(holdout.inScopeCorrect).toBeGreaterThanOrEqual(MIN_IN_SCOPE_CORRECT);
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
