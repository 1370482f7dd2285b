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
  await build({ configFile: 'vite.renderer.config.ts', logLevel: 'warn' });
}
