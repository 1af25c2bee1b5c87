import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDatabasePath } from '../support/testDeps';

/** The real entry point starts, listens and says nothing on stderr: no DeprecationWarning or any other warning. */
it('starts the bot without a single warning on stderr', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../src/main.ts')], {
    env: { PATH: process.env.PATH ?? '', STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath('stodlotsen-start'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (stdout.includes('Stödlotsen listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  try {
    await listening;
    // the first turn's lazy loads (holiday calendar, Q&A index) happen after listening: give them a moment
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  expect(stderr).not.toMatch(/Warning|DEP0\d+/);
  expect(stderr).toBe('');
}, 30_000);
