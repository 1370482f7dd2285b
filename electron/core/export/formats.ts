import type { ExportFormat } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { toCsv } from './csv-writer';
import type { ExportSnapshot } from './snapshot';
import { codebookTable, codingTable } from './tables';
import { toXlsx } from './xlsx-writer';

export type ExportRequest = {
  format: ExportFormat;
  path?: string | undefined;
  codeIds?: readonly number[] | undefined;
  anonymized?: boolean | undefined;
};

/** One export format: its file name and how to turn a (possibly anonymized) snapshot into bytes. */
export type ExportWriter = {
  extension: string;
  /** Appended to the project's name for the default file name (`Étude - codages.csv`). */
  suffix: string;
  render(snapshot: ExportSnapshot, request: ExportRequest, now: Date): Uint8Array;
};

const notYet = (what: string): ExportWriter['render'] => () => {
  throw new AppError('INVALID_INPUT', `${what} export is not available yet`);
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
  md: { extension: 'md', suffix: 'synthèse', render: notYet('Markdown report') },
  html: { extension: 'html', suffix: 'synthèse', render: notYet('HTML report') },
  docx: { extension: 'docx', suffix: 'synthèse', render: notYet('DOCX report') },
  qdc: { extension: 'qdc', suffix: 'grille de codes', render: notYet('QDC') },
  qdpx: { extension: 'qdpx', suffix: 'projet', render: notYet('QDPX') },
  'transcripts-txt': { extension: 'zip', suffix: 'transcriptions', render: notYet('Transcripts (TXT)') },
  'transcripts-docx': { extension: 'zip', suffix: 'transcriptions', render: notYet('Transcripts (DOCX)') },
};
