import type { DocumentSummary, ImportError, RefiImportReport } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import type { DocumentRepo } from '../documents/document-repo';
import type { ProjectContext } from '../project/context';
import { basename } from 'node:path';
import { importRefiFile } from './import-project';
import type { RefiReadOptions } from './read-package';

export function createRefiHandlers(ctx: ProjectContext): Pick<ProjectHandlers, 'refi:import'> {
  return {
    'refi:import': ({ path, allowOutsideSources }) => importRefiFile(ctx, path, { allowOutsideSources }),
  };
}

/**
 * The REFI-QDA files among those given to `documents:import` (the import dialog, a drop, the CLI):
 * each is imported as its own undoable operation, and a bad one is reported by name like any file.
 */
export function importExchangeFiles(ctx: ProjectContext, repo: DocumentRepo, paths: readonly string[], options: RefiReadOptions = {}) {
  const imported: DocumentSummary[] = [];
  const errors: ImportError[] = [];
  const exchanges: RefiImportReport[] = [];
  for (const path of paths) {
    try {
      const report = importRefiFile(ctx, path, options);
      exchanges.push(report);
      imported.push(...report.documents.flatMap((d) => repo.get(d.id) ?? []));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push({ file: basename(path), code: e.code, message: e.message });
    }
  }
  return { imported, errors, exchanges };
}
