import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from '../config';

/** How long a caller should wait before retrying while the OpenID metadata cannot be fetched. */
export const METADATA_RETRY_AFTER_SECONDS = 30;

export type ProcessOutcome =
  | { readonly kind: 'processed'; readonly status: number; readonly body?: unknown }
  | { readonly kind: 'unauthorized'; readonly reason: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

/**
 * TeamsAdapter (botbuilder's CloudAdapter with ConfigurationBotFrameworkAuthentication) that
 * authenticates the request first and says why it refused: CloudAdapter.process answers 500 with
 * the error text and prints the stack when the OpenID metadata or signing keys cannot be fetched.
 * Without a bot identity (local mode only; config refuses it elsewhere) requests are anonymous.
 */
export class StodlotsenAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // CloudAdapter builds a ConnectorClient and a UserTokenClient (each a fresh Azure HTTP pipeline
    // and credentials object) for every turn; the same ones serve every turn of the same bot identity.
    const self = this as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication };
    self.botFrameworkAuthentication = new ReusingBotFrameworkAuthentication(self.botFrameworkAuthentication);
  }

  async processAuthenticated(activity: Activity, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<ProcessOutcome> {
    let auth: AuthenticateRequestResult;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (err) {
      return classifyAuthFailure(err);
    }
    const invokeResponse: InvokeResponse | undefined = await this.processActivity(auth, activity, logic);
    return { kind: 'processed', status: invokeResponse?.status ?? 200, ...(invokeResponse?.body !== undefined ? { body: invokeResponse.body } : {}) };
  }
}

/** Entries kept per cache: one bot identity meets a handful of service URLs (one per region). */
const CLIENT_CACHE_SIZE = 32;

/** A bounded map of promises: the first caller creates, concurrent and later callers share; a failure is forgotten. */
class ClientCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    if (this.entries.size >= CLIENT_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    const created = create();
    this.entries.set(key, created);
    created.catch(() => this.entries.delete(key));
    return created;
  }
}

/** The claims that botframework-connector derives the outbound identity (app id) from. */
function identityKey(claims: ClaimsIdentity): string {
  return `${claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? ''}|${claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? ''}`;
}

/**
 * Authentication as configured, but the outbound clients are reused: a ConnectorClient per
 * (bot identity, service URL, audience) and a UserTokenClient per bot identity – exactly the inputs
 * botframework-connector builds them from, so a reused client is the one it would have built
 * (tokens were already shared: botframework-connector caches them per app id and scope).
 */
class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new ClientCache<ConnectorClient>();
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(identityKey(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(factory, identityKey(claimsIdentity), this.connectorClients);
  }
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly identity: string,
    private readonly clients: ClientCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(`${this.identity}|${audience ?? ''}|${serviceUrl}`, () => this.inner.create(serviceUrl, audience));
  }
}

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * A token we could not check because Microsoft's OpenID metadata or keys were unreachable is 503
 * (try again); every other failure is the caller's: 401. Fail closed either way. The reason never
 * contains the token.
 */
export function classifyAuthFailure(err: unknown): Extract<ProcessOutcome, { kind: 'unauthorized' | 'unavailable' }> {
  const error = err as { name?: string; code?: string; errno?: string; type?: string; message?: string; statusCode?: number; cause?: { code?: string } };
  const code = error?.code ?? error?.errno ?? error?.cause?.code;
  if ((code && NETWORK_CODES.has(code)) || error?.type === 'system' || /Failed to load (openID config|Keys)/.test(error?.message ?? '')) {
    return { kind: 'unavailable', reason: `OpenID metadata unreachable${code ? ` (${code})` : ''}` };
  }
  if (err instanceof AuthenticationError) return { kind: 'unauthorized', reason: firstLine(error.message) };
  return { kind: 'unauthorized', reason: error?.name ?? 'token rejected' };
}

function firstLine(message: string | undefined): string {
  // botbuilder's messages name the issuer, key id or claim, never the token itself
  return (message ?? '').split('\n')[0]!.slice(0, 200);
}

export interface AdapterOptions {
  /** Where the Bot Framework's OpenID metadata is read (tests point it at a local stand-in). */
  readonly openIdMetadataUrl?: string;
}

export function createAdapter(config: Config, logger: Logger, options: AdapterOptions = {}): StodlotsenAdapter {
  // botbuilder takes a custom metadata address only with the whole public-cloud parameter set
  const metadata = options.openIdMetadataUrl
    ? {
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: options.openIdMetadataUrl,
        CallerId: CallerIdConstants.PublicAzureChannel,
      }
    : {};
  const adapter = config.bot
    ? new StodlotsenAdapter({
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId,
        ...(config.bot.password ? { MicrosoftAppPassword: config.bot.password } : {}),
        ...metadata,
      })
    : new StodlotsenAdapter({ ...metadata });
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: { type: error?.name, stack: error?.stack }, activityType: context.activity?.type }, 'adapter turn error');
  };
  return adapter;
}
