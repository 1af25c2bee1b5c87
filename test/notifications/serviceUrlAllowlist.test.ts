import { TeamsAdapter } from '@microsoft/teams-ai';
import { afterEach, describe, expect, it } from 'vitest';
import { createProactiveSender } from '../../src/teams/proactive';
import { isAllowedServiceUrl } from '../../src/teams/serviceUrl';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { localConfig } from '../support/testDeps';

describe('stored conversation references are used only towards allowed service URLs', () => {
  let connector: FakeConnector | undefined;
  afterEach(async () => {
    await connector?.close();
  });

  const config = localConfig();
  const sender = () => createProactiveSender({ adapter: new TeamsAdapter({}), appId: '', isAllowedServiceUrl: (url) => isAllowedServiceUrl(url, config) });
  const reference = (serviceUrl: string) => ({ channelId: 'msteams', serviceUrl, conversation: { id: 'a:conv-1' }, user: { id: '29:u' }, bot: { id: 'bot' } });

  it('refuses a reference whose service URL is not on the allowlist, without any request', async () => {
    connector = await startFakeConnector();
    const result = await sender().send(reference('https://evil.example/'), { text: 'Påminnelse' });
    expect(result).toMatchObject({ ok: false, code: 'service-url-not-allowed', delivery: 'rejected' });
    const created = await sender().createPersonalConversation!({ tenantId: 't', userId: '29:u', serviceUrl: 'http://10.0.0.5/' });
    expect(created).toMatchObject({ ok: false, code: 'service-url-not-allowed' });
    expect(connector.calls).toHaveLength(0);
  });

  it('sends to a loopback connector in local mode', async () => {
    connector = await startFakeConnector();
    const result = await sender().send(reference(`${connector.serviceUrl}/`), { text: 'Påminnelse' });
    expect(result.ok).toBe(true);
    expect(connector.calls).toHaveLength(1);
  });
});
