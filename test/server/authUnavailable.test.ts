import { createSign, generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import { METADATA_RETRY_AFTER_SECONDS } from '../../src/teams/adapter';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';

/**
 * Production mode over real HTTP: a well-formed token from the Bot Framework issuer that we
 * cannot check (no network here: Microsoft's OpenID metadata is unreachable) is 503 with
 * Retry-After; the same token against a stand-in metadata server whose keys did not sign it is
 * 401. One log line each, without the token; never 500, no stack.
 */
const IDENTITY = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '99999999-8888-4777-8666-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret',
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const { publicKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Signed with a key of our own, named like a Bot Framework key: only the real key set can tell. */
function forgedBotFrameworkToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'forged-key-1' });
  const payload = b64({ iss: 'https://api.botframework.com', aud: IDENTITY.MicrosoftAppId, serviceurl: 'https://smba.trafficmanager.net/emea/', nbf: 1_700_000_000, exp: 4_102_444_800 });
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
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

/** A stand-in for login.botframework.com: OpenID configuration and a key set without the forger's key. */
async function metadataStandIn(): Promise<{ url: string; close(): Promise<void> }> {
  const jwk = { ...otherKey.export({ format: 'jwk' }), kid: 'real-key-1', use: 'sig', endorsements: ['msteams'] };
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    else if (req.url === '/v1/.well-known/keys') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('authentication failures stay 401/503 (production mode, real HTTP)', () => {
  let bot: RunningBot | undefined;
  let standIn: Awaited<ReturnType<typeof metadataStandIn>> | undefined;
  afterEach(async () => {
    await bot?.stop();
    await standIn?.close();
    bot = undefined;
    standIn = undefined;
    vi.restoreAllMocks();
  });

  async function post(log: ReturnType<typeof memoryLogger>, openIdMetadataUrl?: string) {
    const config = loadConfig({ ...IDENTITY, HOST: '127.0.0.1', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'debug' });
    bot = await startBot(config, log.logger, testClock(), openIdMetadataUrl ? { openIdMetadataUrl } : {});
    const token = forgedBotFrameworkToken();
    const response = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: message });
    const refusals = log.lines().filter((l) => String(l.msg).startsWith('request refused'));
    const everything = JSON.stringify(log.lines());
    return { response, refusals, everything, token };
  }

  it('answers 503 with Retry-After when the OpenID metadata cannot be fetched', async () => {
    const consoleError = vi.spyOn(console, 'error');
    // an address nothing listens on: as unreachable as Microsoft's metadata is without network
    const log = memoryLogger('debug');
    const { response, refusals, everything, token } = await post(log, 'http://127.0.0.1:9/v1/.well-known/openidconfiguration');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(METADATA_RETRY_AFTER_SECONDS));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ msg: 'request refused: token cannot be checked now', reason: expect.stringContaining('OpenID metadata unreachable') });
    expect(everything).not.toContain(token.split('.')[2]);
    expect(everything).not.toMatch(/"stack"|\n\s+at /);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('answers 503, not 500, with the default Microsoft metadata address and no network', async () => {
    const log = memoryLogger('debug');
    const { response, refusals } = await post(log);
    expect([503, 401]).toContain(response.status); // 401 only if this machine can reach Microsoft
    expect(response.status).not.toBe(500);
    expect(refusals).toHaveLength(1);
  });

  it('answers 401 when the metadata is reachable and its keys did not sign the token', async () => {
    standIn = await metadataStandIn();
    const log = memoryLogger('debug');
    const { response, refusals, everything, token } = await post(log, standIn.url);
    expect(response.status).toBe(401);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ msg: 'request refused: token not valid', reason: 'Signing Key could not be retrieved.' });
    expect(everything).not.toContain(token.split('.')[2]);
  });
});
