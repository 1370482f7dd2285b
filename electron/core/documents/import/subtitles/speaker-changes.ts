/**
 * Captions mark a change of speaker without naming anyone: a dash at the start of a cue line
 * (`- Hello, Michael.`, the dialogue dash of film subtitles) or a double chevron anywhere
 * (`>> Hey, Jody. >> Hey, how are you?`, the convention of broadcast captions). This splits a cue's
 * text at those marks and removes them; they become turn boundaries.
 */
export type CuePart = { text: string; isSpeakerChange: boolean };

const DASH = /^[-‐–—][ \t\u00A0]+/u;
const CHEVRONS = /(?:^|[ \t\u00A0])>>[ \t\u00A0]*/gu;

export function splitAtSpeakerChanges(cueText: string): CuePart[] {
  const parts: CuePart[] = [];
  let current: CuePart | null = null;
  const startPart = (isSpeakerChange: boolean): CuePart => {
    current = { text: '', isSpeakerChange };
    parts.push(current);
    return current;
  };
  for (const rawLine of cueText.split('\n')) {
    const dash = DASH.exec(rawLine);
    const line = dash ? rawLine.slice(dash[0].length) : rawLine;
    const pieces = line.split(CHEVRONS);
    pieces.forEach((piece, i) => {
      const isChange = i > 0 || dash !== null;
      const part: CuePart = isChange || current === null ? startPart(isChange) : current;
      part.text = `${part.text} ${piece}`;
    });
  }
  // A mark with no words after it in this cue (`>>` alone) is dropped: the next cue says nothing
  // about who speaks, and an empty turn would be worse than a missed change.
  return parts.map((part) => ({ ...part, text: collapseSpaces(part.text) })).filter((part) => part.text !== '');
}

/** Runs of ordinary white space become one space; non-breaking spaces are typography and stay. */
export const collapseSpaces = (text: string): string => text.replace(/[ \t\n]+/gu, ' ').trim();
