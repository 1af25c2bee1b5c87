import type { SourceId } from '../../../src/domain/sources';
import { sourceDocuments } from '../../../src/knowledge';

/** The shipped sources (knowledge/sources), see src/domain/sources.ts. */
const cache = new Map<SourceId, string>();

/** Collapses whitespace and drops Markdown emphasis, so phrases can be matched across line breaks. */
export function flatten(text: string): string {
  return text.normalize('NFC').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/** A document's headings and text, flattened. */
export function seedText(source: SourceId): string {
  let text = cache.get(source);
  if (text === undefined) {
    const document = sourceDocuments().find((d) => d.id === source);
    if (!document) throw new Error(`no shipped source ${source}`);
    text = flatten(document.sections.map((s) => [s.heading, ...s.blocks.map((b) => b.text)].join(' ')).join(' '));
    cache.set(source, text);
  }
  return text;
}
