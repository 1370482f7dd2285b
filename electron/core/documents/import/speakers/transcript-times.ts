/**
 * Timestamps as transcribers and transcription tools write them in text: `0:06`, `01:02`,
 * `1:02:03`, `00:04:01.06`, `00:00:08,250`, bare or in `[…]` / `(…)`. Two parts are minutes and
 * seconds (`0:06` in a Teams export is six seconds): transcripts count time from the start of the
 * recording, not clock time.
 */
export const TIME_PATTERN = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

const SPACE = String.raw`[ \t\u00A0\u202F]`;
const BRACKETED_TIME = new RegExp(String.raw`^(?:\[(${TIME_PATTERN})\]|\((${TIME_PATTERN})\))${SPACE}*(?:[-–—]${SPACE}*)?`, 'u');
const BARE_TIME = new RegExp(String.raw`^(${TIME_PATTERN})(?:${SPACE}+[-–—])?${SPACE}+`, 'u');
const TIME_ONLY = new RegExp(String.raw`^(?:\[(${TIME_PATTERN})\]|\((${TIME_PATTERN})\)|(${TIME_PATTERN}))$`, 'u');

/** Milliseconds from the start of the recording, or null when the text is not a valid time. */
export function timestampToMs(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/u.exec(text);
  if (!match) return null;
  const [, first = '0', second = '0', third, fraction = ''] = match;
  const [hours, minutes, seconds] = third === undefined ? [0, Number(first), Number(second)] : [Number(first), Number(second), Number(third)];
  if (seconds >= 60 || (third !== undefined && minutes >= 60)) return null;
  // A fraction is a decimal fraction of a second (`.06` = 60 ms, `,250` = 250 ms).
  const milliseconds = fraction === '' ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
}

/** A timestamp found at the start of a text, with the length of it and the separator after it. */
export type LeadingTime = { ms: number; length: number };

/**
 * The timestamp that opens `text` (`00:00:08 Hello`, `[00:01:02] Name: …`, `(12:15) – …`), when
 * words follow it. A time followed by a colon (`10:30 : réunion`) is not a timestamp but the
 * start of a sentence or a label.
 */
export function readLeadingTime(text: string): LeadingTime | null {
  const match = BRACKETED_TIME.exec(text) ?? BARE_TIME.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (rest === '' || rest.startsWith(':')) return null;
  const ms = timestampToMs(match[1] ?? match[2] ?? '');
  return ms === null ? null : { ms, length: match[0].length };
}

/** The time of a paragraph that holds nothing else (`00:12:30`, `[12:30]`), or null. */
export function readTimeOnly(text: string): number | null {
  const match = TIME_ONLY.exec(text);
  return match ? timestampToMs(match[1] ?? match[2] ?? match[3] ?? '') : null;
}
