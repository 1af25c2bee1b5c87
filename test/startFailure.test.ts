import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFailureSv } from '../src/startFailure';
import { tempDatabasePath } from './support/testDeps';

const POSTGRES = { port: 3978, database: { kind: 'postgres', url: 'postgres://stod:hemligt@db.example:6543/stodlotsen' } } as const;
const SQLITE = { port: 3978, database: { kind: 'sqlite', path: '/var/lib/stodlotsen/stod.db' } } as const;
const failure = (code: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(`${code} something`), { code, ...extra });

describe('a failed start, as one Swedish line that says what to check', () => {
  it.each([
    [failure('EADDRINUSE', { syscall: 'listen' }), SQLITE, 'port 3978 används redan av ett annat program'],
    [failure('EACCES', { syscall: 'listen' }), SQLITE, 'får inte lyssna på port 3978'],
    [failure('ECONNREFUSED'), POSTGRES, 'databasen (db.example:6543/stodlotsen) svarar inte (ECONNREFUSED)'],
    [Object.assign(new AggregateError([failure('ECONNREFUSED'), failure('ECONNREFUSED')], ''), {}), POSTGRES, 'svarar inte (ECONNREFUSED)'],
    [failure('ENOTFOUND'), POSTGRES, 'svarar inte (ENOTFOUND)'],
    [failure('28P01'), POSTGRES, 'nekade inloggningen'],
    [failure('3D000'), POSTGRES, 'finns inte. Skapa den (createdb)'],
    [failure('SQLITE_CANTOPEN'), SQLITE, 'SQLite-filen /var/lib/stodlotsen/stod.db kan inte öppnas (SQLITE_CANTOPEN)'],
    [failure('EEXIST'), SQLITE, 'kan inte öppnas (EEXIST)'],
    [new Error('något oväntat\n  at stack'), SQLITE, 'något oväntat at stack'],
  ] as const)('%s', (err, config, expected) => {
    const line = startFailureSv(err, config);
    expect(line.startsWith('Stödlotsen kunde inte starta: ')).toBe(true);
    expect(line).toContain(expected);
    expect(line).not.toContain('\n');
    expect(line).not.toContain('hemligt');
  });
});

async function runEntryPoint(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.resolve(__dirname, '../src/main.ts')],
      { env: { PATH: process.env.PATH ?? '', STODLOTSEN_MODE: 'local', SQLITE_PATH: tempDatabasePath(), ...env }, encoding: 'utf8', timeout: 60_000 },
      (_err, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

describe('the real entry point', () => {
  it('names an unreachable database in one Swedish line, exit code 1, without its password', async () => {
    const run = await runEntryPoint({ DATABASE_URL: 'postgres://stod:hemligt@127.0.0.1:1/stodlotsen' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Stödlotsen kunde inte starta: databasen \(127\.0\.0\.1:1\/stodlotsen\) svarar inte \(ECONNREFUSED\)\. Kontrollera att PostgreSQL-servern är igång och att DATABASE_URL stämmer\.\n$/);
    expect(run.stderr + run.stdout).not.toContain('hemligt');
  });

  it('names a port that is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = await runEntryPoint({ PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Stödlotsen kunde inte starta: port ${port} används redan av ett annat program.`);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      blocker.close();
    }
  });
});
