/**
 * Browser mode's shell: what Electron's main does with native dialogs, done in the page. Files to
 * import are chosen with a file input and uploaded to the server's staging folder; the core then
 * imports them by path like any other file.
 */
import type { Result } from '../../shared/result';
import { asResult } from '../api';

/** Transcripts the core imports (as `documents:import` accepts them). */
export const TRANSCRIPT_EXTENSIONS = ['txt', 'md', 'markdown', 'docx', 'odt', 'html', 'htm', 'vtt', 'srt', 'pdf'] as const;
/** Participants tables (`cases:import`). */
export const TABLE_EXTENSIONS = ['csv', 'tsv', 'xlsx'] as const;
/** REFI-QDA projects and codebooks from other QDA tools (`documents:import` routes them to `refi:import`). */
export const EXCHANGE_EXTENSIONS = ['qdpx', 'qdc', 'qde'] as const;

const accept = (extensions: readonly string[]) => extensions.map((e) => `.${e}`).join(',');
export const IMPORT_ACCEPT = accept([...TRANSCRIPT_EXTENSIONS, ...TABLE_EXTENSIONS, ...EXCHANGE_EXTENSIONS]);
export const TABLE_ACCEPT = accept(TABLE_EXTENSIONS);
/** A colleague's copy of the study or another tool's project, for `project:merge`. */
export const MERGE_ACCEPT = accept(['verbatim', 'qdpx', 'qde']);

/** `project`: one file to merge (uploaded like an import, then merged by its staged path). */
export type ImportKind = 'documents' | 'folder' | 'participants' | 'project';

const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
export const isTableFile = (name: string): boolean => (TABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
export const isImportableFile = (name: string): boolean =>
  isTableFile(name) || ([...TRANSCRIPT_EXTENSIONS, ...EXCHANGE_EXTENSIONS] as readonly string[]).includes(extensionOf(name));

/**
 * What a chosen folder holds that is worth uploading: importable files only (transcripts, exchange
 * files and the study's participants table, imported as participants), without hidden files or
 * folders and the `~$…` lock files that Word leaves beside open documents.
 */
export function importableInFolder(files: readonly File[]): File[] {
  return files.filter((f) => {
    const parts = (f.webkitRelativePath || f.name).split('/');
    if (parts.some((p) => p.startsWith('.') || p.startsWith('~$'))) return false;
    return isImportableFile(f.name);
  });
}

/** Opens the browser's file chooser; resolves with the chosen files (none when cancelled). */
export function chooseFiles(kind: ImportKind = 'documents', doc: Document = document): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = kind === 'documents' || kind === 'folder';
    if (kind === 'folder') input.webkitdirectory = true;
    else input.accept = kind === 'participants' ? TABLE_ACCEPT : kind === 'project' ? MERGE_ACCEPT : IMPORT_ACCEPT;
    input.hidden = true;
    input.dataset.testid = { folder: 'import-folder-input', participants: 'import-table-input', project: 'merge-file-input', documents: 'import-file-input' }[kind];
    let settled = false;
    const finish = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(kind === 'folder' ? importableInFolder(files) : files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    doc.body.append(input);
    input.click();
  });
}

export async function uploadFile(
  file: Blob & { name: string },
  { token, fetch: doFetch }: { token: string; fetch: typeof fetch },
): Promise<Result<{ path: string }>> {
  try {
    const res = await doFetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-verbatim-token': token },
      body: file,
    });
    const result = asResult(await res.json());
    if (result.ok && typeof (result.value as { path?: unknown } | null)?.path !== 'string') {
      return { ok: false, error: { code: 'INTERNAL', message: 'The server did not return the uploaded file’s path.' } };
    }
    return result as Result<{ path: string }>;
  } catch (e) {
    return { ok: false, error: { code: 'INTERNAL', message: `Could not upload “${file.name}”: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * Uploads every file and returns the staged paths. One failed upload fails the whole pick (naming
 * the file), so that nothing is imported silently incomplete.
 */
export async function uploadFiles(
  files: readonly (Blob & { name: string })[],
  deps: { token: string; fetch: typeof fetch; onProgress?: (done: number, total: number, file: string) => void },
): Promise<Result<{ paths: string[] }>> {
  const paths: string[] = [];
  for (const [i, file] of files.entries()) {
    deps.onProgress?.(i, files.length, file.name);
    const r = await uploadFile(file, deps);
    if (!r.ok) {
      const message = r.error.message.includes(file.name) ? r.error.message : `${file.name}: ${r.error.message}`;
      return { ok: false, error: { code: r.error.code, message, details: { file: file.name } } };
    }
    paths.push(r.value.path);
  }
  return { ok: true, value: { paths } };
}
