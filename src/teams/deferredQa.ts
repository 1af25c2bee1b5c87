import type { Qa, QaAnswer, QaContext, QaKnownAnswer } from '../qa';

/** What the handlers need of the Q&A engine: a built engine answers at once, a deferred one when loaded. */
export interface AsyncQa {
  answer(question: string, context?: QaContext): QaAnswer | Promise<QaAnswer>;
  topic(topicId: string, context?: QaContext): QaKnownAnswer | undefined | Promise<QaKnownAnswer | undefined>;
}

/** The Q&A engine, loaded and built on first use or by build(), whichever comes first. */
export interface DeferredQa extends AsyncQa {
  answer(question: string, context?: QaContext): Promise<QaAnswer>;
  topic(topicId: string, context?: QaContext): Promise<QaKnownAnswer | undefined>;
  /** Loads and builds the engine now (src/bot.ts calls it right after the server listens). */
  build(): Promise<void>;
}

/**
 * The Q&A module (its analyzer and ~10,000 lines of staff vocabulary, ≈ 35 ms) is loaded with the
 * index, not before listening (README › Performance, start-up).
 */
async function loadAndCreateQa(): Promise<Qa> {
  const { createQa } = await import('../qa/index.js');
  return createQa();
}

export function deferredQa(make: () => Qa | Promise<Qa> = loadAndCreateQa): DeferredQa {
  let engine: Promise<Qa> | undefined;
  const ready = (): Promise<Qa> =>
    (engine ??= Promise.resolve()
      .then(make)
      .catch((err: unknown) => {
        engine = undefined; // the next question tries again
        throw err;
      }));
  return {
    answer: async (question, context) => (await ready()).answer(question, context),
    topic: async (topicId, context) => (await ready()).topic(topicId, context),
    build: async () => void (await ready()),
  };
}
