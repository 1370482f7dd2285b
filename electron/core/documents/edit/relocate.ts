import { findByFingerprint, type Fingerprint } from './fingerprint';
import { createOffsetMapper } from './map-offsets';
import { diffTexts } from './text-diff';

export type Placed = { start: number; end: number; reanchored: boolean };

/**
 * Finds coded passages of one version of a text in another: offsets follow the word-level diff;
 * where the diff cannot follow (a rewrite), a passage is found again by its fingerprint (its words
 * and a little context). Returns null for a passage whose words are gone: the caller reports it,
 * never moves it silently. Shared by document edits and project merges (a colleague's copy of a
 * transcript that one of them corrected).
 */
export function createRelocator(before: string, after: string) {
  const { hunks, followed } = diffTexts(before, after);
  const map = createOffsetMapper(hunks);
  return {
    map,
    place(start: number, end: number, fingerprint: Fingerprint): Placed | null {
      let range: { start: number; end: number } | null = null;
      let reanchored = false;
      // Mostly rewritten (or beyond what the diff followed): the coded words may have moved, so
      // look for them by fingerprint first, and follow the diff only if they are gone.
      const share = map.unchangedShare(start, end);
      if (share < 0.5 || (!followed && share < 1)) {
        range = findByFingerprint(after, fingerprint, map.start(start));
        reanchored = range !== null;
      }
      if (!range && !map.isDeleted(start, end)) range = { start: map.start(start), end: map.end(end) };
      // A passage left with no word at all (a stray full stop of the sentence before) is gone.
      if (!range || range.start >= range.end || !/[\p{L}\p{N}]/u.test(after.slice(range.start, range.end))) return null;
      return { ...range, reanchored };
    },
  };
}
