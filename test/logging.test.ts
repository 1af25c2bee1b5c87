import { describe, expect, it } from 'vitest';
import { memoryLogger } from './support/testDeps';

describe('logging never carries what people wrote', () => {
  it.each([
    ['message text', { text: 'Klienten mår dåligt' }],
    ['an activity', { activity: { type: 'message', text: 'Klienten mår dåligt', from: { id: '29:1', name: 'Testa Testsson' } } }],
    ['card data', { activity: { value: { summary: 'Klienten mår dåligt' } } }],
    ['submitted data', { data: { comment: 'Klienten mår dåligt' } }],
    ['a name', { user: { name: 'Testa Testsson' } }],
    ['an authorization header', { req: { headers: { authorization: 'Bearer Klienten' } } }],
  ])('redacts %s', (_label, payload) => {
    const { logger, lines } = memoryLogger();
    logger.info(payload, 'event');
    const out = JSON.stringify(lines());
    expect(out).not.toContain('Klienten');
    expect(out).not.toContain('Testa Testsson');
    expect(out).toContain('[borttaget]');
  });

  it('keeps the structural fields that make logs useful', () => {
    const { logger, lines } = memoryLogger();
    logger.child({ reqId: 'req-42' }).info({ activityType: 'message', status: 200, ms: 12.5 }, 'POST /api/messages');
    expect(lines()[0]).toMatchObject({ reqId: 'req-42', activityType: 'message', status: 200, ms: 12.5, msg: 'POST /api/messages', level: 30 });
  });
});
