import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startBrowserMode, type BrowserMode } from '../../electron/serve/browser-mode';
import { chromiumPath } from './chromium';

export const hasBrowser = chromiumPath() !== null;

/** Flags for Debian's Chromium on machines with no network but loopback. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type E2eApp = {
  dir: string;
  dataDir: string;
  server: BrowserMode;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen by the page (a test can assert there are none). */
  pageErrors: string[];
  close(): Promise<void>;
};

/**
 * Starts browser mode (the real renderer build and the real core) on 127.0.0.1 and opens it in a
 * fresh headless Chromium profile. Without `projectPath` the sample study is opened.
 */
export async function startApp(options: { projectPath?: string; locale?: string; viewport?: { width: number; height: number } } = {}): Promise<E2eApp> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const dataDir = join(dir, 'data');
  const server = await startBrowserMode({
    projectPath: options.projectPath,
    dataDir,
    staticDir: process.env.VERBATIM_E2E_RENDERER ?? resolve('out/renderer'),
    checkOutput: true,
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    // Playwright gives each launch a fresh, temporary profile (it refuses --user-data-dir in args).
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport ?? { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(server.url);
  return {
    dir,
    dataDir,
    server,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls the core directly (to set a project up faster than through the UI). */
export async function callCore<T>(app: E2eApp, method: string, input: unknown): Promise<T> {
  const r = await app.server.session.dispatch(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** The participant called `name`: the sample study's own (E01–E03), or a new one. */
export async function caseNamed(app: E2eApp, name: string): Promise<{ id: number }> {
  const cases = await callCore<{ id: number; name: string }[]>(app, 'cases:list', {});
  return cases.find((c) => c.name === name) ?? (await callCore<{ id: number }>(app, 'cases:create', { name }));
}

/** The attribute called `name` (the sample study has `Type d’acteur`), or a new one of `type`. */
export async function attributeNamed(app: E2eApp, name: string, type: 'text' | 'number' | 'date' | 'category'): Promise<{ id: number }> {
  const attributes = await callCore<{ id: number; name: string }[]>(app, 'attributes:list', {});
  return attributes.find((a) => a.name === name) ?? (await callCore<{ id: number }>(app, 'attributes:create', { name, type }));
}
