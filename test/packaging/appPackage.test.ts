import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { TeamsAppManifest } from '@microsoft/teams-manifest';
import { describe, expect, it } from 'vitest';
import { buildAppPackage, environmentValues, PackageError, resolvePlaceholders, validateManifest } from '../../scripts/package-app';

/**
 * The app package a Teams admin uploads: manifest validated with Microsoft's @microsoft/teams-manifest
 * against the vendored v1.22 schema (offline), placeholders resolved as the Agents Toolkit does.
 */
const root = path.resolve(__dirname, '../..');
const IDS = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-00000000a001',
  BOT_ID: '00000000-0000-4000-8000-00000000b001',
  BOT_DOMAIN: 'stodlotsen-dev.azurewebsites.net',
};
const manifestText = fs.readFileSync(path.join(root, 'appPackage/manifest.json'), 'utf8');
const resolved = (): TeamsAppManifest => JSON.parse(resolvePlaceholders(manifestText, { ...environmentValues('dev', {}), ...IDS }, 'dev')) as TeamsAppManifest;

describe('the Teams app package', () => {
  it('manifest.json, with its placeholders resolved, validates against the Teams schema v1.22', async () => {
    expect(await validateManifest(resolved())).toEqual([]);
  });

  it('the schema check catches what Teams would refuse', async () => {
    const broken = { ...resolved(), name: { short: 'S'.repeat(31), full: 'Stödlotsen' }, id: 'not-a-guid' } as TeamsAppManifest;
    const problems = await validateManifest(broken);
    expect(problems.some((p) => p.startsWith('/name/short'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/id'))).toBe(true);
  });

  it('refuses to build while an id has no value, naming it and where it comes from', () => {
    expect(() => resolvePlaceholders(manifestText, environmentValues('dev', {}), 'dev')).toThrow(PackageError);
    expect(() => resolvePlaceholders(manifestText, environmentValues('dev', {}), 'dev')).toThrow(/TEAMS_APP_ID, BOT_ID, BOT_DOMAIN saknar värde för miljön "dev".*atk provision --env dev/);
  });

  it('builds appPackage.<env>.zip with exactly the manifest and the two icons, nothing left unresolved', async () => {
    const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodlotsen-package-'));
    const built = await buildAppPackage({ env: 'dev', processEnv: IDS, outputDir });
    expect(path.basename(built.file)).toBe('appPackage.dev.zip');
    const zip = await JSZip.loadAsync(fs.readFileSync(built.file));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = await zip.file('manifest.json')!.async('string');
    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest)).toMatchObject({ id: IDS.TEAMS_APP_ID, bots: [{ botId: IDS.BOT_ID }], name: { short: 'Stödlotsen-dev' } });
    expect(Buffer.compare(await zip.file('color.png')!.async('nodebuffer'), fs.readFileSync(path.join(root, 'appPackage/color.png')))).toBe(0);
  });

  it('`npm run package` without ids exits non-zero with one Swedish line', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in IDS)));
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/package-app.ts', '--env', 'dev'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Appaketet kan inte byggas');
  });
});
