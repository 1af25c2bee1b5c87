/**
 * The same question as staff also type it (issue 14: "missing å/ä/ö, small typos"): without å, ä, ö,
 * and with one slip of the fingers in a longer word – two neighbouring letters swapped, one left
 * out, one doubled or a neighbouring key. Deterministic (a seeded generator), so the evaluation of
 * perturbed questions is the same on every run. Used by scripts/eval-qa.ts and the robustness test.
 */

export function withoutDiacritics(question: string): string {
  return question.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');
}

const KEYBOARD_ROW = 'qwertyuiopåasdfghjklöäzxcvbnm';
const SLIP_KINDS = ['swap', 'drop', 'double', 'neighbour'] as const;
const MIN_SLIP_WORD = 6;

/** A small linear congruential generator: enough to pick words and positions reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** One slip in one word of at least six letters (the question unchanged when it has none). */
export function withTypo(question: string, random: () => number): string {
  const words = question.split(' ');
  const candidates = words.flatMap((w, i) => (w.length >= MIN_SLIP_WORD && /^\p{L}+$/u.test(w) ? [i] : []));
  if (candidates.length === 0) return question;
  const i = candidates[Math.floor(random() * candidates.length)] ?? 0;
  const w = words[i] ?? '';
  const p = 1 + Math.floor(random() * (w.length - 2));
  const kind = SLIP_KINDS[Math.floor(random() * SLIP_KINDS.length)];
  const c = w[p] ?? '';
  const next = KEYBOARD_ROW[Math.min(KEYBOARD_ROW.length - 1, KEYBOARD_ROW.indexOf(c) + 1)] ?? c;
  const slipped =
    kind === 'swap'
      ? w.slice(0, p) + (w[p + 1] ?? '') + c + w.slice(p + 2)
      : kind === 'drop'
        ? w.slice(0, p) + w.slice(p + 1)
        : kind === 'double'
          ? w.slice(0, p) + c + w.slice(p)
          : w.slice(0, p) + (KEYBOARD_ROW.includes(c) ? next : c) + w.slice(p + 1);
  words[i] = slipped;
  return words.join(' ');
}
