import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumStatus, componentsRequired, missingLine, postgresStatus } from './components';
import { findPostgresBinaries } from './postgres';

/** How a missing browser or PostgreSQL is found and described (the skip line users see). */
describe('components outside npm', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodlotsen-components-'));
  const fakeChrome = path.join(dir, 'chrome');
  fs.writeFileSync(fakeChrome, '#!/bin/sh\n', { mode: 0o755 });

  it('takes STODLOTSEN_CHROMIUM when it is an executable, and says so when it is not', () => {
    expect(chromiumStatus({ STODLOTSEN_CHROMIUM: fakeChrome })).toEqual({ name: 'Chromium', available: true, value: fakeChrome });
    const missing = chromiumStatus({ STODLOTSEN_CHROMIUM: path.join(dir, 'nope') });
    expect(missing.available).toBe(false);
    if (!missing.available) expect(missingLine(missing)).toMatch(/^needs Chromium: STODLOTSEN_CHROMIUM=.*nope is not an executable file – install Debian's chromium .*npx playwright install chromium/);
  });

  it("looks for Debian's chromium and for the browser `npx playwright install chromium` installs", () => {
    const status = chromiumStatus({});
    if (status.available) expect(['/usr/lib/chromium/chromium', chromium.executablePath()]).toContain(status.value);
    else expect(status.reason).toBe(`no browser at /usr/lib/chromium/chromium or ${chromium.executablePath()}`);
  });

  it('names STODLOTSEN_PG_BIN when it holds no PostgreSQL', () => {
    const status = postgresStatus({ STODLOTSEN_PG_BIN: dir });
    expect(status.available).toBe(false);
    if (!status.available) expect(missingLine(status)).toBe(`needs PostgreSQL: no initdb and pg_ctl in STODLOTSEN_PG_BIN=${dir} – install the Debian package postgresql (apt-get install postgresql), or set STODLOTSEN_PG_BIN=<directory with initdb and pg_ctl>`);
  });

  it('on a machine without PostgreSQL says so, naming where it looked and how to install it', () => {
    const bare = { debianRoot: path.join(dir, 'no-usr-lib-postgresql'), dirs: [path.join(dir, 'no-bin')] };
    const status = postgresStatus({ PATH: path.join(dir, 'empty-path') }, bare);
    expect(status.available).toBe(false);
    if (!status.available) {
      expect(missingLine(status)).toBe(
        `needs PostgreSQL: no PostgreSQL server binaries (initdb, pg_ctl) in ${bare.debianRoot}/*/bin or on PATH – install the Debian package postgresql (apt-get install postgresql), or set STODLOTSEN_PG_BIN=<directory with initdb and pg_ctl>`,
      );
    }
  });

  it("finds Debian's newest PostgreSQL (not on PATH there), then PATH, following symlinks to the real directory", () => {
    const fakeServer = (bin: string) => {
      fs.mkdirSync(bin, { recursive: true });
      for (const tool of ['initdb', 'pg_ctl']) fs.writeFileSync(path.join(bin, tool), '#!/bin/sh\n', { mode: 0o755 });
      return bin;
    };
    const debianRoot = path.join(dir, 'usr-lib-postgresql');
    fakeServer(path.join(debianRoot, '13', 'bin'));
    const newest = fakeServer(path.join(debianRoot, '15', 'bin'));
    fs.mkdirSync(path.join(debianRoot, 'common'), { recursive: true });
    expect(findPostgresBinaries({ PATH: '' }, { debianRoot, dirs: [] })).toEqual({ binDir: newest, initdb: path.join(newest, 'initdb'), pgCtl: path.join(newest, 'pg_ctl') });

    const real = fakeServer(path.join(dir, 'opt-pg', 'bin'));
    const linked = path.join(dir, 'usr-local-bin');
    fs.mkdirSync(linked, { recursive: true });
    for (const tool of ['initdb', 'pg_ctl']) fs.symlinkSync(path.join(real, tool), path.join(linked, tool));
    expect(findPostgresBinaries({ PATH: linked }, { debianRoot: path.join(dir, 'none'), dirs: [] })?.binDir).toBe(real);
    // STODLOTSEN_PG_BIN is the one directory used, even when others hold a server.
    expect(findPostgresBinaries({ PATH: linked, STODLOTSEN_PG_BIN: path.join(dir, 'empty') }, { debianRoot, dirs: [] })).toBeUndefined();
  });

  it('STODLOTSEN_REQUIRE_ALL_COMPONENTS=1 (or true) makes skips failures', () => {
    expect(componentsRequired({ STODLOTSEN_REQUIRE_ALL_COMPONENTS: '1' })).toBe(true);
    expect(componentsRequired({ STODLOTSEN_REQUIRE_ALL_COMPONENTS: 'true' })).toBe(true);
    expect(componentsRequired({})).toBe(false);
    expect(componentsRequired({ CI: 'true' })).toBe(false);
  });
});
