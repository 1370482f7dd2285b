import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startBrowserMode } from '../../electron/serve/browser-mode';
import { TOKEN_HEADER } from '../../electron/serve/server';
import { tempDir } from '../helpers/temp-dir';

async function startApp(dir = tempDir()) {
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
  const app = await startBrowserMode({ projectPath: join(dir, 'p.verbatim'), dataDir: join(dir, 'data'), staticDir, log: { error: () => undefined, warn: () => undefined } });
  onTestFinished(() => app.stop());
  const headers = { [TOKEN_HEADER]: app.token, origin: app.origin, 'content-type': 'application/json' };
  const upload = (name: string, body: string) =>
    fetch(`${app.origin}/api/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body });
  return { app, dir, headers, upload };
}

describe('browser mode errors say what happened', () => {
  it('an upload whose name names no file is refused as such, not as too large', async () => {
    const { upload } = await startApp();
    for (const name of ['..', '.', '', '/']) {
      const res = await upload(name, 'Bonjour.');
      expect(res.status, name).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('not a file name') } });
    }
  });

  it('a body over the limit is FILE_TOO_LARGE, not invalid JSON; bad JSON is still INVALID_INPUT', async () => {
    const { app, headers } = await startApp();
    const big = JSON.stringify({ paths: ['x'.repeat(21 * 1024 * 1024)] });
    const res = await fetch(`${app.origin}/api/documents:import`, { method: 'POST', headers, body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('MB') } });
    const bad = await fetch(`${app.origin}/api/documents:list`, { method: 'POST', headers, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('JSON') } });
  });

  it('a page opened on localhost instead of 127.0.0.1 works', async () => {
    const { app, headers } = await startApp();
    const port = new URL(app.origin).port;
    const res = await fetch(`http://localhost:${port}/api/project:current`, { method: 'POST', headers: { ...headers, origin: `http://localhost:${port}` }, body: '{}' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { name: 'p' } });
  });
});

describe('confidential leftovers', () => {
  it('an uploaded file is removed once the call that used it is done, and staging of dead servers at start-up', async () => {
    const dir = tempDir();
    const abandoned = join(dir, 'data', 'staging', String(2 ** 22 + 999), 'uuid');
    mkdirSync(abandoned, { recursive: true });
    writeFileSync(join(abandoned, 'E01.txt'), 'confidential');
    const { app, headers, upload } = await startApp(dir);
    expect(existsSync(abandoned)).toBe(false);
    const { value } = (await (await upload('E01.txt', 'Enquêtrice : Bonjour.\n\nÉlue : Bonjour à vous.')).json()) as { value: { path: string } };
    const imported = await (await fetch(`${app.origin}/api/documents:import`, { method: 'POST', headers, body: JSON.stringify({ paths: [value.path] }) })).json();
    expect(imported).toMatchObject({ ok: true, value: { imported: [{ name: 'E01' }] } });
    expect(existsSync(value.path)).toBe(false);
    expect(readdirSync(join(dir, 'data', 'staging', String(process.pid)))).toEqual([]);

    // A copy of a text already there is kept until the user decides (“Import anyway” uses it), then goes.
    const again = ((await (await upload('E01 copie.txt', 'Enquêtrice : Bonjour.\n\nÉlue : Bonjour à vous.')).json()) as { value: { path: string } }).value;
    const call = async (input: unknown) => (await fetch(`${app.origin}/api/documents:import`, { method: 'POST', headers, body: JSON.stringify(input) })).json();
    expect(await call({ paths: [again.path] })).toMatchObject({ ok: true, value: { imported: [], duplicates: [{ file: 'E01 copie.txt' }] } });
    expect(existsSync(again.path)).toBe(true);
    expect(await call({ paths: [again.path], allowDuplicates: true })).toMatchObject({ ok: true, value: { imported: [{ name: 'E01 copie' }] } });
    expect(existsSync(again.path)).toBe(false);
  });
});
