import type { Hunk } from './text-diff';

/**
 * Maps offsets of the old text to the new one through a diff. Boundaries are biased so that a range
 * keeps its own words: an insertion exactly at a range's start or end stays outside it; a change
 * that overlaps a range's edge is taken in (the range follows the corrected words).
 */
export function createOffsetMapper(hunks: readonly Hunk[]) {
  const locate = (p: number): { hunk: Hunk; index: number } | { delta: number } => {
    let delta = 0;
    for (let i = 0; i < hunks.length; i++) {
      const h = hunks[i]!;
      if (p < h.oldStart) break;
      if (p <= h.oldEnd) return { hunk: h, index: i };
      delta = h.newEnd - h.oldEnd;
    }
    return { delta };
  };

  return {
    /** Where a range starting at `p` starts now. */
    start(p: number): number {
      const at = locate(p);
      if ('delta' in at) return p + at.delta;
      const h = at.hunk;
      if (h.oldStart === h.oldEnd) return h.newEnd; // an insertion just before the range stays outside
      return p === h.oldEnd ? h.newEnd : h.newStart;
    },
    /** Where a range ending at `p` ends now. */
    end(p: number): number {
      const at = locate(p);
      if ('delta' in at) return p + at.delta;
      const h = at.hunk;
      if (h.oldStart === h.oldEnd) return h.newStart; // an insertion just after the range stays outside
      return p === h.oldStart ? h.newStart : h.newEnd;
    },
    /** How much of `[start, end)` the edit left untouched, from 0 to 1. */
    unchangedShare(start: number, end: number): number {
      if (end <= start) return 1;
      let touched = 0;
      for (const h of hunks) touched += Math.max(0, Math.min(end, h.oldEnd) - Math.max(start, h.oldStart));
      return 1 - touched / (end - start);
    },
    /** True when `[start, end)` lies wholly inside text the edit removed without replacing it. */
    isDeleted(start: number, end: number): boolean {
      return hunks.some((h) => h.newStart === h.newEnd && h.oldStart <= start && end <= h.oldEnd);
    },
  };
}
