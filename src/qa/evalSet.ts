/**
 * Scores the question answerer against the independent evaluation set in test/qa/eval
 * (dev.json, holdout.json; semantics in its README): an answer is correct when every fact group
 * has at least one alternative in the answer body (answer sentences and quoted passages, not
 * button titles). Shared by scripts/eval-qa.ts (prints) and test/qa/evalSet.scoring.test.ts (asserts).
 */
import { z } from 'zod';
import { LEVEL_MODEL_IDS } from '../domain/case';
import { answerBody, type Qa, type QaAnswer } from './index';

export const EVAL_AREAS = ['levels_2021', 'levels_2025', 'process_001', 'checklists', 'boendestod_002', 'background_004', 'out_of_scope'] as const;
export type EvalArea = (typeof EVAL_AREAS)[number];

export const setQuestionSchema = z.object({
  id: z.string(),
  area: z.enum(EVAL_AREAS),
  source: z.string().optional(),
  question: z.string().min(1),
  expect: z.enum(['answer', 'decline']),
  facts: z.array(z.array(z.string().min(1)).min(1)),
  context: z.object({ modelId: z.enum(LEVEL_MODEL_IDS) }).optional(),
});
export type SetQuestion = z.infer<typeof setQuestionSchema>;
export const setFileSchema = z.object({ version: z.literal(1), questions: z.array(setQuestionSchema).min(1) });

/** Case-insensitive, å/ä→a, ö→o, é→e, whitespace collapsed (the set's README). */
export function foldForFacts(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type Verdict = 'correct' | 'declined' | 'wrong';

export interface SetOutcome {
  readonly question: SetQuestion;
  readonly answer: QaAnswer;
  readonly verdict: Verdict;
  /** Fact groups with no alternative in the body (answered questions only). */
  readonly missing: readonly (readonly string[])[];
}

export function judgeSetQuestion(question: SetQuestion, answer: QaAnswer): SetOutcome {
  if (answer.kind === 'unknown') return { question, answer, verdict: question.expect === 'decline' ? 'correct' : 'declined', missing: [] };
  if (question.expect === 'decline') return { question, answer, verdict: 'wrong', missing: [] };
  const body = foldForFacts(answerBody(answer));
  const missing = question.facts.filter((group) => !group.some((alt) => body.includes(foldForFacts(alt))));
  return { question, answer, verdict: missing.length === 0 ? 'correct' : 'wrong', missing };
}

export interface AreaScore {
  readonly n: number;
  readonly correct: number;
  readonly declined: number;
  readonly wrong: number;
}

export interface SetReport {
  readonly outcomes: readonly SetOutcome[];
  readonly byArea: ReadonlyMap<EvalArea, AreaScore>;
  /** Correct share of the questions that expect an answer. */
  readonly inScopeCorrect: number;
  readonly wrong: number;
  /** Declined share of the out-of-scope questions. */
  readonly outOfScopeDeclined: number;
}

export function evaluateSet(qa: Qa, questions: readonly SetQuestion[]): SetReport {
  const outcomes = questions.map((q) => judgeSetQuestion(q, qa.answer(q.question, q.context ?? {})));
  const byArea = new Map<EvalArea, AreaScore>();
  for (const area of EVAL_AREAS) {
    const inArea = outcomes.filter((o) => o.question.area === area);
    if (inArea.length === 0) continue;
    const count = (v: Verdict) => inArea.filter((o) => o.verdict === v).length;
    byArea.set(area, { n: inArea.length, correct: count('correct'), declined: count('declined'), wrong: count('wrong') });
  }
  const inScope = outcomes.filter((o) => o.question.expect === 'answer');
  const outOfScope = outcomes.filter((o) => o.question.expect === 'decline');
  return {
    outcomes,
    byArea,
    inScopeCorrect: inScope.length === 0 ? 1 : inScope.filter((o) => o.verdict === 'correct').length / inScope.length,
    wrong: outcomes.filter((o) => o.verdict === 'wrong').length,
    outOfScopeDeclined: outOfScope.length === 0 ? 1 : outOfScope.filter((o) => o.verdict === 'correct').length / outOfScope.length,
  };
}

export function describeSetOutcome(o: SetOutcome): string {
  const got = o.answer.kind === 'answer' ? `${o.answer.topicId}: ${answerBody(o.answer).replace(/\s+/g, ' ').slice(0, 160)}` : 'declined';
  const missing = o.missing.length > 0 ? ` missing ${JSON.stringify(o.missing)}` : '';
  return `${o.question.id} [${o.question.area}] «${o.question.question}» → ${got}${missing}`;
}
