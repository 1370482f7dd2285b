import type { CueTime, DocumentFormat } from '../../../../shared/contract';

/** A speaker turn (or a paragraph) found by an importer; offsets index `ParsedDocument.text`. */
export type ParsedTurn = {
  start: number;
  end: number;
  /** Where the speaker label ends (`start` when there is none). */
  labelEnd: number;
  speaker: string | null;
  tStartMs: number | null;
  tEndMs: number | null;
  /** Subtitle turns: where each cue's text starts (offsets into `ParsedDocument.text`) and its start time. */
  cueTimes?: CueTime[];
};

/**
 * What an importer makes of a file: the stored text (ARCHITECTURE.md §2: one paragraph per turn,
 * `\n` between them, NFC, markup removed, typography kept) and its turns, in order, covering every
 * paragraph.
 */
export type ParsedDocument = {
  format: DocumentFormat;
  text: string;
  turns: ParsedTurn[];
};
