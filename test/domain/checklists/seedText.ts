import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES, type SourceId } from '../../../src/domain/sources';

/** The seeds live next to the repository (../shared/seeds), see src/domain/sources.ts. */
const SEEDS_DIR = join(process.cwd(), '..', 'shared', 'seeds');

const cache = new Map<SourceId, string>();

/** Collapses whitespace and drops Markdown emphasis, so phrases can be matched across line breaks. */
export function flatten(text: string): string {
  return text.normalize('NFC').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

export function seedText(source: SourceId): string {
  let text = cache.get(source);
  if (text === undefined) {
    text = flatten(readFileSync(join(SEEDS_DIR, SOURCES[source].file), 'utf8'));
    cache.set(source, text);
  }
  return text;
}
