import type { TurnDraft, TurnDetector } from '../paragraphs';
import { acceptSpeakerLabels, type LabelCandidate } from './speaker-rules';
import { readNameLine, readSpeakerLabel, type NameLine, type SpeakerLabel } from './speaker-labels';
import { readLeadingTime, readTimeOnly, type LeadingTime } from './transcript-times';
import { buildVocabulary, findWrapWidth, joinWrappedSpeech } from './wrapped-speech';

/**
 * Speaker turns and timestamps in the paragraphs of a text document (.txt, .md, .docx, .odt,
 * .html). The stored text keeps every paragraph as written — labels included, as the reader
 * expects them (ARCHITECTURE.md §2) — with three exceptions, all about where the source put a
 * speaker or a time rather than what was said:
 *
 * - A timestamp that opens a turn (`00:00:08 Hello`, `[00:01:02] Name: …`) or the words after its
 *   label (`Name: [04:06] …`) goes to `tStartMs` and out of the text. A time inside a label
 *   (`Name (00:01:02): …`) stays, since the label is kept as written; it also gives `tStartMs`. A
 *   paragraph that is only a time gives the next paragraph's `tStartMs`. All this only when the
 *   document has at least two timestamps: a lone `10:30` is more likely an hour in a sentence.
 * - A Teams-style name line (`Jordan Lee   0:06`, the words below it) becomes the label `Name: `
 *   at the start of the next paragraph, its time `tStartMs`; speech cut into fragments at a fixed
 *   width is joined again (see `wrapped-speech.ts`).
 * - A label alone on its line (`MARTINE :`) opens the paragraph below it, joined by a space.
 *
 * Each paragraph stays its own turn ("one paragraph per turn"); a paragraph without a label
 * continues the speech of the last labelled one, so it gets that speaker (with no label:
 * `labelEnd = start`). Which labels are speakers is decided by `speaker-rules.ts`. A document
 * without any speaker gets one turn per paragraph with `speaker: null`.
 */
export const detectSpeakerTurns: TurnDetector = (paragraphs) => {
  const openings = readOpenings(paragraphs, countTimestamps(paragraphs) >= 2);
  const isSpeakerLine = findSpeakerLines(openings);
  const startsTurn = (i: number): boolean => isSpeakerLine[i] === true || openings[i]?.timeOnly != null;
  const blocks = nameLineBlocks(paragraphs, openings, isSpeakerLine, startsTurn);
  const wrapWidth = findWrapWidth([...blocks.values()]);
  const vocabulary = wrapWidth === null ? null : buildVocabulary(paragraphs);

  const drafts: TurnDraft[] = [];
  let speaker: string | null = null;
  let pendingMs: number | null = null;
  for (let i = 0; i < paragraphs.length; ) {
    const opening = openings[i] ?? plainOpening(paragraphs[i] ?? '');
    if (opening.timeOnly !== null && i + 1 < paragraphs.length) {
      pendingMs = opening.timeOnly;
      i++;
      continue;
    }
    const block = blocks.get(i);
    if (opening.nameLine !== null && block !== undefined) {
      const speech = wrapWidth === null || vocabulary === null ? block : joinWrappedSpeech(block, wrapWidth, vocabulary);
      speaker = opening.nameLine.name;
      drafts.push(...nameLineTurns(opening.nameLine, speech).map((draft) => ({ ...draft, paragraph: i })));
      i += 1 + block.length;
    } else if (opening.label !== null && isSpeakerLine[i]) {
      speaker = opening.label.name;
      const time = opening.leadingTime?.ms ?? opening.label.ms ?? opening.speechTime?.ms ?? pendingMs;
      const labelText = opening.text.slice(0, opening.label.length);
      const next = i + 1 < paragraphs.length && !startsTurn(i + 1) ? openings[i + 1] : undefined;
      if (opening.speech === '' && next !== undefined) {
        // A label on a line of its own opens the paragraph below it.
        const label = `${labelText.trimEnd()} `;
        drafts.push({ text: label + next.text, paragraph: i, speaker, labelLength: label.length, tStartMs: time ?? next.leadingTime?.ms ?? null });
        i += 2;
      } else {
        const text = opening.speech === '' ? labelText.trimEnd() : labelText + opening.speech;
        drafts.push({ text, paragraph: i, speaker, labelLength: Math.min(labelText.length, text.length), tStartMs: time });
        i++;
      }
    } else {
      drafts.push({ text: opening.text, paragraph: i, speaker, tStartMs: opening.leadingTime?.ms ?? pendingMs });
      i++;
    }
    pendingMs = null;
  }
  return drafts;
};

/** How a paragraph opens. */
type Opening = {
  /** The paragraph without its leading timestamp. */
  text: string;
  leadingTime: LeadingTime | null;
  label: SpeakerLabel | null;
  /** A timestamp right after the label. */
  speechTime: LeadingTime | null;
  /** What follows the label and its timestamp ('' for a label alone; the text when there is no label). */
  speech: string;
  nameLine: NameLine | null;
  /** The paragraph is only a time. */
  timeOnly: number | null;
};

const plainOpening = (text: string): Opening => ({ text, leadingTime: null, label: null, speechTime: null, speech: text, nameLine: null, timeOnly: null });

/** Timestamps in the places this detector reads them, to tell a timed transcript from an hour in a sentence. */
function countTimestamps(paragraphs: readonly string[]): number {
  return paragraphs.filter((text) => {
    if (readTimeOnly(text) !== null || readNameLine(text) !== null || readLeadingTime(text) !== null) return true;
    const label = readSpeakerLabel(text, { brackets: true });
    return label !== null && (label.ms !== null || readLeadingTime(text.slice(label.length)) !== null);
  }).length;
}

function readOpenings(paragraphs: readonly string[], hasTimestamps: boolean): Opening[] {
  return paragraphs.map((paragraph) => {
    const nameLine = readNameLine(paragraph);
    if (nameLine !== null) return { ...plainOpening(paragraph), nameLine };
    const timeOnly = hasTimestamps ? readTimeOnly(paragraph) : null;
    if (timeOnly !== null) return { ...plainOpening(paragraph), timeOnly };
    const leadingTime = hasTimestamps ? readLeadingTime(paragraph) : null;
    const text = paragraph.slice(leadingTime?.length ?? 0);
    const label = readSpeakerLabel(text, { brackets: true });
    if (label === null) return { ...plainOpening(text), leadingTime };
    const speechTime = hasTimestamps ? readLeadingTime(text.slice(label.length)) : null;
    const speech = text.slice(label.length + (speechTime?.length ?? 0));
    return { text, leadingTime, label, speechTime, speech, nameLine: null, timeOnly: null };
  });
}

/** For each paragraph: does it open with a speaker's label, or is it a speaker's name line? */
function findSpeakerLines(openings: readonly Opening[]): boolean[] {
  const candidates: LabelCandidate[] = [];
  const paragraphOf: number[] = [];
  openings.forEach((opening, i) => {
    if (opening.nameLine !== null) {
      candidates.push({ name: opening.nameLine.name, form: 'name-line', speech: '' });
    } else if (opening.label !== null) {
      const form = opening.label.kind === 'bracket' ? 'bracket' : opening.label.ms === null ? 'plain' : 'timed';
      candidates.push({ name: opening.label.name, form, speech: opening.speech });
    } else return;
    paragraphOf.push(i);
  });
  const isSpeakerLine = openings.map(() => false);
  acceptSpeakerLabels(candidates).forEach((accepted, c) => {
    const paragraph = paragraphOf[c];
    if (accepted && paragraph !== undefined) isSpeakerLine[paragraph] = true;
  });
  return isSpeakerLine;
}

/** The paragraphs of speech under each speaker's name line (up to the next turn), by the name line's index. */
function nameLineBlocks(
  paragraphs: readonly string[],
  openings: readonly Opening[],
  isSpeakerLine: readonly boolean[],
  startsTurn: (i: number) => boolean,
): Map<number, string[]> {
  const blocks = new Map<number, string[]>();
  openings.forEach((opening, i) => {
    if (opening.nameLine === null || !isSpeakerLine[i]) return;
    let end = i + 1;
    while (end < paragraphs.length && !startsTurn(end)) end++;
    blocks.set(i, paragraphs.slice(i + 1, end));
  });
  return blocks;
}

/** `Name: ` + the first paragraph of speech, then the others as turns of the same speaker. */
function nameLineTurns(nameLine: NameLine, speech: readonly string[]): TurnDraft[] {
  const { name, ms } = nameLine;
  const [first, ...rest] = speech;
  if (first === undefined) return [{ text: `${name}:`, speaker: name, labelLength: name.length + 1, tStartMs: ms }];
  const label = `${name}: `;
  return [{ text: label + first, speaker: name, labelLength: label.length, tStartMs: ms }, ...rest.map((text) => ({ text, speaker: name }))];
}
