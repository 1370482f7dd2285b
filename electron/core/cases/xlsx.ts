import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { fileError, damagedFileError } from '../documents/import/file-errors';
import { checkZipSafety } from '../documents/import/zip-safety';

const EXCEL = { kind: 'Excel workbook', extension: '.xlsx' };

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

function parseXml(xml: string, fileName: string): Node {
  // Spreadsheets never need a DTD; refusing one rules out entity-expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw fileError('BAD_FILE', fileName, 'contains a document type declaration, which a spreadsheet never needs: Verbatim did not open it.');
  return parser.parse(xml) as Node;
}

const asArray = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);

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

/** Excel's serial day number (1900 system, with its fictitious 29 February 1900) to an ISO date. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The first worksheet of an .xlsx file as rows of strings (numbers as written by JavaScript, dates
 * as ISO `yyyy-mm-dd`), after the zip safety checks every imported archive gets.
 */
export function readXlsxRows(bytes: Uint8Array, fileName: string): string[][] {
  checkZipSafety(bytes, fileName, EXCEL);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch (e) {
    throw damagedFileError(fileName, EXCEL.kind, EXCEL.extension, (e as Error).message);
  }
  const read = (name: string): Node | null => {
    const data = files[name];
    return data ? parseXml(new TextDecoder().decode(data), fileName) : null;
  };
  const workbook = read('xl/workbook.xml');
  if (!workbook) {
    throw files['word/document.xml']
      ? fileError('BAD_FILE', fileName, 'is a Word document renamed to .xlsx, not a spreadsheet.')
      : damagedFileError(fileName, EXCEL.kind, EXCEL.extension, 'no xl/workbook.xml');
  }

  const firstSheet = asArray((workbook.workbook as Node | undefined)?.sheets && ((workbook.workbook as Node).sheets as Node).sheet)[0];
  const rels = asArray(((read('xl/_rels/workbook.xml.rels')?.Relationships as Node | undefined) ?? {}).Relationship);
  const relId = firstSheet?.['@id'] as string | undefined;
  const target = rels.find((r) => r['@Id'] === relId)?.['@Target'] as string | undefined;
  const sheetPath = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`) : 'xl/worksheets/sheet1.xml';
  const sheet = read(sheetPath);
  if (!sheet) throw damagedFileError(fileName, EXCEL.kind, EXCEL.extension, `no ${sheetPath}`);

  const shared = asArray(((read('xl/sharedStrings.xml')?.sst as Node | undefined) ?? {}).si).map(stringItem);
  const styles = (read('xl/styles.xml')?.styleSheet as Node | undefined) ?? {};
  const customFormats = new Map(
    asArray((styles.numFmts as Node | undefined)?.numFmt).map((f) => [Number(f['@numFmtId']), String(f['@formatCode'] ?? '')]),
  );
  const dateStyles = asArray((styles.cellXfs as Node | undefined)?.xf).map((xf) => {
    const id = Number(xf['@numFmtId'] ?? 0);
    return BUILTIN_DATE_FORMATS.has(id) || isDateFormat(customFormats.get(id) ?? '');
  });

  const rows: string[][] = [];
  for (const row of asArray(((sheet.worksheet as Node | undefined)?.sheetData as Node | undefined)?.row)) {
    const cells: string[] = [];
    asArray(row.c).forEach((c, i) => {
      const col = typeof c['@r'] === 'string' ? columnIndex(c['@r']) : i;
      const type = c['@t'] as string | undefined;
      const raw = textOf(c.v);
      let value: string;
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = stringItem((c.is as Node | undefined) ?? {});
      else if (type === 'str' || type === 'e') value = raw;
      else if (type === 'b') value = raw === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'd') value = raw.slice(0, 10);
      else if (raw !== '' && dateStyles[Number(c['@s'] ?? 0)]) value = excelSerialToIso(Number(raw));
      else value = raw === '' ? '' : String(Number(raw));
      cells[col] = value;
    });
    rows.push(Array.from(cells, (v) => v ?? ''));
  }
  return rows.filter((r) => r.some((v) => v.trim() !== ''));
}
