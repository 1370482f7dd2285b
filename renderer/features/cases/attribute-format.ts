/**
 * How attribute values read in the table. The core stores canonical forms (numbers `12.5`, dates ISO
 * `2017-03-14`); the table shows them as a French reader writes them (`12,5`, `14/03/2017`) and sends
 * back what the user typed, which the core parses and checks.
 */
import type { AttributeType } from '../../../shared/contract';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2017-03-14` → `14/03/2017` (day first, as in France and most of Europe). */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function formatNumber(canonical: string, locale: string, grouping = true): string {
  const n = Number(canonical);
  if (canonical.trim() === '' || !Number.isFinite(n)) return canonical;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: grouping }).format(n);
}

/** The value as the table shows it. */
export function displayValue(type: AttributeType, value: string | undefined, locale: string): string {
  if (value === undefined || value === '') return '';
  if (type === 'date') return formatDate(value);
  if (type === 'number') return formatNumber(value, locale);
  return value;
}

/** The value as the cell's field starts when editing (no thousands separators to trip over). */
export function editableValue(type: AttributeType, value: string | undefined, locale: string): string {
  if (value === undefined || value === '') return '';
  if (type === 'date') return formatDate(value);
  if (type === 'number') return formatNumber(value, locale, false);
  return value;
}

/** Values sort as their type does (numbers by size, dates by time, text alphabetically, empty last). */
export function compareValues(type: AttributeType, a: string | undefined, b: string | undefined): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  if (type === 'number') return Number(a) - Number(b);
  if (type === 'date') return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' });
}
