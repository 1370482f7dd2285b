import { strToU8, zipSync } from 'fflate';
import { assertNever } from '../../../shared/result';
import type { TableCell } from './tables';
import { escapeXml } from './xml-escape';

export type Sheet = {
  name: string;
  /** The first row is the header (bold, frozen, filtered). */
  rows: readonly (readonly TableCell[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
};

const columnName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + columnName(i % 26));

/** Excel refuses sheet names over 31 characters or with []:*?/\ . */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';

/** The cell formats of styles.xml, by index: built-in number formats that follow the reader's locale. */
const STYLE = { header: 1, date: 2, dateTime: 3, duration: 4 } as const;
const DAY_MS = 86_400_000;
/** Excel's day 0 (1900 date system, with its phantom 29 February 1900 folded in). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date or date-time (UTC) as Excel's serial day number; null when it does not parse. */
function serialOf(iso: string): number | null {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(ms) ? null : (ms - EPOCH_MS) / DAY_MS;
}

const textCell = (ref: string, text: string, style: string) =>
  `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
const numberCell = (ref: string, n: number, style: string) => `<c r="${ref}"${style}><v>${n}</v></c>`;

/**
 * One cell: text is always an inline string (never a formula, whatever it starts with: `=SUM(…)`
 * in a quote stays words), numbers are number cells, dates and times number cells with a date or
 * time format.
 */
function cellXml(ref: string, value: TableCell, isHeader: boolean): string {
  if (value === null || value === '') return '';
  if (isHeader || typeof value === 'string') return textCell(ref, headerText(value), isHeader ? ` s="${STYLE.header}"` : '');
  if (typeof value === 'number') return Number.isFinite(value) ? numberCell(ref, value, '') : '';
  switch (value.kind) {
    case 'date':
    case 'datetime': {
      const serial = serialOf(value.iso);
      if (serial === null) return textCell(ref, value.iso, '');
      return numberCell(ref, serial, ` s="${value.kind === 'date' ? STYLE.date : STYLE.dateTime}"`);
    }
    case 'duration':
      return numberCell(ref, value.ms / DAY_MS, ` s="${STYLE.duration}"`);
    default:
      return assertNever(value);
  }
}

/** A header cell's text (headers are words; a typed value there is shown as written). */
const headerText = (value: Exclude<TableCell, null>): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : value.kind === 'duration' ? String(value.ms) : value.iso;

function sheetXml(sheet: Sheet): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((value, c) => cellXml(`${columnName(c)}${r + 1}`, value, r === 0)).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const last = `${columnName(width - 1)}${Math.max(1, sheet.rows.length)}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `${cols}<sheetData>${rows}</sheetData><autoFilter ref="A1:${last}"/></worksheet>`
  );
}

/** A minimal, valid .xlsx workbook (inline strings, typed number and date cells, a bold frozen header row) built in memory. */
export function toXlsx(sheets: readonly Sheet[]): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeXml(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        // 14: short date, 22: date and time (both in the reader's locale), 46: [h]:mm:ss.
        `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
        `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
        `<xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `</styleSheet>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files, { level: 6 });
}
