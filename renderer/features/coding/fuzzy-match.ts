/**
 * Fuzzy matching for the quick-code palette: the query's characters must appear in order in the
 * name (a subsequence), accents and case ignored (« ecol » finds « École »). Matches are ranked so
 * that what a researcher means comes first: the exact name, then a prefix, then the start of a word,
 * then a plain substring, then a scattered subsequence (fewer and shorter gaps first).
 */

import { fold } from '../codebook';

export { fold };

/** Folds each character on its own, so that positions in the result are positions in `s`. */
function foldChars(s: string): string[] {
  return [...s].map((ch) => {
    const f = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('fr');
    return /\s/u.test(f) ? ' ' : f;
  });
}

export type FuzzyMatch = {
  /** Higher is better. */
  score: number;
  /** Indexes (in `[...name]` code points) of the matched characters, for highlighting. */
  positions: number[];
};

const isBoundary = (chars: readonly string[], i: number): boolean => {
  if (i === 0) return true;
  const prev = chars[i - 1] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(prev);
};

/** Matches `query` against `name`; null when the folded query is not a subsequence of the folded name. */
export function fuzzyMatch(query: string, name: string): FuzzyMatch | null {
  const q = [...fold(query)].filter((c) => c !== ' ');
  if (q.length === 0) return { score: 0, positions: [] };
  const chars = foldChars(name);
  const whole = chars.join('');
  const folded = fold(query);

  if (whole.trim() === folded) return { score: 1000, positions: chars.map((_, i) => i).filter((i) => chars[i] !== ' ') };
  const at = whole.indexOf(folded);
  if (at !== -1) {
    const positions = [...folded].map((_, k) => at + k).filter((i) => chars[i] !== ' ');
    const base = at === 0 ? 800 : isBoundary(chars, at) ? 600 : 400;
    return { score: base - at - chars.length * 0.5, positions };
  }

  // Subsequence: greedy from the left, preferring word starts when the next query character starts a word later.
  const positions: number[] = [];
  let from = 0;
  for (const c of q) {
    let found = -1;
    for (let i = from; i < chars.length; i++) {
      if (chars[i] !== c) continue;
      if (found === -1) found = i;
      if (isBoundary(chars, i)) {
        found = i;
        break;
      }
      // A consecutive match is as good as a word start.
      if (positions.length > 0 && i === positions[positions.length - 1]! + 1) break;
    }
    if (found === -1) return null;
    positions.push(found);
    from = found + 1;
  }
  let score = 200;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    if (isBoundary(chars, p)) score += 12;
    if (k > 0) {
      const gap = p - positions[k - 1]! - 1;
      score += gap === 0 ? 8 : -Math.min(gap, 12);
    }
  }
  score -= positions[0]! * 0.5 + chars.length * 0.3;
  return { score, positions };
}
