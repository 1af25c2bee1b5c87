#!/usr/bin/env node
// Prints the plain closing line CI reads: "N passed, N failed" (", N skipped" when any).
// Usage: ci-summary.mjs <vitest-json-report> <exit status of npm test>
import fs from 'node:fs';

const [reportPath, statusArg] = process.argv.slice(2);
const status = Number(statusArg ?? 1);
let passed = 0;
let failed = 0;
let skipped = 0;
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
  }
} catch {
  fresh = false;
}
// Typecheck or lint failed before vitest ran, or the report is stale: count the run as one failure.
if (status !== 0 && (failed === 0 || !fresh)) {
  if (!fresh) passed = 0;
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
