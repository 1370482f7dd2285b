/**
 * Some Teams-style exports (IBM's qux360 examples, and tools that re-flow a Teams transcript) cut a
 * long turn into paragraphs of exactly the same number of characters, even in the middle of a
 * word, and drop the spaces at the cuts: `…and sale` / `s to define…`. Such fragments are
 * recognised by their length, and joined again.
 *
 * Where the cut fell on a space, that space was dropped and the fragment is one character short of
 * the width: the pieces are joined with a space. Where the fragment has the full width, the cut
 * fell inside a word, or exactly between two words: the pieces are joined with a space only when
 * the first half is a word used elsewhere in the document, the second one too or is long, and their
 * concatenation is not (`how` + `to`, `a` + `scheduled`; but `kee` + `p`, `sale` + `s` are glued). A
 * word only found at a cut can be glued wrongly; that costs less than every split word staying in
 * two pieces.
 */

/** Fragments shorter than this are not the product of a width: sentences are. */
const MIN_WRAP_WIDTH = 40;
/** Share of the non-final fragments that must have the width (or one less). */
const WRAP_SHARE = 0.8;

/**
 * The width at which a document's speech blocks were cut, or null when they were not. `blocks`
 * are the consecutive paragraphs of each speaker block (after its name line).
 */
export function findWrapWidth(blocks: readonly (readonly string[])[]): number | null {
  const lengths = blocks.flatMap((paragraphs) => paragraphs.slice(0, -1).map((paragraph) => paragraph.length));
  if (lengths.length < 2) return null;
  const width = Math.max(...lengths);
  const atWidth = lengths.filter((length) => length === width).length;
  const nearWidth = lengths.filter((length) => length === width || length === width - 1).length;
  return width >= MIN_WRAP_WIDTH && atWidth >= 2 && nearWidth >= lengths.length * WRAP_SHARE ? width : null;
}

/** How often each word (lowercase) is used in the document, to tell words from pieces of words. */
export type Vocabulary = ReadonlyMap<string, number>;

/** From this length, what follows a word at a cut is taken for a word of its own. */
const LONG_WORD_START = 6;

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function buildVocabulary(paragraphs: readonly string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const [word] of paragraph.matchAll(WORD)) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Joins the fragments cut at `width` back into paragraphs; other paragraphs stay as they are. */
export function joinWrappedSpeech(paragraphs: readonly string[], width: number, vocabulary: Vocabulary): string[] {
  const joined: string[] = [];
  let lastPiece: string | null = null;
  for (const paragraph of paragraphs) {
    if (lastPiece !== null && joined.length > 0 && (lastPiece.length === width || lastPiece.length === width - 1)) {
      const separator = lastPiece.length === width - 1 ? ' ' : separatorAtCut(lastPiece, paragraph, vocabulary);
      joined[joined.length - 1] += separator + paragraph;
    } else {
      joined.push(paragraph);
    }
    lastPiece = paragraph;
  }
  return joined;
}

function separatorAtCut(before: string, after: string, vocabulary: Vocabulary): string {
  const tail = /[\p{L}\p{N}'’\-]+$/u.exec(before)?.[0];
  const head = /^[\p{L}\p{N}'’\-]+/u.exec(after)?.[0];
  if (head === undefined) return /^[.,;:!?…)\]»”’]/u.test(after) ? '' : ' ';
  if (tail === undefined) return ' ';
  const uses = (word: string): number => vocabulary.get(word.toLowerCase()) ?? 0;
  // Each half is counted once at the cut itself: "used elsewhere" means at least twice. A long
  // head after a word is a word too (`a` + `scheduled`): the ends of cut words are short
  // (`s`, `p`, `nc`, `dback`, `lized`).
  const isWordStart = uses(head) >= 2 || head.length >= LONG_WORD_START;
  const areTwoWords = uses(tail) >= 2 && isWordStart && uses(tail + head) === 0;
  return areTwoWords ? ' ' : '';
}
