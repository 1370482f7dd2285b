import { fileError } from '../file-errors';
import { decodeHtmlEntities } from '../html-entities';
import { normalizeSpeakerName } from '../speakers/speaker-labels';
import type { CueSegment, SubtitleCue } from './subtitle-cue';

/**
 * Reads a WebVTT file (W3C WebVTT, as written by YouTube, Zoom, Teams, Descript, Whisper…) into
 * cues. Lenient where real files differ from the standard, strict where a guess would import
 * garbage:
 * - the file must start with `WEBVTT` (else it is not WebVTT: BAD_FILE naming the file); the header
 *   text after it and header lines below it are metadata;
 * - `NOTE`, `STYLE` and `REGION` blocks are skipped, and so is any block without a timing line;
 * - a cue id line before the timing line is dropped;
 * - timings are `hh:mm:ss.ttt` or `mm:ss.ttt` (a comma is accepted for the dot), followed by
 *   optional cue settings; a cue whose timing line cannot be read is skipped whole — its text
 *   cannot be placed in time, and a caption file with a broken cue is still worth importing;
 * - `<v Name>` / `<v.loud Name>` voice tags give the speaker; the other tags (class, italic, bold,
 *   underline, language, ruby annotations, karaoke timestamps `<00:00:01.000>`) are removed with
 *   ruby annotations' text; character references are decoded.
 *
 * `text` must be normalized (`\n` line ends, no BOM).
 */
export function parseVtt(text: string, fileName: string): SubtitleCue[] {
  const lines = text.split('\n');
  if (!/^WEBVTT(?:[ \t].*)?$/u.test(lines[0] ?? '')) {
    throw fileError('BAD_FILE', fileName, 'is not a WebVTT subtitle file: its first line should be “WEBVTT”. Check that it is a .vtt file, or give it its real extension.');
  }
  const cues: SubtitleCue[] = [];
  for (const block of blocksOf(lines.slice(headerLength(lines)))) {
    const cue = readCue(block);
    if (cue !== null) cues.push(cue);
  }
  return cues;
}

/**
 * The header runs up to the first blank line; some writers forget that line, so a timing line
 * also ends it.
 */
function headerLength(lines: readonly string[]): number {
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '' || line.includes('-->')));
  return end === -1 ? lines.length : end;
}

/** Groups of consecutive non-blank lines. */
function blocksOf(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line.trim() !== '') block.push(line);
    else if (block.length > 0) {
      blocks.push(block);
      block = [];
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

const TIMESTAMP = /^(?:(\d{1,3}):)?(\d{2}):(\d{2})[.,](\d{3})$/u;

function readCue(block: readonly string[]): SubtitleCue | null {
  if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/u.test(block[0] ?? '')) return null;
  const timingIndex = block.findIndex((line, i) => i < 2 && line.includes('-->'));
  if (timingIndex === -1) return null;
  const timing = /^[ \t]*(\S+)[ \t]+-->[ \t]+(\S+)/u.exec(block[timingIndex] ?? '');
  const startMs = timing ? vttTimestampToMs(timing[1] ?? '') : null;
  const endMs = timing ? vttTimestampToMs(timing[2] ?? '') : null;
  if (startMs === null || endMs === null) return null;
  const payload = block.slice(timingIndex + 1).join('\n');
  return { startMs, endMs: Math.max(startMs, endMs), segments: readCuePayload(payload) };
}

export function vttTimestampToMs(text: string): number | null {
  const match = TIMESTAMP.exec(text);
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', milliseconds = '0'] = match;
  if (Number(minutes) >= 60 || Number(seconds) >= 60) return null;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(milliseconds);
}

/**
 * WebVTT's tags (and the HTML ones some writers let through), with their classes and annotation;
 * any other angle-bracketed word is text, since transcripts write `<inaudible>` on purpose.
 */
const TAG = /<(\/?)(c|i|b|u|v|ruby|rt|lang|font|span|em|strong|\d[\d:.]*)((?:[.\s][^<>]*)?)>/giu;

/** The cue text without markup, split where a voice tag starts. */
export function readCuePayload(payload: string): CueSegment[] {
  const segments: CueSegment[] = [{ voice: null, text: '' }];
  let inRubyText = false;
  let position = 0;
  const appendText = (raw: string): void => {
    const segment = segments.at(-1);
    if (segment !== undefined && !inRubyText) segment.text += decodeCueText(raw);
  };
  for (const match of payload.matchAll(TAG)) {
    appendText(payload.slice(position, match.index));
    position = match.index + match[0].length;
    const [, closing, tagName = '', rest = ''] = match;
    const name = tagName.toLowerCase();
    if (name === 'rt') inRubyText = closing === '';
    else if (name === 'v' && closing === '') {
      // `<v Name>` or `<v.loud Name>`: what follows the classes and white space is the name.
      const voice = normalizeSpeakerName(rest.replace(/^(?:\.[^\s.>]+)*/u, ''));
      segments.push({ voice: voice === '' ? null : voice, text: '' });
    }
  }
  appendText(payload.slice(position));
  return segments.filter((segment) => segment.text.trim() !== '');
}

/** WebVTT's own references (`&lrm;`, `&rlm;`) and the HTML ones; a stray `<` or `&` stays as written. */
function decodeCueText(raw: string): string {
  return decodeHtmlEntities(raw.replace(/&lrm;/gu, '\u200E').replace(/&rlm;/gu, '\u200F'));
}
