import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config';
import { fixedClock, type Clock } from '../../src/domain/clock';
import { createLogger, type Logger } from '../../src/logging';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/storage/database';

export const TEST_INSTANT = '2026-11-23T09:00:00.000Z';

export function tempDatabasePath(prefix = 'stodlotsen-test'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return path.join(dir, 'test.db');
}

export async function openTestDatabase(file = tempDatabasePath()): Promise<DatabaseHandle & { file: string }> {
  const handle = openDatabase({ kind: 'sqlite', path: file });
  await migrateToLatest(handle.db);
  return Object.assign(handle, { file });
}

/** A logger whose JSON lines are kept in memory, so tests can check what would be logged. */
export function memoryLogger(level = 'debug'): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(level, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function localConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', LOG_LEVEL: 'silent', ...overrides });
}

export function testClock(iso = TEST_INSTANT): Clock & { set(iso: string): void } {
  let current = fixedClock(iso);
  return {
    now: () => current.now(),
    set(next: string) {
      current = fixedClock(next);
    },
  };
}
