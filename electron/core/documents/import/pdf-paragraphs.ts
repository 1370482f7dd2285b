import { startsNewTurn } from './paragraphs';

/** A line of a PDF page: its text and where it sits (PDF units, y growing upwards). */
export type PdfLine = { text: string; x: number; y: number; right: number; height: number };

/**
 * Joins the lines of a PDF's pages into paragraphs. A PDF has no paragraphs, only lines placed on a
 * page, so a break between two lines is a paragraph break when the layout says so:
 * - a gap between the lines clearly larger than the document's usual line spacing (the space Word
 *   and transcription services put between paragraphs), or a line above the one before it (a new
 *   column or text box);
 * - a line that stopped short: the next line's first word would have fitted after it, so the
 *   writer, not the width, ended it (a paragraph's last line, a speaker's name line);
 * - a line that opens like a turn (a speaker label, a timestamp, a list marker, a dialogue dash),
 *   or that is indented further than the lines of its paragraph;
 * and nowhere else: the other lines were wrapped by the width and are joined with a space.
 *
 * A word hyphenated at a line's end is joined without its hyphen only where that is safe: when the
 * document writes the joined word elsewhere and never the hyphenated form. Otherwise the hyphen
 * stays (`peut-` + `être` is `peut-être`). Page numbers and the running header or footer that
 * repeats on most pages are left out.
 */
export function pdfLinesToParagraphs(pages: readonly (readonly PdfLine[])[]): string[] {
  const kept = withoutPageFurniture(pages).map((lines) => lines.map((line) => ({ ...line, text: line.text.replace(/\s+/gu, ' ').trim() })).filter((line) => line.text !== ''));
  const lineGap = typicalLineGap(kept);
  const vocabulary = wordsOf(kept);
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous: PdfLine | null = null;
  for (const lines of kept) {
    const textRight = Math.max(...lines.map((line) => line.right));
    const textLeft = Math.min(...lines.map((line) => line.x));
    for (const [i, line] of lines.entries()) {
      const abovePrevious = i > 0 ? lines[i - 1] : undefined;
      const isBreak =
        current === null ||
        previous === null ||
        startsNewTurn(line.text) ||
        (abovePrevious !== undefined && isParagraphGap(abovePrevious, line, lineGap)) ||
        (stoppedShort(previous, line, textRight) && !continuesCutWord(previous, line)) ||
        (line.x > textLeft + line.height && (abovePrevious === undefined || abovePrevious.x <= textLeft + line.height / 2));
      if (isBreak) {
        if (current !== null) paragraphs.push(current);
        current = line.text;
      } else {
        current = joinLines(current ?? '', line.text, vocabulary);
      }
      previous = line;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/** A gap between two lines of a page this much larger than the usual one separates paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.4;

function isParagraphGap(above: PdfLine, line: PdfLine, lineGap: number | null): boolean {
  const gap = above.y - line.y;
  if (gap < -line.height / 2) return true; // back up the page: another column or text box
  return lineGap !== null && gap > lineGap * PARAGRAPH_GAP_RATIO;
}

/** The most common distance between consecutive lines of a page (rounded to half a unit), or null without any. */
function typicalLineGap(pages: readonly (readonly PdfLine[])[]): number | null {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round(((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0)) * 2) / 2;
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    // The smallest of equally common gaps: line spacing, not paragraph spacing.
    if (count > bestCount || (count === bestCount && best !== null && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

/** The line ended with room left for the next line's first word: a break the writer made. */
function stoppedShort(previous: PdfLine, line: PdfLine, textRight: number): boolean {
  const charWidth = (previous.right - previous.x) / Math.max(previous.text.length, 1);
  const firstWord = line.text.split(' ')[0] ?? '';
  return previous.right + charWidth * (firstWord.length + 1) < textRight - charWidth;
}

const HYPHENATED_END = /(\p{L}+)-$/u;

/** A word cut at the line's end and continued in lowercase: the line was full, whatever its measured length. */
const continuesCutWord = (previous: PdfLine, line: PdfLine): boolean => HYPHENATED_END.test(previous.text) && /^\p{Ll}/u.test(line.text);

function joinLines(paragraph: string, line: string, vocabulary: ReadonlySet<string>): string {
  if (paragraph.endsWith('\u00AD')) return paragraph.slice(0, -1) + line; // a soft hyphen is always a word cut
  const cut = HYPHENATED_END.exec(paragraph);
  const rest = /^\p{Ll}+/u.exec(line);
  if (cut !== null && rest !== null) {
    const joined = `${cut[1] ?? ''}${rest[0]}`.toLowerCase();
    const hyphenated = `${cut[1] ?? ''}-${rest[0]}`.toLowerCase();
    const isCut = vocabulary.has(joined) && !vocabulary.has(hyphenated);
    return isCut ? paragraph.slice(0, -1) + line : paragraph + line;
  }
  return `${paragraph} ${line}`;
}

/** Every word written whole on a line (hyphenated words with their hyphen), lowercased. */
function wordsOf(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    for (const line of lines) {
      // Not the line's last word when it ends with a hyphen: that one is cut, not whole.
      const text = line.text.replace(/\p{L}+-$/u, '');
      for (const [word] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
        words.add(word.toLowerCase());
        for (const part of word.split('-')) words.add(part.toLowerCase());
      }
    }
  }
  return words;
}

const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|sur|of|de)\s*\d{1,4})?$/iu;
/** A running header or footer: the same line (digits aside) first or last on at least this share of pages. */
const RUNNING_LINE_SHARE = 0.5;

function withoutPageFurniture(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const shape = (line: PdfLine) => line.text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();
  const edgeCounts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines.at(-1)].filter((l): l is PdfLine => l !== undefined).map(shape));
    for (const edge of edges) edgeCounts.set(edge, (edgeCounts.get(edge) ?? 0) + 1);
  }
  // A line that opens like a turn is speech, however often it comes first on a page (`Enquêtrice : Oui.`).
  const isRunning = (line: PdfLine) =>
    pages.length >= 3 && !startsNewTurn(line.text.trim()) && (edgeCounts.get(shape(line)) ?? 0) >= pages.length * RUNNING_LINE_SHARE;
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i === 0 || i === lines.length - 1;
      return !(atEdge && (PAGE_NUMBER.test(line.text.trim()) || isRunning(line)));
    }),
  );
}
