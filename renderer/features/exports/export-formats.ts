import type { ExportFormat } from '../../../shared/contract';

export type ExportGroup = 'report' | 'codings' | 'codebook' | 'project' | 'transcripts';

/** The formats as the dialog offers them, by what they carry; every one is offered, even one the core does not write yet. */
export const exportGroups: readonly { group: ExportGroup; formats: readonly ExportFormat[] }[] = [
  { group: 'report', formats: ['docx', 'html', 'md'] },
  { group: 'codings', formats: ['xlsx', 'csv'] },
  { group: 'codebook', formats: ['codebook-csv', 'qdc'] },
  { group: 'project', formats: ['qdpx'] },
  { group: 'transcripts', formats: ['transcripts-docx', 'transcripts-txt'] },
];

/** The file extension each format writes (transcripts come as a zip of files). */
export const extensionOf: Record<ExportFormat, string> = {
  docx: 'docx',
  html: 'html',
  md: 'md',
  xlsx: 'xlsx',
  csv: 'csv',
  'codebook-csv': 'csv',
  qdc: 'qdc',
  qdpx: 'qdpx',
  'transcripts-docx': 'zip',
  'transcripts-txt': 'zip',
};

export const groupOf = (format: ExportFormat): ExportGroup => exportGroups.find((g) => g.formats.includes(format))?.group ?? 'report';

export const isReportFormat = (format: ExportFormat): boolean => groupOf(format) === 'report';

/** Formats written as CSV (their separator and decimal mark follow a spreadsheet locale). */
export const isCsvFormat = (format: ExportFormat): boolean => format === 'csv' || format === 'codebook-csv';

/** Formats that are tables with headers (written in the interface's language). */
export const isTableFormat = (format: ExportFormat): boolean => isCsvFormat(format) || format === 'xlsx';

/** The name proposed in the save dialog: the project's name and what the file holds. */
export const defaultFileName = (projectName: string, groupLabel: string, format: ExportFormat): string =>
  `${projectName} - ${groupLabel}.${extensionOf[format]}`.replace(/[\\/:*?"<>|]/g, '_');
