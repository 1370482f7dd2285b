/** Letters, digits and the joiners inside French words (l’école, Valmont-sur-Loire). */
const WORD = /[\p{L}\p{N}\p{M}’'\-]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * A coded passage should not start or end inside a word, nor carry the spaces a mouse drag picks
 * up: trims white space at both ends, then widens an end that cuts a word to that word's edge.
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
