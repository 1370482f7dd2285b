import { TIME_PATTERN, timestampToMs } from './transcript-times';

/**
 * The shapes a speaker label takes at the start of a paragraph. This module only reads shapes;
 * whether a shape really names a speaker is decided for the whole document by `speaker-rules.ts`.
 *
 * A name is one to five words (at most 60 characters) starting with a letter: letters, digits,
 * apostrophes, dots and hyphens, and a comma between words (`Mireille B. Reece, Psy.D`). No other
 * punctuation: `Il m’a dit « non » :` is a sentence, not a label.
 */
export type SpeakerLabel = {
  /** `Name: …` / `Name : …` (colon), or `[Name] …` (brackets). */
  kind: 'colon' | 'bracket';
  /** The name, normalised (see `normalizeSpeakerName`). */
  name: string;
  /** UTF-16 length of the label as written, with its separator (colon and the spaces after it). */
  length: number;
  /** A time written inside the label (`Name (00:01:02):`, `Name 00:06:`), in ms. */
  ms: number | null;
};

/** A Teams-style name line: the name and the time on a line of their own (`Jordan Lee   0:06`). */
export type NameLine = { name: string; ms: number };

export const MAX_LABEL_CHARACTERS = 60;

// Spaces a label may contain: normal, tab, non-breaking and narrow non-breaking (French `Nom : `).
const SPACE = String.raw`[ \t\u00A0\u202F]`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*`;
const NAME = String.raw`\p{L}[\p{L}\p{M}\p{N}'’.\-]*(?:,?[ \u00A0\u202F]{1,3}${WORD}){0,4}`;
const LABEL_TIME = String.raw`(?:\((${TIME_PATTERN})\)|\[(${TIME_PATTERN})\]|(${TIME_PATTERN}))`;

/** `Name:`, `Name :`, `Name (00:01:02):`, `Name 00:06 :`; the colon is followed by a space or ends the text. */
const COLON_LABEL = new RegExp(String.raw`^(${NAME})(?:${SPACE}+${LABEL_TIME})?${SPACE}{0,2}:(?=\s|$)${SPACE}*`, 'u');
/** `[Name] …` or `[Name]: …`, with words after it. */
const BRACKET_LABEL = new RegExp(String.raw`^\[(${NAME})\](?:${SPACE}*:${SPACE}*|${SPACE}+)(?=\S)`, 'u');
const NAME_LINE = new RegExp(String.raw`^(${NAME})${SPACE}+${LABEL_TIME}$`, 'u');

/** The speaker label that opens `text`, if it has the shape of one. */
export function readSpeakerLabel(text: string, options: { brackets: boolean }): SpeakerLabel | null {
  const colon = COLON_LABEL.exec(text);
  if (colon) {
    const name = normalizeSpeakerName(colon[1] ?? '');
    const time = colon[2] ?? colon[3] ?? colon[4];
    const ms = time === undefined ? null : timestampToMs(time);
    if (!isShortEnough(name) || (time !== undefined && ms === null)) return null;
    return { kind: 'colon', name, length: colon[0].length, ms };
  }
  if (!options.brackets) return null;
  const bracket = BRACKET_LABEL.exec(text);
  if (!bracket) return null;
  const name = normalizeSpeakerName(bracket[1] ?? '');
  return isShortEnough(name) ? { kind: 'bracket', name, length: bracket[0].length, ms: null } : null;
}

/** A paragraph that is only a name and a time (Teams, Otter and Stream exports), or null. */
export function readNameLine(text: string): NameLine | null {
  const match = NAME_LINE.exec(text);
  if (!match) return null;
  const name = normalizeSpeakerName(match[1] ?? '');
  const ms = timestampToMs(match[2] ?? match[3] ?? match[4] ?? '');
  return ms !== null && isShortEnough(name) ? { name, ms } : null;
}

/** Trimmed, without Markdown emphasis or brackets around it, inner spaces collapsed to one. */
export function normalizeSpeakerName(name: string): string {
  return name
    .replace(/[\s\u00A0\u202F]+/gu, ' ')
    .trim()
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    .replace(/^\[(.*)\]$/u, '$1')
    .trim();
}

const isShortEnough = (name: string): boolean => name !== '' && name.length <= MAX_LABEL_CHARACTERS;
