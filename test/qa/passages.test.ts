import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceDocuments } from '../../src/knowledge';
import { answerBody, createQa } from '../../src/qa';
import { buildPassages } from '../../src/qa/passages';

const qa = createQa();
const documents = sourceDocuments();

describe('every part of the five documents is indexed', () => {
  it('makes every block of every section a passage, retrievable by its id through its section', () => {
    const { passages } = buildPassages(documents);
    const blocks = documents.flatMap((d) => d.sections.flatMap((s) => s.blocks.map((b, n) => ({ d, s, b, n }))));
    // One passage per block, plus one per document for its front matter.
    expect(passages).toHaveLength(blocks.length + documents.length);
    expect(qa.passages).toHaveLength(blocks.length + documents.length);
    const ids = new Set(qa.passages.map((p) => p.id));
    for (const { d, s, n } of blocks) expect(ids.has(`passage.${d.id}.${s.id}.${n}`)).toBe(true);
    for (const passage of qa.passages) {
      const section = qa.topic(passage.sectionTopicId);
      expect(section, passage.id).toBeDefined();
      expect(section?.quotes?.map((q) => q.text)).toContain(passage.text);
    }
  });

  it('finds a passage from its own words (a sample from every document)', () => {
    for (const document of documents) {
      const section = document.sections.find((s) => s.blocks.some((b) => b.kind === 'paragraph' && b.text.length > 80));
      const block = section?.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 80);
      expect(block, document.id).toBeDefined();
      const answer = qa.answer(block!.text.slice(0, 300));
      expect(answer.kind, `${document.id}: ${block!.text}`).toBe('answer');
    }
  });

  it('quotes only text of the documents under a passage answer', () => {
    const answer = qa.answer('vad är ESL för något?');
    expect(answer.kind).toBe('answer');
    const all = new Set(qa.passages.map((p) => p.text));
    if (answer.kind === 'answer') for (const quote of answer.quotes ?? []) expect(all.has(quote.text)).toBe(true);
    expect(answerBody(answer)).toContain('Ett Självständigt Liv');
  });
});

describe('the evaluation set covers every section', () => {
  const evalDir = path.join(__dirname, 'eval');
  const read = (name: string): { questions: { source?: string }[] } => JSON.parse(readFileSync(path.join(evalDir, name), 'utf8'));
  const sources = new Set([...read('dev.json').questions, ...read('holdout.json').questions].flatMap((q) => (q.source ? [q.source] : [])));
  const sectionsFile = JSON.parse(readFileSync(path.join(evalDir, 'sections.json'), 'utf8')) as Record<string, string[]>;

  it('names only headings the shipped documents have', () => {
    const headings = new Set(documents.flatMap((d) => d.sections.map((s) => `${d.id} › ${s.heading}`)));
    const unknown = [...sources].filter((s) => !headings.has(s));
    expect(unknown).toEqual([]);
  });

  it('has a question for every shipped section with text, except those the set lists as having none', () => {
    const listed = new Set(Object.entries(sectionsFile).flatMap(([doc, headings]) => headings.map((h) => `${doc} › ${h}`)));
    const withText = documents.flatMap((d) => d.sections.filter((s) => s.blocks.length > 0).map((s) => `${d.id} › ${s.heading}`));
    const uncovered = withText.filter((s) => !sources.has(s) && listed.has(s));
    expect(uncovered).toEqual([]);
    // Sections whose only blocks are slide labels or a title page ("Likvärdig service oberoende av
    // var man bor", "STADSLEDNINGSKONTORET"): nothing to ask about, so the examiner left them out.
    const labelOnly = ['001 › Göteborg – en stad för alla', '001 › Flytta in', '001 › Följa upp (handläggare)', '004 › Boendestöd på stödboende'];
    const notListed = [...new Set(withText.filter((s) => !listed.has(s)))];
    expect(notListed.sort()).toEqual([...labelOnly].sort());
  });
});
