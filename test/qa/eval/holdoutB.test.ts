import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSection, sourceDocuments } from '../../../src/knowledge';
import { setFileSchema } from '../../../src/qa/evalSet';
import { AREA_DOCS } from './areas';

// Held-out part B (README.md in this folder): its own shape; the Q&A engine is not imported here.

const questions = setFileSchema.parse(JSON.parse(readFileSync(path.join(__dirname, 'holdout-b.json'), 'utf8'))).questions;
const others = ['dev.json', 'holdout.json'].flatMap(
  (name) => setFileSchema.parse(JSON.parse(readFileSync(path.join(__dirname, name), 'utf8'))).questions,
);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('held-out part B', () => {
  it('has at least 100 in-scope and 20 out-of-scope questions with ids b001…', () => {
    expect(questions.filter((q) => q.expect === 'answer').length).toBeGreaterThanOrEqual(100);
    expect(questions.filter((q) => q.expect === 'decline').length).toBeGreaterThanOrEqual(20);
    for (const q of questions) expect(q.id).toMatch(/^b\d{3}$/);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('shares no question with the other parts', () => {
    const seen = new Set(others.map((q) => fold(q.question)));
    for (const q of questions) expect(seen.has(fold(q.question)), q.id).toBe(false);
  });

  it('cites, for every in-scope question, a section that exists in a document of its area', () => {
    const documents = new Map(sourceDocuments().map((d) => [d.id, d]));
    for (const q of questions) {
      if (q.expect !== 'answer') {
        expect(q.facts, q.id).toEqual([]);
        continue;
      }
      const [doc = '', heading = ''] = (q.source ?? '').split(' › ');
      expect(AREA_DOCS[q.area], q.id).toContain(doc);
      const document = documents.get(doc);
      expect(document && findSection(document, heading), q.id).toBeTruthy();
      expect(q.facts.length, q.id).toBeGreaterThan(0);
    }
  });

  it('covers every document', () => {
    const cited = new Set(questions.flatMap((q) => (q.source ? [q.source.slice(0, 3)] : [])));
    expect([...cited].sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it('carries no personnummer-like number', () => {
    for (const q of questions) expect(JSON.stringify(q), q.id).not.toMatch(/\b\d{6}(\d{2})?[-+]?\d{4}\b/);
  });
});
