import { createHash } from 'node:crypto';

/**
 * What makes two transcripts "the same text" whatever file they came from (a .docx and the .txt saved
 * from it, a re-export with other line breaks): the words and their order. Compared after Unicode
 * compatibility folding (non-breaking spaces, ligatures, fullwidth forms), with typographic quotes,
 * apostrophes and dashes folded to one form, invisible format characters removed, white space
 * ignored (line and paragraph breaks, French spacing before `:` or inside « », which an export to
 * plain text may drop), and case ignored. A key that equal texts share and that any change of a word
 * breaks.
 */
export function textIdentityKey(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[‘’‚‛′ʼ`´]/gu, "'")
    .replace(/[“”„‟«»″]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/…/gu, '...')
    .replace(/\s+/gu, '')
    .toLowerCase();
  return createHash('sha256').update(folded).digest('hex');
}
