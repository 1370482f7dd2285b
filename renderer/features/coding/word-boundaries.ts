/**
 * Word-level moves on the stored text, for coding boundaries: a coded passage starts and ends on
 * word edges, never inside a word, and carries no surrounding white space.
 */

/** Letters, digits and the joiners inside French words (l’école, Valmont-sur-Loire). */
const WORD = /[\p{L}\p{N}\p{M}’'\-]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * Trims white space at both ends, then widens an end that cuts a word to that word's edge (the
 * same rule as the transcript applies before opening the palette).
 */
export function snapToWords(text: string, from: number, to: number): { from: number; to: number } {
  let a = Math.max(0, Math.min(from, to));
  let b = Math.min(text.length, Math.max(from, to));
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (a === b) return { from, to };
  if (isWord(text[a]) && isWord(text[a - 1])) while (a > 0 && isWord(text[a - 1])) a--;
  if (isWord(text[b - 1]) && isWord(text[b])) while (b < text.length && isWord(text[b])) b++;
  return { from: a, to: b };
}

/** The end of the next word after `pos` (skipping spaces and punctuation first). */
const GLUED = /[.,;:!?…»)\]]/u;

export function nextWordEnd(text: string, pos: number): number {
  let i = pos;
  // Punctuation right after the passage (« fichiers| ») is the first step.
  if (i < text.length && GLUED.test(text[i]!)) {
    while (i < text.length && GLUED.test(text[i]!)) i++;
    return i;
  }
  while (i < text.length && !isWord(text[i])) i++;
  while (i < text.length && isWord(text[i])) i++;
  // Punctuation glued to the word (« fin. », « oui, ») goes with it.
  while (i < text.length && GLUED.test(text[i]!)) i++;
  return i;
}

/** The start of the word before `pos`. */
export function previousWordStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isWord(text[i - 1])) i--;
  while (i > 0 && isWord(text[i - 1])) i--;
  return i;
}

/** The end of the word before `pos`: where a passage ending at `pos` ends once its last word is dropped. */
export function previousWordEnd(text: string, pos: number): number {
  let i = previousWordStart(text, pos);
  while (i > 0 && !isWord(text[i - 1])) i--;
  return i;
}

/** The start of the word after `pos`: where a passage starting at `pos` starts once its first word is dropped. */
export function nextWordStart(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isWord(text[i])) i++;
  while (i < text.length && !isWord(text[i])) i++;
  return i;
}

export type BoundaryMove = 'start-earlier' | 'start-later' | 'end-earlier' | 'end-later';

/**
 * Moves one end of a coded passage by a word. Returns null when the move would leave no word
 * inside the passage or go past the text.
 */
export function moveBoundary(text: string, range: { start: number; end: number }, move: BoundaryMove): { start: number; end: number } | null {
  let { start, end } = range;
  switch (move) {
    case 'start-earlier':
      start = previousWordStart(text, start);
      break;
    case 'start-later':
      start = nextWordStart(text, start);
      break;
    case 'end-earlier':
      end = previousWordEnd(text, end);
      break;
    case 'end-later':
      end = nextWordEnd(text, end);
      break;
  }
  if (start >= end || text.slice(start, end).trim() === '') return null;
  if (start === range.start && end === range.end) return null;
  return { start, end };
}

/**
 * The name of an in-vivo code: the passage's own words, white space collapsed, surrounding quotes
 * and dashes dropped, cut at a word boundary to at most `max` characters (with an ellipsis).
 */
export function inVivoName(passage: string, max = 80): string {
  const words = passage
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[«"“‘'(\[—–\-\s]+/u, '')
    .replace(/[»"”’')\]—–\-\s]+$/u, '')
    .trim();
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = (space > max * 0.4 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?—–-]+$/u, '');
  return `${head}…`;
}
