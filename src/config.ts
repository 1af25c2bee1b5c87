import { z } from 'zod';

/**
 * One frozen, zod-parsed configuration object, built once at start-up and passed in.
 * Outside explicit local mode the bot fails closed: it will not start anonymously.
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
