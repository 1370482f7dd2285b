/**
 * The foundation flow, in Chromium through browser mode (the shipped renderer and the real core):
 * create a project from the UI, import a transcript, create a code, code a passage with the
 * keyboard palette, read it back in the retrieval panel, and find it again after a reload.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_BROWSER } from './chromium';
import { hasBrowser, startApp, type E2eApp } from './harness';

const TRANSCRIPT = [
  'Enquêtrice : Comment avez-vous choisi ce quartier ?',
  'Julie Martin : Pour l’école, surtout. Le loyer était raisonnable et le parc est à deux pas.',
  'Enquêtrice : Et les voisins ?',
  'Julie Martin : On se dit bonjour, sans plus. La vie de quartier, ici, c’est le marché du samedi.',
  '',
].join('\n');
const PHRASE = 'Le loyer était raisonnable';
const CODE = 'Choix résidentiel';

/** Selects `phrase` in the transcript with a mouse drag, as a researcher would. */
async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((text) => {
    const content = document.querySelector('.cm-content');
    if (!content) throw new Error('no transcript');
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + text.length - 1);
      last.setEnd(node, at + text.length);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    throw new Error(`“${text}” is not in one text node of the transcript`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

describe.skipIf(!hasBrowser)('foundation: from a new project to a retrieved quote', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts on the sample study', async () => {
    const { page } = app;
    await page.getByTestId('transcript-content').waitFor();
    await expect.poll(() => page.getByTestId('project-name').textContent()).toContain('exemple');
    expect(await page.getByTestId('document-item').count()).toBe(3);
    await page.screenshot({ path: '/tmp/e2e-1-sample.png' });
  });

  it('creates a project through the create-project dialog', async () => {
    const { page } = app;
    await page.getByTestId('project-menu').click();
    await page.getByTestId('menu-new-project').click();
    const dialog = page.getByTestId('project-path-dialog');
    await dialog.waitFor();
    await page.screenshot({ path: '/tmp/e2e-2-new-project.png' });
    await page.getByTestId('project-path-input').fill(join(app.dir, 'Enquête quartier.verbatim'));
    await page.getByTestId('project-path-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('project-name').textContent()).toContain('Enquête quartier');
    await page.getByTestId('documents-empty').waitFor();
    await page.screenshot({ path: '/tmp/e2e-3-empty-project.png' });
  });

  it('imports a transcript through the file input and reports it', async () => {
    const { page } = app;
    const file = join(app.dir, 'E01 - Julie.txt');
    writeFileSync(file, TRANSCRIPT, 'utf8');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').first().click();
    await (await chooser).setFiles(file);

    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect.poll(() => report.getByTestId('import-report-imported').textContent()).toContain('E01 - Julie');
    expect(await report.getByTestId('import-report-error').count()).toBe(0);
    await page.screenshot({ path: '/tmp/e2e-4-import-report.png' });
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });
    await page.getByTestId('transcript-content').waitFor();
    await expect.poll(() => page.getByTestId('transcript-title').textContent()).toBe('E01 - Julie');
  });

  it('creates a code in the codebook', async () => {
    const { page } = app;
    await page.getByTestId('tab-codebook').click();
    await page.getByTestId('new-code-button').click();
    await page.getByTestId('code-name-input').fill(CODE);
    await page.getByTestId('code-form-submit').click();
    await page.locator(`[data-testid="code-item"][data-code-name="${CODE}"]`).waitFor();
    await expect.poll(() => page.getByTestId('retrieval-panel').textContent()).toContain('Aucun passage');
  });

  it('codes a selected passage with the keyboard palette and reads it in the retrieval panel', async () => {
    const { page } = app;
    await dragSelect(page, PHRASE);
    await page.getByTestId('code-selection-button').waitFor();
    await page.screenshot({ path: '/tmp/e2e-5-selection.png' });

    await page.keyboard.press('c');
    const input = page.getByTestId('palette-input');
    await input.waitFor();
    await expect.poll(() => page.getByTestId('quick-code-palette').textContent()).toContain(PHRASE);
    await input.fill('choix resid');
    expect(await page.getByTestId('palette-option').allTextContents()).toEqual([`${CODE}0`]);
    await page.screenshot({ path: '/tmp/e2e-6-palette.png' });
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });

    const quote = page.getByTestId('retrieval-item');
    await quote.first().waitFor();
    expect(await quote.count()).toBe(1);
    await expect.poll(() => quote.first().textContent()).toContain(PHRASE);
    await expect.poll(() => page.locator('.cm-coding').first().textContent()).toBe(PHRASE);
    await page.screenshot({ path: '/tmp/e2e-7-coded.png' });
  });

  it('finds the coding again after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('transcript-content').waitFor();
    await expect.poll(() => page.getByTestId('project-name').textContent()).toContain('Enquête quartier');
    await expect.poll(() => page.locator('.cm-coding').count()).toBe(1);
    await page.getByTestId('tab-codebook').click();
    await page.locator(`[data-testid="code-item"][data-code-name="${CODE}"]`).click();
    const quote = page.getByTestId('retrieval-item');
    await quote.first().waitFor();
    await expect.poll(() => quote.first().textContent()).toContain(PHRASE);

    // Opening the quote selects the passage in the transcript.
    await quote.first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(PHRASE);
    await page.screenshot({ path: '/tmp/e2e-8-after-reload.png' });
    expect(app.pageErrors).toEqual([]);
  });
});

if (!hasBrowser) console.warn(MISSING_BROWSER);
