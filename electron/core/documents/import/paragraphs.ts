import type { DocumentFormat } from '../../../../shared/contract';
import type { ParsedDocument, ParsedTurn } from './types';

/**
 * From paragraphs to the stored text and its turns (ARCHITECTURE.md §2): one paragraph per turn,
 * paragraphs joined by a single `\n`, no turn containing a `\n`.
 */

/**
 * What a turn detector makes of the paragraphs. `labelLength` counts the UTF-16 units of the speaker
 * label at the start of `text` (`Martine : ` → 10); a detector may also merge paragraphs (a Teams
 * transcript puts the name and time on their own line above the words).
 */
export type TurnDraft = {
  text: string;
  /**
   * The index of the first paragraph this turn is made of, among those the detector was given (by
   * default its own position), so that tables and notes can be put back where they were.
   */
  paragraph?: number;
  speaker?: string | null;
  labelLength?: number;
  tStartMs?: number | null;
  tEndMs?: number | null;
  /** Where each subtitle cue's text starts, as offsets into `text`, with its start time. */
  cueTimes?: { at: number; ms: number }[];
};

/**
 * Where speaker and timestamp detection plugs in. It sees the whole document, because a label is
 * only a label if it recurs ("Note:" once is a word, "L1 :" forty times is a speaker).
 */
export type TurnDetector = (paragraphs: readonly string[]) => TurnDraft[];

/** The default detector: every paragraph is a turn without a speaker. */
export const oneTurnPerParagraph: TurnDetector = (paragraphs) => paragraphs.map((text, paragraph) => ({ text, paragraph }));

/**
 * A paragraph that is not speech: a table row (its cells joined by `TABLE_CELL_SEPARATOR`) or a
 * footnote or endnote (`[1] text`, in the notes block at the end). Asides belong to no speaker: they
 * are kept out of speaker detection and become turns with `speaker: null`, so a table is never read
 * as part of the turn above it and the speech after it goes on with the speaker before it.
 */
export type AsideParagraph = { text: string; aside: 'table' | 'note' };
/** What paragraph importers return: speech (a plain string) or an aside. */
export type SourceParagraph = string | AsideParagraph;

/**
 * Between the cells of a table row. A visible separator rather than a tab: a tab is invisible in the
 * transcript view, collapses in search snippets and exports, and could not be told from a tab typed
 * inside a cell; ` | ` reads as a column break everywhere (it is how Markdown writes tables).
 */
export const TABLE_CELL_SEPARATOR = ' | ';

export const textOfParagraph = (paragraph: SourceParagraph): string => (typeof paragraph === 'string' ? paragraph : paragraph.text);

/** Builds the document from paragraphs; blank ones are dropped, the rest trimmed. */
export function buildParsedDocument(
  format: DocumentFormat,
  paragraphs: readonly SourceParagraph[],
  detectTurns: TurnDetector = oneTurnPerParagraph,
): ParsedDocument {
  const speech: string[] = [];
  /** Each aside, with the number of speech paragraphs before it. */
  const asides: { text: string; speechBefore: number }[] = [];
  for (const paragraph of paragraphs) {
    const text = textOfParagraph(paragraph).trim();
    if (text === '') continue;
    if (typeof paragraph === 'string') speech.push(text);
    else asides.push({ text, speechBefore: speech.length });
  }
  const drafts = detectTurns(speech);
  if (asides.length === 0) return assembleDocument(format, drafts);
  const merged: TurnDraft[] = [];
  let nextAside = 0;
  drafts.forEach((draft, i) => {
    const source = draft.paragraph ?? i;
    while (nextAside < asides.length && (asides[nextAside]?.speechBefore ?? 0) <= source) {
      merged.push({ text: asides[nextAside]?.text ?? '', speaker: null });
      nextAside++;
    }
    merged.push(draft);
  });
  for (const aside of asides.slice(nextAside)) merged.push({ text: aside.text, speaker: null });
  return assembleDocument(format, merged);
}

/** Joins the turns' texts with `\n` and records their offsets. */
export function assembleDocument(format: DocumentFormat, drafts: readonly TurnDraft[]): ParsedDocument {
  const turns: ParsedTurn[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const draft of drafts) {
    const labelLength = draft.labelLength ?? 0;
    // Importers and detectors are ours: a turn that breaks these rules is a bug, not a bad file.
    if (draft.text === '' || draft.text.includes('\n')) throw new Error(`Invalid turn text: ${JSON.stringify(draft.text.slice(0, 80))}`);
    if (labelLength < 0 || labelLength > draft.text.length) throw new Error(`Invalid label length ${labelLength}`);
    turns.push({
      start: offset,
      end: offset + draft.text.length,
      labelEnd: offset + labelLength,
      speaker: draft.speaker ?? null,
      tStartMs: draft.tStartMs ?? null,
      tEndMs: draft.tEndMs ?? null,
      ...(draft.cueTimes && draft.cueTimes.length > 0 ? { cueTimes: draft.cueTimes.map(({ at, ms }) => ({ offset: offset + at, ms })) } : {}),
    });
    texts.push(draft.text);
    offset += draft.text.length + 1;
  }
  return { format, text: texts.join('\n'), turns };
}

/*
 * Splitting plain text into paragraphs.
 *
 * Transcripts come in two shapes: one turn per line (with or without blank lines between turns),
 * and paragraphs separated by blank lines. So every non-empty line is a paragraph, except in text
 * that was hard-wrapped at a fixed width (e-mail, `fold`, `fmt`, some exports), where a line break
 * inside a paragraph is only a consequence of the width. Such text is recognised by its shape:
 * - its longest lines set a width between 40 and 100 characters;
 * - most line breaks inside blocks are "soft": the line plus the next word would (nearly) reach
 *   that width, so a wrapper had to break there. "Nearly" (85%) because `fmt` balances lines
 *   below the width and `fold` counts bytes, not characters (an "é" is two);
 * - most of those lines end mid-sentence, which tells wrapped prose from a list of short turns
 *   that happen to have similar lengths.
 * Only then is a line joined to the line before it, and only if that break is soft and the line
 * does not start like a new turn (a speaker label, a timestamp, a list marker, a dialogue dash).
 *
 * When in doubt the rule splits: a turn cut in two still reads well and can be coded across the
 * break, while two speakers' turns glued together hide a turn from speaker detection.
 */

const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 100;
/** How close to the width a line plus the next word must come for the break to be soft. */
const SOFT_BREAK_FILL = 0.85;
/** Share of the breaks inside blocks that must be soft for the text to count as hard-wrapped. */
const SOFT_BREAK_SHARE = 0.6;
/** Share of the soft breaks that may fall after a sentence end in wrapped prose. */
const SENTENCE_END_SHARE = 0.5;
const SENTENCE_END = /[.!?…:;»"”)\]]$/u;
const PARAGRAPH_START = /^[\p{Lu}«"“(\[]/u;

const NEW_TURN_START: readonly RegExp[] = [
  /^\[[^\]]{1,40}\]/u, // [id1], [00:01:02]
  /^\(?\d{1,2}:\d{2}(?::\d{2})?\b/u, // 00:01:02, (12:30)
  /^(?:[•\-*+–—]|\d{1,3}[.)])\s/u, // list markers, dialogue dashes
  /^[\p{Lu}\p{N}][\p{L}\p{N}.,'’-]*(?: [\p{L}\p{N}.,'’-]+){0,3} ?:(?:\s|$)/u, // L1 :, Martine Lebrun:, INT:
];
/** A line that opens like a new turn: a speaker label, a timestamp, a list marker, a dialogue dash. */
export const startsNewTurn = (line: string): boolean => NEW_TURN_START.some((pattern) => pattern.test(line));

/** Splits normalized text (`\n` line ends) into paragraphs, following the rule above. */
export function splitParagraphs(text: string): string[] {
  const blocks = splitBlocks(text);
  const width = hardWrapWidth(blocks);
  if (width === null) return blocks.flat();
  // Without blank lines or speaker labels, nothing marks where a paragraph ends but a short last
  // line; a long one ending a sentence, before a capital, may end a paragraph too: split there
  // rather than risk gluing two speakers' paragraphs.
  const splitAtSentenceEnds = blocks.length === 1 && !blocks.some((lines) => lines.some(startsNewTurn));
  return blocks.flatMap((lines) => unwrapLines(lines, width, splitAtSentenceEnds));
}

/** Blocks of non-empty, trimmed lines, separated by blank lines. */
function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function hardWrapWidth(blocks: readonly (readonly string[])[]): number | null {
  let width = 0;
  for (const lines of blocks) {
    for (const line of lines) {
      // A line without a space (a long URL) could not be wrapped: it says nothing of the width.
      if (line.length > width && /\s/u.test(line)) width = line.length;
    }
  }
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  let breaks = 0;
  let softBreaks = 0;
  let softBreaksAfterSentenceEnd = 0;
  for (const lines of blocks) {
    for (let i = 1; i < lines.length; i++) {
      const previous = lines[i - 1] ?? '';
      const line = lines[i] ?? '';
      // A break before a new turn is a real one in any text: it says nothing about wrapping.
      if (startsNewTurn(line)) continue;
      breaks++;
      if (isSoftBreak(previous, line, width)) {
        softBreaks++;
        if (SENTENCE_END.test(previous)) softBreaksAfterSentenceEnd++;
      }
    }
  }
  const isWrapped =
    softBreaks >= 2 && softBreaks >= breaks * SOFT_BREAK_SHARE && softBreaksAfterSentenceEnd <= softBreaks * SENTENCE_END_SHARE;
  return isWrapped ? width : null;
}

function isSoftBreak(previous: string, line: string, width: number): boolean {
  const firstWordLength = line.search(/\s|$/u);
  return previous.length + 1 + firstWordLength >= width * SOFT_BREAK_FILL && !startsNewTurn(line);
}

function unwrapLines(lines: readonly string[], width: number, splitAtSentenceEnds: boolean): string[] {
  const paragraphs: string[] = [];
  let previousLine: string | null = null;
  for (const line of lines) {
    const mayEndParagraph = splitAtSentenceEnds && previousLine !== null && SENTENCE_END.test(previousLine) && PARAGRAPH_START.test(line);
    if (previousLine !== null && paragraphs.length > 0 && !mayEndParagraph && isSoftBreak(previousLine, line, width)) {
      paragraphs[paragraphs.length - 1] += ` ${line}`;
    } else {
      paragraphs.push(line);
    }
    previousLine = line;
  }
  return paragraphs;
}
