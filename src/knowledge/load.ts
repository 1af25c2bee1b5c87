import fs from 'node:fs';
import path from 'node:path';
import { SOURCES, type SourceId } from '../domain/sources';
import type { SourceDocument } from './document';
import { parseSourceDocument } from './parse';

export const SOURCE_IDS = Object.freeze(Object.keys(SOURCES) as SourceId[]);

/**
 * knowledge/sources next to the package.json above `start`: the same folder from src/ (vitest, tsx)
 * and from dist/src/ (npm run start:prod), and in the deployed zip (see .webappignore).
 */
export function findSourcesDirectory(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'knowledge', 'sources');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`knowledge/sources directory not found next to a package.json above ${start}`);
    dir = parent;
  }
}

/** Reads and parses the five shipped source documents (small files, read synchronously once). */
export function loadSourceDocuments(directory: string = findSourcesDirectory()): readonly SourceDocument[] {
  return Object.freeze(
    SOURCE_IDS.map((id) => {
      const file = path.join(directory, path.basename(SOURCES[id].file));
      const document = parseSourceDocument(fs.readFileSync(file, 'utf8'), `knowledge/sources/${id}.md`);
      if (document.id !== id) throw new Error(`knowledge/sources/${id}.md: front matter id is "${document.id}", expected "${id}"`);
      return document;
    }),
  );
}

let cached: readonly SourceDocument[] | undefined;

/** The five documents, loaded on first use and shared afterwards. */
export function sourceDocuments(): readonly SourceDocument[] {
  return (cached ??= loadSourceDocuments());
}

export function sourceDocument(id: SourceId): SourceDocument {
  const document = sourceDocuments().find((candidate) => candidate.id === id);
  if (!document) throw new Error(`source document ${id} not loaded`);
  return document;
}
