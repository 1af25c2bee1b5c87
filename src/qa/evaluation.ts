/**
 * Scores the question answerer against a labelled question set (test/qa/questions.sv.json):
 * shared by scripts/eval-qa.ts (prints the report) and test/qa/evaluation.test.ts (asserts it).
 */
import { z } from 'zod';
import { LEVEL_MODEL_IDS, SERVICES } from '../domain/case';
import type { Qa, QaAnswer } from './index';

export const EVAL_TAGS = ['typo', 'inflection', 'colloquial', 'short', 'comparison', 'out_of_scope'] as const;

export const evalQuestionSchema = z.object({
  q: z.string().min(1),
  /** A topic id, several acceptable ids, or 'unknown' for a question the bot must decline. */
  expect: z.union([z.string(), z.array(z.string()).min(1)]),
  /** Substrings the answer text must contain (see {@link normalizeForFacts}). */
  facts: z.array(z.string()),
  tag: z.enum(EVAL_TAGS),
  holdout: z.boolean().optional(),
  /** Holdout round: 1 = written with the set before the engine existed, 2 = written after the first tuning pass, before the rest. */
  round: z.number().int().positive().optional(),
  context: z.object({ modelId: z.enum(LEVEL_MODEL_IDS).optional(), service: z.enum(SERVICES).optional() }).optional(),
  /** The model the answer should offer as the alternative. */
  otherModel: z.enum(LEVEL_MODEL_IDS).optional(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export const evalSetSchema = z.object({ about: z.string(), questions: z.array(evalQuestionSchema).min(1) });

const NUMBER_WORDS: Readonly<Record<string, string>> = { en: '1', ett: '1', två: '2', tre: '3', fyra: '4', fem: '5', sex: '6', tio: '10', fjorton: '14' };

/** Lower case, a dash before a digit as "–", Swedish number words as digits ("tre timmar" → "3 timmar"). */
export function normalizeForFacts(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*[-–—]\s*(?=\d)/g, '–')
    .replace(/\p{L}+/gu, (w) => NUMBER_WORDS[w] ?? w);
}

export interface EvalOutcome {
  readonly question: EvalQuestion;
  readonly answer: QaAnswer;
  readonly topicOk: boolean;
  readonly missingFacts: readonly string[];
  readonly otherModelOk: boolean;
  readonly correct: boolean;
}

/**
 * A topic is right when it is one of the expected ones. Since the answers also come from the
 * documents' own passages (issue 14), a passage answer is right when it quotes a section one of
 * the expected topics cites (`sectionsOf` gives "<doc> › <section>" per expected topic); the facts
 * are then the passage's own words, so they are checked only on a topic answer.
 */
export function judge(question: EvalQuestion, answer: QaAnswer, sectionsOf: (topicId: string) => readonly string[] = () => []): EvalOutcome {
  const expected = Array.isArray(question.expect) ? question.expect : [question.expect];
  const got = answer.kind === 'answer' ? answer.topicId : 'unknown';
  const cited = new Set(expected.flatMap((id) => (id === 'unknown' ? [] : sectionsOf(id))));
  const fromPassage = answer.kind === 'answer' && got.startsWith('passage.') && answer.citations.some((c) => cited.has(`${c.source} › ${c.section}`));
  const topicOk = expected.includes(got) || fromPassage;
  const text = normalizeForFacts(answer.textSv);
  const missingFacts = answer.kind === 'answer' && !fromPassage ? question.facts.filter((f) => !text.includes(normalizeForFacts(f))) : [];
  const otherModelOk = question.otherModel === undefined || (answer.kind === 'answer' && answer.otherModel === question.otherModel);
  return { question, answer, topicOk, missingFacts, otherModelOk, correct: topicOk && missingFacts.length === 0 && otherModelOk };
}

export interface EvalReport {
  readonly outcomes: readonly EvalOutcome[];
  readonly accuracy: number;
  readonly inScopeAccuracy: number;
  readonly holdoutAccuracy: number;
  /** Holdout accuracy per round (see {@link evalQuestionSchema}). */
  readonly holdoutByRound: ReadonlyMap<number, { readonly n: number; readonly accuracy: number }>;
  readonly outOfScopeDeclined: number;
  readonly misses: readonly EvalOutcome[];
}

function share(outcomes: readonly EvalOutcome[], ok: (o: EvalOutcome) => boolean): number {
  return outcomes.length === 0 ? 1 : outcomes.filter(ok).length / outcomes.length;
}

function holdoutRounds(outcomes: readonly EvalOutcome[]): Map<number, { n: number; accuracy: number }> {
  const rounds = new Map<number, { n: number; accuracy: number }>();
  const held = outcomes.filter((o) => o.question.holdout === true);
  for (const round of [...new Set(held.map((o) => o.question.round ?? 1))].sort()) {
    const inRound = held.filter((o) => (o.question.round ?? 1) === round);
    rounds.set(round, { n: inRound.length, accuracy: share(inRound, (o) => o.correct) });
  }
  return rounds;
}

export function evaluate(qa: Qa, questions: readonly EvalQuestion[]): EvalReport {
  const sectionsOf = (topicId: string): string[] => (qa.topic(topicId)?.citations ?? []).map((c) => `${c.source} › ${c.section}`);
  const outcomes = questions.map((q) => judge(q, qa.answer(q.q, q.context), sectionsOf));
  const outOfScope = outcomes.filter((o) => o.question.expect === 'unknown');
  const inScope = outcomes.filter((o) => o.question.expect !== 'unknown');
  return {
    outcomes,
    accuracy: share(outcomes, (o) => o.correct),
    inScopeAccuracy: share(inScope, (o) => o.correct),
    holdoutAccuracy: share(
      outcomes.filter((o) => o.question.holdout === true),
      (o) => o.correct,
    ),
    holdoutByRound: holdoutRounds(outcomes),
    outOfScopeDeclined: share(outOfScope, (o) => o.answer.kind === 'unknown'),
    misses: outcomes.filter((o) => !o.correct),
  };
}

export function describeMiss(o: EvalOutcome): string {
  const got = o.answer.kind === 'answer' ? o.answer.topicId : 'unknown';
  const parts = [`«${o.question.q}» [${o.question.tag}${o.question.holdout ? ', holdout' : ''}] expected ${JSON.stringify(o.question.expect)}, got ${got}`];
  if (o.missingFacts.length > 0) parts.push(`missing facts ${JSON.stringify(o.missingFacts)}`);
  if (!o.otherModelOk) parts.push(`otherModel ${o.answer.kind === 'answer' ? String(o.answer.otherModel) : '-'} ≠ ${String(o.question.otherModel)}`);
  return parts.join('; ');
}
