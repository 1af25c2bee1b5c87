import { z } from 'zod';
import type { Block, Section, SourceDocument, SourceMetadata } from './document';

export class SourceParseError extends Error {
  constructor(source: string, line: number, message: string) {
    super(`${source}:${line}: ${message}`);
    this.name = 'SourceParseError';
  }
}

const metadataSchema = z
  .object({
    id: z.string().regex(/^\d{3}$/, 'id must be three digits, e.g. "003"'),
    title: z.string().min(1),
    publisher: z.string().min(1),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validFrom must be YYYY-MM-DD'),
    status: z.string().min(1),
    /** The status in Swedish, as the bot says it ("Beslutad 4 juni 2024 och gäller tills vidare."). */
    statusSv: z.string().min(1).optional(),
    original: z.string().min(1),
  })
  .strict();

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const LIST_ITEM = /^\s*-\s+(.+)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;
const PAGE = /^<!--\s*sida\s+(\d+)\s*-->$/;
const COMMENT = /^<!--[\s\S]*?-->$/;

/** Markdown emphasis, links and escapes removed; whitespace collapsed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/\\([|*\\[\]])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cells of a `| a | b |` row; `\|` inside a cell is a literal bar. */
export function tableCells(row: string): string[] {
  const inner = TABLE_ROW.exec(row)?.[1] ?? '';
  return inner.split(/(?<!\\)\|/).map((cell) => plainText(cell));
}

/** A stable, readable id: ASCII-folded lower case, words joined by "-". */
export function slugify(heading: string): string {
  const slug = heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'avsnitt';
}

interface Split {
  readonly metadata: SourceMetadata;
  readonly bodyStart: number;
}

function splitFrontMatter(lines: readonly string[], source: string): Split {
  if (lines[0]?.trim() !== '---') throw new SourceParseError(source, 1, 'front matter missing: the file must start with a "---" line');
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new SourceParseError(source, 1, 'front matter not closed: no second "---" line');
  const fields: Record<string, string> = {};
  for (let index = 1; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (!line.trim()) continue;
    const match = /^([A-Za-z]+):\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(line);
    if (!match) throw new SourceParseError(source, index + 1, `front matter line must be key: "value", got: ${line}`);
    const [, key = '', value = ''] = match;
    if (key in fields) throw new SourceParseError(source, index + 1, `front matter key "${key}" given twice`);
    fields[key] = value.replace(/\\(.)/g, '$1');
  }
  const parsed = metadataSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`);
    throw new SourceParseError(source, 1, `front matter invalid – ${problems.join('; ')}`);
  }
  return { metadata: parsed.data, bodyStart: end + 1 };
}

interface OpenSection {
  id: string;
  headingPath: string[];
  heading: string;
  level: number;
  line: number;
  blocks: Block[];
}

/**
 * Parses one knowledge/sources/<id>.md file. Every non-empty line outside the front matter and
 * comments becomes exactly one heading or block; anything else is an error, so no text is lost.
 */
export function parseSourceDocument(text: string, source = 'source'): SourceDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { metadata, bodyStart } = splitFrontMatter(lines, source);
  const sections: OpenSection[] = [];
  const usedIds = new Map<string, number>();
  const path: { level: number; heading: string }[] = [];
  let page: number | undefined;
  let header: string[] | undefined;
  let previousRow: { cells: string[] } | undefined;

  const current = (line: number): OpenSection => {
    const last = sections[sections.length - 1];
    if (last) return last;
    const preamble: OpenSection = { id: 'forsattsblad', headingPath: [], heading: metadata.title, level: 0, line, blocks: [] };
    usedIds.set(preamble.id, 1);
    sections.push(preamble);
    return preamble;
  };
  const push = (line: number, block: Omit<Block, 'line' | 'page'>): void => {
    current(line).blocks.push({ ...block, ...(page === undefined ? {} : { page }), line });
  };

  for (let index = bodyStart; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const lineNumber = index + 1;
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('<!--')) {
      // A page marker between two rows does not end the table (its header still applies).
      const pageMatch = PAGE.exec(line);
      if (pageMatch) page = Number(pageMatch[1]);
      else if (!COMMENT.test(line)) throw new SourceParseError(source, lineNumber, 'a comment must open and close on one line');
      continue;
    }
    const isRow = TABLE_ROW.test(raw);
    if (!isRow) {
      previousRow = undefined;
      header = undefined;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const title = plainText(heading[2] ?? '');
      while (path.length && (path[path.length - 1]?.level ?? 0) >= level) path.pop();
      path.push({ level, heading: title });
      const base = slugify(title);
      const seen = usedIds.get(base) ?? 0;
      usedIds.set(base, seen + 1);
      sections.push({ id: seen ? `${base}-${seen + 1}` : base, headingPath: path.map((p) => p.heading), heading: title, level, line: lineNumber, blocks: [] });
      continue;
    }
    if (TABLE_SEPARATOR.test(raw)) {
      if (!previousRow) throw new SourceParseError(source, lineNumber, 'table separator row without a header row above it');
      header = previousRow.cells;
      continue;
    }
    if (isRow) {
      const cells = tableCells(raw);
      push(lineNumber, { kind: 'tableRow', text: cells.filter(Boolean).join(' | '), cells, ...(header ? { header } : {}) });
      previousRow = { cells };
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      push(lineNumber, { kind: 'listItem', text: plainText(item[1] ?? '') });
      continue;
    }
    push(lineNumber, { kind: 'paragraph', text: plainText(line) });
  }
  return Object.freeze({ ...metadata, sections: sections.map((section) => Object.freeze({ ...section, blocks: Object.freeze(section.blocks) })) });
}

const LEADING_NUMBER = /^(?:[0-9]+|[IVX]+)(?:\.[0-9]+)*\.?\s+(?=\p{L})/u;

/** A heading compared without case, spacing and leading numbering ("I.1", "2.1", "9."). */
export function headingKey(heading: string): string {
  return plainText(heading).normalize('NFC').replace(LEADING_NUMBER, '').replace(/\s+/g, ' ').toLowerCase().trim();
}

/**
 * The section a citation's section text names: the exact heading, else the heading without its
 * numbering (citations write "Beskrivning av planerat projekt" for 004's "I.1 Beskrivning …").
 */
export function findSection(document: SourceDocument, heading: string): Section | undefined {
  const exact = document.sections.find((section) => section.level > 0 && section.heading === heading);
  if (exact) return exact;
  const key = headingKey(heading);
  return document.sections.find((section) => section.level > 0 && headingKey(section.heading) === key);
}
