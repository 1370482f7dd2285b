import { forEachWord } from '../../../shared/words';

/**
 * Word counts of passages, fast: each document is scanned once into sorted word spans (the words
 * of shared/words.ts, so that shares of words coded agree with documents' word counts), and a
 * passage's words are the spans it touches, found by binary search. The spans are kept between
 * calls (see createSynthesisHandlers for when they are dropped).
 */
export type WordSpans = { starts: Int32Array; ends: Int32Array };

export function wordSpans(text: string): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  forEachWord(text, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The first index whose value is greater than `x` (values sorted). */
function upperBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words touched by `[start, end)`: those ending after `start` and starting before `end`. */
export function wordsIn(spans: WordSpans, start: number, end: number): number {
  if (end <= start) return 0;
  const first = upperBound(spans.ends, start);
  const last = upperBound(spans.starts, end - 1);
  return Math.max(0, last - first);
}

/** The word spans of a document, computed on first use and kept by the counter. */
export type WordCounter = (documentId: number, text: () => string) => WordSpans;

/** Keeps each document's spans; the owner drops the counter when documents' texts may have changed. */
export function createWordCounter(): WordCounter {
  const cache = new Map<number, WordSpans>();
  return (documentId, text) => {
    let spans = cache.get(documentId);
    if (!spans) cache.set(documentId, (spans = wordSpans(text())));
    return spans;
  };
}
