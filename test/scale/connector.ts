import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HeldRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** Cuts the connection without an answer: the sender cannot know whether it was delivered. */
  destroy(): void;
}

export type ScaleAnswer = { readonly status: number; readonly body?: unknown } | 'hold';

/**
 * A Bot Connector stand-in that can also hold a request unanswered (an instance dying while its
 * request is on the wire) and later cut it; every answered activity POST is recorded.
 */
export interface ScaleConnector {
  readonly serviceUrl: string;
  /** Activity POSTs answered 200, in arrival order. */
  readonly delivered: Array<{ path: string; body: Record<string, unknown> }>;
  readonly held: HeldRequest[];
  answer: (path: string, method: string, body: Record<string, unknown>) => ScaleAnswer | Promise<ScaleAnswer>;
  close(): Promise<void>;
}

export async function startScaleConnector(): Promise<ScaleConnector> {
  let nextId = 1;
  const connector = {
    delivered: [] as ScaleConnector['delivered'],
    held: [] as HeldRequest[],
    answer: (() => ({ status: 200 })) as ScaleConnector['answer'],
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const path = req.url ?? '';
      void Promise.resolve(connector.answer(path, req.method ?? '', body)).then((answer) => {
        if (answer === 'hold') {
          connector.held.push({ path, body, destroy: () => req.socket.destroy() });
          return;
        }
        if (answer.status === 200 && req.method === 'POST' && /\/activities$/.test(path)) connector.delivered.push({ path, body });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body ?? { id: `activity-${nextId++}` }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(connector, {
    serviceUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        connector.held.splice(0).forEach((h) => h.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
