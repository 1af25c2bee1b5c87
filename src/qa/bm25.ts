/**
 * A small BM25F index (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and
 * Beyond", 2009): every document has weighted fields, each field's term frequency is length-
 * normalised on its own and the weighted sum is saturated once. All per-term, per-document
 * contributions are computed when the index is frozen, so a search only adds numbers up.
 *
 * Besides the score, a search reports how much of the question each document explains: the
 * inverse-document-frequency mass of the matched terms, each matched term counted with the
 * strength of the strongest field it matched in (a word in the passage itself counts fully, a
 * word only in the surrounding section or the document's name counts less).
 */

/** Term → frequency; fractional frequencies are allowed (e.g. compound parts count less). */
export type TermBag = ReadonlyMap<string, number>;

export interface FieldSpec {
  readonly name: string;
  /** How much a term in this field adds to the weighted frequency. */
  readonly weight: number;
  /** Length normalisation (0 = none, 1 = full). */
  readonly b: number;
  /** How much a match in this field alone counts towards the question's explained share (0–1). */
  readonly strength: number;
}

export interface Bm25Options {
  readonly k1?: number;
}

interface Posting {
  readonly doc: number;
  readonly weight: number;
  readonly strength: number;
  /** Bit f is set when the term occurs in field f. */
  readonly fields: number;
}

export interface ScoredDoc {
  readonly doc: number;
  readonly score: number;
  /** Share (0–1) of the query's idf mass this document explains. */
  readonly coverage: number;
  /** Query terms the document matched, each with the strength of the strongest field it matched in. */
  readonly strengths: ReadonlyMap<string, number>;
  /** Query terms the document matched. */
  readonly matched: readonly string[];
  /** Bit f is set when some query term occurs in field f. */
  readonly fields: number;
}

const DEFAULT_K1 = 1.2;

export class Bm25Index {
  private readonly k1: number;
  private readonly docs: (readonly TermBag[])[] = [];
  private postings = new Map<string, readonly Posting[]>();
  private idfs = new Map<string, number>();
  private maxIdf = 0;
  private frozen = false;

  constructor(
    private readonly fields: readonly FieldSpec[],
    options: Bm25Options = {},
  ) {
    this.k1 = options.k1 ?? DEFAULT_K1;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Adds a document (one bag per field, in the order of the field specs); returns its number. */
  add(bags: readonly TermBag[]): number {
    if (this.frozen) throw new Error('bm25: the index is frozen');
    if (bags.length !== this.fields.length) throw new Error(`bm25: expected ${this.fields.length} fields, got ${bags.length}`);
    this.docs.push(bags);
    return this.docs.length - 1;
  }

  /** Computes idf and every posting's contribution; no documents can be added afterwards. */
  freeze(): this {
    const n = this.docs.length;
    const averages = this.fields.map((_, f) => this.docs.reduce((sum, bags) => sum + bagLength(bags[f]), 0) / Math.max(1, n) || 1);
    const lists = new Map<string, Posting[]>();
    const df = new Map<string, number>();
    this.docs.forEach((bags, doc) => {
      const weighted = new Map<string, { x: number; strength: number; fields: number }>();
      bags.forEach((bag, f) => {
        const field = this.fields[f];
        if (!field) return;
        const norm = 1 - field.b + field.b * (bagLength(bag) / (averages[f] ?? 1));
        for (const [term, tf] of bag) {
          const entry = weighted.get(term) ?? { x: 0, strength: 0, fields: 0 };
          entry.x += (field.weight * tf) / norm;
          entry.strength = Math.max(entry.strength, field.strength);
          entry.fields |= 1 << f;
          weighted.set(term, entry);
        }
      });
      for (const [term, { x, strength, fields }] of weighted) {
        df.set(term, (df.get(term) ?? 0) + 1);
        const list = lists.get(term) ?? [];
        list.push({ doc, weight: x / (this.k1 + x), strength, fields });
        lists.set(term, list);
      }
    });
    for (const [term, count] of df) {
      const idf = Math.log(1 + (n - count + 0.5) / (count + 0.5));
      this.idfs.set(term, idf);
      this.maxIdf = Math.max(this.maxIdf, idf);
    }
    this.postings = new Map([...lists].map(([term, list]) => [term, list.map((p) => ({ ...p, weight: p.weight * (this.idfs.get(term) ?? 0) }))]));
    this.frozen = true;
    return this;
  }

  knows(term: string): boolean {
    return this.idfs.has(term);
  }

  /** A term no document has weighs `unknownIdf` (default: as much as the rarest known one). */
  idf(term: string, unknownIdf = this.maxIdf): number {
    return this.idfs.get(term) ?? unknownIdf;
  }

  /**
   * The `limit` best documents that match at least one term, best first. `unknownIdf` is what a
   * query term no document has weighs against coverage.
   */
  search(terms: readonly string[], unknownIdf = this.maxIdf, limit = Number.POSITIVE_INFINITY): ScoredDoc[] {
    if (!this.frozen) throw new Error('bm25: freeze() the index before searching');
    const unique = [...new Set(terms)];
    const n = this.docs.length;
    const t = unique.length;
    const total = unique.reduce((sum, term) => sum + this.idf(term, unknownIdf), 0);
    // Flat accumulators: one score and field mask per document, one strength per document and term.
    const scores = new Float64Array(n);
    const fields = new Int32Array(n);
    const strengths = new Float32Array(n * t);
    const touched: number[] = [];
    unique.forEach((term, i) => {
      const list = this.postings.get(term);
      if (!list) return;
      for (const p of list) {
        if (fields[p.doc] === 0 && scores[p.doc] === 0) touched.push(p.doc);
        scores[p.doc] = (scores[p.doc] ?? 0) + p.weight;
        fields[p.doc] = (fields[p.doc] ?? 0) | p.fields;
        strengths[p.doc * t + i] = p.strength;
      }
    });
    touched.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    const top = touched.length > limit ? touched.slice(0, limit) : touched;
    return top.map((doc) => {
      const strengthOf = new Map<string, number>();
      const matched: string[] = [];
      let explained = 0;
      unique.forEach((term, i) => {
        const strength = strengths[doc * t + i] ?? 0;
        if (strength <= 0) return;
        strengthOf.set(term, strength);
        matched.push(term);
        explained += this.idf(term, unknownIdf) * strength;
      });
      return { doc, score: scores[doc] ?? 0, coverage: total > 0 ? explained / total : 0, strengths: strengthOf, matched, fields: fields[doc] ?? 0 };
    });
  }
}

function bagLength(bag: TermBag | undefined): number {
  let sum = 0;
  if (bag) for (const v of bag.values()) sum += v;
  return sum;
}
