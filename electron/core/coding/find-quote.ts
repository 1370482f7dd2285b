const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the first occurrence of a quote in a document's text, as a person copying it from a report
 * would expect: after NFC, any run of white space (non-breaking and narrow non-breaking spaces
 * included) matches any other, and spaces at the ends do not count. Returns UTF-16 offsets.
 */
export function findQuote(text: string, quote: string, from = 0): { start: number; end: number } | null {
  const words = quote.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
