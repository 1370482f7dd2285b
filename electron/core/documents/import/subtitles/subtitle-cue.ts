/** A timed cue of a subtitle file (.vtt, .srt), its markup already removed. */
export type SubtitleCue = {
  startMs: number;
  endMs: number;
  /** Parts of the cue by voice: WebVTT's `<v Name>` tags; one part with `voice: null` otherwise. */
  segments: CueSegment[];
};

export type CueSegment = {
  voice: string | null;
  /** Plain text, entities decoded; the cue's lines are kept (`\n`) for dialogue dashes. */
  text: string;
};
