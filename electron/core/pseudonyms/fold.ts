/**
 * Case- and accent-folding that keeps every UTF-16 code unit in place: `Lébrun` → `lebrun`, a
 * non-breaking space → ` `, `’` → `'`. Because the folded text has the same length as the original,
 * an offset found in one is the same offset in the other — no mapping tables, and matching 2M
 * words stays a plain scan.
 */

const FOLD = new Uint16Array(0x10000);
const WORD = new Uint8Array(0x10000);
const UPPER = new Uint8Array(0x10000);
const LOWER = new Uint8Array(0x10000);

for (let c = 0; c < 0x10000; c++) {
  FOLD[c] = c;
  if (c >= 0xd800 && c <= 0xdfff) continue; // surrogate halves: left alone, never word characters
  const written = String.fromCharCode(c);
  // Compatibility forms of the same length are unified here (`Ｍ` → `m`, `ſ` → `s`); those that
  // change length are left to normalize.ts.
  const compat = written.normalize('NFKC');
  const ch = compat.length === 1 ? compat : written;
  if (/\s/u.test(ch)) {
    FOLD[c] = 0x20;
    continue;
  }
  if (/['’‘ʼ′`]/u.test(ch)) {
    FOLD[c] = 0x27;
    continue;
  }
  if (/[‐‑]/u.test(ch)) {
    FOLD[c] = 0x2d;
    continue;
  }
  const base = ch.normalize('NFD')[0]!.toLowerCase();
  if (base.length === 1) FOLD[c] = base.charCodeAt(0);
  if (/[\p{L}\p{N}\p{M}]/u.test(ch)) WORD[c] = 1;
  if (/\p{Lu}|\p{Lt}/u.test(written)) UPPER[c] = 1;
  if (/\p{Ll}/u.test(written)) LOWER[c] = 1;
}

const utf16 = new TextDecoder('utf-16le');

/** The text lower-cased, accents removed, spaces and apostrophes unified; same length as `text`. */
export function foldText(text: string): string {
  const n = text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = FOLD[text.charCodeAt(i)]!;
  // Decoding the code units as UTF-16 rebuilds the string in one native call (lone surrogates
  // cannot occur: surrogate halves are copied unchanged, in pairs as they came).
  return utf16.decode(units);
}

/** A letter, digit or combining mark: what a whole word is made of. */
export const isWordCode = (code: number): boolean => WORD[code] === 1;
export const isUpperCode = (code: number): boolean => UPPER[code] === 1;
export const isLowerCode = (code: number): boolean => LOWER[code] === 1;
