import { fileError } from '../file-errors';
import { decodeHtmlEntities } from '../html-entities';
import type { SubtitleCue } from './subtitle-cue';

/**
 * Reads a SubRip file (.srt) into cues: a number, a timing line `00:00:01,000 --> 00:00:04,000`
 * (a dot is accepted for the comma, and position coordinates after it), then the text lines, then
 * a blank line. Real files drop numbers, add blank lines inside a cue or forget them between cues,
 * so cues are found by their timing lines: everything up to the next timing line is the cue's text,
 * except the number just above that line. A cue whose timing line cannot be read (it has `-->`
 * but not two times) is skipped whole, as in WebVTT. The text loses its formatting tags (`<i>`,
 * `<b>`, `<u>`, `<font …>`) and the `{\an8}` position codes of SubStation-style writers.
 *
 * `text` must be normalized (`\n` line ends, no BOM).
 */
export function parseSrt(text: string, fileName: string): SubtitleCue[] {
  const lines = text.split('\n');
  const timingLines = lines.flatMap((line, i) => (line.includes('-->') ? [i] : []));
  if (timingLines.length === 0) {
    throw fileError('BAD_FILE', fileName, 'is not a SubRip subtitle file: it has no cue timings such as “00:00:01,000 --> 00:00:04,000”. Check that it is a .srt file, or give it its real extension.');
  }
  const cues: SubtitleCue[] = [];
  timingLines.forEach((lineIndex, k) => {
    const times = readTimingLine(lines[lineIndex] ?? '');
    if (times === null) return;
    const end = timingLines[k + 1] ?? lines.length;
    const textLines = lines.slice(lineIndex + 1, end);
    if (k + 1 < timingLines.length) dropNextCueNumber(textLines);
    const cueText = textLines.map(cleanLine).filter((line) => line !== '').join('\n');
    cues.push({ ...times, segments: [{ voice: null, text: cueText }] });
  });
  if (cues.length === 0) {
    throw fileError('BAD_FILE', fileName, 'is damaged: none of its cue timings can be read (they should look like “00:00:01,000 --> 00:00:04,000”).');
  }
  return cues;
}

const TIME = String.raw`(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})`;
const TIMING_LINE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}(?:\s.*)?$`, 'u');

function readTimingLine(line: string): { startMs: number; endMs: number } | null {
  const match = TIMING_LINE.exec(line);
  if (!match) return null;
  const toMs = (h = '0', m = '0', s = '0', ms = '0'): number | null =>
    Number(m) >= 60 || Number(s) >= 60 ? null : ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms.padEnd(3, '0'));
  const startMs = toMs(match[1], match[2], match[3], match[4]);
  const endMs = toMs(match[5], match[6], match[7], match[8]);
  return startMs === null || endMs === null ? null : { startMs, endMs: Math.max(startMs, endMs) };
}

/** The last non-blank line before the next timing line is that cue's number, when it is a number. */
function dropNextCueNumber(textLines: string[]): void {
  while (textLines.length > 0 && (textLines.at(-1) ?? '').trim() === '') textLines.pop();
  if (/^\s*\d+\s*$/u.test(textLines.at(-1) ?? '')) textLines.pop();
}

const FORMATTING_TAG = /<\/?(?:i|b|u|s|font|span|em|strong)(?:\s[^<>]*)?>/giu;
const POSITION_CODE = /\{\\[^{}]*\}/gu;

function cleanLine(line: string): string {
  return decodeHtmlEntities(line.replace(FORMATTING_TAG, '').replace(POSITION_CODE, '')).trim();
}
