import { foldText, isLowerCode, isUpperCode, isWordCode } from './fold';

/**
 * A text as matching and detection read it, with the way back to the original: names hidden from
 * a plain scan are made visible again, so that the anonymizer, its leak check and detection all
 * see `Martine` in `Mar\u200Btine` (a zero-width space), in `Ｍａｒｔｉｎｅ` (fullwidth forms) and in
 * `@MartineLebrun` (a handle), and a replacement still replaces the original characters — the
 * invisible ones included.
 *
 * - Compatibility forms are unified as NFKC does (`Ｍ` → `M`, `ﬁ` → `fi`, `𝐌` → `M`), where the
 *   result has a letter or a digit (`…` stays `…`, not `...`; spaces are left to the fold table), so
 *   that a name is suggested as `Martine`, not `Ｍａｒｔｉｎｅ`.
 * - Format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens, bidi
 *   marks, the BOM) are removed: they are invisible and only ever split a word.
 * - In a handle or hashtag (`@` or `#` not glued to a word: not an email's `@`), camel case,
 *   `_` and inner dots separate words (`@Martine_Lebrun`, `#MartineLebrun` → `Martine Lebrun`).
 */
export type MatchText = {
  /** The normalized text (what detectors and the matcher read). */
  text: string;
  /** `foldText(text)`. */
  folded: string;
  /** Where the normalized unit at `i` begins in the original (`i` = length gives the original's length). */
  startOf: (i: number) => number;
  /** Where a range of the normalized text ending (exclusively) at `i` ends in the original. */
  endOf: (i: number) => number;
};

const CF = new Uint8Array(0x10000);
/** Units whose NFKC form differs and has a letter or digit in it (`Ｍ`, `ﬁ`, `Ĳ`, `½`). */
const COMPAT = new Map<number, string>();
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (/\p{Cf}/u.test(ch)) {
    CF[c] = 1;
    continue;
  }
  const n = ch.normalize('NFKC');
  if (n !== ch && /[\p{L}\p{N}]/u.test(n)) COMPAT.set(c, n);
}

const AT = 0x40;
const HASH = 0x23;
const isHandleMark = (c: number) => c === AT || c === HASH || c === 0xff20 || c === 0xff03; // fullwidth ＠ ＃

/** Whether a text needs more than the fold table: the common case (plain prose) is returned as is, at no cost. */
function needsNormalizing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c === AT || c === HASH) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) return true;
      continue;
    }
    if (CF[c] === 1 || COMPAT.has(c) || (c >= 0xd800 && c <= 0xdbff) || isHandleMark(c)) return true;
  }
  return false;
}

const identity = (text: string): MatchText => ({ text, folded: foldText(text), startOf: (i) => i, endOf: (i) => i });

/** Prepares a text for matching and detection (see {@link MatchText}). */
export function normalizeForMatching(text: string): MatchText {
  if (!needsNormalizing(text)) return identity(text);
  const out: string[] = [];
  // For each unit written: where its source begins and ends in the original (typed arrays, grown
  // as needed: a long transcript must not cost a JS number per character twice over).
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  let written = 0;
  let copyStart = 0;
  let copyEnd = 0;
  const emit = (s: string, from: number, to: number) => {
    if (written + s.length > starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(Math.max(a.length * 2, written + s.length));
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    // Units copied as written are gathered into slices of the original, the rest written as is.
    const copied = to - from === s.length && text.startsWith(s, from);
    if (copied && from === copyEnd) copyEnd = to;
    else {
      if (copyEnd > copyStart) out.push(text.slice(copyStart, copyEnd));
      if (copied) [copyStart, copyEnd] = [from, to];
      else {
        out.push(s);
        copyStart = copyEnd = to;
      }
    }
    for (let k = 0; k < s.length; k++) {
      starts[written] = from;
      ends[written] = to;
      written++;
    }
  };
  let inHandle = false;
  let previous = -1; // the last unit written, as a code
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (CF[c] === 1) {
      i++;
      continue;
    }
    let unit: string;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      const compat = pair.normalize('NFKC');
      unit = compat !== pair && /[\p{L}\p{N}]/u.test(compat) ? compat : pair; // `𝐌` → `M`; emoji stay
      width = 2;
    } else unit = COMPAT.get(c) ?? text[i]!;
    const code = unit.charCodeAt(0);
    if (inHandle) {
      const next = i + width < n ? text.charCodeAt(i + width) : -1;
      if ((code === 0x5f || code === 0x2e) && next !== -1 && isWordCode(next) && isWordCode(previous)) {
        emit(' ', i, i + width); // `Martine_Lebrun`, `martine.lebrun`
        previous = 0x20;
        i += width;
        continue;
      }
      if (isWordCode(code)) {
        if (isUpperCode(code) && isLowerCode(previous)) emit(' ', i, i); // `MartineLebrun`: a space of no width
      } else inHandle = false;
    } else if (isHandleMark(code) && !isWordCode(previous) && i + width < n && isWordCode(text.charCodeAt(i + width))) inHandle = true;
    emit(unit, i, i + width);
    previous = unit.charCodeAt(unit.length - 1);
    i += width;
  }
  if (copyEnd > copyStart) out.push(text.slice(copyStart, copyEnd));
  const normalized = out.join('');
  return {
    text: normalized,
    folded: foldText(normalized),
    startOf: (i) => (i < written ? starts[i]! : n),
    endOf: (i) => (i <= 0 ? (written > 0 ? starts[0]! : 0) : ends[i - 1]!),
  };
}

/**
 * The folded form of a phrase as entries store and compare it: normalized as texts are (so that a
 * form typed with a zero-width space or in fullwidth letters still matches), folded, spaces
 * collapsed, trimmed.
 */
export function foldKey(text: string): string {
  return normalizeForMatching(text.normalize('NFC')).folded.replace(/ +/g, ' ').trim();
}
