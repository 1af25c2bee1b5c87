import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Logger } from 'pino';
import type { Auditor } from '../audit';
import { isLoopback, type Config } from '../config';
import { METADATA_RETRY_AFTER_SECONDS, type StodlotsenAdapter } from './adapter';
import { isProcessableActivity } from './envelope';
import { createTurnHandler } from './turnHandler';
import type { AppTurnState } from './turnState';

export interface ServerDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly app: Application<AppTurnState>;
  readonly adapter: StodlotsenAdapter;
  readonly ready: () => Promise<boolean>;
  /** Records what the tenant/channel guard drops (optional: without it drops are only logged). */
  readonly auditor?: Auditor;
  /** Further routes (e.g. the unit manager's /exports download), added before the server listens. */
  readonly routes?: (server: Express) => void;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** Stops accepting, lets in-flight turns finish (up to the grace period), then resolves. */
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 512 * 1024;

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, logger, app, adapter } = deps;
  const runTurn = createTurnHandler(app, logger, { config, ...(deps.auditor ? { auditor: deps.auditor } : {}) });
  // Express, not restify: restify loads spdy, whose http-deceiver prints a DeprecationWarning
  // (process.binding('http_parser')) at every start.
  const server = express();
  server.disable('x-powered-by');
  let inFlight = 0;
  let draining = false;
  const idleWaiters: Array<() => void> = [];

  server.use((req, res, next) => {
    if (config.mode === 'local' && !isLoopback(normaliseRemote(req.socket.remoteAddress))) {
      res.sendStatus(403);
      return;
    }
    next();
  });
  // JSON only, size-limited, before authentication; anything else is not parsed at all.
  server.use(express.json({ limit: MAX_BODY_BYTES }));

  server.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const ok = !draining && (await deps.ready());
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready' });
  });

  server.post('/api/messages', async (req, res) => {
    if (draining) {
      res.sendStatus(503);
      return;
    }
    if (!isProcessableActivity(req.body)) {
      res.sendStatus(400);
      return;
    }
    inFlight++;
    const started = process.hrtime.bigint();
    // One id per request on its log lines (fields, not a child logger: no per-request logger object).
    const reqId = randomUUID();
    try {
      const outcome = await adapter.processAuthenticated(activityOf(req.body), authorizationOf(req.headers), async (context) => {
        logger.debug({ reqId, activityType: context.activity.type, activityId: context.activity.id }, 'turn');
        await runTurn(context);
      });
      if (outcome.kind === 'unauthorized') {
        // one line, the reason only (issuer, key id, expiry …), never the token
        logger.warn({ reqId, reason: outcome.reason }, 'request refused: token not valid');
        res.sendStatus(401);
      } else if (outcome.kind === 'unavailable') {
        logger.warn({ reqId, reason: outcome.reason, retryAfterSeconds: METADATA_RETRY_AFTER_SECONDS }, 'request refused: token cannot be checked now');
        res.set('Retry-After', String(METADATA_RETRY_AFTER_SECONDS)).sendStatus(503);
      } else if (outcome.body !== undefined) {
        res.status(outcome.status).json(outcome.body);
      } else {
        res.status(outcome.status).end();
      }
    } catch (err) {
      logger.error({ reqId, err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'request failed');
      if (!res.headersSent) res.sendStatus(500);
    } finally {
      inFlight--;
      logger.info({ reqId, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'POST /api/messages');
      if (inFlight === 0) idleWaiters.splice(0).forEach((w) => w());
    }
  });

  deps.routes?.(server);
  server.use(((err, _req, res, _next) => {
    // express.json: 413 above the limit, 400 for JSON that does not parse; nothing else is expected here
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    if (status >= 500) logger.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'request failed');
    if (!res.headersSent) res.sendStatus(status);
  }) satisfies ErrorRequestHandler);

  const listener = http.createServer(server);
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(config.port, config.host, () => resolve());
  });
  const port = (listener.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  return {
    port,
    url,
    async close() {
      draining = true;
      const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => idleWaiters.push(resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref()),
        ]);
      }
      listener.closeIdleConnections();
      await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())]);
    },
  };
}

/** The envelope was checked (isProcessableActivity); botbuilder wants Date timestamps, as CloudAdapter.process makes them. */
function activityOf(body: Record<string, unknown>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const key of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw = `raw${key[0]!.toUpperCase()}${key.slice(1)}`;
    if (typeof activity[key] === 'string') {
      activity[raw] = activity[key];
      activity[key] = new Date(activity[key] as string);
    }
  }
  return activity as unknown as Activity;
}

function authorizationOf(headers: Record<string, string | string[] | undefined>): string {
  const value = headers.authorization;
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function normaliseRemote(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
