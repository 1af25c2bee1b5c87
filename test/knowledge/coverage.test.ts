import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES, type SourceId } from '../../src/domain/sources';
import { findSourcesDirectory, sourceDocument, type SourceDocument } from '../../src/knowledge';

/**
 * No part of a shipped document is left out of the parsed passages: checked against the raw file
 * with rules of its own (not the parser's), line by line and as a whole.
 */
const words = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
/** Link targets are markup: a block keeps the link text only. */
const withoutLinkTargets = (text: string): string => text.replace(/\]\([^)]*\)/g, ']');

interface ContentLine {
  readonly line: number;
  readonly text: string;
}

/** Lines that carry document text: outside the front matter, not blank, not a comment, not a table rule. */
function contentLines(raw: string): ContentLine[] {
  const lines = raw.split('\n');
  const frontEnd = lines.indexOf('---', 1);
  return lines
    .map((text, index) => ({ line: index + 1, text: withoutLinkTargets(text.trim()) }))
    .filter(({ line, text }) => line > frontEnd + 1 && text !== '' && !/^<!--.*-->$/.test(text) && !/^\|( *-{3,} *\|)+$/.test(text));
}

/** Every heading and block of the parsed document, keyed by its line. */
function parsedByLine(document: SourceDocument): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  const add = (line: number, text: string) => byLine.set(line, [...(byLine.get(line) ?? []), text]);
  for (const section of document.sections) {
    if (section.level > 0) add(section.line, section.heading);
    for (const block of section.blocks) add(block.line, block.kind === 'tableRow' ? (block.cells ?? []).join(' ') : block.text);
  }
  return byLine;
}

describe.each(Object.keys(SOURCES) as SourceId[])('knowledge/sources/%s.md is indexed completely', (id) => {
  const raw = readFileSync(path.join(findSourcesDirectory(), `${id}.md`), 'utf8');
  const document = sourceDocument(id);
  const lines = contentLines(raw);
  const parsed = parsedByLine(document);

  it('every content line is exactly one heading or block, with the same words', () => {
    const mismatches = lines.flatMap(({ line, text }) => {
      const items = parsed.get(line) ?? [];
      if (items.length !== 1) return [`line ${line}: ${items.length} parsed items for "${text.slice(0, 60)}"`];
      const expected = words(text.replace(/^#+\s+|^-\s+/, ''));
      return expected.join(' ') === words(items[0] ?? '').join(' ') ? [] : [`line ${line}: words differ`];
    });
    expect(mismatches).toEqual([]);
  });

  it('nothing is parsed from a line that is not content', () => {
    const contentLineNumbers = new Set(lines.map((l) => l.line));
    expect([...parsed.keys()].filter((line) => !contentLineNumbers.has(line))).toEqual([]);
  });

  it('the text of all headings and blocks, in order, is the document text', () => {
    const fromFile = lines.flatMap(({ text }) => words(text));
    const fromParse = [...parsed.entries()].sort(([a], [b]) => a - b).flatMap(([, items]) => items.flatMap(words));
    expect(fromParse).toEqual(fromFile);
    expect(fromParse.length).toBeGreaterThan(1000);
  });

  it('every block has text, and every section a heading', () => {
    for (const section of document.sections) {
      expect(section.heading).not.toBe('');
      for (const block of section.blocks) expect(block.text, `${id}:${block.line}`).not.toBe('');
    }
  });
});
