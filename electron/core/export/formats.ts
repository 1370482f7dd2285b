import type { ExportFormat } from '../../../shared/contract';
import { CSV_LOCALES, type CsvConventions, type CsvLocale } from '../../../shared/csv';
import { toCsv } from './csv-writer';
import { renderDocxReport, renderHtmlReport, renderMarkdownReport } from './report-writers';
import type { ExportSnapshot } from './snapshot';
import { TABLE_TEXT } from './table-text';
import { codebookTable, codingTable, type TableLanguage } from './tables';
import { toXlsx } from './xlsx-writer';
import { renderQdc } from '../refi/write-qdc';
import { renderQdpx } from '../refi/write-qdpx';
import { renderTranscriptsDocx, renderTranscriptsTxt } from './transcripts-export';

export type ExportRequest = {
  format: ExportFormat;
  path?: string | undefined;
  codeIds?: readonly number[] | undefined;
  anonymized?: boolean | undefined;
  /** Replace an existing file (the user confirmed it). */
  overwrite?: boolean | undefined;
  language?: TableLanguage | undefined;
  csvLocale?: CsvLocale | undefined;
  csvSeparator?: CsvConventions['separator'] | undefined;
};

/** The tables' language: the one asked for, else the report's (the project's language setting). */
const languageOf = (s: ExportSnapshot, r: ExportRequest): TableLanguage => r.language ?? s.report?.language ?? 'fr';

/** The CSV conventions: the locale asked for (else the tables' language), its separator unless another is asked for. */
export function csvConventionsOf(s: ExportSnapshot, r: ExportRequest): CsvConventions {
  const base = CSV_LOCALES[r.csvLocale ?? languageOf(s, r)];
  return r.csvSeparator ? { ...base, separator: r.csvSeparator } : base;
}

/** One export format: its file name and how to turn a (possibly anonymized) snapshot into bytes. */
export type ExportWriter = {
  extension: string;
  /** Appended to the project's name for the default file name (`Étude - codages.csv`). */
  suffix: string;
  render(snapshot: ExportSnapshot, request: ExportRequest, now: Date): Uint8Array;
};

/** Every format, rendered from a snapshot only (never the database: see snapshot.ts). */
export const exportWriters: Record<ExportFormat, ExportWriter> = {
  csv: {
    extension: 'csv',
    suffix: 'codages',
    render: (s, r) => toCsv(codingTable(s, { codeIds: r.codeIds, language: languageOf(s, r) }), csvConventionsOf(s, r)),
  },
  xlsx: {
    extension: 'xlsx',
    suffix: 'codages',
    render: (s, r) => {
      const language = languageOf(s, r);
      const text = TABLE_TEXT[language];
      const rows = codingTable(s, { codeIds: r.codeIds, language });
      const header = rows[0] ?? [];
      const wide: Record<string, number> = { [text.coding.quote]: 80, [text.coding.memo]: 48, [text.coding.code]: 32, [text.coding.codedAt]: 18 };
      const widths = header.map((h) => (typeof h === 'string' ? (wide[h] ?? 16) : 16));
      return toXlsx([
        { name: text.codingsSheet, rows, widths },
        { name: text.codebookSheet, rows: codebookTable(s, { language }), widths: [32, 24, 24, 60, 10, 8, 8, 10] },
      ]);
    },
  },
  'codebook-csv': {
    extension: 'csv',
    suffix: 'grille de codes',
    render: (s, r) => toCsv(codebookTable(s, { language: languageOf(s, r) }), csvConventionsOf(s, r)),
  },
  md: { extension: 'md', suffix: 'synthèse', render: renderMarkdownReport },
  html: { extension: 'html', suffix: 'synthèse', render: renderHtmlReport },
  docx: { extension: 'docx', suffix: 'synthèse', render: renderDocxReport },
  qdc: { extension: 'qdc', suffix: 'grille de codes', render: (s) => renderQdc(s) },
  qdpx: { extension: 'qdpx', suffix: 'projet', render: (s, _r, now) => renderQdpx(s, now) },
  'transcripts-txt': { extension: 'zip', suffix: 'transcriptions', render: (s, _r, now) => renderTranscriptsTxt(s, now) },
  'transcripts-docx': { extension: 'zip', suffix: 'transcriptions', render: (s, _r, now) => renderTranscriptsDocx(s, now) },
};
