import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMANDS } from '../../src/commands';
import { loadConfig } from '../../src/config';
import { decodePng, encodeRgbaPng, readIhdr } from './png';

/**
 * The Teams app package and the Microsoft 365 Agents Toolkit lifecycle files. Limits are the
 * Teams manifest schema's (v1.22); action names are those of the toolkit's yaml schema v1.11.
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  localizationInfo: { defaultLanguageTag: string };
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  accentColor: string;
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; isNotificationOnly: boolean; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  defaultInstallScope?: string;
  validDomains: string[];
  [other: string]: unknown;
}
interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Lifecycle {
  version: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

const manifestText = read('appPackage/manifest.json');
const manifest = JSON.parse(manifestText) as Manifest;
const teamsappText = read('teamsapp.yml');
const localText = read('teamsapp.local.yml');
const teamsapp = parseYaml(teamsappText) as Lifecycle;
const local = parseYaml(localText) as Lifecycle;
const parametersText = read('infra/azure.parameters.json');
const mainBicep = read('infra/azure.bicep');
const botBicep = read('infra/botRegistration/azurebot.bicep');

function envKeys(file: string): Map<string, string> {
  const entries = read(file)
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  return new Map(entries);
}
const devEnv = envKeys('env/.env.dev');
const localEnv = envKeys('env/.env.local');

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? ''))];
const actions = (lifecycle: Lifecycle): Action[] => [...(lifecycle.provision ?? []), ...(lifecycle.deploy ?? []), ...(lifecycle.publish ?? [])];
const written = (lifecycle: Lifecycle): string[] => actions(lifecycle).flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {}));
const bot = manifest.bots[0]!;
const commands = bot.commandLists.flatMap((list) => list.commands);

describe('appPackage/manifest.json', () => {
  it('declares the same manifest version as the schema URL it names', () => {
    const schemaVersion = /\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema)?.[1];
    expect(schemaVersion).toBe('1.22');
    expect(manifest.manifestVersion).toBe(schemaVersion);
  });

  it('takes its ids from the environment and its version from package.json', () => {
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(bot.botId).toBe('${{BOT_ID}}');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.version).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });

  it('is one personal-scope bot: client matters are only handled in 1:1 chats', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(bot.scopes).toEqual(['personal']);
    expect(bot.commandLists.map((l) => l.scopes)).toEqual([['personal']]);
    expect(manifest.defaultInstallScope).toBe('personal');
    for (const surface of ['staticTabs', 'configurableTabs', 'composeExtensions', 'meetingExtensionDefinition']) {
      expect(manifest[surface], surface).toBeUndefined();
    }
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
  });

  it.each([
    ['name.short (with the longest APP_NAME_SUFFIX)', 30, () => manifest.name.short.replace('${{APP_NAME_SUFFIX}}', longestSuffix())],
    ['name.full', 100, () => manifest.name.full],
    ['description.short', 80, () => manifest.description.short],
    ['description.full', 4000, () => manifest.description.full],
    ['developer.name', 32, () => manifest.developer.name],
  ])('%s is at most %i characters', (_field, max: number, value: () => string) => {
    expect(value().length).toBeGreaterThan(0);
    expect(value().length).toBeLessThanOrEqual(max);
  });

  it('is in Swedish and names Stödlotsen, Göteborgs Stad and Treserva as the record system', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('sv-SE');
    expect(manifest.name.full).toBe('Stödlotsen – stöd i boendeprocessen');
    expect(manifest.developer.name).toBe('Göteborgs Stad (pilot)');
    expect(manifest.description.full).toContain('Treserva');
    expect(manifest.description.full).toMatch(/inget journalsystem/);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    for (const url of [manifest.developer.websiteUrl, manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      expect(url).toMatch(/^https:\/\/[^\s$]+$/);
    }
  });

  it('allows the bot domain from the environment', () => {
    expect(manifest.validDomains).toEqual(['${{BOT_DOMAIN}}']);
  });
});

describe('manifest command list', () => {
  it('lists exactly the registry commands meant for everyone, once each, within the ten a list may hold', () => {
    expect(commands.map((c) => c.title)).toEqual(COMMANDS.filter((c) => c.inManifest !== false).map((c) => c.text));
    expect(new Set(commands.map((c) => c.title)).size).toBe(commands.length);
    expect(commands.length).toBeLessThanOrEqual(10);
  });

  it.each(commands.map((c) => [c.title, c] as const))('"%s" has a title ≤ 32 and a description ≤ 128 characters', (_title, command) => {
    expect(command.title.length).toBeGreaterThan(0);
    expect(command.title.length).toBeLessThanOrEqual(32);
    expect(command.description.length).toBeGreaterThan(0);
    expect(command.description.length).toBeLessThanOrEqual(128);
  });

  it.each(COMMANDS.filter((c) => c.inManifest !== false).map((c) => [c.text, c] as const))('registry command "%s" (src/commands.ts) is offered in the manifest', (text, command) => {
    const entry = commands.find((c) => c.title === text);
    expect(entry).toBeDefined();
    expect(entry?.description).toBe(command.descriptionSv);
  });
});

function longestSuffix(): string {
  return [devEnv.get('APP_NAME_SUFFIX') ?? '', localEnv.get('APP_NAME_SUFFIX') ?? ''].sort((a, b) => b.length - a.length)[0] ?? '';
}

describe('app icons', () => {
  it.each([
    ['color', manifest.icons.color, 192],
    ['outline', manifest.icons.outline, 32],
  ])('%s icon %s is a PNG of %i px square', (_kind, file, size) => {
    const ihdr = readIhdr(fs.readFileSync(path.join(root, 'appPackage', file)));
    expect([ihdr.width, ihdr.height]).toEqual([size, size]);
  });

  it('outline.png has only white or fully transparent pixels, and draws something', () => {
    const { rgba } = decodePng(fs.readFileSync(path.join(root, 'appPackage', manifest.icons.outline)));
    let opaque = 0;
    const offWhite: number[] = [];
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) continue;
      opaque++;
      if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) offWhite.push(i / 4);
    }
    expect(offWhite).toEqual([]);
    expect(opaque).toBeGreaterThan(32 * 32 * 0.2);
    expect(opaque).toBeLessThan(32 * 32 * 0.8);
  });

  it('color.png is opaque and not a single flat colour', () => {
    const { rgba } = decodePng(fs.readFileSync(path.join(root, 'appPackage', manifest.icons.color)));
    const colours = new Set<number>();
    let translucent = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] !== 255) translucent++;
      colours.add(((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0));
    }
    expect(translucent).toBe(0);
    expect(colours.size).toBeGreaterThan(2);
  });

  it.each([0, 1, 2, 3, 4])('the PNG reader undoes filter type %i', (filter) => {
    const width = 5;
    const height = 4;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + (i >> 3) * 11) & 0xff);
    const decoded = decodePng(encodeRgbaPng(width, height, rgba, () => filter));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Array.from(decoded.rgba)).toEqual(Array.from(rgba));
  });
});

const CONFIRMED_ACTIONS = new Set([
  'teamsApp/create',
  'aadApp/create',
  'botFramework/create',
  'arm/deploy',
  'teamsApp/validateManifest',
  'teamsApp/zipAppPackage',
  'teamsApp/validateAppPackage',
  'teamsApp/update',
  'teamsApp/publishAppPackage',
  'cli/runNpmCommand',
  'azureAppService/zipDeploy',
  'file/createOrUpdateEnvironmentFile',
  'script',
]);

describe('teamsapp.yml and teamsapp.local.yml', () => {
  it.each([
    ['teamsapp.yml', teamsappText, teamsapp],
    ['teamsapp.local.yml', localText, local],
  ])('%s uses schema v1.11 (generateServicePrincipal) and names it in the yaml-language-server comment', (_file, text, lifecycle) => {
    expect(lifecycle.version).toBe('v1.11');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/v1.11/yaml.schema.json');
    for (const action of actions(lifecycle)) expect(CONFIRMED_ACTIONS, action.uses).toContain(action.uses);
  });

  it.each([
    ['provision', ['teamsApp/create', 'aadApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']],
    ['deploy', ['script', 'cli/runNpmCommand', 'cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']],
    ['publish', ['teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update', 'teamsApp/publishAppPackage']],
  ] as const)('teamsapp.yml › %s runs %j', (stage, expected) => {
    expect((teamsapp[stage] ?? []).map((a) => a.uses)).toEqual(expected);
  });

  it.each([
    ['provision', ['teamsApp/create', 'aadApp/create', 'botFramework/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']],
    ['deploy', ['file/createOrUpdateEnvironmentFile']],
  ] as const)('teamsapp.local.yml › %s runs %j', (stage, expected) => {
    expect((local[stage] ?? []).map((a) => a.uses)).toEqual(expected);
  });

  it.each([
    ['teamsapp.yml', teamsapp],
    ['teamsapp.local.yml', local],
  ])('%s creates a single-tenant bot identity with a service principal', (_file, lifecycle) => {
    const aad = actions(lifecycle).filter((a) => a.uses === 'aadApp/create');
    expect(aad).toHaveLength(1);
    expect(aad[0]?.with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: true, generateServicePrincipal: true });
    expect(aad[0]?.writeToEnvironmentFile).toEqual({ clientId: 'BOT_ID', clientSecret: 'SECRET_BOT_PASSWORD', objectId: 'BOT_OBJECT_ID', tenantId: 'BOT_TENANT_ID' });
    // botAadApp/create always registers a multi-tenant app.
    expect(actions(lifecycle).map((a) => a.uses)).not.toContain('botAadApp/create');
  });

  it('deploys the built package to the web app that provision created, without server-side build', () => {
    const zipDeploy = teamsapp.deploy?.find((a) => a.uses === 'azureAppService/zipDeploy');
    expect(zipDeploy?.with).toEqual({ artifactFolder: '.', ignoreFile: '.webappignore', resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}' });
    expect(teamsapp.deploy?.filter((a) => a.uses === 'cli/runNpmCommand').map((a) => a.with?.args)).toEqual([
      'ci --no-audit --no-fund',
      'run build',
      'prune --omit=dev',
    ]);
    expect(mainBicep).toMatch(/output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp\.id/);
  });

  it('the local bot registration points at the tunnel endpoint', () => {
    const registration = local.provision?.find((a) => a.uses === 'botFramework/create');
    expect(registration?.with).toMatchObject({ botId: '${{BOT_ID}}', messagingEndpoint: '${{BOT_ENDPOINT}}/api/messages', channels: [{ name: 'msteams' }] });
  });

  it('.localConfigs from teamsapp.local.yml starts the bot in production mode as a SingleTenant bot', () => {
    // the toolkit writes GUIDs there; config refuses anything else for the ids
    const GUIDS: Record<string, string> = { BOT_ID: '00000000-0000-4000-8000-00000000b001', BOT_TENANT_ID: '00000000-0000-4000-8000-00000000c001' };
    const envs = local.deploy?.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')?.with?.envs as Record<string, string | number>;
    expect(local.deploy?.[0]?.with?.target).toBe('./.localConfigs');
    const resolved = Object.fromEntries(
      Object.entries(envs).map(([key, value]) => [key, String(value).replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_m, name: string) => GUIDS[name] ?? `test-${name.toLowerCase()}`)]),
    );
    const config = loadConfig(resolved);
    expect(config.mode).toBe('production');
    expect(config.port).toBe(3978);
    expect(config.bot).toEqual({ appId: GUIDS.BOT_ID, appType: 'SingleTenant', tenantId: GUIDS.BOT_TENANT_ID, password: 'test-secret_bot_password' });
  });
});

describe('environment files', () => {
  // SECRET_* values are never committed: the toolkit writes them at provision time to the gitignored
  // env/.env.<env>.user. They are exempt from "must be a key in env/.env.<env>" but must be produced
  // by an action of the same lifecycle file.
  it.each([
    ['env/.env.dev', devEnv, [teamsappText, manifestText, parametersText], teamsapp],
    ['env/.env.local', localEnv, [localText, manifestText], local],
  ])('%s has a key for every ${{VAR}} its lifecycle, manifest and parameters use', (_file, env, texts, lifecycle) => {
    const used = placeholders(texts.join('\n'));
    expect(used.length).toBeGreaterThan(3);
    for (const name of used) {
      if (name.startsWith('SECRET_')) expect(written(lifecycle), name).toContain(name);
      else expect(env.has(name), `${name} missing`).toBe(true);
    }
  });

  it.each([
    ['env/.env.dev', devEnv, teamsapp, 'dev'],
    ['env/.env.local', localEnv, local, 'local'],
  ])('%s commits no secrets and lists every variable provision writes', (_file, env, lifecycle, name) => {
    expect(env.get('TEAMSFX_ENV')).toBe(name);
    expect([...env.keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    for (const key of written(lifecycle).filter((k) => !k.startsWith('SECRET_'))) {
      expect(env.has(key), `${key} missing`).toBe(true);
      expect(env.get(key), `${key} must be committed empty`).toBe('');
    }
  });
});

describe('infra', () => {
  const declared = (bicep: string): Map<string, boolean> =>
    new Map([...bicep.matchAll(/^param (\w+) \w+( =)?/gm)].map((m) => [m[1] ?? '', m[2] !== undefined]));
  const parameters = Object.keys((JSON.parse(parametersText) as { parameters: Record<string, unknown> }).parameters);

  it('azure.parameters.json sets only declared parameters and every one without a default', () => {
    const params = declared(mainBicep);
    for (const name of parameters) expect(params.has(name), name).toBe(true);
    for (const [name, hasDefault] of params) if (!hasDefault) expect(parameters, name).toContain(name);
  });

  it('the client secret is a secure parameter fed from SECRET_BOT_PASSWORD', () => {
    expect(mainBicep).toMatch(/@secure\(\)\n@description\('[^']*'\)\nparam botAadAppClientSecret string/);
    expect(parametersText).toContain('"value": "${{SECRET_BOT_PASSWORD}}"');
  });

  it.each([
    ['STODLOTSEN_MODE', 'production'],
    ['MicrosoftAppType', 'SingleTenant'],
    ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'false'],
    ['SQLITE_PATH', '/home/data/stodlotsen.db'],
  ])('the web app sets %s to %s', (name, value) => {
    expect(mainBicep).toMatch(new RegExp(`name: '${name}'\\n\\s+value: '${value.replace(/\//g, '\\/')}'`));
  });

  it.each([
    ['MicrosoftAppId', 'botAadAppClientId'],
    ['MicrosoftAppTenantId', 'botAadAppTenantId'],
    ['MicrosoftAppPassword', 'botAadAppClientSecret'],
  ])('the web app sets %s from %s', (name, param) => {
    expect(mainBicep).toMatch(new RegExp(`name: '${name}'\\n\\s+value: ${param}\\n`));
  });

  it('runs Node 20 on Linux with the production entry point', () => {
    expect(mainBicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    // the same command (with the same V8 heap flag) in App Service and in `npm run start:prod`
    const command = 'node --heap-growing-percent=100 dist/src/main.js';
    expect(mainBicep).toContain(`appCommandLine: '${command}'`);
    expect((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['start:prod']).toBe(command);
  });

  it('registers a SingleTenant Azure Bot with the Teams channel at /api/messages', () => {
    expect(botBicep).toContain("msaAppType: 'SingleTenant'");
    expect(botBicep).toContain('msaAppTenantId: botAadAppTenantId');
    expect(botBicep).toContain("endpoint: 'https://${botAppDomain}/api/messages'");
    expect(botBicep).toContain("channelName: 'MsTeamsChannel'");
  });
});

describe('.webappignore', () => {
  const patterns = read('.webappignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

  it.each(['package.json', 'cards', 'knowledge', 'knowledge/sources', 'dist', 'node_modules'])('keeps %s, which the running bot needs', (kept) => {
    for (const pattern of patterns) expect(pattern.replace(/^\/|\/$/g, ''), pattern).not.toBe(kept);
  });

  it('excludes only the top-level Markdown files, so knowledge/sources/*.md ships', () => {
    expect(patterns).toContain('/*.md');
    expect(patterns.filter((pattern) => /\.md$/.test(pattern) && !pattern.startsWith('/'))).toEqual([]);
  });

  it('anchors folder patterns to the project root so dependencies keep their own src/ and data/', () => {
    for (const folder of ['src', 'test', 'data', 'docs', 'scripts']) {
      expect(patterns).toContain(`/${folder}/`);
      expect(patterns).not.toContain(`${folder}/`);
      expect(patterns).not.toContain(folder);
    }
  });
});
