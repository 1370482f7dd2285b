import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentSummary, ImportError, ImportReport } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { countWords } from '../../../shared/words';
import type { ProjectContext } from '../project/context';
import type { DocumentRepo } from './document-repo';
import { parseDocumentFile, documentNameOf } from './import/parse-file';
import { importExchangeFiles } from '../refi/handlers';
import { isRefiFile, type RefiReadOptions } from '../refi/read-package';
import type { ParsedDocument } from './import/types';
import { uniqueName } from './unique-name';

type Parsed = { path: string; name: string; doc: ParsedDocument };

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
 */
export async function importDocuments(
  ctx: ProjectContext,
  repo: DocumentRepo,
  requested: readonly string[],
  options: RefiReadOptions = {},
): Promise<ImportReport> {
  const expanded = expandFolders(requested);
  // REFI-QDA projects and codebooks (.qdpx, .qdc, .qde) bring codes, codings and cases: their own importer.
  const exchange = importExchangeFiles(ctx, repo, expanded.filter(isRefiFile), options);
  const withExchange = (report: ImportReport): ImportReport =>
    exchange.exchanges.length + exchange.errors.length === 0
      ? report
      : { imported: [...exchange.imported, ...report.imported], errors: [...exchange.errors, ...report.errors], exchanges: exchange.exchanges };
  const paths = expanded.filter((p) => !isRefiFile(p));
  const errors: ImportError[] = [];
  const parsed: Parsed[] = [];
  for (const [i, path] of paths.entries()) {
    ctx.emit('import:progress', { done: i, total: paths.length, file: basename(path) });
    try {
      parsed.push({ path, name: documentNameOf(path), doc: await parseDocumentFile(path) });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push({ file: basename(path), code: e.code, message: e.message });
    }
  }
  ctx.emit('import:progress', { done: paths.length, total: paths.length, file: '' });
  if (parsed.length === 0) return withExchange({ imported: [], errors });

  const subject = parsed.length === 1 ? parsed[0]!.name : `${parsed.length}`;
  const ids = ctx.journal.run({ action: 'documents:import', subject }, () => {
    const taken = repo.names();
    return parsed.map(({ path, name, doc }) => {
      const unique = uniqueName(name, taken);
      taken.push(unique);
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
  return withExchange({ imported, errors });
}
