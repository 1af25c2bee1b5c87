import { createQa, type Qa } from '../qa';

/** The Q&A engine, its index built on first use or by build(), whichever comes first. */
export interface DeferredQa extends Qa {
  /** Builds the index now (src/bot.ts calls it right after the server listens). */
  build(): void;
}

export function deferredQa(make: () => Qa = createQa): DeferredQa {
  let qa: Qa | undefined;
  const built = (): Qa => (qa ??= make());
  return {
    answer: (question, context) => built().answer(question, context),
    topic: (topicId, context) => built().topic(topicId, context),
    build: () => void built(),
  };
}
