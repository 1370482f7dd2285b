/**
 * Browser mode (`npm run serve`): calls are `POST /api/<method>`, events come from `GET
 * /api/events`, and every request carries the run's token in a header. Shell methods are answered
 * here, in the page: a file input plus upload, and the app's own path dialog.
 */
import { ChangedEntity, type EventName, type Method } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { asResult, isEventName, type EventListener, type Transport } from '../api';
import { chooseFiles as defaultChooseFiles, uploadFiles, type ImportKind } from './browser-shell';
import { openEventStream } from './event-stream';
import type { PathPrompt } from './path-prompt';

export const TOKEN_HEADER = 'x-verbatim-token';

export type HttpTransportOptions = {
  token: string | null;
  pathPrompt: PathPrompt;
  fetch?: typeof fetch;
  chooseFiles?: (kind: ImportKind) => Promise<File[]>;
};

const noToken: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'This page has no access token. Open the address printed by “npm run serve” (it ends with #token=…).',
  },
};

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const chooseFiles = options.chooseFiles ?? ((kind: ImportKind) => defaultChooseFiles(kind));
  const { token } = options;
  const listeners = new Set<EventListener>();
  let closeStream: (() => void) | undefined;

  const emit = (name: EventName, payload: unknown) => {
    for (const l of [...listeners]) l(name, payload);
  };

  const post = async (method: Method, input: unknown): Promise<Result<unknown>> => {
    if (!token) return noToken;
    try {
      const res = await doFetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
      if (!res.headers.get('content-type')?.includes('json')) {
        return { ok: false, error: { code: 'INTERNAL', message: `The server answered HTTP ${res.status}.` } };
      }
      return asResult(await res.json());
    } catch (e) {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `Verbatim’s server cannot be reached (${e instanceof Error ? e.message : String(e)}).` },
      };
    }
  };

  /**
   * Uploads files to the server's staging folder. A folder of interviews can take a while: the upload
   * reports its progress as the core reports an import's, so the same progress bar shows both.
   */
  const stage = async (files: readonly File[]): Promise<Result<{ paths: string[] }>> => {
    if (!token) return noToken;
    if (files.length === 0) return { ok: true, value: { paths: [] } };
    const onProgress = files.length > 1 ? (done: number, total: number, file: string) => emit('import:progress', { done, total, file }) : undefined;
    const result = await uploadFiles(files, onProgress ? { token, fetch: doFetch, onProgress } : { token, fetch: doFetch });
    if (onProgress) emit('import:progress', { done: files.length, total: files.length, file: '' });
    return result;
  };

  const invoke = async (method: Method, input: unknown): Promise<Result<unknown>> => {
    if (method === 'shell:pickImportFiles') {
      if (!token) return noToken;
      const kind = (input as { kind?: unknown } | null)?.kind;
      const files = await chooseFiles(kind === 'folder' || kind === 'participants' || kind === 'project' ? kind : 'documents');
      return stage(files);
    }
    // No save dialog in a page: exports go to the app's data folder, then come down as a download.
    if (method === 'shell:pickExportPath') return { ok: true, value: { path: null } };
    if (method === 'shell:pickProjectPath') {
      const mode = (input as { mode?: unknown } | null)?.mode === 'create' ? 'create' : 'open';
      return { ok: true, value: { path: await options.pathPrompt.request(mode) } };
    }
    return post(method, input);
  };

  const startStream = () => {
    if (!token) return;
    closeStream = openEventStream({
      url: '/api/events',
      headers: { [TOKEN_HEADER]: token },
      fetch: doFetch,
      onEvent: ({ event, data }) => {
        if (!isEventName(event)) return;
        try {
          emit(event, JSON.parse(data));
        } catch {
          // A malformed frame is dropped; the next one may be fine.
        }
      },
      // Events sent while the stream was down are lost: have every cache refetched.
      onOpen: (reconnected) => {
        if (reconnected) emit('project:changed', { entities: ChangedEntity.options });
      },
    });
  };

  /** `GET /api/download/<folder>/<name>` with the token, then a link click saves the bytes. */
  const download = async (file: { path: string; fileName: string }): Promise<Result<null>> => {
    if (!token) return noToken;
    const folder = file.path.split(/[\\/]/).at(-2) ?? '';
    try {
      const res = await doFetch(`/api/download/${encodeURIComponent(folder)}/${encodeURIComponent(file.fileName)}`, { headers: { [TOKEN_HEADER]: token } });
      if (!res.ok) return { ok: false, error: { code: res.status === 404 ? 'NOT_FOUND' : 'INTERNAL', message: `The export “${file.fileName}” could not be downloaded (HTTP ${res.status}).` } };
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the bytes once the click is handled; keep the URL a moment for slow ones.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { ok: true, value: null };
    } catch (e) {
      return { ok: false, error: { code: 'INTERNAL', message: `Verbatim’s server cannot be reached (${e instanceof Error ? e.message : String(e)}).` } };
    }
  };

  return {
    kind: 'browser',
    invoke,
    stageFiles: stage,
    download,
    on(listener) {
      listeners.add(listener);
      if (!closeStream) startStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && closeStream) {
          closeStream();
          closeStream = undefined;
        }
      };
    },
  };
}
