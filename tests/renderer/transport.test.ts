import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/result';
import { createCall } from '../../renderer/api';
import { createSseParser } from '../../renderer/transport/event-stream';
import { createHttpTransport } from '../../renderer/transport/http-transport';
import { createIpcTransport } from '../../renderer/transport/ipc-transport';
import { createPathPrompt } from '../../renderer/transport/path-prompt';
import { takeToken, TOKEN_STORAGE_KEY } from '../../renderer/transport/token';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('token', () => {
  it('takes the token from the hash, keeps it and removes it from the address', () => {
    const storage = memoryStorage();
    const replaceState = vi.fn();
    const token = takeToken({ location: { hash: '#token=abc123', pathname: '/', search: '' }, storage, history: { replaceState, state: null } });
    expect(token).toBe('abc123');
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('falls back to the stored token after a reload', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, 'kept');
    const replaceState = vi.fn();
    expect(takeToken({ location: { hash: '', pathname: '/', search: '' }, storage, history: { replaceState, state: null } })).toBe('kept');
    expect(replaceState).not.toHaveBeenCalled();
  });
});

describe('server-sent events parser', () => {
  it('handles events split across chunks, comments, CRLF and multi-line data', () => {
    const events: { event: string; data: string }[] = [];
    const parse = createSseParser((e) => events.push(e));
    parse(': connected\n\nevent: project:changed\nda');
    parse('ta: {"entities":["codes"]}\n\n: ping\n\n');
    parse('event: import:progress\r\ndata: {"done":1,\r\ndata: "total":2}\r\n\r\n');
    expect(events).toEqual([
      { event: 'project:changed', data: '{"entities":["codes"]}' },
      { event: 'import:progress', data: '{"done":1,\n"total":2}' },
    ]);
  });
});

describe('HTTP transport (browser mode)', () => {
  it('posts each call as JSON with the token header and returns the Result', async () => {
    const fetch = vi.fn(async () => json({ ok: true, value: [{ id: 1 }] }));
    const transport = createHttpTransport({ token: 't0k', pathPrompt: createPathPrompt(), fetch });
    const call = createCall(transport);
    await expect(call('codes:list', {})).resolves.toEqual([{ id: 1 }]);
    expect(fetch).toHaveBeenCalledWith('/api/codes:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-verbatim-token': 't0k' },
      body: '{}',
    });
  });

  it('turns error Results into AppErrors with their code', async () => {
    const fetch = vi.fn(async () => json({ ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong token' } }, 403));
    const call = createCall(createHttpTransport({ token: 'bad', pathPrompt: createPathPrompt(), fetch }));
    const error = await call('project:current', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports a non-JSON answer or a dead server as INTERNAL, without throwing from the transport', async () => {
    const html = vi.fn(async () => new Response('<h1>502</h1>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch: html }).invoke('codes:list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    const dead = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch: dead }).invoke('codes:list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('without a token, answers FORBIDDEN at once', async () => {
    const fetch = vi.fn();
    const r = await createHttpTransport({ token: null, pathPrompt: createPathPrompt(), fetch }).invoke('project:current', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('picks import files by uploading them and returning the staged paths', async () => {
    const fetch = vi.fn(async (url: RequestInfo | URL) => json({ ok: true, value: { path: `/staging/${decodeURIComponent(String(url).split('name=')[1]!)}` } }));
    const files = [new File(['Enquêtrice : Bonjour'], 'E01 élue.txt'), new File(['x'], 'b&c.md')];
    const transport = createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch, chooseFiles: async () => files });
    await expect(transport.invoke('shell:pickImportFiles', {})).resolves.toEqual({
      ok: true,
      value: { paths: ['/staging/E01 élue.txt', '/staging/b&c.md'] },
    });
    expect(fetch).toHaveBeenCalledWith('/api/upload?name=E01%20%C3%A9lue.txt', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-verbatim-token': 't' },
      body: files[0],
    });
  });

  it('returns no paths when the file chooser is cancelled, and names the file when an upload fails', async () => {
    const none = createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch: vi.fn(), chooseFiles: async () => [] });
    await expect(none.invoke('shell:pickImportFiles', {})).resolves.toEqual({ ok: true, value: { paths: [] } });

    const fetch = vi.fn(async () => json({ ok: false, error: { code: 'FILE_TOO_LARGE', message: 'too large to upload' } }, 413));
    const big = createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch, chooseFiles: async () => [new File(['x'], 'huge.docx')] });
    await expect(big.invoke('shell:pickImportFiles', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: 'huge.docx: too large to upload' },
    });
  });

  it('asks the app’s own dialog for a project path', async () => {
    const prompt = createPathPrompt();
    const transport = createHttpTransport({ token: 't', pathPrompt: prompt, fetch: vi.fn() });
    const pending = transport.invoke('shell:pickProjectPath', { mode: 'create' });
    expect(prompt.current()).toMatchObject({ mode: 'create' });
    prompt.answer('/home/me/étude.verbatim');
    await expect(pending).resolves.toEqual({ ok: true, value: { path: '/home/me/étude.verbatim' } });
    expect(prompt.current()).toBeNull();
  });

  it('reads events from the stream with the token header, and asks for a full refresh after a reconnection', async () => {
    const encoder = new TextEncoder();
    let connections = 0;
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      connections++;
      const frames =
        connections === 1 ? 'event: project:changed\ndata: {"entities":["codes"]}\n\n' : ': ping\n\n';
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(frames));
          // The first connection drops at once; the second stays open until aborted.
          if (connections === 1) controller.close();
          else init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    });
    const transport = createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch });
    const seen: [string, unknown][] = [];
    const off = transport.on((name, payload) => seen.push([name, payload]));
    await vi.waitFor(() => expect(connections).toBe(2), { timeout: 3000 });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    off();
    expect(seen[0]).toEqual(['project:changed', { entities: ['codes'] }]);
    expect(seen[1]![0]).toBe('project:changed');
    expect((seen[1]![1] as { entities: string[] }).entities).toContain('codings');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ headers: { 'x-verbatim-token': 't' } });
  });
});

describe('IPC transport (Electron)', () => {
  it('passes calls to the bridge and keeps malformed answers from crashing the UI', async () => {
    const invoke = vi.fn(async (method: string) => (method === 'codes:list' ? { ok: true, value: [] } : 'garbage'));
    const transport = createIpcTransport({ invoke, on: () => () => undefined, pathOf: () => '' });
    await expect(transport.invoke('codes:list', {})).resolves.toEqual({ ok: true, value: [] });
    await expect(transport.invoke('documents:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(invoke).toHaveBeenCalledWith('codes:list', {});
  });

  it('forwards only the contract’s events', () => {
    let emit: (name: string, payload: unknown) => void = () => undefined;
    const transport = createIpcTransport({
      invoke: vi.fn(),
      on: (listener) => {
        emit = listener;
        return () => undefined;
      },
      pathOf: () => '',
    });
    const seen: string[] = [];
    transport.on((name) => seen.push(name));
    emit('menu:command', { command: 'history:undo' });
    emit('something:else', {});
    expect(seen).toEqual(['menu:command']);
  });
});
