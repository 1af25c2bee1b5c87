import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { MISSING_COMPONENT_PREFIX, REQUIRE_ALL_COMPONENTS } from './components';

/**
 * Prints, after vitest's own summary, which tests were skipped because a component is missing,
 * one line per reason with the files it affected (see ./components.ts).
 */
export default class MissingComponentReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const filesByReason = new Map<string, Set<string>>();
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        if (!test.name.startsWith(`${MISSING_COMPONENT_PREFIX} `)) continue;
        const files = filesByReason.get(test.name) ?? new Set<string>();
        files.add(path.relative(process.cwd(), module.moduleId));
        filesByReason.set(test.name, files);
      }
    }
    if (filesByReason.size === 0) return;
    const lines = [`Skipped because a component is missing (${REQUIRE_ALL_COMPONENTS}=1 makes these failures, as in .ci/run):`];
    for (const [reason, files] of filesByReason) {
      const list = [...files].sort();
      const shown = list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');
      lines.push(`  ${reason} (${list.length} file${list.length === 1 ? '' : 's'}: ${shown})`);
    }
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
