import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ExportFormat, ExportResult } from '../../../shared/contract';
import { AppError, assertNever } from '../../../shared/result';
import type { ProjectContext } from '../project/context';
import { toCsv } from './csv-writer';
import { codebookTable, codingTable } from './tables';
import { toXlsx } from './xlsx-writer';

export type ExportRequest = {
  format: ExportFormat;
  path?: string | undefined;
  codeIds?: readonly number[] | undefined;
};

const EXTENSION: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', 'codebook-csv': 'csv' };
const SUFFIX: Record<ExportFormat, string> = { csv: 'codages', xlsx: 'codages', 'codebook-csv': 'grille de codes' };

/** Where exports without a chosen path go: a fresh folder each time, inside the app's data. */
export const exportsDirOf = (dataDir: string) => join(dataDir, 'exports');

/** The file's bytes, for each format. */
function render(ctx: ProjectContext, request: ExportRequest): Uint8Array {
  switch (request.format) {
    case 'csv':
      return toCsv(codingTable(ctx.db, { codeIds: request.codeIds }));
    case 'xlsx': {
      const rows = codingTable(ctx.db, { codeIds: request.codeIds });
      const header = rows[0] ?? [];
      const widths = header.map((h) => (h === 'Quote' ? 80 : h === 'Code' ? 32 : 16));
      return toXlsx([
        { name: 'Codages', rows, widths },
        { name: 'Grille de codes', rows: codebookTable(ctx.db), widths: [32, 24, 24, 60, 10, 8, 8, 10] },
      ]);
    }
    case 'codebook-csv':
      return toCsv(codebookTable(ctx.db));
    default:
      return assertNever(request.format);
  }
}

/**
 * The one export pipeline: every export is rendered here, then written atomically (a temporary
 * file renamed into place), so that a failure never leaves half a file where the user looks.
 */
export function writeExport(ctx: ProjectContext & { dataDir: string; projectName: string }, request: ExportRequest): ExportResult {
  const fileName = `${ctx.projectName} - ${SUFFIX[request.format]}.${EXTENSION[request.format]}`.replace(/[\\/:*?"<>|]/g, '_');
  let target: string;
  if (request.path === undefined) {
    target = join(exportsDirOf(ctx.dataDir), randomUUID(), fileName);
  } else {
    let isFolder = false;
    try {
      isFolder = statSync(request.path).isDirectory();
    } catch {
      // a new file
    }
    // An existing folder, or a new path without an extension, is a folder to write into.
    target = isFolder || extname(request.path) === '' ? join(request.path, fileName) : request.path;
  }
  const bytes = render(ctx, request);
  const partial = `${target}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(partial, bytes);
    renameSync(partial, target);
  } catch (e) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // the folder itself could not be made: there is nothing to remove
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('READ_ONLY', `Verbatim cannot write ${target}: the folder is read-only or protected`);
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', `The disk is full: ${basename(target)} was not written`);
    if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') throw new AppError('INVALID_INPUT', `Verbatim cannot write ${target}: part of that path is a file, not a folder`);
    throw e;
  }
  return { format: request.format, path: target, fileName: basename(target), bytes: bytes.length };
}
