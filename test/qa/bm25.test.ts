import { describe, expect, it } from 'vitest';
import { Bm25Index, type FieldSpec } from '../../src/qa/bm25';

const FIELDS: readonly FieldSpec[] = [
  { name: 'text', weight: 1, b: 0.5, strength: 1 },
  { name: 'head', weight: 2, b: 0, strength: 1 },
  { name: 'document', weight: 0.3, b: 0, strength: 0.5 },
];

const bag = (...terms: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};

function index(): Bm25Index {
  const i = new Bm25Index(FIELDS);
  i.add([bag('krisplan', 'kontakt', 'samtycke'), bag('genomförandeplan'), bag('handbok')]); // 0
  i.add([bag('genomförandeplan', 'krisplan'), bag('uppstartsmöte'), bag('handbok')]); // 1
  i.add([bag('hyra', 'referens', 'hyra'), bag('referenstid'), bag('stödnivå')]); // 2
  i.add([bag('hyra'), bag('uppdrag'), bag('process')]); // 3
  return i.freeze();
}

describe('BM25F index', () => {
  it('ranks a term in the weighted heading above the same term in the body', () => {
    const hits = index().search(['genomförandeplan']);
    expect(hits.map((h) => h.doc)).toEqual([0, 1]);
  });

  it('gives rare terms more weight than common ones', () => {
    const i = index();
    expect(i.idf('samtycke')).toBeGreaterThan(i.idf('hyra'));
    expect(i.search(['samtycke', 'hyra'])[0]?.doc).toBe(0);
  });

  it('reports the explained share with each field’s strength, and unknown terms weigh against it', () => {
    const i = index();
    const [full] = i.search(['krisplan', 'samtycke']);
    expect(full?.doc).toBe(0);
    expect(full?.coverage).toBeCloseTo(1, 5);
    const [viaDocument] = i.search(['handbok'], 3);
    expect(viaDocument?.coverage).toBeCloseTo(0.5, 5);
    const [withUnknown] = i.search(['samtycke', 'lösenord'], 3);
    expect(withUnknown?.coverage).toBeCloseTo(i.idf('samtycke') / (i.idf('samtycke') + 3), 5);
    expect(withUnknown?.matched).toEqual(['samtycke']);
  });

  it('marks the fields a document matched in and keeps each term’s strength', () => {
    const [hit] = index().search(['referenstid', 'stödnivå']);
    expect(hit?.doc).toBe(2);
    expect(hit?.fields).toBe((1 << 1) | (1 << 2));
    expect(hit?.strengths.get('referenstid')).toBe(1);
    expect(hit?.strengths.get('stödnivå')).toBe(0.5);
  });

  it('returns only the best `limit` documents, and nothing for terms it does not know', () => {
    const i = index();
    expect(i.search(['hyra'], 3, 1)).toHaveLength(1);
    expect(i.search(['okänt'])).toEqual([]);
    expect(i.knows('hyra')).toBe(true);
    expect(i.knows('okänt')).toBe(false);
  });

  it('refuses documents after freezing and searches before it', () => {
    const open = new Bm25Index(FIELDS);
    expect(() => open.search(['x'])).toThrow(/freeze/);
    const frozen = index();
    expect(() => frozen.add([bag(), bag(), bag()])).toThrow(/frozen/);
    expect(() => new Bm25Index(FIELDS).add([bag()])).toThrow(/3 fields/);
  });
});
