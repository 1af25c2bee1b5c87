import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Connector service: records what the bot sends and answers
 * like the real one. `respond` can script failures (429, 5xx) per call.
 */
export interface ConnectorAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface FakeConnector {
  readonly serviceUrl: string;
  readonly calls: ConnectorCall[];
  respond: (call: ConnectorCall, index: number) => ConnectorAnswer | Promise<ConnectorAnswer>;
  waitForCalls(count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let nextId = 1;
  const waiters: Array<() => void> = [];
  const connector: Partial<FakeConnector> & { respond: FakeConnector['respond'] } = {
    respond: () => ({ status: 200, body: { id: `activity-${nextId++}` } }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const call: ConnectorCall = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      };
      calls.push(call);
      const answer = await connector.respond(call, calls.length - 1);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(JSON.stringify(answer.body ?? {}));
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(connector, {
    serviceUrl: `http://127.0.0.1:${port}`,
    calls,
    async waitForCalls(count: number, timeoutMs = 5000) {
      const deadline = performance.now() + timeoutMs;
      while (calls.length < count) {
        if (performance.now() > deadline) throw new Error(`fake connector: expected ${count} calls, got ${calls.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return calls.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeConnector;
}
