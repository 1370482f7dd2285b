import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExportResult } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectContext } from '../project/context';
import { writeAtomically } from './atomic-write';
import { anonymizeSnapshot, findLeaks } from '../pseudonyms/anonymize-export';
import { exportWriters, type ExportRequest } from './formats';
import { reportAgreement } from './report-agreement';
import { loadSnapshot } from './snapshot';

export type { ExportRequest } from './formats';

/** Where exports without a chosen path go: a fresh folder each time, inside the app's data. */
export const exportsDirOf = (dataDir: string) => join(dataDir, 'exports');

/**
 * The one export pipeline: every export is read into a snapshot, anonymized when asked, rendered,
 * leak-checked (anonymized exports), then written atomically (a temporary file renamed into place),
 * so that a failure never leaves half a file where the user looks.
 */
export function writeExport(ctx: ProjectContext & { dataDir: string; projectName: string }, request: ExportRequest): ExportResult {
  const writer = exportWriters[request.format];
  const original = loadSnapshot(ctx.db, ctx.projectName);
  // Measured on the original texts: anonymizing changes their lengths and offsets.
  const agreement = reportAgreement(original);
  let snapshot = original;
  if (request.anonymized) snapshot = anonymizeSnapshot(ctx.db, snapshot);
  snapshot = { ...snapshot, agreement };
  const bytes = writer.render(snapshot, request, ctx.now());
  if (request.anonymized) {
    const leaks = findLeaks(ctx.db, request.format, bytes);
    if (leaks.length > 0) {
      const listed = leaks.slice(0, 10).map((l) => `« ${l.original} » (${l.where})`).join(', ');
      throw new AppError('EXPORT_LEAK', `The anonymized export was not written: ${leaks.length} original(s) remain: ${listed}`, { leaks });
    }
  }
  // The file name shows the (possibly anonymized) project name.
  const fileName = `${snapshot.projectName} - ${writer.suffix}.${writer.extension}`.replace(/[\\/:*?"<>|]/g, '_');
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
  writeAtomically(target, bytes, { overwrite: request.overwrite, projectPath: ctx.projectPath });
  return { format: request.format, path: target, fileName: basename(target), bytes: bytes.length };
}
