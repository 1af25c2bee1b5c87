import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report feeds .ci/run's closing "N passed, N failed" line; the last one lists the
    // tests skipped for a missing component (test/support/components.ts).
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }], './test/support/skipReporter.ts'],
  },
});
