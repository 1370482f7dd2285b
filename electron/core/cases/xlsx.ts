import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { fileError, damagedFileError } from '../documents/import/file-errors';
import { AppError } from '../../../shared/result';
import { MAX_TABLE_CELLS } from './table-limits';
import { checkZipSafety, DEFAULT_ZIP_LIMITS, type ZipLimits } from '../documents/import/zip-safety';

const EXCEL = { kind: 'Excel workbook', extension: '.xlsx' };

/** Excel's own sheet limits (columns A…XFD, rows 1…1,048,576): a reference beyond them is forged. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;
/**
 * A participants table's parts, uncompressed: the XML of 2,000 participants × 100 attributes is about
 * 10 MB. The parser builds objects several times the size of the XML, so this bounds its memory too.
 */
export const XLSX_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxUncompressedBytes: 64 * 1024 * 1024 };

/** Number formats Excel builds in for dates and times (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['row', 'c', 'si', 'r', 'sheet', 'xf', 'numFmt', 'Relationship'].includes(name),
});

function parseXml(xml: string, fileName: string, part: string): Node {
  // Spreadsheets never need a DTD; refusing one rules out entity-expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw fileError('BAD_FILE', fileName, 'contains a document type declaration, which a spreadsheet never needs: Verbatim did not open it.');
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (e) {
    throw damagedFileError(fileName, EXCEL.kind, EXCEL.extension, `${part}: ${(e as Error).message}`);
  }
  return typeof parsed === 'object' && parsed !== null ? (parsed as Node) : {};
}

/** The children named so, as objects: damaged XML may give a bare string where an element was expected. */
const asArray = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is Node => typeof x === 'object' && x !== null);
const attr = (node: Node | undefined, name: string): string | undefined => {
  const v = node?.[`@${name}`];
  return typeof v === 'string' ? v : undefined;
};
const child = (node: Node | undefined, name: string): Node | undefined => {
  const v = node?.[name];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : undefined;
};

/** The text of a `<t>` (a plain string, or an object when it carries xml:space). */
function textOf(t: unknown): string {
  if (t === undefined || t === null) return '';
  if (typeof t === 'string' || typeof t === 'number') return String(t);
  const inner = (t as Node)['#text'];
  return inner === undefined ? '' : String(inner);
}

/** Shared strings and inline strings: plain `<t>`, or rich text runs `<r><t>`. */
const stringItem = (si: Node): string => (si.t !== undefined ? textOf(si.t) : asArray(si.r).map((r) => textOf(r.t)).join(''));

function isDateFormat(code: string): boolean {
  // Remove quoted literals, escapes and [colour]/[locale] sections before looking for d, m, y.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  // `m` alone may be minutes; a format with days or years is a date.
  return /[dy]/i.test(bare);
}

/** The largest serial Excel shows as a date: 31 December 9999. */
const LAST_SERIAL = 2_958_465;

/**
 * Excel's serial day number to an ISO date (`2017-03-14`), with its time of day when it has one
 * (`2017-03-14 10:30`, so that no time is dropped), or null outside Excel's dates. The 1900 system
 * counts a fictitious 29 February 1900 (serial 60), so serials before it are one day early; the 1904
 * system (`<workbookPr date1904="1"/>`, old Mac workbooks) counts from 1 January 1904 = 0.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return null;
  let day = Math.floor(serial);
  let seconds = Math.round((serial - day) * 86_400);
  if (seconds === 86_400) [day, seconds] = [day + 1, 0];
  const unixDays = date1904 ? day - 24107 : day < 60 ? day - 25568 : day - 25569;
  const iso = new Date(unixDays * 86_400_000 + seconds * 1000).toISOString();
  if (seconds === 0) return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${seconds % 60 === 0 ? iso.slice(11, 16) : iso.slice(11, 19)}`;
}

/** `B7` → { column: 1, row: 7 }; null when it is no cell reference. */
function parseReference(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Z]{1,7})\$?(\d{1,10})$/i.exec(ref.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

/** A number cell as written by JavaScript; its raw text when it is no number (a damaged file). */
function numberText(raw: string): string {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? String(n) : raw;
}

/** A row of a sheet: its cells by column index, with holes where a cell is empty or missing. */
export type SparseRow = (string | undefined)[];

/**
 * The first worksheet of an .xlsx file as rows of strings (numbers as written by JavaScript, dates
 * as ISO `yyyy-mm-dd`), after the zip safety checks every imported archive gets. Each row is sparse:
 * it holds only the cells the file has, so cells far apart (`A1`, `XFD1`) cost nothing.
 *
 * @throws AppError BAD_FILE (damaged or forged), FILE_TOO_LARGE, never another error: whatever the
 *   bytes, a damaged workbook is reported as one, naming the file.
 */
export function readXlsxCells(bytes: Uint8Array, fileName: string): SparseRow[] {
  try {
    return readRows(bytes, fileName);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw damagedFileError(fileName, EXCEL.kind, EXCEL.extension, e instanceof Error ? e.message : String(e));
  }
}

/** The same rows, dense (`''` for empty cells): for reading back small sheets such as Verbatim's exports. */
export const readXlsxRows = (bytes: Uint8Array, fileName: string): string[][] => readXlsxCells(bytes, fileName).map((row) => Array.from(row, (v) => v ?? ''));

function readRows(bytes: Uint8Array, fileName: string): SparseRow[] {
  checkZipSafety(bytes, fileName, EXCEL, XLSX_LIMITS);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels') || f.name === 'word/document.xml' });
  } catch (e) {
    throw damagedFileError(fileName, EXCEL.kind, EXCEL.extension, (e as Error).message);
  }
  const read = (name: string): Node | null => {
    const data = Object.hasOwn(files, name) ? files[name] : undefined;
    if (!data) return null;
    const xml = new TextDecoder().decode(data);
    // The parser builds an object per cell: count the cells first, so that memory stays bounded.
    const cell = /<(?:[\w.-]+:)?c[\s/>]/gu;
    let cells = 0;
    while (cell.exec(xml) !== null) {
      if (++cells > MAX_TABLE_CELLS) {
        throw fileError('FILE_TOO_LARGE', fileName, `is too large for a participants table: one of its sheets has more than ${MAX_TABLE_CELLS.toLocaleString('en')} cells.`);
      }
    }
    return parseXml(xml, fileName, name);
  };
  const workbookXml = read('xl/workbook.xml');
  if (!workbookXml) {
    throw files['word/document.xml']
      ? fileError('BAD_FILE', fileName, 'is a Word document renamed to .xlsx, not a spreadsheet.')
      : damagedFileError(fileName, EXCEL.kind, EXCEL.extension, 'no xl/workbook.xml');
  }
  const workbook = child(workbookXml, 'workbook');
  const date1904 = ['1', 'true'].includes(attr(child(workbook, 'workbookPr'), 'date1904') ?? '');

  const firstSheet = asArray(child(workbook, 'sheets')?.sheet)[0];
  const rels = asArray(child(read('xl/_rels/workbook.xml.rels') ?? undefined, 'Relationships')?.Relationship);
  const relId = attr(firstSheet, 'id');
  const target = rels.find((r) => attr(r, 'Id') === relId && relId !== undefined)?.['@Target'];
  const sheetPath = typeof target === 'string' ? (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`) : 'xl/worksheets/sheet1.xml';
  const sheet = read(sheetPath);
  if (!sheet) throw damagedFileError(fileName, EXCEL.kind, EXCEL.extension, `no ${sheetPath}`);

  const shared = asArray(child(read('xl/sharedStrings.xml') ?? undefined, 'sst')?.si).map(stringItem);
  const styles = child(read('xl/styles.xml') ?? undefined, 'styleSheet');
  const customFormats = new Map(asArray(child(styles, 'numFmts')?.numFmt).map((f) => [Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '']));
  const dateStyles = asArray(child(styles, 'cellXfs')?.xf).map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return BUILTIN_DATE_FORMATS.has(id) || isDateFormat(customFormats.get(id) ?? '');
  });

  const forged = (what: string) =>
    fileError('BAD_FILE', fileName, `is not a valid Excel workbook: ${what} (Excel sheets have at most ${MAX_COLUMNS.toLocaleString('en')} columns and ${MAX_ROWS.toLocaleString('en')} rows).`);
  const rows: SparseRow[] = [];
  for (const row of asArray(child(child(sheet, 'worksheet'), 'sheetData')?.row)) {
    const rowNumber = attr(row, 'r');
    if (rowNumber !== undefined && !(/^\d{1,7}$/.test(rowNumber.trim()) && Number(rowNumber) >= 1 && Number(rowNumber) <= MAX_ROWS)) {
      throw forged(`it has a row numbered ${rowNumber.slice(0, 20)}`);
    }
    const cells: SparseRow = [];
    let next = 0;
    for (const c of asArray(row.c)) {
      const ref = attr(c, 'r');
      const at = ref === undefined ? null : parseReference(ref);
      if (ref !== undefined && (at === null || at.column >= MAX_COLUMNS || at.row < 1 || at.row > MAX_ROWS)) {
        throw forged(`it has a cell at “${ref.slice(0, 20)}”, outside any sheet`);
      }
      const col = at?.column ?? next;
      if (col >= MAX_COLUMNS) throw forged('a row has more cells than a sheet has columns');
      next = col + 1;
      const value = cellText(c, shared, dateStyles, date1904);
      if (value !== '') cells[col] = value;
    }
    if (cells.some((v) => v !== undefined && v.trim() !== '')) rows.push(cells);
  }
  return rows;
}

function cellText(c: Node, shared: readonly string[], dateStyles: readonly boolean[], date1904: boolean): string {
  const type = attr(c, 't');
  const raw = textOf(c.v);
  switch (type) {
    case 's': {
      const i = Number(raw);
      return Number.isInteger(i) && i >= 0 && i < shared.length ? shared[i]! : '';
    }
    case 'inlineStr':
      return stringItem(child(c, 'is') ?? {});
    case 'str':
    case 'e':
      return raw;
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    case 'd':
      // An ISO date, with a time kept when it is not midnight.
      return /^\d{4}-\d{2}-\d{2}(?:T00:00(?::00(?:\.0+)?)?Z?)?$/u.test(raw.trim()) ? raw.trim().slice(0, 10) : raw;
    default: {
      if (raw.trim() === '') return '';
      const style = Number(attr(c, 's') ?? 0);
      return (dateStyles[style] && excelSerialToIso(Number(raw), date1904)) || numberText(raw);
    }
  }
}
