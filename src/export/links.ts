import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../config';
import { isIsoDate } from '../domain/calendar';

/** A download link lives this long; the file itself is built from the database when fetched. */
export const EXPORT_LINK_TTL_MS = 10 * 60_000;
export const EXPORT_ROUTE_PREFIX = '/exports/';
const MAX_TOKEN_LENGTH = 2048;
const HMAC_CONTEXT = 'stodlotsen-export-v1.';
/** Used when EXPORT_LINK_SECRET is unset: links then stop working when the process restarts. */
const PROCESS_SECRET = randomBytes(32);

/** What a link allows: one unit's register for one period, to the person who asked for it. */
export interface ExportGrant {
  readonly id: string;
  readonly tenantId: string;
  /** AAD object id of the unit manager or admin who created the link (no UPN in the URL). */
  readonly actorId: string;
  readonly unit: string;
  readonly from: string;
  readonly to: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export type VerifiedLink = { readonly ok: true; readonly grant: ExportGrant } | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

export interface IssuedLink {
  readonly id: string;
  readonly token: string;
  readonly expiresAt: Date;
  /** Absolute download address, or null when the bot does not know its public address. */
  readonly url: string | null;
}

export interface ExportLinks {
  issue(grant: Omit<ExportGrant, 'id' | 'expiresAt'>, now: Date): IssuedLink;
  verify(token: string, now: Date): VerifiedLink;
  /** The server's own address once it listens (used in local mode when PUBLIC_BASE_URL is unset). */
  useServerUrl(url: string): void;
}

const payloadSchema = z
  .object({
    v: z.literal(1),
    id: z.string().uuid(),
    t: z.string().min(1).max(64),
    a: z.string().min(1).max(256),
    u: z.string().min(1).max(120),
    f: z.string().refine(isIsoDate),
    to: z.string().refine(isIsoDate),
    exp: z.number().int().positive(),
  })
  .strict();

const TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;

/**
 * Signed, self-contained download links: base64url(JSON grant) + "." + HMAC-SHA256 over it (id,
 * expiry and what may be downloaded). Nothing is stored, so no file ever waits on disk; the route
 * checks the signature, the expiry and the person's role again before building the file.
 */
export function createExportLinks(config: Pick<Config, 'mode' | 'exportLinkSecret' | 'publicBaseUrl'>): ExportLinks {
  const secret = config.exportLinkSecret ? Buffer.from(config.exportLinkSecret, 'utf8') : PROCESS_SECRET;
  let serverUrl: string | undefined;
  const sign = (payload: string) => createHmac('sha256', secret).update(HMAC_CONTEXT).update(payload).digest();

  return {
    issue(input, now) {
      const id = randomUUID();
      const expiresAt = now.getTime() + EXPORT_LINK_TTL_MS;
      const payload = Buffer.from(
        JSON.stringify({ v: 1, id, t: input.tenantId, a: input.actorId, u: input.unit, f: input.from, to: input.to, exp: expiresAt }),
        'utf8',
      ).toString('base64url');
      const token = `${payload}.${sign(payload).toString('base64url')}`;
      const base = config.publicBaseUrl ?? (config.mode === 'local' ? serverUrl : undefined);
      return { id, token, expiresAt: new Date(expiresAt), url: base ? `${base}${EXPORT_ROUTE_PREFIX}${token}` : null };
    },

    verify(token, now) {
      if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !TOKEN_PATTERN.test(token)) return { ok: false, reason: 'invalid' };
      const [payload, signature] = token.split('.') as [string, string];
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      let parsed: z.infer<typeof payloadSchema>;
      try {
        parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      if (parsed.exp <= now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, grant: { id: parsed.id, tenantId: parsed.t, actorId: parsed.a, unit: parsed.u, from: parsed.f, to: parsed.to, expiresAt: parsed.exp } };
    },

    useServerUrl(url) {
      serverUrl = url.replace(/\/+$/, '');
    },
  };
}
