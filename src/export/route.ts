import type { Logger } from 'pino';
import type { Express, Request, Response } from 'express';
import { createAuditor, type Auditor } from '../audit';
import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import type { Db } from '../storage/database';
import { findUser } from '../storage/users.repository';
import { mayAccessUnit, unitAccessOf } from './access';
import { markLevelsExported } from '../storage/retention.repository';
import { registerExportOfUnit } from './data';
import { buildRegisterWorkbook, exportFileName, XLSX_CONTENT_TYPE } from './levelRegisterXlsx';
import { EXPORT_ROUTE_PREFIX, type ExportGrant, type ExportLinks } from './links';

export interface ExportRouteDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: Config;
  readonly logger: Logger;
  readonly links: ExportLinks;
  readonly auditor?: Auditor;
}

export const DOWNLOAD_TEXTS = {
  notFound: 'Länken finns inte eller är inte giltig.',
  expired: 'Länken har gått ut (den gäller i 10 minuter). Skriv ”exportera stödnivåer” i Stödlotsen för att få en ny.',
  refused: 'Du har inte längre behörighet till den här enhetens stödnivåregister.',
  failed: 'Filen kunde inte skapas just nu. Försök igen om en stund.',
} as const;

/**
 * GET /exports/<token> – the stödnivå register as .xlsx, built from the database on request and never
 * stored. The link is a signed grant (./links); access is checked again here (the person may have
 * stopped being enhetschef since), and every download is audited before any byte is sent.
 */
export function registerExportRoute(server: Express, deps: ExportRouteDeps): void {
  const auditor = deps.auditor ?? createAuditor(deps.db, deps.clock, deps.logger);
  server.get(`${EXPORT_ROUTE_PREFIX}:token`, async (req: Request, res: Response) => {
    try {
      await download(req, res, deps, auditor);
    } catch (err) {
      deps.logger.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'export download failed');
      if (!res.headersSent) sendText(res, 500, DOWNLOAD_TEXTS.failed);
    }
  });
}

async function download(req: Request, res: Response, deps: ExportRouteDeps, auditor: Auditor): Promise<void> {
  const { config, db } = deps;
  const now = deps.clock.now();
  const raw: unknown = req.params.token;
  const token = typeof raw === 'string' ? raw : '';
  const verified = deps.links.verify(token, now);
  if (!verified.ok) {
    deps.logger.warn({ reason: verified.reason }, 'export link refused');
    sendText(res, verified.reason === 'expired' ? 403 : 404, verified.reason === 'expired' ? DOWNLOAD_TEXTS.expired : DOWNLOAD_TEXTS.notFound);
    return;
  }
  const grant = verified.grant;
  // Single tenant: a grant for any other tenant is not ours to answer.
  if (config.mode === 'production' && grant.tenantId !== config.bot?.tenantId) {
    sendText(res, 404, DOWNLOAD_TEXTS.notFound);
    return;
  }
  const user = await findUser(db, grant.actorId);
  const access = user && user.tenantId === grant.tenantId ? await unitAccessOf(db, config, grant.tenantId, user.upn) : undefined;
  if (!access || !mayAccessUnit(access, grant.unit)) {
    await auditor.record(auditEvent(grant, 'refused', 'not_unit_manager'));
    sendText(res, 403, DOWNLOAD_TEXTS.refused);
    return;
  }

  const period = { from: grant.from, to: grant.to };
  const { rows, entryIds } = await registerExportOfUnit(db, grant.tenantId, grant.unit, period);
  const file = await buildRegisterWorkbook({ unit: grant.unit, period, rows, createdAt: now });
  // The file leaves here: its rows count as exported from now on (the first export's date is kept).
  await db.transaction().execute(async (tx) => {
    await markLevelsExported(tx, entryIds, now);
    await auditor.record(auditEvent(grant, 'success', 'level_register'), tx);
  });
  const name = exportFileName(grant.unit, period);
  res.status(200).set({
    'Content-Type': XLSX_CONTENT_TYPE,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Content-Length': String(file.length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(file);
}

function auditEvent(grant: ExportGrant, outcome: 'success' | 'refused', reason: string) {
  return { tenantId: grant.tenantId, actorId: grant.actorId, action: 'export' as const, outcome, target: { kind: 'export' as const, id: grant.id }, reason };
}

function sendText(res: Response, status: number, text: string): void {
  res.status(status).set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(text);
}
