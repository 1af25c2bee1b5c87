/**
 * Swedish text analysis for the question index: normalise, tokenise, drop stop words, rewrite
 * synonyms, stem, and — for question words the index has never seen — undo missing diacritics
 * and split compounds against the index vocabulary. Index and questions go through the same
 * steps, so "genomförandeplanens", "GP:n" and "genomforandeplan" all meet "genomförandeplan".
 */
import { stemmer as snowball } from '@orama/stemmers/swedish';
import SearchableMap from 'minisearch/SearchableMap';
import { CHAT_SHORTHAND, NUMBER_WORDS, PHRASE_SYNONYMS, STEM_OVERRIDES, STOPWORDS, SYNONYM_GROUPS } from './lexicon';

/** Lower case, NFC, å/ä/ö kept, other accents dropped, dashes and punctuation made spaces, chat shorthand written out. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[éèêë]/g, 'e')
    .replace(/[áàâ]/g, 'a')
    .replace(/ü/g, 'u')
    .replace(/[–—‐-]/g, ' ')
    .replace(/[^\p{L}\p{N}:]+/gu, ' ')
    .replace(/(\p{L}):(\p{L}+)/gu, '$1') // "GP:n", "sms:a" → "gp", "sms"
    .replace(/:/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(CHAT_WORDS, (w) => CHAT_SHORTHAND[w] ?? w);
}

const CHAT_WORDS = new RegExp(`(?<=^| )(?:${Object.keys(CHAT_SHORTHAND).join('|')})(?= |$)`, 'g');

/** A pattern's å, ä, ö also match a, a, o (outside character classes): "med stöd" and "med stod". */
function foldTolerant(pattern: RegExp): RegExp {
  let source = '';
  let inClass = false;
  for (const c of pattern.source) {
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    source += !inClass && /[åäö]/.test(c) ? `[${c}${foldDiacritics(c)}]` : c;
  }
  return new RegExp(source, pattern.flags);
}

/** The phrase synonyms, matching text typed with or without å, ä, ö ("följ upp", "folj upp"). */
const PHRASES: readonly (readonly [RegExp, string])[] = PHRASE_SYNONYMS.map(([pattern, replacement]) => [foldTolerant(pattern), replacement] as const);

/** Words of normalised text, phrase synonyms already applied. */
/**
 * Texts already read: an answer reads the documents' sentences again and again (quotes, best
 * sentence), and every phrase rule is a regular expression to run.
 */
const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 10_000;

export function tokenize(text: string): string[] {
  const cached = tokenCache.get(text);
  if (cached) return [...cached];
  let normalized = normalizeText(text);
  for (const [pattern, replacement] of PHRASES) {
    const replaced = normalized.replace(pattern, replacement);
    // A phrase read away leaves one space, so the phrases after it see words as typed ("min chef ‹…› undrar").
    if (replaced !== normalized) normalized = replaced.replace(/\s+/g, ' ').trim();
  }
  const tokens = normalized.split(' ').filter((t) => t.length > 0);
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(text, tokens);
  return [...tokens];
}

/** å→a, ä→a, ö→o: how Swedish is typed on a keyboard without them. */
export function foldDiacritics(word: string): string {
  return word.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

/** Definite and genitive endings Snowball leaves on (besöket, nivån, veckans), longest first. */
const EXTRA_ENDINGS = ['ena', 'ets', 'ens', 'na', 'ns', 'ts', 'et', 'en', 'n', 't', 's'] as const;
const MIN_STEM_LENGTH = 3;
const DIACRITIC = /[åäö]/;
const MIN_COMPOUND_PART = 3;
/** Typos corrected against known words: one edit from 5 letters, two from 8. */
const TYPO_MIN_LENGTH = 5;
const TYPO_TWO_EDITS_LENGTH = 8;
const QUERY_CACHE_LIMIT = 5000;
/** Unknown words this long may be completed to a known word that starts with them. */
const PREFIX_MIN_LENGTH = 5;
/** A misspelt word's stem that starts a known word ("uppföljnigen" → "uppföljn…" → uppföljning): from this length. */
const STEM_COMPLETION_MIN_LENGTH = 7;
/** An ending this long, on a word the texts never write, may be a slip inside a known word instead. */
const LONG_ENDING = 5;
const MAX_COMPLETION = 4;
/** Marks a correction that lands on a stop word: the word is dropped. */
const STOP = '';

export function snowballStem(word: string): string {
  return STEM_OVERRIDES[word] ?? snowball(word);
}

export interface AnalyzedTerm {
  /** The normalised word the term came from (a compound part for split words). */
  readonly surface: string;
  readonly term: string;
  /** The word was unknown and taken for a known word one or two edits away (a guess). */
  readonly corrected?: boolean;
}

/**
 * Words that are common Swedish words as typed, though they are also another word without its
 * å, ä, ö ("satt" sat / sätt, "andra" other / ändra): read as typed unless a phrase says otherwise
 * (./lexicon PHRASE_SYNONYMS: "andra nivån", "kan det inga").
 */
const WORDS_AS_TYPED: ReadonlySet<string> = new Set(['satt', 'inga', 'andra', 'lag', 'far', 'gar', 'mal', 'ova']);

/**
 * Stateless until `learn()` is given the index text; after that, stems are chosen to meet the
 * vocabulary (e.g. "nivån" → "stödnivå" when "nivå" is known) and unknown question words may be
 * folded or decompounded.
 */
export class SwedishAnalyzer {
  private readonly stopwords: ReadonlySet<string>;
  /** Snowball stem of a synonym member → the canonical term(s). */
  private readonly synonymStems = new Map<string, string>();
  private readonly canonicalTerms = new Set<string>();
  private vocabulary: ReadonlySet<string> = new Set();
  /** Folded surface word or term → term, for questions typed without å/ä/ö. */
  private foldedSurface = new Map<string, string>();
  /** The same terms, searchable within an edit (see correctStem). */
  private ownStems = new SearchableMap<string>();
  /** Terms of the documents' and topics' own words (not only of the staff's phrasings). */
  private ownTerms: ReadonlySet<string> = new Set();
  /** Every word of the learned texts as written. */
  private surfaceWords: ReadonlySet<string> = new Set();
  /** Every word of the documents' and topics' own texts as written. */
  private ownSurfaceWords: ReadonlySet<string> = new Set();
  /** The documents' words with å, ä or ö, as typed without them ("stod" for "stöd"). */
  private foldedOwnWords: ReadonlySet<string> = new Set();
  /** Known surface words (index words, synonym members, stop words) → term, for typo correction. */
  private surfaces = new SearchableMap<string>();
  private readonly queryCache = new Map<string, readonly AnalyzedTerm[]>();
  /** stemWord results for the current vocabulary (the index text repeats its words many times). */
  private readonly stemCache = new Map<string, string>();

  constructor() {
    const stop = new Set<string>();
    for (const w of STOPWORDS) {
      stop.add(w);
      stop.add(foldDiacritics(w));
    }
    this.stopwords = stop;
    for (const group of SYNONYM_GROUPS) {
      const canonical = group[0];
      if (canonical === undefined) continue;
      const canonicalStem = snowballStem(canonical);
      this.canonicalTerms.add(canonicalStem);
      for (const member of group) {
        // A member of several words ("röd dag") is matched as a phrase, never word by word: "dag" alone is not a helg.
        const words = tokenize(member);
        if (words.length === 1) for (const word of words) this.synonymStems.set(snowballStem(word), canonicalStem);
        this.synonymStems.set(snowballStem(normalizeText(member).replace(/ /g, '')), canonicalStem);
      }
    }
  }

  /** Teach the analyzer the index vocabulary (two passes: raw stems, then vocabulary-guided stems). */
  /**
   * `guessTargets`: the texts whose words a typo or an unknown word stem may be taken for (the
   * documents' own words); by default all of `texts`. Staff vocabulary written for the index is
   * known exactly but never guessed at: "tjänar" must not become an example question's "tränar".
   */
  learn(texts: Iterable<string>, guessTargets?: Iterable<string>): void {
    const words = new Set<string>();
    for (const text of texts) for (const w of tokenize(text)) if (!this.isStopword(w)) words.add(w);
    let targets: ReadonlySet<string> = words;
    if (guessTargets !== undefined) {
      const own = new Set<string>();
      for (const text of guessTargets) for (const w of tokenize(text)) if (!this.isStopword(w)) own.add(w);
      targets = own;
    }
    this.vocabulary = new Set([...words].map((w) => this.canonical(snowballStem(this.numberWord(w)))));
    this.stemCache.clear();
    const final = new Set<string>();
    const folded = new Map<string, string>();
    for (const w of words) {
      const term = this.stemWord(w);
      final.add(term);
      for (const key of [foldDiacritics(w), foldDiacritics(term)]) if (!folded.has(key)) folded.set(key, term);
    }
    this.vocabulary = final;
    this.stemCache.clear();
    const surfaces = new SearchableMap<string>();
    for (const w of this.stopwords) surfaces.set(w, STOP);
    for (const group of SYNONYM_GROUPS) {
      for (const member of group) {
        for (const w of tokenize(member)) {
          const term = this.stemWord(w);
          surfaces.set(w, term);
          if (!folded.has(foldDiacritics(w))) folded.set(foldDiacritics(w), term);
        }
      }
    }
    this.foldedSurface = folded;
    this.surfaceWords = words;
    this.ownSurfaceWords = targets;
    this.foldedOwnWords = new Set([...targets].filter((w) => DIACRITIC.test(w)).map(foldDiacritics));
    this.ownTerms = guessTargets === undefined ? new Set() : new Set([...targets].map((w) => this.stemWord(w)));
    const ownStems = new SearchableMap<string>();
    for (const w of targets) {
      const stem = this.stemWord(w);
      if (!this.isStopword(w) && stem.length >= TYPO_MIN_LENGTH) ownStems.set(stem, stem);
    }
    this.ownStems = ownStems;
    for (const w of targets) surfaces.set(w, this.stemWord(w));
    this.surfaces = surfaces;
    this.queryCache.clear();
  }

  knows(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /** Some text has the word as typed, or typed without å, ä, ö. */
  knowsWord(word: string): boolean {
    return this.stopwords.has(word) || this.surfaceWords.has(word) || this.foldedSurface.has(word);
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }

  /** Terms for the index: no guessing beyond stemming and synonyms. */
  indexTerms(text: string): string[] {
    return this.analyze(text, false).map((t) => t.term);
  }

  /** Terms for a question, with diacritic folding and compound splitting for unknown words. */
  queryTerms(text: string): AnalyzedTerm[] {
    return this.analyze(text, true);
  }

  /** Stem one normalised word, preferring a shorter stem the vocabulary knows ("nivån" → "nivå"). */
  stemWord(word: string): string {
    const cached = this.stemCache.get(word);
    if (cached !== undefined) return cached;
    const term = this.computeStem(word);
    if (this.stemCache.size >= QUERY_CACHE_LIMIT * 4) this.stemCache.clear();
    this.stemCache.set(word, term);
    return term;
  }

  private computeStem(word: string): string {
    const w = this.numberWord(word);
    const raw = snowballStem(w);
    const base = this.canonical(raw);
    if (w in STEM_OVERRIDES || this.synonymStems.has(raw)) return base;
    for (const ending of EXTRA_ENDINGS) {
      if (!w.endsWith(ending) || w.length - ending.length < MIN_STEM_LENGTH) continue;
      const candidate = this.canonical(snowballStem(w.slice(0, -ending.length)));
      if (candidate !== base && (this.vocabulary.has(candidate) || this.canonicalTerms.has(candidate))) return candidate;
    }
    return base;
  }

  /**
   * Split a compound into parts the vocabulary knows ("stödnivåändring" → stödnivå + ändring,
   * "genomförandeplanens" → genomförande + plan), with or without a linking s. Parts are
   * returned as their terms; undefined when no split has two known parts.
   */
  splitCompound(word: string): string[] | undefined {
    let best: { parts: string[]; weight: number } | undefined;
    for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
      const right = word.slice(i);
      for (const left of [word.slice(0, i), word.endsWith('s', i) ? word.slice(0, i - 1) : undefined]) {
        if (left === undefined || left.length < MIN_COMPOUND_PART) continue;
        const leftTerm = this.knownTerm(left);
        if (leftTerm === undefined) continue;
        const rightTerm = this.knownTerm(right);
        const rightParts = rightTerm !== undefined ? [rightTerm] : this.splitTail(right);
        if (rightParts === undefined) continue;
        // Prefer the fewest parts, then the most even split (longest shorter part).
        const weight = -rightParts.length * 100 + Math.min(left.length, right.length);
        if (best === undefined || weight > best.weight) best = { parts: [leftTerm, ...rightParts], weight };
      }
    }
    return best?.parts;
  }

  private splitTail(word: string): string[] | undefined {
    for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
      const left = this.knownTerm(word.slice(0, i));
      const right = this.knownTerm(word.slice(i));
      if (left !== undefined && right !== undefined) return [left, right];
    }
    return undefined;
  }

  /** One word's term: its stem, or the known word it is typed without å, ä, ö ("stodniva" → stödnivå). */
  termOf(word: string): string {
    const term = this.stemWord(word);
    return this.knownOrFolded(word) ?? this.foldedSurface.get(foldDiacritics(term)) ?? term;
  }

  /** The term of a known word, or of the known word it is typed without å, ä, ö ("ingar" → ingår). */
  private knownOrFolded(word: string): string | undefined {
    const term = this.stemWord(word);
    if (this.vocabulary.has(term)) return term;
    return DIACRITIC.test(word) ? undefined : this.foldedSurface.get(word);
  }

  private knownTerm(word: string): string | undefined {
    return this.isStopword(word) ? undefined : this.knownOrFolded(word);
  }

  private analyze(text: string, guess: boolean): AnalyzedTerm[] {
    const out: AnalyzedTerm[] = [];
    for (const word of tokenize(text)) {
      if (this.isStopword(word)) continue;
      out.push(...(guess ? this.guessWord(word) : [{ surface: word, term: this.stemWord(word) }]));
    }
    return out;
  }

  /** A question word: known stem, else folded, split or typo-corrected against the vocabulary. */
  private guessWord(word: string): readonly AnalyzedTerm[] {
    const cached = this.queryCache.get(word);
    if (cached) return cached;
    const result = this.resolveWord(word);
    if (this.queryCache.size >= QUERY_CACHE_LIMIT) this.queryCache.clear();
    this.queryCache.set(word, result);
    return result;
  }

  private resolveWord(word: string): readonly AnalyzedTerm[] {
    // Typed without å, ä, ö ("ingar", "hallas", "behover"): the known word it folds from, before
    // its stem is read as another word ("ing", "hall", "behov"). A word the texts use as typed stays.
    // A word the staff's phrasings also type without å, ä, ö ("stod") is still the documents' "stöd" when the documents only have that.
    const folds = !this.surfaceWords.has(word) || (this.foldedOwnWords.has(word) && !this.ownSurfaceWords.has(word) && !WORDS_AS_TYPED.has(word));
    const unfolded = !DIACRITIC.test(word) && folds ? this.foldedSurface.get(word) : undefined;
    if (unfolded !== undefined) return [{ surface: word, term: unfolded }];
    const term = this.stemWord(word);
    if (this.vocabulary.has(term) && this.ownTerms.size > 0 && !this.ownTerms.has(term) && word.length >= 2 * MIN_COMPOUND_PART) {
      // A compound only the staff's phrasings use ("myndighetssidan"): its parts are the documents' words.
      const parts = this.splitCompound(word);
      if (parts !== undefined && parts.every((part) => this.ownTerms.has(part))) return parts.map((part) => ({ surface: word, term: part }));
    }
    if (this.vocabulary.has(term) && !this.surfaceWords.has(word) && word.length - term.length >= LONG_ENDING) {
      // "medelanden" is meddelanden with a slip, not an inflection of "medel": a long ending the texts never write.
      const typo = this.closestTypo(word);
      if (typo?.distance === 1 && typo.term !== STOP && typo.term !== term) return [{ surface: word, term: typo.term, corrected: true }];
    }
    if (this.vocabulary.has(term) || /^\d+$/.test(term)) return [{ surface: word, term }];
    const folded = this.foldedSurface.get(foldDiacritics(word)) ?? this.foldedSurface.get(foldDiacritics(term));
    if (folded !== undefined) return [{ surface: word, term: folded }];
    const swapped = this.transposed(word);
    if (swapped !== undefined) return [{ surface: word, term: swapped, corrected: true }];
    const completed = this.completePrefix(word);
    if (completed !== undefined) return [{ surface: word, term: completed, corrected: true }];
    // One slip in a known word ("brukarren", "samllarteamet") before a split that reads it as two other words ("bruk" + "ren").
    const typo = this.closestTypo(word);
    if (typo?.distance === 1) return typo.term === STOP ? [] : [{ surface: word, term: typo.term, corrected: true }];
    const parts = word.length >= 2 * MIN_COMPOUND_PART ? this.splitCompound(word) : undefined;
    if (parts !== undefined) return parts.map((part) => ({ surface: word, term: part }));
    const corrected = typo?.term ?? this.correctStem(term) ?? this.withoutDefiniteEnding(word) ?? (term.length >= STEM_COMPLETION_MIN_LENGTH ? this.completePrefix(term) : undefined);
    if (corrected === STOP) return [];
    return [corrected === undefined ? { surface: word, term } : { surface: word, term: corrected, corrected: true }];
  }

  /**
   * A slip in an inflection the texts do not have ("belutades", "kooppla"): one edit from the stem
   * of a word the documents use ("beslut", "koppl").
   */
  correctStem(stem: string): string | undefined {
    return stem.length < TYPO_MIN_LENGTH ? undefined : closest(this.ownStems, stem, 1)?.term;
  }

  /**
   * A neuter noun's definite ending, which the stemmer keeps ("förådet"): the bare word, as known
   * or within one edit of a known stem ("föråd" → "förråd").
   */
  private withoutDefiniteEnding(word: string): string | undefined {
    if (!word.endsWith('et') || word.length - 2 < TYPO_MIN_LENGTH) return undefined;
    const bare = this.stemWord(word.slice(0, -2));
    return this.vocabulary.has(bare) ? bare : this.correctStem(bare);
  }

  /**
   * Two neighbouring letters typed in the wrong order ("insatsporcessen", "besultades") – one slip
   * of the fingers, which edit distance counts as two: the known word (any inflection, or typed
   * without å, ä, ö) the swap gives, if exactly one swap gives one.
   */
  transposed(word: string): string | undefined {
    if (word.length < TYPO_MIN_LENGTH) return undefined;
    const found = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      // Only a word the texts have as written: the stem of a misspelling can be another word ("sekretse" → "sekr").
      const written = this.surfaceWords.has(candidate) || this.foldedSurface.has(candidate);
      const known = written ? (this.knownTerm(candidate) ?? this.foldedSurface.get(candidate)) : undefined;
      if (known !== undefined) found.add(known);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * An unknown word that is the start of a known one with an ending of at most four letters
   * ("rapport" → "rapportera", "implementer" → "implementering"): the shortest such word.
   */
  completePrefix(word: string): string | undefined {
    if (word.length < PREFIX_MIN_LENGTH) return undefined;
    let best: { key: string; term: string } | undefined;
    for (const [key, term] of this.surfaces.atPrefix(word)) {
      if (term === STOP || key.length - word.length > MAX_COMPLETION || key === word) continue;
      if (best === undefined || key.length < best.key.length) best = { key, term };
    }
    return best?.term;
  }

  /** The closest known word within one edit (two for long words); undefined when none. */
  correctTypo(word: string): string | undefined {
    return this.closestTypo(word)?.term;
  }

  private closestTypo(word: string): { term: string; distance: number } | undefined {
    if (word.length < TYPO_MIN_LENGTH) return undefined;
    return closest(this.surfaces, word, word.length >= TYPO_TWO_EDITS_LENGTH ? 2 : 1);
  }

  private numberWord(word: string): string {
    return NUMBER_WORDS[word] ?? word;
  }

  private canonical(stem: string): string {
    return this.synonymStems.get(stem) ?? stem;
  }
}

/** The entry of `map` fewest edits (at most `maxEdits`) from `word`. */
function closest(map: SearchableMap<string>, word: string, maxEdits: number): { term: string; distance: number } | undefined {
  let best: { term: string; distance: number } | undefined;
  for (const [term, distance] of map.fuzzyGet(word, maxEdits).values()) {
    if (best === undefined || distance < best.distance) best = { term, distance };
  }
  return best;
}
