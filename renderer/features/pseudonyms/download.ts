/**
 * Delivers a file the core wrote into the app's exports folder. In browser mode the page fetches it
 * from `GET /api/download/<folder>/<name>` (with the run's token, like every API request) and hands
 * it to the browser as a download; in Electron the file is already on disk and its path is shown.
 */
import { TOKEN_HEADER } from '../../transport/http-transport';
import { TOKEN_STORAGE_KEY } from '../../transport/token';

export type Written = { path: string; fileName: string };

/** `<exports>/<folder>/<name>` → `/api/download/<folder>/<name>`. */
export function downloadUrl({ path, fileName }: Written): string {
  const folder = path.split(/[\\/]/).slice(-2, -1)[0] ?? '';
  return `/api/download/${encodeURIComponent(folder)}/${encodeURIComponent(fileName)}`;
}

export async function downloadWritten(written: Written, deps: { fetch?: typeof fetch; doc?: Document } = {}): Promise<void> {
  const doc = deps.doc ?? document;
  const token = sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
  const res = await (deps.fetch ?? fetch)(downloadUrl(written), { headers: { [TOKEN_HEADER]: token } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = doc.createElement('a');
  a.href = url;
  a.download = written.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
