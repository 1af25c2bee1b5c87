import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { createAuditor } from '../../src/audit';
import { loadConfig, type Config } from '../../src/config';
import type { Clock } from '../../src/domain/clock';
import { listAudit, type AuditRecord } from '../../src/storage/audit.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { createQa, type Qa } from '../../src/qa';
import { createApp } from '../../src/teams/app';
import { DatabaseStorage } from '../../src/teams/stateStorage';
import { createTurnHandler } from '../../src/teams/turnHandler';
import { memoryLogger, tempDatabasePath } from '../support/testDeps';

/** The municipality's (fictitious) tenant and a bot identity that only exists in tests. */
export const TENANT = '99999999-8888-4777-8666-555555555555';
export const OTHER_TENANT = '12345678-1234-4234-8234-123456789012';
export const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

export const PRODUCTION_ENV = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
  MicrosoftAppPassword: 'not-a-real-secret',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
} as const;

export function productionConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...PRODUCTION_ENV, SQLITE_PATH: tempDatabasePath(), ...overrides });
}

export const USER = { id: '29:user-0001', name: 'Testperson', aadObjectId: '00000000-0000-4000-8000-000000000001' };

/** A Teams-shaped activity in the municipality's tenant, in a 1:1 chat. */
export function teamsActivity(overrides: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    text: 'hjälp',
    channelId: 'msteams',
    serviceUrl: TEAMS_SERVICE_URL,
    from: USER,
    recipient: { id: '28:bot', name: 'Stödlotsen' },
    conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT } },
    ...overrides,
  };
}

export function contextFor(activity: Partial<Activity>): TurnContext {
  return new TurnContext(new TestAdapter(), activity);
}

export interface SecuredHarness {
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  audit(action?: string): Promise<AuditRecord[]>;
  logLines(): Record<string, unknown>[];
}

let sharedQa: Qa | undefined;

/** The real Application behind the real turn handler (guard included) with a given configuration. */
export function securedHarness(database: DatabaseHandle, clock: Clock, config: Config): SecuredHarness {
  const { logger, lines } = memoryLogger();
  const app = createApp({ config, logger, clock, db: database.db, storage: new DatabaseStorage(database.db, clock), qa: (sharedQa ??= createQa()) });
  const adapter = new TestAdapter(createTurnHandler(app, logger, { config, auditor: createAuditor(database.db, clock, logger) }));
  return {
    async send(activity) {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
    audit: (action) => listAudit(database.db, action ? { action } : {}),
    logLines: lines,
  };
}
