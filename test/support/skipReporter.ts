import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { MISSING_COMPONENT_PREFIX, REQUIRE_ALL_COMPONENTS } from './components';

/**
 * Prints, after vitest's own summary, which tests were skipped because a component is missing,
 * one line per reason with the files it affected (see ./components.ts), and any test skipped
 * for another reason, by name: no skip goes unexplained.
 */
export default class MissingComponentReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    process.stdout.write(skipSummary(testModules));
  }
}

export function skipSummary(testModules: ReadonlyArray<TestModule>): string {
  const filesByReason = new Map<string, Set<string>>();
  const others: string[] = [];
  for (const module of testModules) {
    const file = path.relative(process.cwd(), module.moduleId);
    for (const test of module.children.allTests('skipped')) {
      if (!test.name.startsWith(`${MISSING_COMPONENT_PREFIX} `)) {
        others.push(`  ${file} › ${test.fullName}`);
        continue;
      }
      const files = filesByReason.get(test.name) ?? new Set<string>();
      files.add(file);
      filesByReason.set(test.name, files);
    }
  }
  const lines: string[] = [];
  if (filesByReason.size > 0) {
    lines.push(`Skipped because a component is missing (${REQUIRE_ALL_COMPONENTS}=1 makes these failures, as in .ci/run):`);
    for (const [reason, files] of filesByReason) {
      const list = [...files].sort();
      const shown = list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');
      lines.push(`  ${reason} (${list.length} file${list.length === 1 ? '' : 's'}: ${shown})`);
    }
  }
  if (others.length > 0) {
    lines.push(`Skipped for another reason (.ci/run counts every skip as a failure):`, ...others);
  }
  return lines.length > 0 ? `\n${lines.join('\n')}\n` : '';
}
