/**
 * Reads delimited text as spreadsheets export it (RFC 4180): quoted fields with doubled quotes,
 * line breaks inside quotes, `;` (French Excel), `,` or tab as the separator — detected from the
 * header line, outside quotes.
 */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') break;
    else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.entries(counts) as [';' | ',' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/**
 * A quote that opens a field and is never closed, or closes only lines later in the middle of a
 * field: the rows in between would be swallowed into one cell, so the file is refused instead.
 * `line` is the line (1-based, as an editor counts them) where the quote opens.
 */
export class CsvQuoteError extends Error {
  constructor(
    readonly line: number,
    readonly closedAt: number | null,
  ) {
    super(closedAt === null ? `quote opened on line ${line} is never closed` : `quote opened on line ${line} closes on line ${closedAt} inside a field`);
    this.name = 'CsvQuoteError';
  }
}

/** @throws CsvQuoteError */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  /** Set when a quoted field spanning lines has just closed: only a separator or a line end may follow. */
  let closedMultiline = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // \r\n counts once, on its \r (the \n may be skipped below).
    if (ch === '\r' || (ch === '\n' && text[i - 1] !== '\r')) line++;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          closedMultiline = line !== quoteLine;
        }
      } else field += ch;
      continue;
    }
    if (closedMultiline && ch !== delimiter && ch !== '\n' && ch !== '\r' && ch !== ' ') throw new CsvQuoteError(quoteLine, line);
    if (ch !== ' ') closedMultiline = false;
    if (ch === '"' && field.trim() === '') {
      field = '';
      inQuotes = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (inQuotes) throw new CsvQuoteError(quoteLine, null);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}
