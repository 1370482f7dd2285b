import type { SourceParagraph } from './paragraphs';

/**
 * The stored text's canonical form (ARCHITECTURE.md §2): NFC, `\n` line ends, no BOM, typography
 * kept. Every offset of every coding refers to this form, so it must be the same whichever editor
 * or operating system wrote the file: a macOS file (NFD "é") and a Windows one (CRLF) give the
 * same text.
 */
export function normalizeText(text: string): string {
  return (
    text
      // A BOM may also sit in the middle of a text made by concatenating files; it is invisible.
      .replace(/\uFEFF/g, '')
      // U+2029 separates paragraphs, the rest separate lines (CR alone: classic Mac OS; VT: Word's
      // manual line break in text exports; FF: a page break; NEL, U+2028: Unicode line breaks).
      .replace(/\u2029/g, '\n\n')
      .replace(/\r\n?|[\u000B\u000C\u0085\u2028]/g, '\n')
      // Control characters are never content (a DOS end-of-file ^Z, a stray NUL…). The soft hyphen is
      // invisible yet would split words for search and word counts.
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD]/g, '')
      .normalize('NFC')
      // Trailing spaces (including non-breaking ones) are invisible and only shift offsets.
      .replace(/[^\S\n]+$/gm, '')
  );
}

/**
 * `normalizeText` for each paragraph an importer found; a line break that survived inside one (a
 * vertical tab or a newline written inside a run) splits it, as `<br>` does, and the parts of an
 * aside (a table row, a note) stay asides.
 */
export function normalizeParagraphs(paragraphs: readonly SourceParagraph[]): SourceParagraph[] {
  return paragraphs.flatMap((paragraph): SourceParagraph[] => {
    if (typeof paragraph === 'string') return normalizeText(paragraph).split('\n');
    return normalizeText(paragraph.text)
      .split('\n')
      .map((text) => ({ text, aside: paragraph.aside }));
  });
}
