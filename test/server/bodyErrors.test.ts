import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';

/** Bodies Express refuses itself: the sender's error (400), never a 500 with a stack. */
let bot: RunningBot;
const log = memoryLogger('debug');
beforeAll(async () => {
  bot = await startBot(loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'debug' }), log.logger, testClock());
});
afterAll(async () => {
  await bot?.stop();
});

it.each([
  ['JSON that does not parse', '{"type": "message",'],
  ['a JSON array', '[1, 2]'],
  ['an empty body', ''],
])('answers 400 to %s', async (_label, body) => {
  const response = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(response.status).toBe(400);
  expect(JSON.stringify(log.lines())).not.toContain('"stack"');
});
