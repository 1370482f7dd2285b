/**
 * REFI-QDA exchange in Chromium through browser mode: a .qdpx written in the manner of ATLAS.ti is
 * picked in the import dialog, its report says what came in and what was left out, and its codings
 * show in the transcript.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlasProject } from '../core/refi/vendor-fixtures';
import { hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/refi';

describe.skipIf(!hasBrowser)('REFI-QDA exchange', () => {
  let app: E2eApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-refi-'));
    app = await startApp({ projectPath: join(dir, 'Mobilités.verbatim') });
  });
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a .qdpx from the import dialog and shows what it brought and what it skipped', async () => {
    const { page } = app;
    const qdpx = join(dir, 'Mobilités.qdpx');
    writeFileSync(qdpx, atlasProject());
    await page.getByTestId('documents-empty').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').first().click();
    await (await chooser).setFiles([qdpx]);

    const report = page.getByTestId('exchange-report');
    await report.waitFor();
    await expect.poll(() => report.getByTestId('exchange-counts').textContent()).toMatch(/2 documents · 3 codes · 2 codages|2 documents · 3 codes · 2 codings/u);
    expect(await report.getByTestId('exchange-skipped').count()).toBe(6);
    // What was left out, and why, reads in French like the rest of the dialog.
    for (const row of await report.getByTestId('exchange-skipped').allTextContents()) expect(row).not.toMatch(/\b(the|is|has|its|was|were|Verbatim has)\b/u);
    expect(await page.getByTestId('import-report-imported').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/import-report.png` });
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.screenshot({ path: `${SHOTS}/import-report-dark.png` });
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await page.keyboard.press('Escape');

    await page.locator('[data-testid="document-item"]', { hasText: 'Entretien' }).first().locator('.doc-main').click();
    await expect.poll(() => page.getByTestId('transcript-title').textContent()).toBe('Entretien');
    await page.screenshot({ path: `${SHOTS}/coded-transcript.png` });
  });

  it('exports the project as a .qdpx from the export dialog', async () => {
    const { page } = app;
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-format-qdpx').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/\.qdpx$/u);
    await page.getByTestId('export-done').waitFor();
    await page.screenshot({ path: `${SHOTS}/export-dialog.png` });
    await page.keyboard.press('Escape');
  });
});
