import type { TurnDraft } from '../paragraphs';
import { readSpeakerLabel, type SpeakerLabel } from '../speakers/speaker-labels';
import { acceptSpeakerLabels, comparisonKey } from '../speakers/speaker-rules';
import { splitAtSpeakerChanges } from './speaker-changes';
import type { SubtitleCue } from './subtitle-cue';

/**
 * From subtitle cues to turns. A cue is a few seconds of screen text, often half a sentence; a
 * turn is one speaker's uninterrupted speech. So consecutive cues of the same speaker merge into
 * one turn, which keeps the first cue's start and the last cue's end, and every cue's start where
 * its text begins in the turn (`cueTimes`), so that any sentence can seek to its own time.
 *
 * Who speaks, in order of precedence:
 * - a WebVTT voice tag (`<v Martine>`): the turn's stored text starts with `Martine: `, written by
 *   the importer (ARCHITECTURE.md §2), and `labelEnd` points after it;
 * - a label at the start of a cue, or after a change mark (`Travis: When you…`, `>> JODY: …`),
 *   accepted by the same rules as in text documents (`speaker-rules.ts`). It stays in the text as
 *   written; when the next cues of the same turn repeat it, the repetitions are removed;
 * - a dialogue dash or `>>` (see `speaker-changes.ts`): a new turn whose speaker is unknown (null);
 * - nothing: the cue continues the current turn — this carries a name given only when the speaker
 *   changes (common in .srt files) over to the following cues.
 *
 * A file without any of these marks has no turn boundaries at all; its cues are then merged while
 * a sentence runs across them, and a turn ends with a cue that ends a sentence, so that each turn
 * holds whole sentences instead of screen-sized fragments or the whole file.
 */
export function cuesToTurns(cues: readonly SubtitleCue[]): TurnDraft[] {
  const pieces = cuePieces(cues);
  const hasSpeakerMarks = pieces.some((piece) => piece.voice !== null || piece.isSpeakerChange || piece.label !== null);
  const turns: TurnInProgress[] = [];
  for (const piece of pieces) {
    const current = turns.at(-1);
    if (piece.voice !== null) {
      if (current?.voice === piece.voice && !piece.isSpeakerChange) current.add(piece, piece.text);
      else turns.push(new TurnInProgress(piece, `${piece.voice}: `, piece.voice, piece.text, piece.voice));
    } else if (piece.label !== null) {
      const speech = piece.text.slice(piece.label.length);
      if (current !== undefined && isLabelledBy(current, piece.label.name) && !piece.isSpeakerChange) current.add(piece, speech);
      else turns.push(new TurnInProgress(piece, piece.text.slice(0, piece.label.length), piece.label.name, speech, null));
    } else if (current === undefined || piece.isSpeakerChange || (!hasSpeakerMarks && current.endsSentence())) {
      turns.push(new TurnInProgress(piece, '', null, piece.text, null));
    } else {
      current.add(piece, piece.text);
    }
  }
  return turns.map((turn) => turn.toDraft());
}

/** A turn opened by a label in the text (not a voice tag) naming this speaker. */
const isLabelledBy = (turn: TurnInProgress, name: string): boolean =>
  turn.voice === null && turn.speaker !== null && comparisonKey(turn.speaker) === comparisonKey(name);

/** A part of a cue between speaker marks, with its cue's times. */
type CuePiece = {
  startMs: number;
  endMs: number;
  voice: string | null;
  isSpeakerChange: boolean;
  text: string;
  /** An accepted speaker label at the start of `text`. */
  label: SpeakerLabel | null;
};

function cuePieces(cues: readonly SubtitleCue[]): CuePiece[] {
  const pieces: CuePiece[] = [];
  for (const cue of cues) {
    for (const segment of cue.segments) {
      for (const part of splitAtSpeakerChanges(segment.text)) {
        // Bracketed openings in captions are sounds (`[MUSIC]`, `[DOOR SLAMS]`), not speakers.
        const label = segment.voice === null ? readSpeakerLabel(part.text, { brackets: false }) : null;
        pieces.push({ startMs: cue.startMs, endMs: cue.endMs, voice: segment.voice, isSpeakerChange: part.isSpeakerChange, text: part.text, label });
      }
    }
  }
  const labelled = pieces.filter((piece) => piece.label !== null);
  const accepted = acceptSpeakerLabels(
    labelled.map((piece) => ({
      name: piece.label?.name ?? '',
      form: piece.label?.ms === null ? 'plain' : 'timed',
      speech: piece.text.slice(piece.label?.length ?? 0),
    })),
  );
  labelled.forEach((piece, i) => {
    if (!accepted[i]) piece.label = null;
  });
  return pieces;
}

class TurnInProgress {
  private readonly speech: string[] = [];
  /** The start of the cue each part of `speech` came from. */
  private readonly speechMs: number[] = [];
  private readonly startMs: number;
  private endMs: number;

  constructor(
    first: CuePiece,
    /** The label as it will be stored ('' for none). */
    private readonly label: string,
    readonly speaker: string | null,
    speech: string,
    /** The voice tag that opened the turn, if any: only cues of the same voice join it. */
    readonly voice: string | null,
  ) {
    this.startMs = first.startMs;
    this.endMs = first.endMs;
    this.push(speech, first.startMs);
  }

  add(piece: CuePiece, speech: string): void {
    this.endMs = Math.max(this.endMs, piece.endMs);
    this.push(speech, piece.startMs);
  }

  private push(speech: string, ms: number): void {
    if (speech.trim() === '') return;
    this.speech.push(speech.trim());
    this.speechMs.push(ms);
  }

  endsSentence(): boolean {
    return /[.!?…]["'’”»)\]]*$/u.test(this.speech.at(-1) ?? '');
  }

  toDraft(): TurnDraft {
    const words = this.speech.join(' ');
    const label = this.label === '' ? '' : words === '' ? this.label.trimEnd() : `${this.label.trimEnd()} `;
    // One time per cue (a cue split by speaker marks gives parts with the same start), at its first word.
    const cueTimes: { at: number; ms: number }[] = [];
    let at = label.length;
    this.speech.forEach((part, i) => {
      const ms = this.speechMs[i] ?? this.startMs;
      if (cueTimes.at(-1)?.ms !== ms) cueTimes.push({ at, ms });
      at += part.length + 1;
    });
    return { text: label + words, speaker: this.speaker, labelLength: label.length, tStartMs: this.startMs, tEndMs: this.endMs, cueTimes };
  }
}
