import type { Matcher } from './matcher';

/** A replaced span: `[start, end)` of the original text became `length` units at `newStart`. */
type Edit = { start: number; end: number; newStart: number; length: number };

/** Moves offsets of the original text to the replaced text. */
export type OffsetMap = (offset: number, side: 'start' | 'end') => number;

/**
 * Replaces every match of the table in a text and returns how to move offsets: an offset inside a
 * replaced name moves to the replacement's start (a range's start) or end (a range's end), so that
 * a coding that began or ended inside `Martine Lebrun` now begins or ends with `[E01]`.
 */
export function replaceText(text: string, matcher: Matcher, replacementOf: (entryId: number) => string): { text: string; map: OffsetMap; changed: boolean } {
  const matches = matcher.find(text);
  if (matches.length === 0) return { text, map: (o) => o, changed: false };
  const parts: string[] = [];
  const edits: Edit[] = [];
  let from = 0;
  let shift = 0;
  for (const m of matches) {
    const replacement = replacementOf(m.entryId);
    parts.push(text.slice(from, m.start), replacement);
    edits.push({ start: m.start, end: m.end, newStart: m.start + shift, length: replacement.length });
    shift += replacement.length - (m.end - m.start);
    from = m.end;
  }
  parts.push(text.slice(from));
  const map: OffsetMap = (offset, side) => {
    // The last edit starting at or before the offset (binary search: edits are sorted).
    let lo = 0;
    let hi = edits.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return offset;
    const e = edits[found]!;
    if (offset === e.start) return e.newStart;
    if (offset < e.end) return side === 'start' ? e.newStart : e.newStart + e.length;
    return offset + (e.newStart + e.length - e.end);
  };
  return { text: parts.join(''), map, changed: true };
}
