import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';

function teamsMessage(serviceUrl: string, text: string) {
  return {
    type: 'message',
    id: 'incoming-1',
    channelId: 'msteams',
    serviceUrl,
    text,
    from: { id: '29:staff-0001', aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Testperson' },
    recipient: { id: '28:bot', name: 'Stödlotsen' },
    conversation: { id: 'a:conv-http-1', conversationType: 'personal', tenantId: 'tenant-test-0001' },
    channelData: { tenant: { id: 'tenant-test-0001' } },
    locale: 'sv-SE',
  };
}

describe('the real server over HTTP', () => {
  let bot: RunningBot | undefined;
  let connector: FakeConnector | undefined;
  afterEach(async () => {
    await bot?.stop();
    await connector?.close();
    bot = undefined;
    connector = undefined;
  });

  async function startLocal() {
    const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'silent' });
    return startBot(config, memoryLogger().logger, testClock());
  }

  it('answers a Teams-shaped message at the connector given as serviceUrl', async () => {
    connector = await startFakeConnector();
    bot = await startLocal();
    const response = await fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(connector.serviceUrl, 'hjälp')),
    });
    expect(response.status).toBe(200);
    const [call] = await connector.waitForCalls(1);
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe('/v3/conversations/a%3Aconv-http-1/activities/incoming-1');
    const attachments = call!.body.attachments as Array<{ contentType: string; content: unknown }>;
    expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(attachments[0]!.content)).toContain('Det här kan Stödlotsen');
  });

  it('reports health and readiness, and readiness fails once the database is closed', async () => {
    bot = await startLocal();
    expect((await fetch(`${bot.server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${bot.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    await bot.database.close();
    expect((await fetch(`${bot.server.url}/readyz`)).status).toBe(503);
  });

  it('rejects an oversized request body without crashing', async () => {
    bot = await startLocal();
    const response = await fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect((await fetch(`${bot.server.url}/healthz`)).status).toBe(200);
  });

  it('finishes an in-flight turn before closing on shutdown, then refuses new connections', async () => {
    connector = await startFakeConnector();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    connector.respond = async () => {
      await held;
      return { status: 200, body: { id: 'reply-1' } };
    };
    const running = await startLocal();
    bot = running;
    const inFlight = fetch(`${running.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(connector.serviceUrl, 'hjälp')),
    });
    await connector.waitForCalls(1);
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    await expect(fetch(`${running.server.url}/healthz`)).rejects.toThrow();
    expect(await running.database.ping()).toBe(false);
  });
});
