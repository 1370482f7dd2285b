/** Context kept on each side of a coded passage, enough to find it again after an edit. */
export const ANCHOR_CONTEXT = 32;

/** The fingerprint stored with a coding: its text and a little context, to re-anchor after edits. */
export function anchorOf(text: { slice(start: number, end: number): string }, start: number, end: number) {
  return {
    anchorText: text.slice(start, end),
    anchorBefore: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    anchorAfter: text.slice(end, end + ANCHOR_CONTEXT),
  };
}
