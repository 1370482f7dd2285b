import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callCore, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/coders';

describe.skipIf(!hasBrowser)('who is coding', () => {
  let app: E2eApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  for (const [locale, width, height] of [
    ['fr-FR', 1440, 900],
    ['en-US', 1024, 700],
  ] as const) {
    it(`asks a new project's coder for their name, and switches coder from the status bar (${locale}, ${width}×${height})`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const dir = join('/tmp', `verbatim-e2e-coders-${process.pid}-${width}`);
      mkdirSync(dir, { recursive: true });
      app = await startApp({ projectPath: join(dir, `étude-${Date.now()}.verbatim`), locale, viewport: { width, height } });
      const { page } = app;
      const tag = `${locale.slice(0, 2)}-${width}`;

      // A new project asks once, without blocking: a banner, not a modal.
      const banner = page.getByTestId('coder-banner');
      await banner.waitFor();
      await page.screenshot({ path: `${SHOTS}/banner-${tag}.png` });
      await page.getByTestId('coder-banner-action').click();
      const dialog = page.getByTestId('coder-dialog');
      await dialog.waitFor();
      await page.getByTestId('coder-name').fill('Claire Dubois');
      await page.screenshot({ path: `${SHOTS}/dialog-${tag}.png` });
      await page.getByTestId('coder-save').click();
      await expect.poll(() => page.getByTestId('status-coder').textContent()).toContain('Claire Dubois');
      await expect.poll(() => banner.count()).toBe(0);

      // A colleague takes the keyboard: a new coder from the status bar, then back to Claire.
      await page.getByTestId('status-coder').click();
      await page.getByTestId('coder-new').fill('Marc');
      await page.getByTestId('coder-add').click();
      await expect.poll(() => page.getByTestId('status-coder').textContent()).toContain('Marc');
      const current = await callCore<{ coder: { name: string } }>(app, 'project:current', {});
      expect(current.coder.name).toBe('Marc');
      await page.getByTestId('status-coder').click();
      await page.getByTestId('coder-list').getByText('Claire Dubois').click();
      await expect.poll(() => page.getByTestId('status-coder').textContent()).toContain('Claire Dubois');
      await page.getByTestId('status-coder').click();
      await page.screenshot({ path: `${SHOTS}/switch-${tag}.png` });
      const coders = await callCore<{ name: string }[]>(app, 'coders:list', {});
      expect(coders.map((c) => c.name)).toEqual(['Claire Dubois', 'Marc']);
      expect(app.pageErrors).toEqual([]);
    });
  }
});
