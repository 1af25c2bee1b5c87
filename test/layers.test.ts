import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layers README's architecture section shows, checked on the import statements of src/. */
const SRC = path.resolve(__dirname, '../src');

function importsOf(dir: string): Array<{ file: string; from: string }> {
  const found: Array<{ file: string; from: string }> = [];
  for (const entry of fs.readdirSync(path.join(SRC, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
      const target = match[1]!.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), match[1]!)) : match[1]!;
      found.push({ file: path.relative(SRC, file), from: target });
    }
  }
  return found;
}

describe('layers', () => {
  it('src/domain is pure: no Teams, HTTP, database or other src layer', () => {
    const bad = importsOf('domain').filter(({ from }) => /^(botbuilder|botframework|@microsoft|express|restify|kysely|pg|better-sqlite3)/.test(from) || /^(teams|storage|dialogues|cards|notifications|export)\//.test(from));
    expect(bad).toEqual([]);
  });

  it('src/cards knows card data only: no dialogue engine, storage or Teams', () => {
    const bad = importsOf('cards').filter(({ from }) => /^(dialogues|storage|teams|notifications)\//.test(from) || /^(botbuilder|@microsoft\/teams-ai)/.test(from));
    expect(bad).toEqual([]);
  });

  it('only src/teams (and the composition root) knows botbuilder, teams-ai and the HTTP server', () => {
    const outside = ['domain', 'dialogues', 'cards', 'storage', 'qa', 'reminders', 'export'].flatMap(importsOf);
    expect(outside.filter(({ from }) => /^(botbuilder|botframework|@microsoft\/teams-ai)/.test(from))).toEqual([]);
  });
});
