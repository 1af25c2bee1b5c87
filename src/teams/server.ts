import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import restify from 'restify';
import type { Logger } from 'pino';
import type { Auditor } from '../audit';
import { isLoopback, type Config } from '../config';
import { isProcessableActivity } from './envelope';
import { createTurnHandler } from './turnHandler';
import type { AppTurnState } from './turnState';

export interface ServerDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly app: Application<AppTurnState>;
  readonly adapter: TeamsAdapter;
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
      await adapter.process(req, res, async (context) => {
        log.debug({ activityType: context.activity.type, activityId: context.activity.id }, 'turn');
        await runTurn(context);
      });
    } catch (err) {
      // botbuilder parses the body with zod before any turn runs: a shape it rejects is the sender's fault.
      const malformed = (err as Error)?.name === 'ZodError';
      if (malformed) log.warn({ err: { type: 'ZodError' } }, 'malformed activity');
      else log.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'request failed');
      if (!res.headersSent) res.send(malformed ? 400 : 500);
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

function normaliseRemote(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
