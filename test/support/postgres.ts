import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A throwaway PostgreSQL server for tests: its own data directory under the temp dir, a free
 * loopback port, unix sockets in that directory, durability switched off (tests only), removed
 * on stop. As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */

export interface PostgresBinaries {
  readonly binDir: string;
  readonly initdb: string;
  readonly pgCtl: string;
}

export type PostgresAvailability =
  | { readonly available: true; readonly binaries: PostgresBinaries }
  | { readonly available: false; readonly reason: string };

export interface TestPostgres {
  /** Milliseconds from initdb to accepting connections. */
  readonly startupMs: number;
  /** Default collation: ICU en-US (like Azure's en_US.utf8), or C where PostgreSQL lacks ICU. */
  readonly collation: 'icu:en-US' | 'C';
  readonly port: number;
  /** A new, empty database; returns its DATABASE_URL (about 0.2 s each). */
  createDatabase(prefix?: string): Promise<string>;
  /**
   * A new, empty schema in the shared test database, returned as a DATABASE_URL whose
   * connections have it as their search_path: as isolated as a database for unqualified
   * tables, and some milliseconds instead of a CREATE DATABASE.
   */
  createSchema(prefix?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Where PostgreSQL's server binaries are looked for; a parameter so tests can describe a bare machine. */
export interface PostgresSearch {
  /** Debian's layout: <root>/<major version>/bin (initdb and pg_ctl are not on PATH there). */
  readonly debianRoot: string;
  /** Searched after PATH. */
  readonly dirs: readonly string[];
}

export const DEFAULT_POSTGRES_SEARCH: PostgresSearch = Object.freeze({
  debianRoot: '/usr/lib/postgresql',
  dirs: Object.freeze(['/usr/local/pgsql/bin', '/usr/local/bin', '/usr/bin', '/opt/homebrew/bin']),
});

/**
 * Newest PostgreSQL found in /usr/lib/postgresql/<v>/bin (Debian), then on PATH, then in the
 * usual places; STODLOTSEN_PG_BIN=<dir> names the one directory to use instead.
 */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env, search: PostgresSearch = DEFAULT_POSTGRES_SEARCH): PostgresBinaries | undefined {
  const candidates: string[] = [];
  if (env.STODLOTSEN_PG_BIN) {
    candidates.push(env.STODLOTSEN_PG_BIN);
  } else {
    if (fs.existsSync(search.debianRoot)) {
      const versions = fs
        .readdirSync(search.debianRoot)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a));
      candidates.push(...versions.map((v) => path.join(search.debianRoot, v, 'bin')));
    }
    candidates.push(...(env.PATH ?? '').split(path.delimiter).filter(Boolean));
    candidates.push(...search.dirs);
  }
  for (const dir of candidates) {
    const initdb = path.join(dir, 'initdb');
    const pgCtl = path.join(dir, 'pg_ctl');
    if (isExecutable(initdb) && isExecutable(pgCtl)) {
      // Symlinks such as /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb: use the real
      // directory, pg_ctl looks for `postgres` next to itself.
      const real = path.dirname(fs.realpathSync(pgCtl));
      return { binDir: real, initdb: path.join(real, 'initdb'), pgCtl: path.join(real, 'pg_ctl') };
    }
  }
  return undefined;
}

export function postgresAvailability(env: NodeJS.ProcessEnv = process.env, search: PostgresSearch = DEFAULT_POSTGRES_SEARCH): PostgresAvailability {
  const binaries = findPostgresBinaries(env, search);
  if (!binaries) {
    return {
      available: false,
      reason: env.STODLOTSEN_PG_BIN
        ? `no initdb and pg_ctl in STODLOTSEN_PG_BIN=${env.STODLOTSEN_PG_BIN}`
        : `no PostgreSQL server binaries (initdb, pg_ctl) in ${search.debianRoot}/*/bin or on PATH`,
    };
  }
  if (isRoot() && !serverUser()) {
    return { available: false, reason: 'running as root and there is no `postgres` user to run the server as' };
  }
  return { available: true, binaries };
}

export async function startPostgres(binaries: PostgresBinaries): Promise<TestPostgres> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(tempRoot(), 'stodlotsen-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const owner = isRoot() ? serverUser() : undefined;
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const run = (file: string, args: readonly string[]) => runAs(owner?.name, file, args);

  const initdb = (collation: readonly string[]) =>
    run(binaries.initdb, ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions', '--locale=C', ...collation]);
  let collation: TestPostgres['collation'] = 'icu:en-US';
  try {
    try {
      // Azure Database for PostgreSQL creates databases with en_US.utf8, not C: test ordering and
      // comparisons under it. ICU needs no OS locale, so this works on slim images too.
      initdb(['--locale-provider=icu', '--icu-locale=en-US']);
    } catch (err) {
      if (!/icu|locale-provider/i.test((err as Error).message)) throw err;
      fs.rmSync(dataDir, { recursive: true, force: true });
      initdb([]);
      collation = 'C';
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      // Tests only: nothing here needs to survive a crash.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
      '-c shared_buffers=16MB',
    ].join(' ');
    try {
      run(binaries.pgCtl, ['start', '-w', '-s', '-t', '30', '-D', dataDir, '-l', logFile, '-o', options]);
      break;
    } catch (err) {
      // Someone took the port between probing and binding: try another one.
      if (attempt >= 3) {
        const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
        fs.rmSync(dir, { recursive: true, force: true });
        throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n${log}`);
      }
    }
  }

  const watchdog = startWatchdog(owner?.name, binaries.pgCtl, dataDir, dir);
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    watchdog?.kill();
    try {
      run(binaries.pgCtl, ['stop', '-s', '-m', 'immediate', '-D', dataDir]);
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopSync);

  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const startupMs = Math.round(performance.now() - started);
  let counter = 0;
  const uniqueName = (prefix: string) => `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${++counter}`;
  const admin = async <T>(database: string, work: (client: Client) => Promise<T>): Promise<T> => {
    const client = quiet(new Client({ connectionString: urlOf(database) }));
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  let shared: Promise<Client> | undefined;
  const sharedClient = () =>
    (shared ??= admin('postgres', (c) => c.query('create database stodlotsen_test')).then(async () => {
      const client = quiet(new Client({ connectionString: urlOf('stodlotsen_test') }));
      await client.connect();
      return client;
    }));

  return {
    startupMs,
    collation,
    port,
    async createDatabase(prefix = 'test') {
      const name = uniqueName(prefix);
      await admin('postgres', (c) => c.query(`create database "${name}"`));
      return urlOf(name);
    },
    async createSchema(prefix = 'test') {
      const name = uniqueName(prefix);
      await (await sharedClient()).query(`create schema "${name}"`);
      return `${urlOf('stodlotsen_test')}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
    },
    async stop() {
      process.removeListener('exit', stopSync);
      if (shared) await (await shared).end().catch(() => undefined);
      stopSync();
    },
  };
}

/**
 * Test workers are often ended by a signal, without 'exit' handlers: a detached shell waits for
 * this process to disappear and then stops the server and removes its directory, so an
 * interrupted run leaves nothing behind. A normal stop() kills the watchdog first.
 */
function startWatchdog(user: string | undefined, pgCtl: string, dataDir: string, dir: string): ChildProcess | undefined {
  const stop = user ? asUser(user, pgCtl, ['stop', '-s', '-m', 'immediate', '-D', dataDir]) : ([pgCtl, ['stop', '-s', '-m', 'immediate', '-D', dataDir]] as const);
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    `${[stop[0], ...stop[1]].map(shellQuote).join(' ')} >/dev/null 2>&1`,
    `rm -rf ${shellQuote(dir)}`,
  ].join('; ');
  try {
    const child = spawn('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' });
    child.unref();
    return child;
  } catch {
    return undefined;
  }
}

function runAs(user: string | undefined, file: string, args: readonly string[]): void {
  const [cmd, argv] = user ? asUser(user, file, args) : [file, [...args]];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${path.basename(file)} ${args[0] ?? ''} exited with ${result.status}: ${(result.stderr || result.stdout).trim()}`);
  }
}

function asUser(user: string, file: string, args: readonly string[]): [string, string[]] {
  if (isExecutable('/usr/sbin/runuser') || isExecutable('/sbin/runuser')) {
    return [isExecutable('/usr/sbin/runuser') ? '/usr/sbin/runuser' : '/sbin/runuser', ['-u', user, '--', file, ...args]];
  }
  const quoted = [file, ...args].map(shellQuote).join(' ');
  return ['su', [user, '-s', '/bin/sh', '-c', quoted]];
}

/** A broken idle connection emits 'error'; unhandled, that would end the test worker. */
function quiet(client: Client): Client {
  client.on('error', () => undefined);
  return client;
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function serverUser(): { name: string; uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name: 'postgres', uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The server user must be able to reach the directory; /tmp always is. */
function tempRoot(): string {
  return isRoot() ? '/tmp' : os.tmpdir();
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
