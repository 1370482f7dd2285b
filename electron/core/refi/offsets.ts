import type { RefiOffsetUnit } from '../../../shared/contract';

/**
 * Offsets between REFI-QDA files and Verbatim.
 *
 * A REFI-QDA selection counts positions in the source's plain-text file as written: the spec says
 * Unicode code points from 0, end exclusive; NVivo for Windows counts UTF-16 code units with CRLF as
 * two; some tools count CRLF as one. Verbatim's offsets are UTF-16 units into the stored text
 * (ARCHITECTURE.md §2: NFC, `\n` line ends, no BOM, one trimmed paragraph per line, no blank lines).
 * So an import goes: offset in the file's unit → UTF-16 index into the raw text → stored offset,
 * and an export: stored UTF-16 offset → code point (the stored text is written as is).
 */

const LINE_BREAK = /\r\n?|[\n\u000B\u000C\u0085\u2028\u2029]/gu;
/** Characters normalizeText drops: controls, the soft hyphen, a BOM anywhere. */
const DROPPED = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\uFEFF]/gu;
const COMBINING = /\p{M}/u;
const BLANK = /^\s*$/u;
/** Lines with something to drop or compose take the careful path. */
const NEEDS_CARE = /[\p{M}\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\uFEFF]/u;

export type StoredText = {
  /** The text as Verbatim stores it. */
  text: string;
  /** Where a span starting at this raw UTF-16 index starts in the stored text (the next kept character). */
  startOf(rawIndex: number): number;
  /** Where a span ending at this raw UTF-16 index ends in the stored text (after the last kept character). */
  endOf(rawIndex: number): number;
};

/**
 * The stored form of a source's raw text, with a map from raw positions to stored ones. It applies
 * what normalizeText and the paragraph builder apply (line ends, dropped controls, NFC, trimmed
 * lines, blank lines removed) character by character, so that every raw position has its image.
 * NFC is applied per base character with its combining marks, which is where it composes.
 */
export function toStoredText(raw: string): StoredText {
  const lines: [number, number][] = [];
  let lineStart = 0;
  for (const match of raw.matchAll(LINE_BREAK)) {
    lines.push([lineStart, match.index]);
    lineStart = match.index + match[0].length;
  }
  lines.push([lineStart, raw.length]);

  let text = '';
  /** For each kept UTF-16 unit of the stored text (separators excluded): its stored index and raw origin. */
  let storedAt = new Int32Array(raw.length + 16);
  let origins = new Int32Array(raw.length + 16);
  let kept = 0;
  const push = (stored: number, origin: number) => {
    // NFC may lengthen a few characters: grow when needed.
    if (kept === storedAt.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      storedAt = grow(storedAt);
      origins = grow(origins);
    }
    storedAt[kept] = stored;
    origins[kept++] = origin;
  };
  const keep = (piece: string, origin: number) => {
    for (let u = 0; u < piece.length; u++) push(text.length + u, origin);
    text += piece;
  };
  for (const [from, to] of lines) {
    const line = raw.slice(from, to);
    if (!NEEDS_CARE.test(line) && line.normalize('NFC') === line) {
      // The common case: nothing to drop or compose, so the line maps unit for unit once trimmed.
      const trimmed = line.trim();
      if (trimmed === '') continue;
      if (text !== '') text += '\n';
      const offset = from + line.indexOf(trimmed);
      for (let u = 0; u < trimmed.length; u++) {
        // The second half of a surrogate pair has the pair's origin.
        const code = trimmed.charCodeAt(u);
        const isLowHalf = u > 0 && code >= 0xdc00 && code <= 0xdfff && trimmed.charCodeAt(u - 1) >= 0xd800 && trimmed.charCodeAt(u - 1) <= 0xdbff;
        push(text.length + u, offset + (isLowHalf ? u - 1 : u));
      }
      text += trimmed;
      continue;
    }
    const pieces: { text: string; origin: number }[] = [];
    for (let i = from; i < to; ) {
      let j = i + (raw.codePointAt(i)! > 0xffff ? 2 : 1);
      while (j < to && COMBINING.test(String.fromCodePoint(raw.codePointAt(j)!))) j += raw.codePointAt(j)! > 0xffff ? 2 : 1;
      const piece = raw.slice(i, j).replace(DROPPED, '').normalize('NFC');
      if (piece !== '') pieces.push({ text: piece, origin: i });
      i = j;
    }
    let first = 0;
    let last = pieces.length;
    while (first < last && BLANK.test(pieces[first]!.text)) first++;
    while (last > first && BLANK.test(pieces[last - 1]!.text)) last--;
    if (first === last) continue;
    if (text !== '') text += '\n';
    for (const piece of pieces.slice(first, last)) keep(piece.text, piece.origin);
  }
  /** The first kept unit whose origin is at or after `rawIndex`. */
  const lowerBound = (rawIndex: number): number => {
    let lo = 0;
    let hi = kept;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (origins[mid]! < rawIndex) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    text,
    startOf: (rawIndex) => {
      const at = lowerBound(rawIndex);
      return at < kept ? storedAt[at]! : text.length;
    },
    endOf: (rawIndex) => {
      const before = lowerBound(rawIndex) - 1;
      return before < 0 ? 0 : storedAt[before]! + 1;
    },
  };
}

/** Positions counted in one unit, as UTF-16 indices into the raw text. */
export type UnitScale = {
  /** The text's length in the unit. */
  length: number;
  /** The raw UTF-16 index of a position in the unit (0 ≤ position ≤ length). */
  toRaw(position: number): number;
};

export function unitScale(raw: string, unit: RefiOffsetUnit): UnitScale {
  if (unit === 'utf16') return { length: raw.length, toRaw: (p) => p };
  // A typed array: texts run to millions of units, and a growing plain array costs seconds.
  const starts = new Int32Array(raw.length + 1);
  let count = 0;
  for (let i = 0; i < raw.length; ) {
    starts[count++] = i;
    if (unit === 'codepoints-lf' && raw[i] === '\r' && raw[i + 1] === '\n') i += 2;
    else i += raw.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  starts[count] = raw.length;
  return { length: count, toRaw: (p) => (p >= 0 && p <= count ? starts[p]! : raw.length) };
}

/** For export: the code-point index of each UTF-16 index of a text (length + 1 entries). */
export function codePointIndex(text: string): (utf16: number) => number {
  const index = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; count++) {
    // Both halves of a surrogate pair are one code point.
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    index.fill(count, i, i + width);
    i += width;
  }
  index[text.length] = count;
  return (utf16) => index[Math.max(0, Math.min(text.length, utf16))]!;
}

export type SelectionSample = { start: number; end: number; name: string | null };
export type SourceSample = { raw: string; selections: readonly SelectionSample[] };

const isBreak = (c: string | undefined) => c === undefined || /[\r\n\u000B\u000C\u0085\u2028\u2029]/u.test(c);
const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The selected text a selection's name may hold (ATLAS.ti, NVivo), without a trailing ellipsis;
 * null for names that are labels (`line:12`, a GUID, a number).
 */
function quotedName(name: string | null): string | null {
  if (name === null) return null;
  const text = squash(name).replace(/(?:\.\.\.|…)$/u, '').trim();
  if (text.length < 4 || /^(?:line:\s*\d+|\{?[0-9a-f-]{36}\}?|\d+(?:\s*-\s*\d+)?)$/iu.test(text)) return null;
  return text;
}

/**
 * How well a unit explains a file's selections: a name that holds the selected text weighs most,
 * then spans that start or end on a line boundary (coders select whole paragraphs far more often
 * than a reading in the wrong unit lands on one by chance); spans that fall outside the text or
 * split a CRLF or a surrogate pair count against it.
 */
export function scoreUnit(sources: readonly SourceSample[], unit: RefiOffsetUnit): number {
  let score = 0;
  for (const { raw, selections } of sources) {
    if (selections.length === 0) continue;
    const scale = unitScale(raw, unit);
    for (const s of selections) {
      if (s.start < 0 || s.end < s.start || s.end > scale.length) {
        score -= 2;
        continue;
      }
      const from = scale.toRaw(s.start);
      const to = scale.toRaw(s.end);
      const splits = (i: number) => (raw[i - 1] === '\r' && raw[i] === '\n') || /[\uDC00-\uDFFF]/u.test(raw[i] ?? '');
      if (splits(from) || splits(to)) score -= 1;
      if (from === 0 || isBreak(raw[from - 1])) score += 1;
      if (to === raw.length || isBreak(raw[to])) score += 1;
      const quoted = quotedName(s.name);
      if (quoted !== null) {
        const selected = squash(raw.slice(from, to));
        if (selected.startsWith(quoted) || (selected.length >= 4 && quoted.startsWith(selected))) score += 3;
      }
    }
  }
  return score;
}

/**
 * The unit a file counts in. Ties (no CRLF, no emoji: every reading agrees) go to what the
 * producer is known to write: UTF-16 for NVivo on Windows, code points (the spec) otherwise.
 */
export function detectOffsetUnit(sources: readonly SourceSample[], origin: string | null): { unit: RefiOffsetUnit; scores: Record<RefiOffsetUnit, number> } {
  const nvivoWindows = origin !== null && /nvivo/iu.test(origin) && !/mac/iu.test(origin);
  const order: RefiOffsetUnit[] = nvivoWindows ? ['utf16', 'codepoints', 'codepoints-lf'] : ['codepoints', 'utf16', 'codepoints-lf'];
  const scores = { codepoints: 0, utf16: 0, 'codepoints-lf': 0 } satisfies Record<RefiOffsetUnit, number>;
  for (const unit of order) scores[unit] = scoreUnit(sources, unit);
  let best = order[0]!;
  for (const unit of order) if (scores[unit] > scores[best]) best = unit;
  return { unit: best, scores };
}
