import { z } from 'zod';
import { DEFAULT_RETENTION_POLICY, DEFAULT_RETENTION_SCHEDULE, type RetentionPolicy, type RetentionSchedule } from './domain/retention';

/**
 * One frozen, zod-parsed configuration object, built once at start-up and passed in.
 * Outside explicit local mode the bot fails closed: it will not start anonymously.
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { errorMap: () => ({ message: 'ska vara true eller false' }) })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = (what: string) => z.string().trim().regex(GUID, `ska vara ${what} (ett GUID, t.ex. 00000000-0000-0000-0000-000000000000)`);

/** A whole number within bounds, with the variable's own Swedish message (no zod wording). */
const integer = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `ska vara ${what}, ett heltal ${min}–${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `ska vara ${what}, ett heltal ${min}–${max}`);

/** "a, b eller c": a Swedish list of the alternatives. */
export function alternatives(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} eller ${values.at(-1)}`;
}

/** One of `values`; the message offers `offered` (what the user should choose), by default all of them. */
const oneOf = <T extends string>(values: readonly [T, ...T[]], offered: readonly string[] = values) =>
  z.enum(values, { errorMap: () => ({ message: `ska vara ${alternatives(offered)}` }) });

const rawSchema = z.object({
  STODLOTSEN_MODE: oneOf(['local', 'production']).default('production'),
  PORT: integer(0, 65535, 'en TCP-port').default('3978'),
  HOST: z.string().trim().min(1).optional(),
  MicrosoftAppId: guid('botens app-id i Entra ID').optional(),
  // MultiTenant parses, so that requireBotIdentity can say why it is refused.
  MicrosoftAppType: oneOf(['SingleTenant', 'UserAssignedMsi', 'MultiTenant'], ['SingleTenant', 'UserAssignedMsi']).optional(),
  MicrosoftAppTenantId: guid('kommunens tenant-id').optional(),
  MicrosoftAppPassword: z.string().optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .refine(
      (url) => /^postgres(ql)?:\/\/[^\s]+$/i.test(url),
      'ska vara en PostgreSQL-adress (postgres://… eller postgresql://…). För SQLite: ta bort DATABASE_URL och ange filen med SQLITE_PATH (standard ./data/stodlotsen.db)',
    )
    .optional(),
  SQLITE_PATH: z.string().trim().default('./data/stodlotsen.db'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: integer(0, 120_000, 'millisekunder').default('10000'),
  REMINDER_TIME: z
    .string()
    .regex(TIME_OF_DAY, 'ska vara TT:MM (Europe/Stockholm), till exempel 07:30')
    .default('07:30'),
  TRUST_LOOPBACK_ONLY: booleanish.optional(),
  RETENTION_DAYS: integer(1, 3650, 'antal dagar').default('30'),
  RETENTION_DRAFT_DAYS: integer(1, 3650, 'antal dagar').optional(),
  RETENTION_SUBMISSION_DAYS: integer(1, 3650, 'antal dagar').optional(),
  RETENTION_OUTBOX_DAYS: integer(1, 3650, 'antal dagar').optional(),
  RETENTION_CLOSED_CASE_DAYS: integer(1, 3650, 'antal dagar').default(String(DEFAULT_RETENTION_POLICY.closedCaseDays)),
  RETENTION_EXPORTED_LEVEL_DAYS: integer(1, 3650, 'antal dagar').default(String(DEFAULT_RETENTION_POLICY.exportedLevelDays)),
  RETENTION_TIME: z
    .string()
    .regex(TIME_OF_DAY, 'ska vara TT:MM (Europe/Stockholm), till exempel 03:30')
    .default(DEFAULT_RETENTION_SCHEDULE.timeOfDay),
  RETENTION_BATCH_SIZE: integer(10, 10_000, 'antal rader').default(String(DEFAULT_RETENTION_SCHEDULE.batchSize)),
  RETENTION_TIME_BUDGET_MS: integer(1_000, 900_000, 'millisekunder').default(String(DEFAULT_RETENTION_SCHEDULE.timeBudgetMs)),
  AUDIT_RETENTION_DAYS: integer(30, 3650, 'antal dagar').default('730'),
  SERVICE_URL_ALLOWLIST: z.string().trim().optional(),
  ALLOWED_CHANNELS: z.string().trim().optional(),
  ADMIN_UPNS: z.string().trim().optional(),
  EXPORT_LINK_SECRET: z.string().min(32, 'ska vara minst 32 tecken (slumpad hemlighet)').optional(),
  PUBLIC_BASE_URL: z.string().trim().url('ska vara en adress, till exempel https://stodlotsen.example.se').optional(),
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

/** One line (a log line, the start-up error): every problem, then where to read more. */
export class ConfigError extends Error {
  constructor(
    readonly problems: readonly string[],
    hint = 'Se README › Configuration.',
  ) {
    super(`Stödlotsen startar inte – fel i konfigurationen: ${problems.join('; ')}. ${hint}`);
    this.name = 'ConfigError';
  }
}

const LOOPBACK_HOST = '127.0.0.1';

/** Secrets never reach the message; a database URL only with its scheme (it may hold a password). */
function shown(name: string, value: string | undefined): string {
  if (name === 'MicrosoftAppPassword' || name === 'EXPORT_LINK_SECRET') return name;
  if (name === 'DATABASE_URL') return `DATABASE_URL (${/^[a-z][a-z0-9+.-]*:/i.exec(value ?? '')?.[0] ?? 'utan schema'}…)`;
  return `${name}=${JSON.stringify(value ?? '')}`;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = rawSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${shown(String(i.path[0]), env[String(i.path[0])])} ${i.message}`));
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
  if (problems.length > 0) throw new ConfigError(problems, 'Sätt dem i miljön (se README › Configuration), eller kör lokalt med STODLOTSEN_MODE=local.');
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
  else {
    // A misspelt channel would refuse every turn without a word: only the channels that reach the bot.
    for (const channel of channels) {
      if (!DEFAULT_CHANNELS.local.includes(channel)) problems.push(`ALLOWED_CHANNELS: "${channel}" är ingen kanal som når Stödlotsen (${alternatives(DEFAULT_CHANNELS.local)})`);
    }
  }
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
