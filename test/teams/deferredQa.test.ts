import { describe, expect, it } from 'vitest';
import type { Qa } from '../../src/qa';
import { deferredQa } from '../../src/teams/deferredQa';

const fake: Qa = { answer: () => ({ kind: 'unknown', textSv: 'x', nearest: [] }), topic: () => undefined };

describe('the Q&A engine behind the bot (loaded and built after listening, or on first use)', () => {
  it('builds nothing until it is asked or told to build, then builds once', async () => {
    let builds = 0;
    const qa = deferredQa(() => (builds++, fake));
    expect(builds).toBe(0);
    await Promise.all([qa.build(), qa.answer('vad krävs för medel?'), qa.topic('levels.models')]);
    await qa.answer('och för hög?');
    expect(builds).toBe(1);
  });

  it('tries again on the next question when building failed', async () => {
    let attempts = 0;
    const qa = deferredQa(() => {
      attempts++;
      if (attempts === 1) throw new Error('index failed');
      return fake;
    });
    await expect(qa.build()).rejects.toThrow('index failed');
    expect((await qa.answer('vad krävs för medel?')).kind).toBe('unknown');
    expect(attempts).toBe(2);
  });

  it('loads the real engine on first use and answers from it', async () => {
    const answer = await deferredQa().answer('vad krävs för medel?');
    expect(answer.kind).toBe('answer');
    expect(answer.kind === 'answer' ? answer.textSv : '').toMatch(/upp till 3 timmar i veckan/);
  });
});
