/**
 * Words are counted the same way everywhere (core, CLI, renderer): Intl.Segmenter's word
 * granularity, keeping only word-like segments, so that « l’école » counts as it reads.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function countWords(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
