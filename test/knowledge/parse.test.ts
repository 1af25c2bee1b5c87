import { describe, expect, it } from 'vitest';
import { findSection, parseSourceDocument, plainText, slugify, SourceParseError, type Block, type SourceDocument } from '../../src/knowledge';

const FRONT = ['---', 'id: "003"', 'title: "Testdokument"', 'publisher: "Göteborgs Stad, test"', 'validFrom: "2025-04-01"', 'status: "in force"', 'original: "003_x.txt"', '---'];

function parse(...body: string[]): SourceDocument {
  return parseSourceDocument([...FRONT, ...body].join('\n'), 'test.md');
}

const blocks = (document: SourceDocument): Block[] => document.sections.flatMap((section) => [...section.blocks]);

describe('front matter', () => {
  it('carries the metadata onto the document', () => {
    expect(parse('## A', 'Text.')).toMatchObject({
      id: '003',
      title: 'Testdokument',
      publisher: 'Göteborgs Stad, test',
      validFrom: '2025-04-01',
      status: 'in force',
      original: '003_x.txt',
    });
  });

  it.each([
    ['no front matter', ['## A', 'Text.'], /test\.md:1: front matter missing/],
    ['not closed', ['---', 'id: "003"', '## A'], /front matter not closed/],
    ['a line that is not key: "value"', ['---', 'id: 003', '---'], /test\.md:2: front matter line must be key: "value", got: id: 003/],
    ['a key given twice', [...FRONT.slice(0, 2), 'id: "004"', ...FRONT.slice(2)], /test\.md:3: front matter key "id" given twice/],
    ['a missing field', FRONT.filter((line) => !line.startsWith('status')), /front matter invalid – status: Required/],
    ['a wrong date', FRONT.map((line) => (line.startsWith('validFrom') ? 'validFrom: "1 april 2025"' : line)), /validFrom: validFrom must be YYYY-MM-DD/],
    ['a wrong id', FRONT.map((line) => (line.startsWith('id') ? 'id: "3"' : line)), /id: id must be three digits/],
    ['an unknown key', [...FRONT.slice(0, -1), 'validity: "x"', '---'], /front matter invalid – .*validity/],
  ])('rejects %s with a clear error', (_case, lines, message) => {
    expect(() => parseSourceDocument(lines.join('\n'), 'test.md')).toThrow(SourceParseError);
    expect(() => parseSourceDocument(lines.join('\n'), 'test.md')).toThrow(message);
  });
});

describe('headings', () => {
  const document = parse('# Titel', '## Kapitel', '### Avsnitt', 'Text.', '## Nästa kapitel', '### Avsnitt', '#### **Fet** rubrik');

  it('becomes one section per heading, with its level and path', () => {
    expect(document.sections.map((s) => [s.level, s.heading, s.headingPath.join(' › ')])).toEqual([
      [1, 'Titel', 'Titel'],
      [2, 'Kapitel', 'Titel › Kapitel'],
      [3, 'Avsnitt', 'Titel › Kapitel › Avsnitt'],
      [2, 'Nästa kapitel', 'Titel › Nästa kapitel'],
      [3, 'Avsnitt', 'Titel › Nästa kapitel › Avsnitt'],
      [4, 'Fet rubrik', 'Titel › Nästa kapitel › Avsnitt › Fet rubrik'],
    ]);
  });

  it('gives every section a stable slug, a repeated heading a numbered one', () => {
    expect(document.sections.map((s) => s.id)).toEqual(['titel', 'kapitel', 'avsnitt', 'nasta-kapitel', 'avsnitt-2', 'fet-rubrik']);
  });

  it.each([
    ['Hantering av stödnivåer – process', 'hantering-av-stodnivaer-process'],
    ['I.1 Beskrivning av planerat projekt', 'i-1-beskrivning-av-planerat-projekt'],
    ['Ett Självständigt Liv (ESL)', 'ett-sjalvstandigt-liv-esl'],
    ['– –', 'avsnitt'],
  ])('slugify(%s) = %s', (heading, slug) => {
    expect(slugify(heading)).toBe(slug);
  });

  it('puts text before the first heading in a section named after the document', () => {
    const preamble = parse('BILAGA 6', '# Titel').sections[0];
    expect(preamble).toMatchObject({ id: 'forsattsblad', level: 0, heading: 'Testdokument', headingPath: [] });
    expect(preamble?.blocks.map((b) => b.text)).toEqual(['BILAGA 6']);
  });
});

describe('blocks', () => {
  it.each([
    ['a paragraph', 'En mening. En till.', { kind: 'paragraph', text: 'En mening. En till.' }],
    ['a list item', '- Hembesök', { kind: 'listItem', text: 'Hembesök' }],
    ['a nested list item', '  - Vad kvarstår?', { kind: 'listItem', text: 'Vad kvarstår?' }],
    ['emphasis', 'Som huvudregel *dock minst en månad* och **vad** som ska göras', { text: 'Som huvudregel dock minst en månad och vad som ska göras' }],
    ['a link', '- [Direktlänk](#)', { kind: 'listItem', text: 'Direktlänk' }],
    ['an escaped star', '\\* Arbetsgruppens deltagare', { kind: 'paragraph', text: '* Arbetsgruppens deltagare' }],
    ['a lone star inside a word', 'Arbetsgrupp* med enhetschefer', { text: 'Arbetsgrupp* med enhetschefer' }],
  ])('%s', (_case, line, expected) => {
    expect(blocks(parse('## A', line))).toEqual([expect.objectContaining({ ...expected, line: FRONT.length + 2 })]);
  });

  it('keeps each line a block of its own (paragraphs are single lines)', () => {
    expect(blocks(parse('## A', 'Första.', 'Andra.', '', 'Tredje.')).map((b) => b.text)).toEqual(['Första.', 'Andra.', 'Tredje.']);
  });

  it('skips comments and rejects a comment that does not close on its line', () => {
    expect(blocks(parse('<!-- en kommentar -->', '## A', 'Text.'))).toHaveLength(1);
    expect(() => parse('## A', '<!-- öppen', '-->')).toThrow(/test\.md:10: a comment must open and close on one line/);
  });
});

describe('table rows', () => {
  const document = parse(
    '## Tabell',
    '| Nivå | Innehåll | Bedömningsstöd |',
    '| --- | --- | --- |',
    '| Låg | Fysisk tillsyn varannan vecka | Referenser |',
    '<!-- sida 4 -->',
    '| medel | Upp till tre (3) timmar \\| i veckan |  |',
    'Efter tabellen.',
    '| Utan | rubrikrad |',
  );
  const rows = blocks(document);

  it('are one block per row with their cells, the header row included', () => {
    expect(rows.map((b) => [b.kind, b.text])).toEqual([
      ['tableRow', 'Nivå | Innehåll | Bedömningsstöd'],
      ['tableRow', 'Låg | Fysisk tillsyn varannan vecka | Referenser'],
      ['tableRow', 'medel | Upp till tre (3) timmar | i veckan'],
      ['paragraph', 'Efter tabellen.'],
      ['tableRow', 'Utan | rubrikrad'],
    ]);
    expect(rows[2]?.cells).toEqual(['medel', 'Upp till tre (3) timmar | i veckan', '']);
  });

  it('carry the header of their table, across a page marker, and only within the table', () => {
    expect(rows.map((b) => b.header)).toEqual([undefined, ['Nivå', 'Innehåll', 'Bedömningsstöd'], ['Nivå', 'Innehåll', 'Bedömningsstöd'], undefined, undefined]);
  });

  it('reject a separator row without a header row', () => {
    expect(() => parse('## A', '| --- | --- |')).toThrow(/table separator row without a header row/);
  });
});

describe('page markers', () => {
  it('give the blocks after them their page', () => {
    const document = parse('## A', 'Före.', '<!-- sida 4 -->', 'På sidan fyra.', '## B', '- Också fyra', '<!-- sida 5 -->', '| x | y |');
    expect(blocks(document).map((b) => [b.text, b.page])).toEqual([
      ['Före.', undefined],
      ['På sidan fyra.', 4],
      ['Också fyra', 4],
      ['x | y', 5],
    ]);
  });
});

describe('findSection', () => {
  const document = parse('# Titel', '## I.1 Beskrivning av planerat projekt', '## 9. UPPFÖLJNING', '## Genomförandeplan');

  it.each([
    ['Genomförandeplan', 'Genomförandeplan'],
    ['I.1 Beskrivning av planerat projekt', 'I.1 Beskrivning av planerat projekt'],
    ['Beskrivning av planerat projekt', 'I.1 Beskrivning av planerat projekt'],
    ['9. UPPFÖLJNING', '9. UPPFÖLJNING'],
  ])('finds %s', (citation, heading) => {
    expect(findSection(document, citation)?.heading).toBe(heading);
  });

  it('finds nothing for a heading the document does not have, nor the preamble by title', () => {
    expect(findSection(document, 'Avsluta')).toBeUndefined();
    expect(findSection(parse('Text.'), 'Testdokument')).toBeUndefined();
  });
});

describe('plainText', () => {
  it('collapses whitespace and keeps a bare bracket text', () => {
    expect(plainText('  [Bilagor]   och  **fet**  ')).toBe('[Bilagor] och fet');
  });
});
