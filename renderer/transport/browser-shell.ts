/**
 * Browser mode's shell: what Electron's main does with native dialogs, done in the page. Files to
 * import are chosen with a file input and uploaded to the server's staging folder; the core then
 * imports them by path like any other file.
 */
import type { Result } from '../../shared/result';
import { asResult } from '../api';

export const IMPORT_ACCEPT = '.txt,.md,.docx,.odt,.html,.htm,.vtt,.srt';

/** Opens the browser's file chooser; resolves with the chosen files (none when cancelled). */
export function chooseFiles(doc: Document = document): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = IMPORT_ACCEPT;
    input.hidden = true;
    input.dataset.testid = 'import-file-input';
    let settled = false;
    const finish = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
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
  deps: { token: string; fetch: typeof fetch },
): Promise<Result<{ paths: string[] }>> {
  const paths: string[] = [];
  for (const file of files) {
    const r = await uploadFile(file, deps);
    if (!r.ok) {
      const message = r.error.message.includes(file.name) ? r.error.message : `${file.name}: ${r.error.message}`;
      return { ok: false, error: { code: r.error.code, message, details: { file: file.name } } };
    }
    paths.push(r.value.path);
  }
  return { ok: true, value: { paths } };
}
