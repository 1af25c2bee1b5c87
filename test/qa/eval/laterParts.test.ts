import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSection, sourceDocuments } from '../../../src/knowledge';
import { setFileSchema } from '../../../src/qa/evalSet';
import { AREA_DOCS } from './areas';

// The parts written later by other authors (README.md in this folder): development parts B–R, the out-of-scope part
// and held-out part B. Their own shape; the Q&A engine is not imported here.

const read = (name: string) => setFileSchema.parse(JSON.parse(readFileSync(path.join(__dirname, name), 'utf8'))).questions;
const PARTS = [
  { file: 'holdout-b.json', idPattern: /^b\d{3}$/, minInScope: 100, minOutOfScope: 20 },
  { file: 'dev-b.json', idPattern: /^d\d{3}$/, minInScope: 150, minOutOfScope: 25 },
  { file: 'dev-c.json', idPattern: /^c\d{3}$/, minInScope: 200, minOutOfScope: 25 },
  { file: 'dev-d.json', idPattern: /^e\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-e.json', idPattern: /^f\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-f.json', idPattern: /^g\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-g.json', idPattern: /^h\d{3}$/, minInScope: 170, minOutOfScope: 25 },
  { file: 'dev-h.json', idPattern: /^i\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-i.json', idPattern: /^j\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-j.json', idPattern: /^k\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-k.json', idPattern: /^l\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-l.json', idPattern: /^m\d{3}$/, minInScope: 175, minOutOfScope: 20 },
  { file: 'dev-m.json', idPattern: /^n\d{3}$/, minInScope: 200, minOutOfScope: 20 },
  { file: 'dev-n.json', idPattern: /^p\d{3}$/, minInScope: 190, minOutOfScope: 20 },
  { file: 'dev-o.json', idPattern: /^s\d{3}$/, minInScope: 200, minOutOfScope: 20 },
  { file: 'dev-p.json', idPattern: /^t\d{3}$/, minInScope: 190, minOutOfScope: 20 },
  { file: 'dev-q.json', idPattern: /^u\d{3}$/, minInScope: 190, minOutOfScope: 20 },
  { file: 'dev-r.json', idPattern: /^v\d{3}$/, minInScope: 180, minOutOfScope: 20 },
  { file: 'dev-s.json', idPattern: /^w\d{3}$/, minInScope: 180, minOutOfScope: 25 },
  { file: 'dev-t.json', idPattern: /^x\d{3}$/, minInScope: 180, minOutOfScope: 20 },
  // Part U's four authors were given the level, process and handbook documents only.
  { file: 'dev-u.json', idPattern: /^y\d{3}$/, minInScope: 180, minOutOfScope: 25, documents: ['000', '001', '002', '003'] },
  { file: 'dev-v.json', idPattern: /^z\d{3}$/, minInScope: 165, minOutOfScope: 30 },
  { file: 'dev-w.json', idPattern: /^a\d{3}$/, minInScope: 155, minOutOfScope: 45 },
] as const;
const FILES = ['dev.json', 'holdout.json', 'holdout-b.json', 'dev-b.json', 'dev-c.json', 'dev-d.json', 'dev-e.json', 'dev-f.json', 'dev-g.json', 'dev-h.json', 'dev-i.json', 'dev-j.json', 'dev-k.json', 'dev-l.json', 'dev-m.json', 'dev-n.json', 'dev-o.json', 'dev-p.json', 'dev-q.json', 'dev-r.json', 'dev-s.json', 'dev-t.json', 'dev-u.json', 'dev-v.json', 'dev-w.json', 'dev-oos.json', 'dev-oos-b.json'];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

describe.each(PARTS)('$file', ({ file, idPattern, minInScope, minOutOfScope, ...part }) => {
  const questions = read(file);
  const others = FILES.filter((f) => f !== file).flatMap(read);

  it('has enough in-scope and out-of-scope questions, with ids of its own', () => {
    expect(questions.filter((q) => q.expect === 'answer').length).toBeGreaterThanOrEqual(minInScope);
    expect(questions.filter((q) => q.expect === 'decline').length).toBeGreaterThanOrEqual(minOutOfScope);
    for (const q of questions) expect(q.id).toMatch(idPattern);
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

  it('covers every document its authors were given', () => {
    const cited = new Set(questions.flatMap((q) => (q.source ? [q.source.slice(0, 3)] : [])));
    expect([...cited].sort()).toEqual('documents' in part ? part.documents : ['000', '001', '002', '003', '004']);
  });

  it('carries no personnummer-like number', () => {
    for (const q of questions) expect(JSON.stringify(q), q.id).not.toMatch(/\b\d{6}(\d{2})?[-+]?\d{4}\b/);
  });
});

describe.each([
  { file: 'dev-oos.json', idPattern: /^o\d{3}$/ },
  { file: 'dev-oos-b.json', idPattern: /^r\d{3}$/ },
])('$file (out-of-scope questions only)', ({ file, idPattern }) => {
  const questions = read(file);
  const others = FILES.filter((f) => f !== file).flatMap(read);

  it('has at least 100 questions, every one to be declined, with ids of its own', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    for (const q of questions) {
      expect(q.id).toMatch(idPattern);
      expect(q.expect, q.id).toBe('decline');
      expect(q.area, q.id).toBe('out_of_scope');
      expect(q.facts, q.id).toEqual([]);
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('shares no question with the other parts', () => {
    const seen = new Set(others.map((q) => fold(q.question)));
    for (const q of questions) expect(seen.has(fold(q.question)), q.id).toBe(false);
  });

  it('carries no personnummer-like number', () => {
    for (const q of questions) expect(JSON.stringify(q), q.id).not.toMatch(/\b\d{6}(\d{2})?[-+]?\d{4}\b/);
  });
});
