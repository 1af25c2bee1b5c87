import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** scripts/ci-summary.mjs: .ci/run's closing line and exit status from vitest's JSON report. */
const SCRIPT = path.resolve(__dirname, '../../scripts/ci-summary.mjs');

function report(tests: ReadonlyArray<{ title: string; status: 'passed' | 'failed' | 'skipped' | 'pending' }>) {
  const count = (s: string) => tests.filter((t) => t.status === s).length;
  return {
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped') + count('pending'),
    numTodoTests: 0,
    testResults: [{ name: path.resolve('test/x.test.ts'), status: count('failed') ? 'failed' : 'passed', assertionResults: tests.map((t) => ({ ...t, fullName: `suite ${t.title}` })) }],
  };
}

function summarise(content: unknown, npmTestStatus: number, strict: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodlotsen-ci-summary-'));
  const file = path.join(dir, 'vitest.json');
  fs.writeFileSync(file, JSON.stringify(content));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', ...(strict ? { STODLOTSEN_REQUIRE_ALL_COMPONENTS: '1' } : {}) };
  const run = spawnSync(process.execPath, [SCRIPT, file, String(npmTestStatus)], { encoding: 'utf8', env });
  fs.rmSync(dir, { recursive: true, force: true });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, lines, last: lines.at(-1) };
}

describe('the CI summary line', () => {
  const green = report([{ title: 'a', status: 'passed' }, { title: 'b', status: 'passed' }]);
  const withSkip = report([{ title: 'a', status: 'passed' }, { title: 'needs PostgreSQL: …', status: 'skipped' }]);

  it('is the plain count, exit 0, when everything passed', () => {
    expect(summarise(green, 0, true)).toMatchObject({ status: 0, last: '2 passed, 0 failed' });
  });

  it('in CI (STODLOTSEN_REQUIRE_ALL_COMPONENTS=1) counts a skipped test as failed, names it and exits 1', () => {
    const result = summarise(withSkip, 0, true);
    expect(result.status).toBe(1);
    expect(result.last).toBe('1 passed, 1 failed');
    expect(result.lines).toContain('skipped, counted as failed (STODLOTSEN_REQUIRE_ALL_COMPONENTS=1): test/x.test.ts › suite needs PostgreSQL: …');
  });

  it('outside CI reports skips as skips', () => {
    expect(summarise(withSkip, 0, false)).toMatchObject({ status: 0, last: '1 passed, 0 failed, 1 skipped' });
  });

  it('counts a failed typecheck or lint (npm test failed, no failed test) as one failure', () => {
    expect(summarise(green, 2, true)).toMatchObject({ status: 1, last: '2 passed, 1 failed' });
    expect(summarise(report([{ title: 'a', status: 'failed' }]), 1, true)).toMatchObject({ status: 1, last: '0 passed, 1 failed' });
  });

  it('without a report counts the run as one failure', () => {
    const missing = spawnSync(process.execPath, [SCRIPT, path.join(os.tmpdir(), 'no-such-report.json'), '1'], { encoding: 'utf8' });
    expect([missing.status, missing.stdout.trim()]).toEqual([1, '0 passed, 1 failed']);
  });
});
