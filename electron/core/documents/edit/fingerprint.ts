/** How many characters two strings share at their end (for `before`) or start (for `after`). */
const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

export type Fingerprint = { text: string; before: string; after: string };

/** Below this length a passage ("oui", "tout à fait") is only trusted with some of its context. */
const SHORT_PASSAGE = 20;
const MIN_CONTEXT_FOR_SHORT = 8;

/**
 * Finds a coded passage again in an edited text by its fingerprint: every occurrence of its text is
 * scored by how much of the stored context surrounds it, ties broken by closeness to where the
 * passage was expected. Returns null when the text no longer occurs, or when a short passage
 * occurs only without its context (another "oui" is not the coded one).
 */
export function findByFingerprint(text: string, fp: Fingerprint, expectedAt: number): { start: number; end: number } | null {
  if (fp.text.trim() === '') return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(fp.text); i >= 0; i = text.indexOf(fp.text, i + 1)) {
    const score =
      commonSuffix(text.slice(Math.max(0, i - fp.before.length), i), fp.before) +
      commonPrefix(text.slice(i + fp.text.length, i + fp.text.length + fp.after.length), fp.after);
    const distance = Math.abs(i - expectedAt);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  if (!best || (fp.text.length < SHORT_PASSAGE && best.score < MIN_CONTEXT_FOR_SHORT)) return null;
  return { start: best.start, end: best.start + fp.text.length };
}
