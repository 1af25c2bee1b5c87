import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, it } from 'vitest';
import { DEFAULT_POSTGRES_SEARCH, postgresAvailability, type PostgresBinaries, type PostgresSearch } from './postgres';

/**
 * Tests that need a component outside npm (a browser, PostgreSQL server binaries) skip with one
 * line saying what is missing and how to enable it, so `npm test` passes on a machine with only
 * Node. With STODLOTSEN_REQUIRE_ALL_COMPONENTS=1 (set by .ci/run) each such skip is a failure
 * instead: CI never goes green by skipping. test/support/skipReporter.ts lists the skips at the end.
 */
export const REQUIRE_ALL_COMPONENTS = 'STODLOTSEN_REQUIRE_ALL_COMPONENTS';

/** Every skipped test's title starts with this; the reporter finds the skips by it. */
export const MISSING_COMPONENT_PREFIX = 'needs';

export type ComponentStatus<T> =
  | { readonly name: string; readonly available: true; readonly value: T }
  | { readonly name: string; readonly available: false; readonly reason: string; readonly enable: string };

export function componentsRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env[REQUIRE_ALL_COMPONENTS] ?? '').toLowerCase());
}

/** `needs Chromium: no browser at … – install …` */
export function missingLine(status: Extract<ComponentStatus<unknown>, { available: false }>): string {
  return `${MISSING_COMPONENT_PREFIX} ${status.name}: ${status.reason} – ${status.enable}`;
}

/**
 * Inside a describe: `body(value)` when the component is there. Otherwise one skipped test
 * carrying the reason, or, under STODLOTSEN_REQUIRE_ALL_COMPONENTS=1, one failing test.
 */
export function withComponent<T>(status: ComponentStatus<T>, body: (value: T) => void): void {
  if (status.available) {
    body(status.value);
    return;
  }
  const line = missingLine(status);
  if (componentsRequired()) {
    it(`has ${status.name}`, () => {
      throw new Error(`${REQUIRE_ALL_COMPONENTS}=1 and this test ${line}`);
    });
  } else {
    it.skip(line, () => undefined);
  }
}

export function describeWithComponent<T>(status: ComponentStatus<T>, title: string, body: (value: T) => void, options: { timeout?: number } = {}): void {
  describe(title, options, () => withComponent(status, body));
}

export const CHROMIUM_VARIABLE = 'STODLOTSEN_CHROMIUM';
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * STODLOTSEN_CHROMIUM=<path> when set (CHROMIUM_PATH, the old name, too); else Debian's chromium;
 * else the browser `npx playwright install chromium` puts in playwright's cache
 * (~/.cache/ms-playwright, or PLAYWRIGHT_BROWSERS_PATH).
 */
export function chromiumStatus(env: NodeJS.ProcessEnv = process.env): ComponentStatus<string> {
  const name = 'Chromium';
  const enable = `install Debian's chromium (apt-get install chromium), or run \`npx playwright install chromium\`, or set ${CHROMIUM_VARIABLE}=/path/to/chrome`;
  const explicit = env[CHROMIUM_VARIABLE] ?? env.CHROMIUM_PATH;
  if (explicit) {
    return isExecutable(explicit)
      ? { name, available: true, value: explicit }
      : { name, available: false, reason: `${CHROMIUM_VARIABLE}=${explicit} is not an executable file`, enable };
  }
  const candidates = [DEBIAN_CHROMIUM, playwrightChromium()].filter((p): p is string => Boolean(p));
  const found = candidates.find(isExecutable);
  if (found) return { name, available: true, value: found };
  return { name, available: false, reason: `no browser at ${candidates.join(' or ')}`, enable };
}

/** Playwright reads PLAYWRIGHT_BROWSERS_PATH when it loads, so this follows the process environment. */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function postgresStatus(env: NodeJS.ProcessEnv = process.env, search: PostgresSearch = DEFAULT_POSTGRES_SEARCH): ComponentStatus<PostgresBinaries> {
  const name = 'PostgreSQL';
  const availability = postgresAvailability(env, search);
  if (availability.available) return { name, available: true, value: availability.binaries };
  return {
    name,
    available: false,
    reason: availability.reason,
    enable: 'install the Debian package postgresql (apt-get install postgresql), or set STODLOTSEN_PG_BIN=<directory with initdb and pg_ctl>',
  };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
