/** One cell: quoted when it holds the separator, a quote or a line break (RFC 4180). */
const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const s = String(value);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel does not read accents as
 * Windows-1252), comma-separated, CRLF line ends.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): Uint8Array {
  const text = '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(text);
}
