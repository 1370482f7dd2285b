import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentSummary, ImportDuplicate, ImportError, ImportReport, ImportWarning } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { countWords } from '../../../shared/words';
import type { ProjectContext } from '../project/context';
import type { DocumentRepo } from './document-repo';
import { parseDocumentFileWithDetails, documentNameOf } from './import/parse-file';
import { importExchangeFiles } from '../refi/handlers';
import { isRefiFile, type RefiReadOptions } from '../refi/read-package';
import type { ParsedDocument } from './import/types';
import { textIdentityKey } from './text-identity';
import { uniqueName } from './unique-name';

type Parsed = { path: string; name: string; doc: ParsedDocument; key: string };

export type ImportOptions = RefiReadOptions & {
  /** Import files whose text is already in the project (or earlier in the batch) as copies. */
  allowDuplicates?: boolean;
};

/**
 * Folders are imported with everything in them (sub-folders included, hidden files skipped), in
 * name order, so that "import this folder of interviews" works from the dialog, a drop or the CLI.
 */
export function expandFolders(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (path: string) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // a missing path is reported by the importer, by name
    }
    if (!isFolder) return void out.push(path);
    const entries = readdirSync(path, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$'))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr', { numeric: true }));
    for (const e of entries) visit(join(path, e.name));
  };
  for (const p of paths) visit(p);
  return out;
}

/**
 * Imports files as documents. Files are parsed first, one by one (a bad file is reported by name and
 * reason and does not stop the others); the good ones are then written in one journaled transaction,
 * so the whole batch is one undoable operation and each document lands whole or not at all.
 *
 * A file whose text is already in the project (or in a file before it in the batch), in any format,
 * is not imported unless `allowDuplicates`: it is reported in `duplicates` with the document that has
 * its text, so that the user decides (importing the same interview twice doubles every count).
 */
export async function importDocuments(
  ctx: ProjectContext,
  repo: DocumentRepo,
  requested: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const expanded = expandFolders(requested);
  // A participants table inside a folder (a study folder: transcripts and participants.csv) is no
  // transcript: it is handed back, for the caller to import with `cases:import`.
  const tables = expanded.filter((p) => !requested.includes(p) && /\.(csv|tsv|xlsx)$/iu.test(p));
  // REFI-QDA projects and codebooks (.qdpx, .qdc, .qde) bring codes, codings and cases: their own importer.
  const exchange = importExchangeFiles(ctx, repo, expanded.filter(isRefiFile), options);
  const withExchange = (report: ImportReport): ImportReport => {
    const merged: ImportReport =
      exchange.exchanges.length + exchange.errors.length === 0
        ? report
        : { ...report, imported: [...exchange.imported, ...report.imported], errors: [...exchange.errors, ...report.errors], exchanges: exchange.exchanges };
    return tables.length > 0 ? { ...merged, tables } : merged;
  };
  const paths = expanded.filter((p) => !isRefiFile(p) && !tables.includes(p));
  const errors: ImportError[] = [];
  const warnings: ImportWarning[] = [];
  const duplicates: ImportDuplicate[] = [];
  const parsed: Parsed[] = [];
  /** Duplicates of a file earlier in the batch: named after that file's document once it is named. */
  const duplicateOf = new Map<ImportDuplicate, Parsed>();
  const existingByKey = options.allowDuplicates ? new Map<string, string>() : existingTextKeys(repo);
  for (const [i, path] of paths.entries()) {
    ctx.emit('import:progress', { done: i, total: paths.length, file: basename(path) });
    try {
      const details = await parseDocumentFileWithDetails(path);
      const key = textIdentityKey(details.document.text);
      const inProject = options.allowDuplicates ? undefined : existingByKey.get(key);
      const inBatch = options.allowDuplicates || inProject !== undefined ? undefined : parsed.find((p) => p.key === key);
      if (inProject !== undefined || inBatch !== undefined) {
        const duplicate = { file: basename(path), path, existing: inProject ?? inBatch?.name ?? '' };
        duplicates.push(duplicate);
        if (inBatch !== undefined) duplicateOf.set(duplicate, inBatch);
        continue;
      }
      parsed.push({ path, name: documentNameOf(path), doc: details.document, key });
      for (const message of details.warnings) {
        warnings.push({ file: basename(path), message, ...(details.invalidLines.length > 0 ? { invalidLines: details.invalidLines } : {}) });
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push({ file: basename(path), code: e.code, message: e.message });
    }
  }
  ctx.emit('import:progress', { done: paths.length, total: paths.length, file: '' });
  if (parsed.length === 0) return withExchange({ imported: [], errors, warnings, duplicates });

  const subject = parsed.length === 1 ? parsed[0]!.name : `${parsed.length}`;
  const ids = ctx.journal.run({ action: 'documents:import', subject }, () => {
    const taken = repo.names();
    return parsed.map((file) => {
      const { path, doc } = file;
      const unique = uniqueName(file.name, taken);
      taken.push(unique);
      for (const [duplicate, original] of duplicateOf) if (original === file) duplicate.existing = unique;
      return repo.insert(
        {
          guid: ctx.newGuid(),
          name: unique,
          format: doc.format,
          text: doc.text,
          words: countWords(doc.text),
          importedFrom: basename(path),
          importedAt: ctx.now().toISOString(),
        },
        doc.turns,
      );
    });
  });
  const imported = ids.map((id) => repo.get(id)).filter((d): d is DocumentSummary => d !== undefined);
  return withExchange({ imported, errors, warnings, duplicates });
}

/** The identity key of every document's text, with the document's name. */
function existingTextKeys(repo: DocumentRepo): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { id, name } of repo.list()) {
    const text = repo.text(id);
    if (text === undefined) continue;
    const key = textIdentityKey(text);
    if (!keys.has(key)) keys.set(key, name);
  }
  return keys;
}
