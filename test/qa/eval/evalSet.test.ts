import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AREA_DOCS } from './areas';

// The evaluation set's own shape (see README.md in this folder); the Q&A engine is not imported here.
const DOC_IDS = ['000', '001', '002', '003', '004'] as const;

const factsSchema = z.array(z.array(z.string().min(1)).min(1));
const answerQuestion = z
  .object({
    id: z.string().regex(/^q\d{3}$/),
    area: z.enum(['levels_2021', 'levels_2025', 'process_001', 'checklists', 'boendestod_002', 'background_004']),
    source: z.string().regex(/^\d{3} › .+$/),
    question: z.string().min(3),
    expect: z.literal('answer'),
    facts: factsSchema.min(1),
    context: z
      .object({ modelId: z.enum(['sydvast_2021_lagenhet', 'sydvast_2021_kollektiv', 'lagenhetsboende_2025']) })
      .strict()
      .optional(),
  })
  .strict();
const declineQuestion = z
  .object({
    id: z.string().regex(/^q\d{3}$/),
    area: z.literal('out_of_scope'),
    question: z.string().min(3),
    expect: z.literal('decline'),
    facts: z.array(z.never()).length(0),
  })
  .strict();
const evalFile = z.object({ version: z.literal(1), questions: z.array(z.union([answerQuestion, declineQuestion])) }).strict();
const sectionsFile = z.record(z.enum(DOC_IDS), z.array(z.string().min(1)).min(1));

type EvalQuestion = z.infer<typeof answerQuestion> | z.infer<typeof declineQuestion>;

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(__dirname, name), 'utf8'));
}

const dev = evalFile.parse(readJson('dev.json')).questions;
const holdout = evalFile.parse(readJson('holdout.json')).questions;
const sections = sectionsFile.parse(readJson('sections.json'));
const all: readonly EvalQuestion[] = [...dev, ...holdout];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function splitSource(source: string): { doc: string; section: string } {
  const [doc = '', section = ''] = source.split(' › ');
  return { doc, section };
}

describe('Q&A evaluation set', () => {
  it('has at least 230 in-scope and 40 out-of-scope questions', () => {
    expect(all.filter((q) => q.expect === 'answer').length).toBeGreaterThanOrEqual(230);
    expect(all.filter((q) => q.expect === 'decline').length).toBeGreaterThanOrEqual(40);
  });

  it('uses each id once across dev and holdout', () => {
    const ids = all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no question twice (after folding case, diacritics and whitespace)', () => {
    const texts = all.map((q) => fold(q.question));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('splits every area roughly 60/40 between dev and holdout', () => {
    for (const area of [...Object.keys(AREA_DOCS), 'out_of_scope']) {
      const inDev = dev.filter((q) => q.area === area).length;
      const inHoldout = holdout.filter((q) => q.area === area).length;
      const share = inDev / (inDev + inHoldout);
      expect(share, area).toBeGreaterThan(0.55);
      expect(share, area).toBeLessThan(0.65);
    }
  });

  it('cites a listed section of a document that belongs to the area', () => {
    for (const q of all) {
      if (q.expect !== 'answer') continue;
      const { doc, section } = splitSource(q.source);
      expect(AREA_DOCS[q.area], q.id).toContain(doc);
      expect(sections[doc as (typeof DOC_IDS)[number]], q.id).toContain(section);
    }
  });

  it('represents every listed section of every document by at least one question', () => {
    const cited = new Set(all.flatMap((q) => (q.expect === 'answer' ? [q.source] : [])));
    for (const doc of DOC_IDS) {
      for (const section of sections[doc] ?? []) {
        expect(cited.has(`${doc} › ${section}`), `${doc} › ${section}`).toBe(true);
      }
    }
  });

  it('carries no personnummer-like number', () => {
    for (const q of all) {
      expect(JSON.stringify(q), q.id).not.toMatch(/\b\d{6}(\d{2})?[-+]?\d{4}\b/);
    }
  });
});
