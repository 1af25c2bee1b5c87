import path from 'node:path';
import type { TestModule } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { skipSummary } from './skipReporter';

/** The lines `npm test` ends with: every skip explained, component skips grouped by reason. */
function moduleWith(file: string, skipped: ReadonlyArray<{ name: string; fullName: string }>): TestModule {
  return { moduleId: path.resolve(file), children: { allTests: (state: string) => (state === 'skipped' ? skipped : []) } } as unknown as TestModule;
}

describe('the skip summary', () => {
  it('groups component skips by reason and names any other skipped test', () => {
    const pg = 'needs PostgreSQL: no PostgreSQL server binaries – install the Debian package postgresql';
    const text = skipSummary([
      moduleWith('test/a.test.ts', [{ name: pg, fullName: `a on postgres ${pg}` }]),
      moduleWith('test/b.test.ts', [{ name: pg, fullName: `b on postgres ${pg}` }, { name: 'later', fullName: 'b later' }]),
    ]);
    expect(text.trim().split('\n')).toEqual([
      'Skipped because a component is missing (STODLOTSEN_REQUIRE_ALL_COMPONENTS=1 makes these failures, as in .ci/run):',
      `  ${pg} (2 files: test/a.test.ts, test/b.test.ts)`,
      'Skipped for another reason (.ci/run counts every skip as a failure):',
      '  test/b.test.ts › b later',
    ]);
  });

  it('prints nothing when nothing was skipped', () => {
    expect(skipSummary([moduleWith('test/a.test.ts', [])])).toBe('');
  });
});
