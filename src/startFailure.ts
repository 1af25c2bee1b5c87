/**
 * Why a start failed after the configuration was read, as one Swedish line that says what to check:
 * the port is taken, the database does not answer or refuses the login. Never the password of
 * DATABASE_URL: only its host, port and database name are named.
 */
import type { Config } from './config';

type Failure = NodeJS.ErrnoException & { readonly errors?: readonly NodeJS.ErrnoException[] };

/** Node reports a refused connection to several addresses of one host as an AggregateError. */
function codeOf(err: Failure): string | undefined {
  return err.code ?? err.errors?.find((e) => e.code !== undefined)?.code;
}

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'adressen i DATABASE_URL';
  }
}

const SQLITE_FILE = new Set(['SQLITE_CANTOPEN', 'EACCES', 'ENOENT', 'ENOTDIR', 'EEXIST', 'EROFS']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export function startFailureSv(error: unknown, config: Pick<Config, 'port' | 'database'>): string {
  const err = (error ?? {}) as Failure;
  const code = codeOf(err);
  const prefix = 'Stödlotsen kunde inte starta:';
  if (code === 'EADDRINUSE') return `${prefix} port ${config.port} används redan av ett annat program. Stäng det eller välj en annan port med PORT.`;
  if (code === 'EACCES' && err.syscall === 'listen') return `${prefix} får inte lyssna på port ${config.port}. Välj en port över 1024 med PORT.`;
  if (config.database.kind === 'postgres') {
    const at = where(config.database.url);
    if (code !== undefined && UNREACHABLE.has(code)) {
      return `${prefix} databasen (${at}) svarar inte (${code}). Kontrollera att PostgreSQL-servern är igång och att DATABASE_URL stämmer.`;
    }
    if (code === '28P01' || code === '28000') return `${prefix} databasen (${at}) nekade inloggningen. Kontrollera användare och lösenord i DATABASE_URL.`;
    if (code === '3D000') return `${prefix} databasen (${at}) finns inte. Skapa den (createdb) eller rätta namnet i DATABASE_URL.`;
  } else if (code !== undefined && SQLITE_FILE.has(code)) {
    return `${prefix} SQLite-filen ${config.database.path} kan inte öppnas (${code}). Kontrollera mappen och rättigheterna, eller ange en annan fil med SQLITE_PATH.`;
  }
  return unexpectedFailureSv(error);
}

/** Anything else, before or after the configuration: the cause is in the message; one line, no stack. */
export function unexpectedFailureSv(error: unknown): string {
  const err = (error ?? {}) as Failure;
  const code = codeOf(err);
  return `Stödlotsen kunde inte starta: ${code ? `${code} ` : ''}${String(err.message ?? error).replace(/\s+/g, ' ')}`;
}
