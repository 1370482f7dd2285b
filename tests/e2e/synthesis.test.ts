/**
 * From the coded sample study to a synthesis report, in Chromium through browser mode (the shipped
 * renderer and the real core): participants with an actor type, a theme sheet (synthesis written,
 * two key quotes pinned and reordered, distribution by actor type), a framework cell, a
 * recommendation citing the key quotes with its chain of evidence, then the HTML report exported
 * through the Export dialog and downloaded. Screenshots go to /tmp/shots/synthesis/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeNamed, caseNamed, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/synthesis';
const SYNTHESIS = 'Les habitants jugent la ville sur des preuves, pas sur des promesses.';
const QUOTE_A = 'La confiance se perd en une semaine';
const QUOTE_B = 'La confiance vient des preuves, pas des discours.';

const dispatch = async <T = { id: number }>(app: E2eApp, method: string, input: unknown): Promise<T> => {
  const r = await app.server.session.dispatch(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
};

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name) });
const texts = (list: Locator) => list.evaluateAll((els) => els.map((e) => e.textContent ?? ''));

describe.skipIf(!hasBrowser)('synthesis: from coded interviews to an exported report', () => {
  let app: E2eApp;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp();
    // The sample study's participants, with the actor types this test expects.
    const type = await attributeNamed(app, 'Type d’acteur', 'category');
    for (const [name, value] of [
      ['E01', 'Élue'],
      ['E02', 'Prestataire'],
      ['E03', 'Experte'],
    ] as const) {
      const created = await caseNamed(app, name);
      await dispatch(app, 'cases:setValue', { caseId: created.id, attributeId: type.id, value });
    }
    await dispatch(app, 'cases:autoLink', {});
    await app.page.getByTestId('project-name').waitFor();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('writes a theme sheet: synthesis, distribution, two key quotes reordered', async () => {
    const { page } = app;
    await page.getByTestId('view-synthesis-tab').click();
    await page.getByTestId('theme-item').filter({ hasText: 'Confiance des habitants' }).click();
    await expect.poll(() => page.getByTestId('theme-sheet-title').textContent()).toBe('Confiance des habitants');
    expect(await page.getByTestId('theme-definition').textContent()).toContain('Perception des habitants');

    await page.getByTestId('theme-synthesis').fill(SYNTHESIS);
    await expect.poll(() => page.getByTestId('theme-sheet').getByTestId('save-state').textContent()).toBe('Enregistré');
    // Writing is one undoable step: Ctrl+Z outside the field takes it back, Ctrl+Shift+Z restores it.
    await page.getByTestId('theme-sheet-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('theme-synthesis').inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('theme-synthesis').inputValue()).toBe(SYNTHESIS);

    await page.getByTestId('distribution-attribute').selectOption({ label: 'Type d’acteur' });
    await expect.poll(() => page.getByTestId('distribution-row').count()).toBe(3);
    expect(await texts(page.getByTestId('distribution-row'))).toEqual(expect.arrayContaining([expect.stringContaining('Élue1 sur 1')]));

    const quote = (text: string) => page.getByTestId('theme-quote').filter({ hasText: text });
    await quote(QUOTE_A).getByTestId('quote-pin').click();
    await expect.poll(() => page.getByTestId('key-quote').count()).toBe(1);
    await quote(QUOTE_B).getByTestId('quote-pin').click();
    await expect.poll(() => page.getByTestId('key-quote').count()).toBe(2);
    const order = async () => (await texts(page.getByTestId('key-quote'))).map((t) => (t.includes(QUOTE_A) ? 'A' : t.includes(QUOTE_B) ? 'B' : '?'));
    expect(await order()).toEqual(['A', 'B']);
    await page.getByTestId('key-quote').first().getByTestId('quote-move-down').click();
    await expect.poll(order).toEqual(['B', 'A']);
    // The keyboard moves it back, then forth again: the core keeps the last order.
    await page.getByTestId('key-quote').nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(order).toEqual(['A', 'B']);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(order).toEqual(['B', 'A']);
    // The core has it too before the drag (as a reader's pause would allow).
    const coreOrder = async () =>
      (await dispatch<{ quotes: { text: string }[] }>(app, 'themes:get', { codeId: await codeIdOf(app, 'Confiance des habitants') })).quotes.map((q) =>
        q.text.includes(QUOTE_A) ? 'A' : q.text.includes(QUOTE_B) ? 'B' : '?',
      );
    await expect.poll(coreOrder).toEqual(['B', 'A']);
    // Dragging a quote onto another's place moves it there.
    await page.getByTestId('key-quote').nth(1).dragTo(page.getByTestId('key-quote').first());
    await expect.poll(order).toEqual(['A', 'B']);
    const sheet = await dispatch<{ quotes: { text: string }[]; synthesis: string }>(app, 'themes:get', { codeId: await codeIdOf(app, 'Confiance des habitants') });
    expect(sheet.synthesis).toBe(SYNTHESIS);
    expect(sheet.quotes.map((q) => q.text)).toEqual([expect.stringContaining(QUOTE_A), expect.stringContaining(QUOTE_B)]);
    expect(await page.getByTestId('key-quote').first().getByTestId('quote-participant').textContent()).toBe('E01');

    await page.getByTestId('theme-sheet').evaluate((el) => el.closest('.syn-page')?.scrollTo(0, 0));
    await shot(page, '1-theme-sheet.png');
    await page.getByTestId('key-quotes').scrollIntoViewIfNeeded();
    await shot(page, '2-theme-sheet-key-quotes.png');
  });

  it('opens a key quote in its transcript', async () => {
    const { page } = app;
    await page.getByTestId('key-quote').first().getByTestId('quote-open').click();
    await expect.poll(() => page.getByTestId('transcript-title').textContent()).toBe('E01 - élue');
    await page.getByTestId('view-synthesis-tab').click();
  });

  it('fills a framework cell with a summary and a quote', async () => {
    const { page } = app;
    await page.getByTestId('synthesis-tab-framework').click();
    const table = page.getByTestId('framework-table');
    await table.waitFor();
    await table.getByRole('button', { name: /E01 pour « Confiance des habitants »/ }).click();
    const dialog = page.getByTestId('framework-cell-dialog');
    await dialog.getByTestId('framework-summary').fill('Fait de la transparence des capteurs une condition de la confiance.');
    await dialog.getByTestId('framework-quote-toggle').first().click();
    await expect.poll(() => dialog.getByTestId('framework-quote-toggle').first().isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Terminé' }).click();
    await expect.poll(() => table.getByTestId('framework-cell').filter({ hasText: 'transparence des capteurs' }).count()).toBe(1);
    for (const [caseName, theme, summary] of [
      ['E02', 'Gouvernance des données', 'Les données restent chez le prestataire ; la ville négocie au cas par cas.'],
      ['E03', 'Gouvernance des données', 'Plaide pour une autorité locale des données, indépendante des services.'],
    ] as const) {
      await table.getByRole('button', { name: new RegExp(`${caseName} pour « ${theme} »`) }).click();
      await page.getByTestId('framework-summary').fill(summary);
      await page.getByRole('button', { name: 'Terminé' }).click();
      await expect.poll(() => table.getByTestId('framework-cell').filter({ hasText: summary.slice(0, 20) }).count()).toBe(1);
    }
    await shot(page, '3-framework-matrix.png');
  });

  it('writes a recommendation citing the key quotes and shows its chain of evidence', async () => {
    const { page } = app;
    await page.getByTestId('synthesis-tab-recommendations').click();
    await page.getByTestId('recommendation-new').click();
    await page.getByTestId('recommendation-title').fill('Rendre les données des capteurs publiques et vérifiables');
    await page.getByTestId('recommendation-body').fill('Publier l’inventaire des capteurs, ce qu’ils mesurent et qui y accède, avec un registre tenu à jour.');
    await page.getByTestId('recommendation-theme').filter({ hasText: 'Confiance des habitants' }).click();
    await expect.poll(() => page.getByTestId('recommendation-quote').count()).toBeGreaterThan(2);
    for (const text of [QUOTE_B, QUOTE_A]) {
      await page.getByTestId('recommendation-quote').filter({ hasText: text }).getByTestId('recommendation-cite').click();
      await expect.poll(() => page.getByTestId('recommendation-quote').filter({ hasText: text }).getByTestId('recommendation-cite').getAttribute('aria-pressed')).toBe('true');
    }
    await shot(page, '4a-recommendation-write.png');
    await page.getByTestId('recommendation-mode-evidence').click();
    const chain = page.getByTestId('evidence-chain');
    await expect.poll(() => chain.getByTestId('evidence-quote').count()).toBe(2);
    expect(await chain.textContent()).toContain(SYNTHESIS);
    expect(await chain.getByTestId('evidence-sources').textContent()).toContain('E01');
    await shot(page, '4-recommendation-evidence.png');
  });

  it('exports the HTML report through the dialog, with the synthesis and the quotes', async () => {
    const { page } = app;
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-format-html').check();
    await dialog.getByTestId('export-title').fill('Gouverner les données urbaines');
    await dialog.getByTestId('export-author').fill('Équipe d’enquête');
    await dialog.getByTestId('export-licence').selectOption('CC-BY-SA-4.0');
    await shot(page, '5-export-dialog.png');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-submit').click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    expect(html).toContain('Gouverner les données urbaines');
    expect(html).toContain('CC BY-SA 4.0');
    expect(html).toContain(SYNTHESIS);
    expect(html).toContain(QUOTE_A);
    expect(html).toContain(QUOTE_B);
    expect(html).toContain('Rendre les données des capteurs publiques et vérifiables');
    await expect.poll(() => dialog.getByTestId('export-done').textContent()).toContain('téléchargé');
    expect(app.pageErrors).toEqual([]);
    await dialog.locator('.dialog-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('reads well in the dark theme too', async () => {
    const { page } = app;
    await page.getByTestId('synthesis-tab-themes').click();
    await page.getByTestId('theme-item').filter({ hasText: 'Confiance des habitants' }).click();
    await page.getByTestId('key-quotes').waitFor();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.getByTestId('key-quotes').scrollIntoViewIfNeeded();
    await shot(page, '6-theme-sheet-dark.png');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-format-xlsx').check();
    await shot(page, '7-export-dialog-dark.png');
    await page.getByTestId('export-dialog').locator('.dialog-close').click();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  });
});

async function codeIdOf(app: E2eApp, name: string): Promise<number> {
  const codes = await dispatch<{ id: number; name: string }[]>(app, 'codes:list', {});
  const code = codes.find((c) => c.name === name);
  if (!code) throw new Error(`no code ${name}`);
  return code.id;
}
