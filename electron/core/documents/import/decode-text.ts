import { fileError } from './file-errors';
import { decodeWindows1252 } from './windows-1252';

/**
 * Turns the bytes of a plain-text file (.txt, .md) into a string, guessing the encoding the way a
 * careful person would: a byte-order mark first, then UTF-16 recognised by its NUL bytes, then
 * strict UTF-8, and only then Windows-1252 (what Word and Notepad on a French or English Windows
 * wrote for decades; a superset of ISO-8859-1 for printable text). Decoding never guesses silently
 * into mojibake (`Ã©`): a UTF-8 file with a few bad bytes stays UTF-8, each bad byte replaced by
 * U+FFFD and its line reported (`invalidLines`), so that one damaged byte never garbles every accent.
 */
export type TextEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  /** UTF-8 with some bytes that are not (a damaged byte, text pasted from an older Windows file): each replaced by U+FFFD. */
  | 'utf-8+replaced';

export type DecodedText = {
  text: string;
  encoding: TextEncoding;
  hasByteOrderMark: boolean;
  /** The lines (from 1) where a byte that is not UTF-8 was replaced by U+FFFD; empty for a clean file. */
  invalidLines: number[];
};

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** @throws AppError BAD_FILE when the bytes are not text at all, or are UTF-32 / damaged UTF-16. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw fileError('BAD_FILE', fileName, 'is encoded in UTF-32, which Verbatim cannot read: save it again as UTF-8 and import it again.');
  }
  if (startsWith(bytes, UTF8_BOM)) return { ...decodeUtf8Family(bytes.subarray(3)), hasByteOrderMark: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le', fileName), encoding: 'utf-16le', hasByteOrderMark: true, invalidLines: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be', fileName), encoding: 'utf-16be', hasByteOrderMark: true, invalidLines: [] };

  const zeros = countZeroBytes(bytes);
  if (zeros.even + zeros.odd === 0) return { ...decodeUtf8Family(bytes), hasByteOrderMark: false };
  const utf16 = utf16ByteOrderOf(bytes.length, zeros);
  if (utf16 !== null) return { text: decodeUtf16(bytes, utf16, fileName), encoding: utf16, hasByteOrderMark: false, invalidLines: [] };
  // Some editors pad a file with NUL bytes after a crash, and a stray NUL may slip into a text; but
  // NUL bytes in any number (random data has one byte in 256) mean a binary file (a picture, a
  // database…): decoding it as text would only produce garbage.
  const withoutPadding = bytes.subarray(0, lastNonZeroIndex(bytes) + 1);
  const innerZeros = zeros.even + zeros.odd - (bytes.length - withoutPadding.length);
  if (innerZeros > withoutPadding.length / 1000) throw notTextError(fileName);
  return { ...decodeUtf8Family(withoutPadding), hasByteOrderMark: false };
}

function lastNonZeroIndex(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i >= 0 && bytes[i] === 0) i--;
  return i;
}

const notTextError = (fileName: string) =>
  fileError('BAD_FILE', fileName, 'does not contain plain text (it looks like a binary file, such as a picture or a program file).');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw fileError('BAD_FILE', fileName, 'is damaged: its text (UTF-16) is cut off or contains invalid characters.');
  }
}

type ZeroCounts = { even: number; odd: number };

function countZeroBytes(bytes: Uint8Array): ZeroCounts {
  const counts = { even: 0, odd: 0 };
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) counts.even++;
      else counts.odd++;
    }
  }
  return counts;
}

/**
 * UTF-16 text without a BOM in a Latin script has a zero high byte for almost every character: on
 * odd positions in little-endian, on even positions in big-endian. A third of the characters is a
 * low bar (accents, digits and punctuation in other blocks, or some Greek or Cyrillic, do not
 * have zero bytes) while the other position must stay almost free of zeros.
 */
function utf16ByteOrderOf(length: number, zeros: ZeroCounts): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(length / 2);
  if (units === 0 || length % 2 !== 0) return null;
  if (zeros.odd >= units * 0.3 && zeros.even <= units * 0.02) return 'utf-16le';
  if (zeros.even >= units * 0.3 && zeros.odd <= units * 0.02) return 'utf-16be';
  return null;
}

/** Strict UTF-8, else UTF-8 with its few bad bytes replaced, else Windows-1252. */
function decodeUtf8Family(bytes: Uint8Array): Omit<DecodedText, 'hasByteOrderMark'> {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', invalidLines: [] };
  } catch {
    const segments = splitUtf8Segments(bytes);
    // A real Windows-1252 file almost never contains a valid multi-byte UTF-8 sequence by chance
    // (it would need, e.g., "Ã" followed by "©"). So when valid sequences are at least as frequent
    // as invalid bytes, the file is UTF-8 with some damage: decoding it all as Windows-1252 would
    // turn every "é" of the UTF-8 part into "Ã©". A bad byte may be a Windows-1252 letter pasted in
    // or a damaged sequence: which, nothing tells, so it is replaced (U+FFFD) and its line reported
    // rather than guessed.
    if (segments.multiByteSequences > 0 && segments.multiByteSequences >= segments.invalidBytes) {
      return { text: decodeReplacing(bytes, segments.invalidRanges), encoding: 'utf-8+replaced', invalidLines: linesOf(bytes, segments.invalidRanges) };
    }
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', invalidLines: [] };
  }
}

/** The line (from 1) of each range's first byte, each line once, in order. */
function linesOf(bytes: Uint8Array, ranges: readonly [number, number][]): number[] {
  const lines: number[] = [];
  let line = 1;
  let position = 0;
  for (const [start] of ranges) {
    for (; position < start; position++) if (bytes[position] === 0x0a) line++;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

type Utf8Scan = { multiByteSequences: number; invalidBytes: number; invalidRanges: [number, number][] };

/** Walks the bytes with the UTF-8 validity rules of the Encoding Standard (no overlongs, no surrogates). */
function splitUtf8Segments(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByteSequences: 0, invalidBytes: 0, invalidRanges: [] };
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLengthAt(bytes, i);
    if (length === 0) {
      const last = scan.invalidRanges.at(-1);
      if (last && last[1] === i) last[1] = i + 1;
      else scan.invalidRanges.push([i, i + 1]);
      scan.invalidBytes++;
      i++;
    } else {
      if (length > 1) scan.multiByteSequences++;
      i += length;
    }
  }
  return scan;
}

function validSequenceLengthAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const inRange = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[i + offset];
    return b !== undefined && b >= low && b <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return inRange(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

/** UTF-8 with one U+FFFD per invalid byte (as counted by `splitUtf8Segments`, whatever the decoder's own rule). */
function decodeReplacing(bytes: Uint8Array, invalidRanges: readonly [number, number][]): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  let position = 0;
  for (const [start, end] of invalidRanges) {
    parts.push(utf8.decode(bytes.subarray(position, start)), '\uFFFD'.repeat(end - start));
    position = end;
  }
  parts.push(utf8.decode(bytes.subarray(position)));
  return parts.join('');
}
