import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText } from '../documents/import/decode-text';
import { fileError, megabytes } from '../documents/import/file-errors';
import { nameKey, uniqueName } from '../documents/unique-name';
import { CsvQuoteError, parseCsv } from './csv';
import { MAX_TABLE_CELLS } from './table-limits';
import { readXlsxCells } from './xlsx';

/** A participants table is small; anything larger is not one. */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

export type Table = {
  fileName: string;
  header: string[];
  rows: string[][];
  /** What was changed for the table to be read (renamed duplicate columns…), for the import report. */
  warnings: string[];
};

/** Rows as the parsers give them; a row may be sparse (an .xlsx row lists only its filled cells). */
type RawRows = readonly (readonly (string | undefined)[])[];

/** Reads a CSV (any separator, UTF-8 or Windows-1252) or XLSX participants table with a header row. */
export async function readParticipantTable(path: string): Promise<Table> {
  const fileName = basename(path);
  const ext = extname(path).toLowerCase();
  if (!['.csv', '.tsv', '.txt', '.xlsx'].includes(ext)) {
    throw fileError('UNSUPPORTED_FILE', fileName, 'is not a participants table: Verbatim reads .csv and .xlsx files with a header row.');
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw fileError('BAD_FILE', fileName, 'cannot be read (it was moved, deleted, or is not accessible).');
  }
  if (size > MAX_TABLE_BYTES) {
    throw fileError('FILE_TOO_LARGE', fileName, `is too large for a participants table (${megabytes(size)}; up to ${megabytes(MAX_TABLE_BYTES)}).`);
  }
  const bytes = new Uint8Array(await readFile(path));
  const rows = ext === '.xlsx' ? readXlsxCells(bytes, fileName) : readCsvRows(bytes, fileName);
  return tableOf(rows, fileName);
}

function readCsvRows(bytes: Uint8Array, fileName: string): string[][] {
  try {
    return parseCsv(decodeText(bytes, fileName).text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (!(e instanceof CsvQuoteError)) throw e;
    const where =
      e.closedAt === null
        ? `a quote (") opened on line ${e.line} is never closed`
        : `a quote (") opened on line ${e.line} only closes on line ${e.closedAt}, in the middle of a field`;
    throw fileError('BAD_FILE', fileName, `cannot be read as a table: ${where}, so the rows after it would run together. Close or remove that quote and import it again.`, { line: e.line });
  }
}

/**
 * The header and the rows, laid out on the columns actually used (a column with neither a header nor
 * a value is dropped), each value NFC and trimmed. Columns without a header are named `Colonne N`;
 * a name that repeats gets a number (`Autre (2)`), as survey tools often repeat headers.
 */
export function tableOf(rawRows: RawRows, fileName: string): Table {
  const [rawHeader, ...body] = rawRows;
  if (!rawHeader || body.length === 0) {
    throw fileError('BAD_FILE', fileName, 'has no participants: it needs a header row (identifier, then attributes) and one row per participant.');
  }
  const used = new Set<number>();
  for (const row of rawRows) row.forEach((v, i) => v !== undefined && v.trim() !== '' && used.add(i));
  const columns = [...used].sort((a, b) => a - b);
  if (columns.length * rawRows.length > MAX_TABLE_CELLS) {
    throw fileError(
      'FILE_TOO_LARGE',
      fileName,
      `is too large for a participants table: ${body.length.toLocaleString('en')} rows × ${columns.length.toLocaleString('en')} columns (up to ${MAX_TABLE_CELLS.toLocaleString('en')} cells).`,
    );
  }
  const clean = (v: string | undefined) => (v ?? '').normalize('NFC').trim();
  const warnings: string[] = [];
  const header: string[] = [];
  columns.forEach((column) => {
    // Columns are numbered as in the file (A = 1), which is how the researcher finds them.
    const wanted = clean(rawHeader[column]) || `Colonne ${column + 1}`;
    const name = uniqueName(wanted, header);
    if (nameKey(name) !== nameKey(wanted)) {
      const first = columns[header.findIndex((h) => nameKey(h) === nameKey(wanted))]! + 1;
      warnings.push(`Columns ${first} and ${column + 1} are both named “${wanted}”: column ${column + 1} was imported as “${name}”.`);
    }
    header.push(name);
  });
  return { fileName, header, rows: body.map((r) => columns.map((c) => clean(r[c]))), warnings };
}
