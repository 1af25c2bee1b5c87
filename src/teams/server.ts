import type { AddressInfo } from 'node:net';
import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import restify from 'restify';
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
  readonly routes?: (server: restify.Server) => void;
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
  const server = restify.createServer({ name: 'stodlotsen', handleUncaughtExceptions: false });
  // JSON only: restify's full bodyParser would hand multipart bodies to formidable, which writes
  // them to disk before authentication and without the size limit.
  const jsonOnly = { maxBodySize: MAX_BODY_BYTES, mapParams: false }; // maxBodySize reaches bodyReader; the typings omit it
  server.use(restify.plugins.jsonBodyParser(jsonOnly));
  let inFlight = 0;
  let draining = false;
  const idleWaiters: Array<() => void> = [];

  server.pre((req, res, next) => {
    if (config.mode === 'local' && !isLoopback(normaliseRemote(req.socket.remoteAddress))) {
      res.send(403);
      return next(false);
    }
    return next();
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.get('/readyz', async (_req, res) => {
    const ok = !draining && (await deps.ready());
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
  });

  server.post('/api/messages', async (req, res) => {
    if (draining) {
      res.send(503);
      return;
    }
    if (!isProcessableActivity(req.body)) {
      res.send(400);
      return;
    }
    inFlight++;
    const started = process.hrtime.bigint();
    const log = logger.child({ reqId: req.id() });
    try {
      const outcome = await adapter.processAuthenticated(activityOf(req.body), authorizationOf(req.headers), async (context) => {
        log.debug({ activityType: context.activity.type, activityId: context.activity.id }, 'turn');
        await runTurn(context);
      });
      if (outcome.kind === 'unauthorized') {
        // one line, the reason only (issuer, key id, expiry …), never the token
        log.warn({ reason: outcome.reason }, 'request refused: token not valid');
        res.send(401);
      } else if (outcome.kind === 'unavailable') {
        log.warn({ reason: outcome.reason, retryAfterSeconds: METADATA_RETRY_AFTER_SECONDS }, 'request refused: token cannot be checked now');
        res.header('Retry-After', String(METADATA_RETRY_AFTER_SECONDS));
        res.send(503);
      } else {
        res.status(outcome.status);
        if (outcome.body !== undefined) res.send(outcome.body);
        else res.end();
      }
    } catch (err) {
      log.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'request failed');
      if (!res.headersSent) res.send(500);
    } finally {
      inFlight--;
      log.info({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'POST /api/messages');
      if (inFlight === 0) idleWaiters.splice(0).forEach((w) => w());
    }
  });

  deps.routes?.(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  return {
    port,
    url,
    async close() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => idleWaiters.push(resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref()),
        ]);
      }
      server.server.closeIdleConnections?.();
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
