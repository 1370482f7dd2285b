import type { AttributeType } from '../../../shared/contract';

/**
 * Attribute values are stored as text in one canonical form per type, so that sorting, filtering and
 * exports agree: numbers as JavaScript writes them (`12.5`), dates as ISO (`2017-03-14`), text and
 * categories as written (trimmed, NFC).
 */

/** `12`, `-3,5` (French decimal comma), `1 234,5` (spaces or non-breaking spaces as thousands). */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/**
 * Dates as researchers write them: `14/03/2017`, `14-03-2017`, `14.03.2017` (day first, the French
 * and European order), `2017-03-14`, and a two-digit year (`14/03/17` → 2017; ≥ 70 → 19xx).
 * Returns the ISO date, or null.
 */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year >= 70 ? 1900 : 2000;
    return validDate(year, Number(m[2]), Number(m[1]));
  }
  return null;
}

export type Normalized = { ok: true; value: string | null } | { ok: false; reason: string };

/** A raw value in the canonical form of `type`; empty means "no value". */
export function normalizeValue(type: AttributeType, raw: string | null): Normalized {
  const s = (raw ?? '').normalize('NFC').trim();
  if (s === '') return { ok: true, value: null };
  switch (type) {
    case 'number': {
      const n = parseNumber(s);
      return n === null ? { ok: false, reason: `“${s}” is not a number` } : { ok: true, value: String(n) };
    }
    case 'date': {
      const d = parseDate(s);
      return d === null ? { ok: false, reason: `“${s}” is not a date (write 14/03/2017 or 2017-03-14)` } : { ok: true, value: d };
    }
    case 'text':
    case 'category':
      return { ok: true, value: s };
  }
}

/**
 * The type a column of values most likely has: number or date when every filled cell is one;
 * category when a few values repeat (actor groups, towns, genders); text otherwise.
 */
export function inferType(values: readonly string[]): AttributeType {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'text';
  if (filled.every((v) => parseNumber(v) !== null)) return 'number';
  if (filled.every((v) => parseDate(v) !== null)) return 'date';
  const distinct = new Set(filled.map((v) => v.toLocaleLowerCase('fr'))).size;
  const isCategory = filled.length >= 2 && distinct < filled.length && distinct <= Math.max(3, Math.min(15, Math.ceil(filled.length / 2)));
  return isCategory ? 'category' : 'text';
}
