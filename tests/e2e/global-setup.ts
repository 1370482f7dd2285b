import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromiumPath, MISSING_BROWSER } from './chromium';

/**
 * Builds the renderer exactly as shipped, once for all end-to-end tests. Without a browser the tests
 * are skipped and say why, except under CI, where a missing browser is a failure.
 */
export default async function setup(): Promise<void> {
  if (!chromiumPath()) {
    if (process.env.CI === 'true') throw new Error(`${MISSING_BROWSER} Under CI a browser is required.`);
    console.warn(`\n${MISSING_BROWSER}\n`);
    return;
  }
  // Each run builds into its own folder: two runs at once (or a running `npm run serve`) must not
  // replace each other's bundle mid-test.
  const outDir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-renderer-'));
  process.env.VERBATIM_E2E_RENDERER = outDir;
  // Vitest runs with NODE_ENV=test, which would give Vite (and so React) a development build; the
  // shipped app is a production build, so that is what the tests drive.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', configFile: 'vite.renderer.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
