/**
 * The one CSV writer of the app (the core's exports, the pseudonym key and the renderer's matrix
 * all use it), so that every CSV follows the same conventions and the same protection against
 * formula injection.
 */

/** How a spreadsheet of one locale expects a CSV: French Excel splits on `;` and reads `12,5`. */
export type CsvConventions = { separator: ';' | ',' | '\t'; decimal: ',' | '.' };
export type CsvLocale = 'fr' | 'en';
export const CSV_SEPARATORS = [';', ',', '\t'] as const;

/** French: `;` and a decimal comma (what French Excel and LibreOffice open right); English: `,` and a point. */
export const CSV_LOCALES: Record<CsvLocale, CsvConventions> = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** A value as a CSV cell holds it: text, a number (written with the locale's decimal mark), or nothing. */
export type CsvValue = string | number | null;

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return that
 * some spreadsheets skip before one) gets a leading apostrophe, as OWASP recommends against CSV
 * injection: the cell then shows as the text it is. Numbers are written as numbers, never prefixed.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** `12.5` → `12,5` with a decimal comma; integers unchanged. */
const numberText = (n: number, decimal: CsvConventions['decimal']) => {
  const s = Number.isFinite(n) ? String(n) : '';
  return decimal === ',' ? s.replace('.', ',') : s;
};

/** One cell: quoted when it holds the separator, a quote or a line break (RFC 4180). */
function cell(value: CsvValue, c: CsvConventions): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? numberText(value, c.decimal) : neutralizeFormula(value);
  return /["\n\r]/.test(s) || s.includes(c.separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel does not read accents as
 * Windows-1252), the locale's separator and decimal mark, CRLF line ends. Without conventions: `,`
 * and a decimal point.
 */
export function csvText(rows: readonly (readonly CsvValue[])[], conventions: CsvConventions = CSV_LOCALES.en): string {
  return '\uFEFF' + rows.map((r) => r.map((v) => cell(v, conventions)).join(conventions.separator)).join('\r\n') + '\r\n';
}
