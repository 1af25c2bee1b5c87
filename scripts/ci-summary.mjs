#!/usr/bin/env node
// Prints the plain closing line CI reads: "N passed, N failed" (", N skipped" when any), and exits
// non-zero when the run failed.
// Usage: ci-summary.mjs <vitest-json-report> <exit status of npm test>
// With STODLOTSEN_REQUIRE_ALL_COMPONENTS=1 (.ci/run) a skipped test is a failed one, whatever made
// it skip: each is named above the count, and CI never goes green by skipping.
import fs from 'node:fs';
import path from 'node:path';

const [reportPath, statusArg] = process.argv.slice(2);
const status = Number(statusArg ?? 1);
const strict = ['1', 'true', 'yes'].includes((process.env.STODLOTSEN_REQUIRE_ALL_COMPONENTS ?? '').toLowerCase());
let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];
let fresh = false;
try {
  const stat = fs.statSync(reportPath);
  fresh = Date.now() - stat.mtimeMs < 6 * 60 * 60 * 1000;
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const suite of report.testResults ?? []) {
    // A file that failed to load has no assertion results but counts as a failure.
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') {
        skippedNames.push(`${path.relative(process.cwd(), suite.name ?? '')} › ${test.fullName ?? test.title}`);
      }
    }
  }
} catch {
  fresh = false;
}
if (strict && skipped > 0) {
  for (const name of skippedNames) console.log(`skipped, counted as failed (STODLOTSEN_REQUIRE_ALL_COMPONENTS=1): ${name}`);
  failed += skipped;
  skipped = 0;
}
// Typecheck or lint failed before vitest ran, or the report is stale: count the run as one failure.
if (status !== 0 && (failed === 0 || !fresh)) {
  if (!fresh) passed = 0;
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = status !== 0 || failed > 0 ? 1 : 0;
