import type { QaAnswer, QaKnownAnswer } from '../../src/qa';

/** The answer, or a failure naming the nearest topics the decline offered instead. */
export function known(answer: QaAnswer | undefined): QaKnownAnswer {
  if (answer === undefined) throw new Error('expected an answer, got none');
  if (answer.kind !== 'answer') throw new Error(`expected an answer, got a decline (${answer.nearest.map((n) => n.topicId).join(', ')})`);
  return answer;
}
