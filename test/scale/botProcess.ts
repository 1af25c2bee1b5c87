/**
 * One bot instance as its own process, for test/scale/sharedLimit.test.ts (forked with tsx).
 * The parent passes DATABASE_URL, START (ISO) and EPOCH_MS; the clock reads START plus the
 * time since EPOCH_MS on the machine's shared time line, so both instances and the parent agree.
 * Reports to the parent over IPC: 'listening' with its pid, 'elected' when it becomes the
 * outbox dispatcher; marks its outgoing requests with its pid (header x-sender-pid).
 */
import http from 'node:http';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import type { Clock } from '../../src/domain/clock';
import { createLogger } from '../../src/logging';
import { startBot } from '../../src/main';

// Test instrumentation only: every outgoing HTTP request names this process, so the connector
// stand-in knows which instance sent it without asking the database.
// (Agent#addRequest is where every request meets its agent; it is not in @types/node.)
const agent = http.Agent.prototype as unknown as { addRequest(request: http.ClientRequest, ...rest: unknown[]): void };
const addRequest = agent.addRequest;
agent.addRequest = function (this: unknown, request: http.ClientRequest, ...rest: unknown[]) {
  request.setHeader('x-sender-pid', String(process.pid));
  addRequest.call(this, request, ...rest);
};

const start = Date.parse(process.env.START ?? '');
const epoch = Number(process.env.EPOCH_MS);
const clock: Clock = { now: () => new Date(start + (performance.timeOrigin + performance.now() - epoch)) };

const events = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { msg?: string };
      if (entry.msg === 'outbox dispatcher elected') process.send?.({ type: 'elected', pid: process.pid, at: performance.timeOrigin + performance.now(), entry });
    }
    done();
  },
});

async function run(): Promise<void> {
  const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'info', REMINDER_TIME: '23:59' });
  const bot = await startBot(config, createLogger('info', events), clock);
  process.send?.({ type: 'listening', pid: process.pid, url: bot.server.url });
  process.once('SIGTERM', () => void bot.stop().then(() => process.exit(0)));
}

run().catch((err: unknown) => {
  process.stderr.write(`bot process failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
