import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQa, type QaKnownAnswer } from '../../src/qa';
import { describeSetOutcome, evaluateSet, judgeSetQuestion, setFileSchema, type SetQuestion } from '../../src/qa/evalSet';

// Issue 14's targets for the held-out parts are ≥ 95 % correct, 0 wrong, ≥ 95 % declined; they are
// NOT met yet (README › Q&A from the source documents), and `npm run eval:qa` reports them. This
// suite holds the figures of the latest measurement (2026-12-08, end of the sixth session: part A
// 99/105 correct with 6 wrong and 18/20 declined, part B 114/126 with 4 wrong and 23/24 declined),
// so a change cannot silently move them down further.
// Development parts may show their questions (they are tuned on); their floor is the wrong count.
const FLOORS = {
  'holdout.json': { inScopeCorrect: 0.94, maxWrong: 6, outOfScopeDeclined: 0.9 },
  'holdout-b.json': { inScopeCorrect: 0.9, maxWrong: 4, outOfScopeDeclined: 0.95 },
} as const;
const DEV_MAX_WRONG = {
  'dev.json': 2,
  'dev-b.json': 1,
  'dev-c.json': 4,
  'dev-d.json': 3,
  'dev-e.json': 5,
  'dev-f.json': 1,
  'dev-g.json': 4,
  'dev-h.json': 3,
  'dev-i.json': 5,
  'dev-j.json': 3,
  'dev-k.json': 2,
  'dev-l.json': 2,
  'dev-m.json': 5,
  'dev-n.json': 2,
  'dev-o.json': 2,
  'dev-p.json': 8,
  'dev-q.json': 3,
  'dev-r.json': 5,
  'dev-s.json': 3,
  'dev-t.json': 12,
  'dev-u.json': 8,
  'dev-v.json': 5,
  'dev-w.json': 7,
  'dev-oos.json': 7,
  'dev-oos-b.json': 13,
} as const;

const qa = createQa();
const load = (name: string): SetQuestion[] =>
  setFileSchema.parse(JSON.parse(readFileSync(path.join(__dirname, 'eval', name), 'utf8'))).questions;

describe('the independent evaluation set (test/qa/eval)', () => {
  const devParts = Object.entries(DEV_MAX_WRONG).map(([file, maxWrong]) => ({ file, maxWrong, report: evaluateSet(qa, load(file)) }));
  const heldOut = Object.entries(FLOORS).map(([file, floor]) => ({ file, floor, report: evaluateSet(qa, load(file)) }));

  it('scores every part completely', () => {
    for (const report of [...devParts, ...heldOut].map((p) => p.report)) {
      const n = [...report.byArea.values()].reduce((sum, a) => sum + a.n, 0);
      expect(n).toBe(report.outcomes.length);
    }
  });

  it.each(Object.entries(DEV_MAX_WRONG))('%s: at most %i wrong answers (floor; target 0)', (file, maxWrong) => {
    const wrong = devParts.find((p) => p.file === file)?.report.outcomes.filter((o) => o.verdict === 'wrong') ?? [];
    // Development questions may be shown: they are the ones we tune on.
    expect(wrong.length, wrong.map(describeSetOutcome).join('\n')).toBeLessThanOrEqual(maxWrong);
  });

  // Held-out questions are counted, never printed: a failing floor must not show them to whoever tunes.
  it.each(Object.entries(FLOORS))('%s stays at or above its floor (targets: 95 % correct, 0 wrong, 95 % declined)', (file, floor) => {
    const part = heldOut.find((h) => h.file === file);
    if (!part) throw new Error(file);
    const { report } = part;
    expect(report.inScopeCorrect).toBeGreaterThanOrEqual(floor.inScopeCorrect);
    expect(report.wrong).toBeLessThanOrEqual(floor.maxWrong);
    expect(report.outOfScopeDeclined).toBeGreaterThanOrEqual(floor.outOfScopeDeclined);
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
