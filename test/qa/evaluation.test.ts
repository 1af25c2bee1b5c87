import { describe, expect, it } from 'vitest';
import { createQa } from '../../src/qa';
import { EVAL_TAGS, describeMiss, evalSetSchema, evaluate, judge, normalizeForFacts } from '../../src/qa/evaluation';
import questionsJson from './questions.sv.json';

const set = evalSetSchema.parse(questionsJson);
const qa = createQa();

describe('the Swedish question set', () => {
  it('is large and varied enough to mean something', () => {
    const { questions } = set;
    expect(questions.length).toBeGreaterThanOrEqual(90);
    expect(questions.filter((q) => q.expect === 'unknown').length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.holdout === true).length).toBeGreaterThanOrEqual(20);
    for (const tag of EVAL_TAGS) expect(questions.filter((q) => q.tag === tag).length, tag).toBeGreaterThanOrEqual(5);
  });

  it('names only topics that exist (catches a renamed topic id)', () => {
    const ids = set.questions.flatMap((q) => (Array.isArray(q.expect) ? q.expect : [q.expect])).filter((id) => id !== 'unknown');
    for (const id of new Set(ids)) expect(qa.topic(id), id).toBeDefined();
  });
});

describe('evaluation', () => {
  const report = evaluate(qa, set.questions);

  it('answers at least 95 % top-1 correctly, with the expected facts in the text', () => {
    expect(report.accuracy, report.misses.map(describeMiss).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('declines every out-of-scope question', () => {
    const answered = report.outcomes.filter((o) => o.question.expect === 'unknown' && o.answer.kind !== 'unknown');
    expect(answered.map(describeMiss)).toEqual([]);
    expect(report.outOfScopeDeclined).toBe(1);
  });
});

describe('judging', () => {
  it.each([
    ['Fysisk tillsyn en till två gånger i veckan', '1 till 2 gånger'],
    ['upp till tre timmar', '3 timmar'],
    ['1-2 gånger', '1–2 gånger'],
  ])('normalises %s so it contains %s', (text, fact) => {
    expect(normalizeForFacts(text)).toContain(normalizeForFacts(fact));
  });

  it('a right topic without the expected fact is a miss', () => {
    const answer = qa.answer('Vad krävs för medel?');
    expect(judge({ q: 'Vad krävs för medel?', expect: 'level.lagenhetsboende_2025.medel', facts: ['3 timmar'], tag: 'short' }, answer).correct).toBe(true);
    expect(judge({ q: 'Vad krävs för medel?', expect: 'level.lagenhetsboende_2025.medel', facts: ['4 timmar'], tag: 'short' }, answer).correct).toBe(false);
    expect(judge({ q: 'Vad krävs för medel?', expect: 'unknown', facts: [], tag: 'out_of_scope' }, answer).correct).toBe(false);
  });
});
