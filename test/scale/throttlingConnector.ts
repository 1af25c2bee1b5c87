import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A window as Teams counts it: at most `limit` requests arriving in any `windowMs`. */
export interface Window {
  readonly limit: number;
  readonly windowMs: number;
}

/** Teams' documented limits for a bot, written out here independently of src/notifications/limits.ts. */
export const TEAMS_PER_CONVERSATION: readonly Window[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];
export const TEAMS_PER_TENANT: readonly Window[] = [{ limit: 30, windowMs: 1_000 }];

export interface Arrival {
  /** Shared time line (performance.timeOrigin + performance.now()), ms. */
  readonly at: number;
  readonly conversation: string;
  readonly text: string;
  /** 200 accepted, 429 throttled, 'held' = received but never answered (the sender died). */
  readonly outcome: 200 | 429 | 'held';
  /** The sending process (header x-sender-pid, set by test/scale/botProcess.ts). */
  readonly sender: number;
}

export interface ThrottlingConnector {
  readonly serviceUrl: string;
  readonly arrivals: Arrival[];
  /** Called for every activity POST as it arrives, after it is counted: answer it, or hold it unanswered. */
  hold: (request: { conversation: string; text: string; sender: number }) => boolean;
  close(): Promise<void>;
}

/**
 * A Bot Connector stand-in that enforces Teams' per-conversation and per-tenant windows on
 * arrival, as Teams does, and answers 429 with Retry-After when one would be exceeded. A held
 * request counts as arrived (Teams would have counted it).
 */
export async function startThrottlingConnector(now: () => number): Promise<ThrottlingConnector> {
  const counted = new Map<string, number[]>();
  const fits = (key: string, windows: readonly Window[], at: number) =>
    windows.every((w) => (counted.get(key) ?? []).filter((t) => t > at - w.windowMs).length < w.limit);
  const connector = {
    arrivals: [] as Arrival[],
    hold: (() => false) as ThrottlingConnector['hold'],
  };
  const held = new Set<http.ServerResponse>();
  let nextId = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      const conversation = decodeURIComponent(match[1]!);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { text?: string };
      const text = String(body.text ?? '');
      const at = now();
      const ok = fits(`conversation:${conversation}`, TEAMS_PER_CONVERSATION, at) && fits('tenant', TEAMS_PER_TENANT, at);
      if (ok) for (const key of [`conversation:${conversation}`, 'tenant']) counted.set(key, [...(counted.get(key) ?? []), at]);
      const sender = Number(req.headers['x-sender-pid'] ?? 0);
      const outcome = !ok ? 429 : connector.hold({ conversation, text, sender }) ? 'held' : 200;
      connector.arrivals.push({ at, conversation, text, outcome, sender });
      if (outcome === 'held') {
        held.add(res);
        return;
      }
      if (outcome === 429) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end(JSON.stringify({ error: { code: 'Throttled' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `activity-${nextId++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(connector, {
    serviceUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        held.forEach((res) => res.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
