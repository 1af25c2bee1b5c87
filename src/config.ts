import { z } from 'zod';
import { DEFAULT_RETENTION_POLICY, DEFAULT_RETENTION_SCHEDULE, type RetentionPolicy, type RetentionSchedule } from './domain/retention';

/**
 * One frozen, zod-parsed configuration object, built once at start-up and passed in.
 * Outside explicit local mode the bot fails closed: it will not start anonymously.
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A whole number in a range, with a Swedish message naming the variable. */
const wholeNumber = (name: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ invalid_type_error: `${name} ska vara ett heltal (${unit})` })
    .int(`${name} ska vara ett heltal (${unit})`)
    .min(min, `${name} ska vara minst ${min} ${unit}`)
    .max(max, `${name} får vara högst ${max} ${unit}`);

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const rawSchema = z.object({
  STODLOTSEN_MODE: z.enum(['local', 'production']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMsi', 'MultiTenant']).optional(),
  MicrosoftAppTenantId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  DATABASE_URL: z.string().trim().optional(),
  SQLITE_PATH: z.string().trim().default('./data/stodlotsen.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'REMINDER_TIME ska vara TT:MM (Europe/Stockholm), till exempel 07:30')
    .default('07:30'),
  TRUST_LOOPBACK_ONLY: booleanish.optional(),
  RETENTION_DAYS: wholeNumber('RETENTION_DAYS', 1, 3650, 'dagar').default(30),
  RETENTION_DRAFT_DAYS: wholeNumber('RETENTION_DRAFT_DAYS', 1, 3650, 'dagar').optional(),
  RETENTION_SUBMISSION_DAYS: wholeNumber('RETENTION_SUBMISSION_DAYS', 1, 3650, 'dagar').optional(),
  RETENTION_OUTBOX_DAYS: wholeNumber('RETENTION_OUTBOX_DAYS', 1, 3650, 'dagar').optional(),
  RETENTION_CLOSED_CASE_DAYS: wholeNumber('RETENTION_CLOSED_CASE_DAYS', 1, 3650, 'dagar').default(DEFAULT_RETENTION_POLICY.closedCaseDays),
  RETENTION_EXPORTED_LEVEL_DAYS: wholeNumber('RETENTION_EXPORTED_LEVEL_DAYS', 1, 3650, 'dagar').default(DEFAULT_RETENTION_POLICY.exportedLevelDays),
  RETENTION_TIME: z
    .string()
    .regex(TIME_OF_DAY, 'RETENTION_TIME ska vara TT:MM (Europe/Stockholm), till exempel 03:30')
    .default(DEFAULT_RETENTION_SCHEDULE.timeOfDay),
  RETENTION_BATCH_SIZE: wholeNumber('RETENTION_BATCH_SIZE', 10, 10_000, 'rader').default(DEFAULT_RETENTION_SCHEDULE.batchSize),
  RETENTION_TIME_BUDGET_MS: wholeNumber('RETENTION_TIME_BUDGET_MS', 1_000, 900_000, 'millisekunder').default(DEFAULT_RETENTION_SCHEDULE.timeBudgetMs),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  SERVICE_URL_ALLOWLIST: z.string().trim().optional(),
  ALLOWED_CHANNELS: z.string().trim().optional(),
  ADMIN_UPNS: z.string().trim().optional(),
  EXPORT_LINK_SECRET: z.string().min(32, 'EXPORT_LINK_SECRET ska vara minst 32 tecken (slumpad hemlighet)').optional(),
  PUBLIC_BASE_URL: z.string().trim().url('PUBLIC_BASE_URL ska vara en adress, till exempel https://stodlotsen.example.se').optional(),
});

export interface BotIdentity {
  readonly appId: string;
  readonly appType: 'SingleTenant' | 'UserAssignedMsi';
  readonly tenantId: string;
  readonly password?: string;
}

export interface Config {
  readonly mode: 'local' | 'production';
  readonly port: number;
  readonly host: string;
  /** undefined in local mode: the adapter then accepts anonymous requests (loopback only). */
  readonly bot?: BotIdentity;
  readonly database: { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };
  readonly logLevel: z.infer<typeof rawSchema>['LOG_LEVEL'];
  readonly shutdownGraceMs: number;
  /** When the daily reminder pass runs, Europe/Stockholm local time (working days only). */
  readonly reminderTime: string;
  /** RETENTION_DAYS: the default of the three free-text categories (drafts, summaries, outbox) below. */
  readonly retentionDays: number;
  /** Gallring: days per category and the daily pass (src/domain/retention.ts, README › Configuration). */
  readonly retention: RetentionPolicy & RetentionSchedule;
  /** Audit rows (no content) are kept this long. */
  readonly auditRetentionDays: number;
  /** Bot Framework channel ids a turn may come from (production: msteams only). */
  readonly allowedChannels: readonly string[];
  /** Host patterns (`host` or `*.domain`) a service URL must match before the bot sends to it. */
  readonly serviceUrlAllowlist: readonly string[];
  /** UPNs (lower case) who may assign unit managers and see every unit's register and statistics. */
  readonly adminUpns: readonly string[];
  /** HMAC key for the export download links; unset = a random key per process (links die with it). */
  readonly exportLinkSecret?: string;
  /** The bot's public address, for download links (production); local mode uses the server's own address. */
  readonly publicBaseUrl?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Stödlotsen startar inte – konfigurationen är ofullständig (configuration error):\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        `\nSätt värdena i miljön (se README › Konfiguration), eller kör lokalt med STODLOTSEN_MODE=local.`,
    );
    this.name = 'ConfigError';
  }
}

const LOOPBACK_HOST = '127.0.0.1';

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = rawSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const raw = parsed.data;
  const database = raw.DATABASE_URL
    ? ({ kind: 'postgres', url: raw.DATABASE_URL } as const)
    : ({ kind: 'sqlite', path: raw.SQLITE_PATH } as const);

  if (raw.STODLOTSEN_MODE === 'local') {
    const host = raw.HOST ?? LOOPBACK_HOST;
    if (!isLoopback(host)) {
      throw new ConfigError([`HOST=${host}: lokalt läge (anonymt) får bara lyssna på loopback (127.0.0.1, ::1, localhost)`]);
    }
    return Object.freeze({
      mode: 'local',
      port: raw.PORT,
      host,
      database: Object.freeze(database),
      logLevel: raw.LOG_LEVEL,
      shutdownGraceMs: raw.SHUTDOWN_GRACE_MS,
      reminderTime: raw.REMINDER_TIME,
      ...securitySettings(raw, 'local'),
      ...unitManagerSettings(raw, 'local'),
    });
  }

  return Object.freeze({
    mode: 'production',
    port: raw.PORT,
    host: raw.HOST ?? '0.0.0.0',
    bot: Object.freeze(requireBotIdentity(raw)),
    database: Object.freeze(database),
    logLevel: raw.LOG_LEVEL,
    shutdownGraceMs: raw.SHUTDOWN_GRACE_MS,
    reminderTime: raw.REMINDER_TIME,
    ...securitySettings(raw, 'production'),
    ...unitManagerSettings(raw, 'production'),
  });
}

function requireBotIdentity(raw: z.infer<typeof rawSchema>): BotIdentity {
  const problems: string[] = [];
  if (!raw.MicrosoftAppId) problems.push('MicrosoftAppId saknas (botens app-id i Entra ID)');
  if (!raw.MicrosoftAppType) problems.push('MicrosoftAppType saknas (SingleTenant eller UserAssignedMsi)');
  else if (raw.MicrosoftAppType === 'MultiTenant')
    problems.push('MicrosoftAppType=MultiTenant tillåts inte: använd SingleTenant eller UserAssignedMsi');
  if (!raw.MicrosoftAppTenantId) problems.push('MicrosoftAppTenantId saknas (kommunens tenant-id)');
  if (raw.MicrosoftAppType === 'SingleTenant' && !raw.MicrosoftAppPassword)
    problems.push('MicrosoftAppPassword saknas (krävs för SingleTenant)');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    appId: raw.MicrosoftAppId!,
    appType: raw.MicrosoftAppType as BotIdentity['appType'],
    tenantId: raw.MicrosoftAppTenantId!,
    ...(raw.MicrosoftAppPassword ? { password: raw.MicrosoftAppPassword } : {}),
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

export const DEFAULT_SERVICE_URL_ALLOWLIST = Object.freeze(['smba.trafficmanager.net', '*.botframework.com']);
/** `test` is botbuilder's in-process TestAdapter, `emulator` the Bot Framework Emulator: local mode only. */
const DEFAULT_CHANNELS = Object.freeze({ local: Object.freeze(['msteams', 'test', 'emulator']), production: Object.freeze(['msteams']) });
const HOST_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

type SecuritySettings = Pick<Config, 'retentionDays' | 'retention' | 'auditRetentionDays' | 'allowedChannels' | 'serviceUrlAllowlist'>;

function securitySettings(raw: z.infer<typeof rawSchema>, mode: Config['mode']): SecuritySettings {
  const problems: string[] = [];
  const allowlist = raw.SERVICE_URL_ALLOWLIST ? list(raw.SERVICE_URL_ALLOWLIST) : [...DEFAULT_SERVICE_URL_ALLOWLIST];
  for (const pattern of allowlist) {
    if (!HOST_PATTERN.test(pattern)) problems.push(`SERVICE_URL_ALLOWLIST: "${pattern}" är inget värdnamn (host eller *.domän)`);
  }
  const channels = raw.ALLOWED_CHANNELS ? list(raw.ALLOWED_CHANNELS) : [...DEFAULT_CHANNELS[mode]];
  if (mode === 'production' && channels.some((c) => c !== 'msteams')) problems.push('ALLOWED_CHANNELS: i produktion tillåts bara msteams');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    retentionDays: raw.RETENTION_DAYS,
    retention: Object.freeze({
      draftDays: raw.RETENTION_DRAFT_DAYS ?? raw.RETENTION_DAYS,
      submissionDays: raw.RETENTION_SUBMISSION_DAYS ?? raw.RETENTION_DAYS,
      outboxDays: raw.RETENTION_OUTBOX_DAYS ?? raw.RETENTION_DAYS,
      closedCaseDays: raw.RETENTION_CLOSED_CASE_DAYS,
      exportedLevelDays: raw.RETENTION_EXPORTED_LEVEL_DAYS,
      timeOfDay: raw.RETENTION_TIME,
      batchSize: raw.RETENTION_BATCH_SIZE,
      timeBudgetMs: raw.RETENTION_TIME_BUDGET_MS,
    }),
    auditRetentionDays: raw.AUDIT_RETENTION_DAYS,
    allowedChannels: Object.freeze(channels),
    serviceUrlAllowlist: Object.freeze(allowlist),
  };
}

type UnitManagerSettings = Pick<Config, 'adminUpns' | 'exportLinkSecret' | 'publicBaseUrl'>;

function unitManagerSettings(raw: z.infer<typeof rawSchema>, mode: Config['mode']): UnitManagerSettings {
  const problems: string[] = [];
  const adminUpns = raw.ADMIN_UPNS ? list(raw.ADMIN_UPNS) : [];
  for (const upn of adminUpns) if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(upn)) problems.push(`ADMIN_UPNS: "${upn}" är ingen e-postadress (UPN)`);
  const publicBaseUrl = raw.PUBLIC_BASE_URL?.replace(/\/+$/, '');
  if (mode === 'production' && publicBaseUrl && !publicBaseUrl.startsWith('https://')) problems.push('PUBLIC_BASE_URL: i produktion krävs https');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    adminUpns: Object.freeze(adminUpns),
    ...(raw.EXPORT_LINK_SECRET ? { exportLinkSecret: raw.EXPORT_LINK_SECRET } : {}),
    ...(publicBaseUrl ? { publicBaseUrl } : {}),
  };
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}
