import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { CONTENT_SECURITY_POLICY, createAppHandler, registerAppScheme, resolveUnder, serveRenderer } = await import('../../electron/main/protocol');

let dir: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Verbatim</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'inter.woff2'), 'font');
  // A file beside the renderer folder, which no URL may reach.
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'renderer-evil.txt'), 'secret');
  handler = createAppHandler(root);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves index.html for the root, with the CSP', async () => {
    const res = await get('app://verbatim/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>Verbatim</title>');
  });

  it('serves assets with their type', async () => {
    const js = await get('app://verbatim/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://verbatim/assets/inter.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('keeps the CSP strict: self only, no remote origin, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it.each([
    'app://verbatim/..%2fsecret.txt',
    'app://verbatim/%2e%2e/secret.txt',
    'app://verbatim/assets/..%2f..%2fsecret.txt',
    'app://verbatim/..%5csecret.txt',
    'app://verbatim/%2e%2e%2f..%2f..%2fetc%2fpasswd',
    'app://verbatim/index.html%00.js',
  ])('refuses path traversal: %s', async (url) => {
    const res = await get(url);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('secret');
  });

  it('never reaches a sibling folder that shares the prefix', () => {
    expect(resolveUnder(root, '/../renderer-evil.txt')).toBeNull();
    expect(resolveUnder(root, '/%2e%2e/renderer-evil.txt')).toBeNull();
    expect(resolveUnder(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('answers 404 for a missing file or another host', async () => {
    expect((await get('app://verbatim/nope.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it('refuses writes', async () => {
    expect((await get('app://verbatim/index.html', 'POST')).status).toBe(405);
  });

  it('registers app:// as a standard, secure scheme and serves it', () => {
    registerAppScheme();
    expect(electronFake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    serveRenderer(root);
    expect(electronFake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
