import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { tempDatabasePath } from './support/testDeps';

/** Every variable of README's configuration table: a wrong value is one clear Swedish line naming it. */
const LOCAL = { STODLOTSEN_MODE: 'local' } as const;

function problemOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('configuration errors', () => {
  it.each([
    [{ DATABASE_URL: 'sqlite:/tmp/x.db' }, 'DATABASE_URL (sqlite:…) ska vara en PostgreSQL-adress', 'SQLITE_PATH'],
    [{ DATABASE_URL: './data/stodlotsen.db' }, 'DATABASE_URL (utan schema…)', 'SQLITE_PATH'],
    [{ DATABASE_URL: 'mysql://u:hemligt@db/x' }, 'DATABASE_URL (mysql:…)', 'SQLITE_PATH'],
    [{ STODLOTSEN_MODE: 'lokal' }, 'STODLOTSEN_MODE="lokal" ska vara local, production', ''],
    [{ PORT: '70000' }, 'PORT="70000" ska vara en TCP-port, ett heltal 0–65535', ''],
    [{ PORT: 'http' }, 'PORT="http" ska vara en TCP-port', ''],
    [{ PORT: '-1' }, 'PORT="-1"', ''],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL="verbose" ska vara fatal, error', ''],
    [{ SHUTDOWN_GRACE_MS: '10s' }, 'SHUTDOWN_GRACE_MS="10s" ska vara millisekunder', ''],
    [{ REMINDER_TIME: '7.30' }, 'REMINDER_TIME="7.30" ska vara TT:MM', ''],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS="0" ska vara antal dagar, ett heltal 1–3650', ''],
    [{ AUDIT_RETENTION_DAYS: 'ett år' }, 'AUDIT_RETENTION_DAYS="ett år"', ''],
    [{ MicrosoftAppTenantId: 'goteborg.onmicrosoft.com' }, 'MicrosoftAppTenantId="goteborg.onmicrosoft.com" ska vara kommunens tenant-id (ett GUID', ''],
    [{ MicrosoftAppId: 'stodlotsen' }, 'MicrosoftAppId="stodlotsen" ska vara botens app-id', ''],
    [{ MicrosoftAppType: 'Single' }, 'MicrosoftAppType="Single" ska vara SingleTenant, UserAssignedMsi', ''],
    [{ EXPORT_LINK_SECRET: 'kort' }, 'EXPORT_LINK_SECRET ska vara minst 32 tecken', ''],
    [{ PUBLIC_BASE_URL: 'stodlotsen.example.se' }, 'PUBLIC_BASE_URL="stodlotsen.example.se" ska vara en adress', ''],
    [{ ADMIN_UPNS: 'admin' }, 'ADMIN_UPNS: "admin" är ingen e-postadress', ''],
    [{ SERVICE_URL_ALLOWLIST: 'https://x/' }, 'SERVICE_URL_ALLOWLIST', ''],
    [{ HOST: '0.0.0.0' }, 'HOST=0.0.0.0: lokalt läge', ''],
  ])('%j: one Swedish line naming the variable', (env, expected, alsoNamed) => {
    const message = problemOf({ ...LOCAL, ...env });
    expect(message).toContain(expected);
    if (alsoNamed) expect(message).toContain(alsoNamed);
    expect(message.split('\n')).toHaveLength(1);
    expect(message).not.toMatch(/Invalid|Expected|Required/); // zod's English wording never leaks
  });

  it('never repeats a secret or a database password in the message', () => {
    expect(problemOf({ ...LOCAL, EXPORT_LINK_SECRET: 'hemlig-men-kort' })).not.toContain('hemlig-men-kort');
    expect(problemOf({ ...LOCAL, DATABASE_URL: 'mysql://u:hemligt@db/x' })).not.toContain('hemligt');
  });

  it('lists every problem at once', () => {
    const message = problemOf({ ...LOCAL, PORT: '99999', LOG_LEVEL: 'loud' });
    expect(message).toContain('PORT="99999"');
    expect(message).toContain('LOG_LEVEL="loud"');
  });

  it('accepts both PostgreSQL schemes and reads the values', () => {
    expect(loadConfig({ ...LOCAL, DATABASE_URL: 'postgres://u@localhost/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@localhost/db' });
    expect(loadConfig({ ...LOCAL, DATABASE_URL: 'postgresql://u@localhost/db' }).database.kind).toBe('postgres');
    const config = loadConfig({ ...LOCAL, PORT: '0', SHUTDOWN_GRACE_MS: '500', RETENTION_DAYS: '14' });
    expect([config.port, config.shutdownGraceMs, config.retentionDays]).toEqual([0, 500, 14]);
    expect(loadConfig(LOCAL).port).toBe(3978);
  });

  it('the real entry point refuses sqlite: in DATABASE_URL with exit code 78 and one line, no stack', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../src/main.ts')], {
      env: { PATH: process.env.PATH ?? '', STODLOTSEN_MODE: 'local', PORT: '0', DATABASE_URL: 'sqlite:/tmp/x.db', SQLITE_PATH: tempDatabasePath() },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(78);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringContaining('DATABASE_URL (sqlite:…) ska vara en PostgreSQL-adress')]);
    expect(lines[0]).toContain('SQLITE_PATH');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
