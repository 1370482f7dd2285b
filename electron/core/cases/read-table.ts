import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText } from '../documents/import/decode-text';
import { fileError, megabytes } from '../documents/import/file-errors';
import { parseCsv } from './csv';
import { readXlsxRows } from './xlsx';

/** A participants table is small; anything larger is not one. */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

export type Table = { fileName: string; header: string[]; rows: string[][] };

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
  const rows = ext === '.xlsx' ? readXlsxRows(bytes, fileName) : parseCsv(decodeText(bytes, fileName).text.replace(/^\uFEFF/, ''));
  const [header, ...body] = rows;
  if (!header || body.length === 0) {
    throw fileError('BAD_FILE', fileName, 'has no participants: it needs a header row (identifier, then attributes) and one row per participant.');
  }
  const names = header.map((h) => h.normalize('NFC').trim());
  const width = Math.max(names.length, ...body.map((r) => r.length));
  return {
    fileName,
    header: Array.from({ length: width }, (_, i) => names[i] || `Colonne ${i + 1}`),
    rows: body.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '').normalize('NFC').trim())),
  };
}
