import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startBrowserMode } from '../../electron/serve/browser-mode';
import { TOKEN_HEADER } from '../../electron/serve/server';
import { tempDir } from '../helpers/temp-dir';

async function startApp() {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  const app = await startBrowserMode({ projectPath: join(dir, 'p.verbatim'), dataDir: join(dir, 'data'), staticDir, log: { error: () => undefined, warn: () => undefined } });
  onTestFinished(() => app.stop());
  const headers = { [TOKEN_HEADER]: app.token, origin: app.origin, 'content-type': 'application/json' };
  const post = (method: string, body: unknown, h: Record<string, string> = headers) =>
    fetch(`${app.origin}/api/${method}`, { method: 'POST', headers: h, body: JSON.stringify(body) });
  return { app, dir, headers, post };
}

/** A raw request, for headers fetch will not let us set (Host). */
function rawGet(origin: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    const { app } = await startApp();
    expect(app.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(app.url).toBe(`${app.origin}/#token=${app.token}`);
    expect(app.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers contract calls with Results', async () => {
    const { post } = await startApp();
    const response = await post('codes:create', { name: 'Confiance', parentId: null });
    // The core's share of the call, for the network panel and the UI benchmark.
    expect(response.headers.get('server-timing')).toMatch(/^core;dur=\d+\.\d{2}$/);
    const created = await response.json();
    expect(created).toMatchObject({ ok: true, value: { name: 'Confiance' } });
    const conflict = await (await post('codes:create', { name: 'confiance', parentId: null })).json();
    expect(conflict).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const unknown = await (await post('codes:explode', {})).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses requests without the token, from another origin, without an Origin on POST, or for another host', async () => {
    const { app, headers, post } = await startApp();
    const cases: Record<string, string>[] = [
      { ...headers, [TOKEN_HEADER]: 'wrong' },
      { origin: app.origin, 'content-type': 'application/json' },
      { ...headers, origin: 'http://evil.example' },
      { [TOKEN_HEADER]: app.token, 'content-type': 'application/json' },
    ];
    for (const h of cases) {
      const res = await post('documents:list', {}, h);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await rawGet(app.origin, '/api/events', { [TOKEN_HEADER]: app.token, host: 'rebound.example:80' })).toBe(403);
  });

  it('stages uploads in its own folder and imports them by path', async () => {
    const { app, headers, post } = await startApp();
    const res = await fetch(`${app.origin}/api/upload?name=${encodeURIComponent('../../E01 élue.txt')}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: 'Enquêtrice : Bonjour.\n\nÉlue : Bonjour à vous.',
    });
    const { value } = (await res.json()) as { value: { path: string } };
    expect(value.path.endsWith('E01 élue.txt')).toBe(true);
    expect(value.path).toContain(join('data', 'staging'));
    expect(readFileSync(value.path, 'utf8')).toContain('Bonjour à vous');
    const report = await (await post('documents:import', { paths: [value.path] })).json();
    expect(report).toMatchObject({ ok: true, value: { imported: [{ name: 'E01 élue' }], errors: [] } });
  });

  it('streams core events to the page', async () => {
    const { app, headers, post } = await startApp();
    const controller = new AbortController();
    const res = await fetch(`${app.origin}/api/events`, { headers: { [TOKEN_HEADER]: headers[TOKEN_HEADER]! }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // the ': connected' comment
    await post('codes:create', { name: 'A', parentId: null });
    let text = '';
    while (!text.includes('project:changed')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/event: project:changed\ndata: \{"entities":\[/);
    controller.abort();
  });

  it('offers an export written without a path as a download, and nothing outside the exports folder', async () => {
    const { app, headers, post } = await startApp();
    await post('codes:create', { name: 'Confiance', parentId: null });
    const { value } = (await (await post('exports:write', { format: 'codebook-csv' })).json()) as { value: { path: string; fileName: string } };
    const id = value.path.split(/[\\/]/).at(-2)!;
    const res = await fetch(`${app.origin}/api/download/${id}/${encodeURIComponent(value.fileName)}`, { headers: { [TOKEN_HEADER]: headers[TOKEN_HEADER]! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect(await res.text()).toContain('Confiance');
    const outside = await fetch(`${app.origin}/api/download/..%2f..%2fp.verbatim`, { headers: { [TOKEN_HEADER]: headers[TOKEN_HEADER]! } });
    expect(outside.status).toBe(404);
    const noToken = await fetch(`${app.origin}/api/download/${id}/${encodeURIComponent(value.fileName)}`);
    expect(noToken.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const { app } = await startApp();
    const page = await fetch(`${app.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      expect(await rawGet(app.origin, path, {})).toBe(404);
    }
  });
});
