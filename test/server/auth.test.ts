import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';

const IDENTITY = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '99999999-8888-4777-8666-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret',
};

function forgedJwt(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = b64({ alg: 'HS256', typ: 'JWT' });
  const payload = b64({ iss: 'https://attacker.example', aud: IDENTITY.MicrosoftAppId, exp: 4_102_444_800 });
  const signature = createHmac('sha256', 'guess').update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

describe('authentication (fail closed)', () => {
  let bot: RunningBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  async function startProduction() {
    const config = loadConfig({ ...IDENTITY, HOST: '127.0.0.1', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'silent' });
    return startBot(config, memoryLogger().logger, testClock());
  }

  const message = JSON.stringify({
    type: 'message',
    text: 'hjälp',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: 'a:1' },
    from: { id: '29:x' },
    recipient: { id: '28:bot' },
  });

  it.each([
    ['no Authorization header', undefined],
    ['a malformed bearer token', 'Bearer not-a-token'],
    ['a forged token from an unknown issuer', `Bearer ${forgedJwt()}`],
  ])('answers 401 to a request with %s', async (_label, authorization) => {
    bot = await startProduction();
    const response = await fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: message,
    });
    expect(response.status).toBe(401);
  });

  it('refuses to build a production configuration without the bot identity, naming every missing value', () => {
    let error: unknown;
    try {
      loadConfig({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(' ')[0])).toEqual(['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId']);
  });

  it.each([
    [{ ...IDENTITY, MicrosoftAppType: 'MultiTenant' }, 'MicrosoftAppType=MultiTenant'],
    [{ ...IDENTITY, MicrosoftAppPassword: '' }, 'MicrosoftAppPassword'],
    [{ ...IDENTITY, MicrosoftAppTenantId: '' }, 'MicrosoftAppTenantId'],
  ])('refuses an incomplete or anonymous-capable identity (%#)', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('accepts UserAssignedMsi without a password', () => {
    const config = loadConfig({ ...IDENTITY, MicrosoftAppType: 'UserAssignedMsi', MicrosoftAppPassword: '' });
    expect(config.bot).toEqual({ appId: IDENTITY.MicrosoftAppId, appType: 'UserAssignedMsi', tenantId: IDENTITY.MicrosoftAppTenantId });
  });

  it('allows local (anonymous) mode only on loopback', () => {
    expect(loadConfig({ STODLOTSEN_MODE: 'local' }).host).toBe('127.0.0.1');
    expect(() => loadConfig({ STODLOTSEN_MODE: 'local', HOST: '0.0.0.0' })).toThrow('loopback');
  });

  it('exits at start-up with a clear message when the identity is missing', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../src/main.ts')], {
      env: { PATH: process.env.PATH ?? '', SQLITE_PATH: tempDatabasePath() },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('MicrosoftAppId saknas');
    expect(run.stderr).toContain('MicrosoftAppTenantId saknas');
  });
});
