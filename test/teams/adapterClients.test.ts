import type { Activity, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { StodlotsenAdapter } from '../../src/teams/adapter';

function activity(serviceUrl: string, id: string): Activity {
  return {
    type: 'message',
    id,
    text: 'hej',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:user', aadObjectId: 'aad-user', name: 'Testperson' },
    recipient: { id: '28:bot', name: 'Stödlotsen' },
    conversation: { id: 'a:conv-user', conversationType: 'personal', tenantId: 'tenant' },
  } as Activity;
}

describe('the adapter reuses its outbound clients across turns', () => {
  it('one ConnectorClient per service URL and one UserTokenClient for the bot identity, each the one botbuilder builds', async () => {
    const adapter = new StodlotsenAdapter({});
    const seen: Array<{ connector: unknown; userToken: unknown; baseUri: unknown }> = [];
    const turn = async (context: TurnContext) => {
      const connector = context.turnState.get(adapter.ConnectorClientKey) as { baseUri?: string; credentials?: unknown };
      seen.push({ connector, userToken: context.turnState.get(adapter.UserTokenClientKey), baseUri: connector.baseUri });
    };
    for (const [url, id] of [
      ['https://smba.example/emea/', 'a1'],
      ['https://smba.example/emea/', 'a2'],
      ['https://smba.example/amer/', 'a3'],
    ] as const) {
      expect(await adapter.processAuthenticated(activity(url, id), '', turn)).toMatchObject({ kind: 'processed', status: 200 });
    }
    expect(seen[0]!.connector).toBeDefined();
    expect(seen[1]!.connector).toBe(seen[0]!.connector);
    expect(seen[2]!.connector).not.toBe(seen[0]!.connector);
    expect([seen[0]!.baseUri, seen[2]!.baseUri]).toEqual(['https://smba.example/emea/', 'https://smba.example/amer/']);
    expect(seen[0]!.userToken).toBeDefined();
    expect(seen[2]!.userToken).toBe(seen[0]!.userToken);
  });

  it('a second adapter builds its own', async () => {
    const clients: unknown[] = [];
    for (const adapter of [new StodlotsenAdapter({}), new StodlotsenAdapter({})]) {
      await adapter.processAuthenticated(activity('https://smba.example/emea/', 'b'), '', async (context) => void clients.push(context.turnState.get(adapter.ConnectorClientKey)));
    }
    expect(clients[1]).not.toBe(clients[0]);
  });
});
