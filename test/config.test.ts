import { execFile } from 'node:child_process';
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
    [{ STODLOTSEN_MODE: 'lokal' }, 'STODLOTSEN_MODE="lokal" ska vara local eller production', ''],
    [{ PORT: '70000' }, 'PORT="70000" ska vara en TCP-port, ett heltal 0–65535', ''],
    [{ PORT: 'http' }, 'PORT="http" ska vara en TCP-port', ''],
    [{ PORT: '-1' }, 'PORT="-1"', ''],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL="verbose" ska vara fatal, error, warn, info, debug, trace eller silent', ''],
    [{ SHUTDOWN_GRACE_MS: '10s' }, 'SHUTDOWN_GRACE_MS="10s" ska vara millisekunder', ''],
    [{ REMINDER_TIME: '7.30' }, 'REMINDER_TIME="7.30" ska vara TT:MM', ''],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS="0" ska vara antal dagar, ett heltal 1–3650', ''],
    [{ AUDIT_RETENTION_DAYS: 'ett år' }, 'AUDIT_RETENTION_DAYS="ett år"', ''],
    [{ MicrosoftAppTenantId: 'goteborg.onmicrosoft.com' }, 'MicrosoftAppTenantId="goteborg.onmicrosoft.com" ska vara kommunens tenant-id (ett GUID', ''],
    [{ MicrosoftAppId: 'stodlotsen' }, 'MicrosoftAppId="stodlotsen" ska vara botens app-id', ''],
    [{ MicrosoftAppType: 'Single' }, 'MicrosoftAppType="Single" ska vara SingleTenant eller UserAssignedMsi.', ''],
    [{ EXPORT_LINK_SECRET: 'kort' }, 'EXPORT_LINK_SECRET ska vara minst 32 tecken', ''],
    [{ PUBLIC_BASE_URL: 'stodlotsen.example.se' }, 'PUBLIC_BASE_URL="stodlotsen.example.se" ska vara en adress', ''],
    [{ ADMIN_UPNS: 'admin' }, 'ADMIN_UPNS: "admin" är ingen e-postadress', ''],
    [{ SERVICE_URL_ALLOWLIST: 'https://x/' }, 'SERVICE_URL_ALLOWLIST', ''],
    [{ HOST: '0.0.0.0' }, 'HOST=0.0.0.0: lokalt läge', ''],
    [{ ALLOWED_CHANNELS: 'msteams,msteam' }, 'ALLOWED_CHANNELS: "msteam" är ingen kanal som når Stödlotsen (msteams, test eller emulator)', ''],
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

  /** The four mistakes of issue 15, through the real entry point: exit code 78, one Swedish line, no stack. */
  it.concurrent.for<[Record<string, string>, string]>([
    [{ STODLOTSEN_MODE: 'local', DATABASE_URL: 'sqlite:/tmp/x.db' }, 'Stödlotsen startar inte – fel i konfigurationen: DATABASE_URL (sqlite:…) ska vara en PostgreSQL-adress (postgres://… eller postgresql://…). För SQLite: ta bort DATABASE_URL och ange filen med SQLITE_PATH (standard ./data/stodlotsen.db). Se README › Configuration.'],
    [{ STODLOTSEN_MODE: 'bogus' }, 'Stödlotsen startar inte – fel i konfigurationen: STODLOTSEN_MODE="bogus" ska vara local eller production. Se README › Configuration.'],
    [{ STODLOTSEN_MODE: 'local', PORT: '70000' }, 'Stödlotsen startar inte – fel i konfigurationen: PORT="70000" ska vara en TCP-port, ett heltal 0–65535. Se README › Configuration.'],
    [
      { STODLOTSEN_MODE: 'production', MicrosoftAppId: '11111111-2222-4333-8444-555555555555', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'goteborg.se', MicrosoftAppPassword: 'hemligt' },
      'Stödlotsen startar inte – fel i konfigurationen: MicrosoftAppTenantId="goteborg.se" ska vara kommunens tenant-id (ett GUID, t.ex. 00000000-0000-0000-0000-000000000000). Se README › Configuration.',
    ],
  ])('the real entry point refuses %j with exit code 78 and one line, no stack', async ([env, line], { expect }) => {
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', path.resolve(__dirname, '../src/main.ts')],
        { env: { PATH: process.env.PATH ?? '', SQLITE_PATH: tempDatabasePath(), ...env }, encoding: 'utf8', timeout: 30_000 },
        (_err, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
      );
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('hemligt');
  });
});
