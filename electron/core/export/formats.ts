import type { ExportFormat } from '../../../shared/contract';
import { toCsv } from './csv-writer';
import { renderDocxReport, renderHtmlReport, renderMarkdownReport } from './report-writers';
import type { ExportSnapshot } from './snapshot';
import { codebookTable, codingTable } from './tables';
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
};

/** One export format: its file name and how to turn a (possibly anonymized) snapshot into bytes. */
export type ExportWriter = {
  extension: string;
  /** Appended to the project's name for the default file name (`Étude - codages.csv`). */
  suffix: string;
  render(snapshot: ExportSnapshot, request: ExportRequest, now: Date): Uint8Array;
};

/** Every format, rendered from a snapshot only (never the database: see snapshot.ts). */
export const exportWriters: Record<ExportFormat, ExportWriter> = {
  csv: { extension: 'csv', suffix: 'codages', render: (s, r) => toCsv(codingTable(s, { codeIds: r.codeIds })) },
  xlsx: {
    extension: 'xlsx',
    suffix: 'codages',
    render: (s, r) => {
      const rows = codingTable(s, { codeIds: r.codeIds });
      const header = rows[0] ?? [];
      const widths = header.map((h) => (h === 'Quote' ? 80 : h === 'Code' ? 32 : 16));
      return toXlsx([
        { name: 'Codages', rows, widths },
        { name: 'Grille de codes', rows: codebookTable(s), widths: [32, 24, 24, 60, 10, 8, 8, 10] },
      ]);
    },
  },
  'codebook-csv': { extension: 'csv', suffix: 'grille de codes', render: (s) => toCsv(codebookTable(s)) },
  md: { extension: 'md', suffix: 'synthèse', render: renderMarkdownReport },
  html: { extension: 'html', suffix: 'synthèse', render: renderHtmlReport },
  docx: { extension: 'docx', suffix: 'synthèse', render: renderDocxReport },
  qdc: { extension: 'qdc', suffix: 'grille de codes', render: (s) => renderQdc(s) },
  qdpx: { extension: 'qdpx', suffix: 'projet', render: (s, _r, now) => renderQdpx(s, now) },
  'transcripts-txt': { extension: 'zip', suffix: 'transcriptions', render: (s, _r, now) => renderTranscriptsTxt(s, now) },
  'transcripts-docx': { extension: 'zip', suffix: 'transcriptions', render: (s, _r, now) => renderTranscriptsDocx(s, now) },
};
