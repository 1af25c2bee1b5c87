import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers README's architecture section shows, checked on the import statements of src/
 * (static imports, `export … from`, dynamic `import()` and `require()`).
 */
const SRC = path.resolve(__dirname, '../src');

/**
 * Top to bottom, as README › Architecture lists them. A module imports only from layers below its
 * own; modules side by side in one layer do not import each other.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['main.ts'],
  ['bot.ts', 'startFailure.ts'],
  ['teams'],
  ['dialogues'],
  ['notifications', 'reminders', 'export', 'retention.ts', 'retentionPreview.ts'],
  ['cards'],
  ['qa'],
  ['team'],
  ['audit.ts'],
  ['knowledge', 'storage'],
  ['config.ts', 'clock.ts', 'logging.ts', 'commands.ts'],
  ['domain'],
];

interface Import {
  readonly file: string;
  /** Relative to src/ for the project's own modules, else the package name as written. */
  readonly from: string;
  readonly local: boolean;
}

function importsOf(dir: string): Import[] {
  const found: Import[] = [];
  const root = path.join(SRC, dir);
  const entries = fs.statSync(root).isDirectory()
    ? fs.readdirSync(root, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
    : [root];
  for (const file of entries.filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^\s*(?:import|export)[^'"]*from\s+|\bimport\(\s*|\brequire\(\s*)'([^']+)'/gm)) {
      const spec = match[1]!;
      const local = spec.startsWith('.');
      found.push({ file: path.relative(SRC, file), from: local ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec, local });
    }
  }
  return found;
}

/** `teams/handlers/help` → `teams`; `qa` (its index.ts) → `qa`; `config` → `config.ts`; `bot.js` → `bot.ts`. */
function unitOf(relative: string): string {
  const [first, ...rest] = relative.split(path.sep);
  if (rest.length > 0 || fs.existsSync(path.join(SRC, first!))) return first!;
  return `${first!.replace(/\.(js|ts)$/, '')}.ts`;
}

const rankOf = new Map(LAYERS.flatMap((units, rank) => units.map((unit) => [unit, rank] as const)));

describe('layers', () => {
  it('every module of src/ belongs to a layer of README › Architecture', () => {
    expect(fs.readdirSync(SRC).filter((unit) => !rankOf.has(unit))).toEqual([]);
  });

  it('each layer imports only from the layers below it', () => {
    const upward = [...rankOf.keys()].flatMap((unit) =>
      importsOf(unit)
        .filter((i) => i.local && unitOf(i.from) !== unit)
        .filter((i) => !(rankOf.get(unitOf(i.from))! > rankOf.get(unit)!))
        .map((i) => `${i.file} imports ${i.from}`),
    );
    expect(upward).toEqual([]);
  });

  it('src/domain is pure: no Teams, HTTP, database or other src layer', () => {
    const bad = importsOf('domain').filter(({ from, local }) => (local ? unitOf(from) !== 'domain' : /^(botbuilder|botframework|@microsoft|express|kysely|pg|better-sqlite3|pino)/.test(from)));
    expect(bad).toEqual([]);
  });

  it('src/cards knows card data only: no dialogue engine, storage or Teams', () => {
    const bad = importsOf('cards').filter(({ from }) => /^(dialogues|storage|teams|notifications)\//.test(from) || /^(botbuilder|@microsoft\/teams-ai|kysely)/.test(from));
    expect(bad).toEqual([]);
  });

  it('only src/teams (and the composition root) knows botbuilder and teams-ai; only it and the export route know Express', () => {
    const outside = [...rankOf.keys()].filter((u) => !['teams', 'bot.ts'].includes(u)).flatMap(importsOf);
    expect(outside.filter(({ from }) => /^(botbuilder|botframework|@microsoft\/teams-ai)/.test(from))).toEqual([]);
    expect(outside.filter(({ from }) => /^express/.test(from)).map((i) => i.file)).toEqual(['export/route.ts']);
  });
});
