import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm install` runs dependencies' install scripts only as package.json's `allowScripts` allows:
 * npm 11 lists the unreviewed ones as a warning at every install, and npm 12 skips them, which
 * would leave better-sqlite3 without its native binding and `npm start` broken. Every installed
 * package with an install script is listed there, and nothing else is.
 */
const ROOT = path.resolve(__dirname, '../..');
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

interface Manifest {
  readonly name?: string;
  readonly scripts?: Partial<Record<string, string>>;
  readonly allowScripts?: Readonly<Record<string, boolean>>;
}

function packagesWithInstallScripts(nodeModules: string, found = new Set<string>()): Set<string> {
  if (!fs.existsSync(nodeModules)) return found;
  for (const entry of fs.readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dir = path.join(nodeModules, entry.name);
    if (entry.name.startsWith('@')) {
      packagesWithInstallScripts(dir, found);
      continue;
    }
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    // npm's default for a package with binding.gyp and no install script is `node-gyp rebuild`.
    const implicitGyp = fs.existsSync(path.join(dir, 'binding.gyp')) && !manifest.scripts?.install && !manifest.scripts?.preinstall;
    if (INSTALL_SCRIPTS.some((s) => manifest.scripts?.[s]) || implicitGyp) found.add(manifest.name ?? entry.name);
    packagesWithInstallScripts(path.join(dir, 'node_modules'), found);
  }
  return found;
}

describe('install scripts', () => {
  it("package.json's allowScripts lists exactly the installed packages that have install scripts", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const installed = [...packagesWithInstallScripts(path.join(ROOT, 'node_modules'))].sort();
    expect(installed).toContain('better-sqlite3');
    expect(Object.keys(manifest.allowScripts ?? {}).sort()).toEqual(installed);
    expect(Object.values(manifest.allowScripts ?? {}).every((allowed) => allowed === true)).toBe(true);
  });
});
