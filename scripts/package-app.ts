// `npm run package [-- --env dev]`: the Teams app package a Teams admin uploads
// (appPackage/build/appPackage.<env>.zip = manifest.json + the two icons), as the Agents Toolkit's
// teamsApp/zipAppPackage builds it: ${{NAME}} placeholders resolved from the process environment,
// then env/.env.<env>.user and env/.env.<env>; the manifest is validated offline against the
// vendored Teams schema with Microsoft's @microsoft/teams-manifest before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { ManifestUtil, type TeamsAppManifest } from '@microsoft/teams-manifest';
import JSZip from 'jszip';

const ROOT = path.resolve(__dirname, '..');
const APP_PACKAGE = path.join(ROOT, 'appPackage');
/** OfficeDev/microsoft-teams-app-schema, MicrosoftTeams.schema.json at commit 57ba425 ("GA 1.22"). */
export const MANIFEST_SCHEMA = path.join(APP_PACKAGE, 'schema', 'MicrosoftTeams.v1.22.schema.json');

export class PackageError extends Error {}

/** KEY=value lines of an env file (comments and blank lines skipped); missing file = empty. */
export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const values: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match) values[match[1]!] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/** The values the toolkit would see for environment `env`: the process environment wins over the files. */
export function environmentValues(env: string, processEnv: NodeJS.ProcessEnv = process.env, root = ROOT): Record<string, string> {
  const fromFiles = { ...readEnvFile(path.join(root, 'env', `.env.${env}`)), ...readEnvFile(path.join(root, 'env', `.env.${env}.user`)) };
  const fromProcess = Object.fromEntries(Object.entries(processEnv).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { ...fromFiles, ...fromProcess };
}

/** Replaces every ${{NAME}}; a name with no value is an error that names the file to fill in. */
export function resolvePlaceholders(text: string, values: Readonly<Record<string, string>>, env: string): string {
  const missing = new Set<string>();
  const resolved = text.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_all, name: string) => {
    const value = values[name];
    // APP_NAME_SUFFIX may be empty on purpose (production); ids may not.
    if (value === undefined || (value === '' && name !== 'APP_NAME_SUFFIX')) missing.add(name);
    return value ?? '';
  });
  if (missing.size > 0) {
    throw new PackageError(
      `Appaketet kan inte byggas: ${[...missing].join(', ')} saknar värde för miljön "${env}". ` +
        `Kör \`atk provision --env ${env}\` (skriver dem till env/.env.${env}) eller sätt dem i miljön, t.ex. TEAMS_APP_ID=<guid> BOT_ID=<guid> BOT_DOMAIN=<värdnamn> npm run package.`,
    );
  }
  return resolved;
}

export async function validateManifest(manifest: TeamsAppManifest, schemaFile = MANIFEST_SCHEMA): Promise<string[]> {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Parameters<typeof ManifestUtil.validateManifestAgainstSchema>[1];
  return ManifestUtil.validateManifestAgainstSchema(manifest, schema);
}

export interface BuiltPackage {
  readonly file: string;
  readonly manifest: TeamsAppManifest;
  readonly entries: readonly string[];
}

export async function buildAppPackage(options: { env: string; processEnv?: NodeJS.ProcessEnv; outputDir?: string }): Promise<BuiltPackage> {
  const { env } = options;
  const values = environmentValues(env, options.processEnv ?? process.env);
  const manifestText = resolvePlaceholders(fs.readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8'), values, env);
  const manifest = JSON.parse(manifestText) as TeamsAppManifest;
  const problems = await validateManifest(manifest);
  if (problems.length > 0) throw new PackageError(`manifest.json följer inte Teams schema ${manifest.manifestVersion}:\n  ${problems.join('\n  ')}`);

  const zip = new JSZip();
  zip.file('manifest.json', manifestText);
  const icons = [manifest.icons.color, manifest.icons.outline];
  for (const icon of icons) {
    const file = path.join(APP_PACKAGE, icon);
    if (!fs.existsSync(file)) throw new PackageError(`ikonen ${icon} som manifest.json pekar på finns inte i appPackage/`);
    zip.file(icon, fs.readFileSync(file));
  }
  const outputDir = options.outputDir ?? path.join(APP_PACKAGE, 'build');
  fs.mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `appPackage.${env}.zip`);
  // A fixed date keeps the zip byte-identical for identical inputs.
  const date = new Date('2026-01-01T00:00:00Z');
  for (const entry of Object.values(zip.files)) entry.date = date;
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file, manifest, entries: ['manifest.json', ...icons] };
}

function argument(name: string, args: readonly string[]): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

if (require.main === module) {
  const env = argument('env', process.argv.slice(2)) ?? process.env.TEAMSFX_ENV ?? 'dev';
  buildAppPackage({ env }).then(
    (built) => console.log(`${path.relative(process.cwd(), built.file)}: ${built.entries.join(', ')} (manifest ${built.manifest.manifestVersion}, validerad mot Teams schema)`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof PackageError ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
