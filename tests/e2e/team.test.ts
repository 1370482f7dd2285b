/**
 * Team coding in Chromium through browser mode: the lead codes an interview, a colleague (Alice)
 * codes her copy of the project file, the lead merges the copy back with Project › Merge…, reads the
 * report, turns blind coding on (Alice's stripe disappears) and switches coder from the status bar.
 * Screenshots of the report and of the blind indicator, in French and English, at 1440×900 and
 * 1024×700, go to /tmp/shots/teamui/.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callCore, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/teamui';
const WORK = join('/tmp', `verbatim-team-${process.pid}`);

const TRANSCRIPT = [
  'Enquêtrice : Comment avez-vous choisi ce quartier ?',
  'Julie Martin : Pour l’école, surtout. Le loyer était raisonnable et le parc est tout près.',
  'Enquêtrice : Et les voisins ?',
  'Julie Martin : On se dit bonjour, sans plus. La vie du quartier se passe au marché du samedi.',
  '',
].join('\n');

type Combo = { language: 'fr' | 'en'; viewport: { width: number; height: number } };
const combos: Combo[] = [
  { language: 'fr', viewport: { width: 1440, height: 900 } },
  { language: 'en', viewport: { width: 1440, height: 900 } },
  { language: 'fr', viewport: { width: 1024, height: 700 } },
  { language: 'en', viewport: { width: 1024, height: 700 } },
];

const words = {
  fr: { oneAdded: /Codages\s*1 ajouté · 1 déjà présent · 1 non placé/u, blind: 'aveugle', coder: (n: string) => `Codeur : ${n}` },
  en: { oneAdded: /Codings\s*1 added · 1 already here · 1 not placed/u, blind: 'blind', coder: (n: string) => `Coder: ${n}` },
};

/** The lead's project (one interview, one code, one coding by Marie) and Alice's copy of it with one more coding. */
async function leadAndCopy(app: E2eApp, dir: string, lead: string): Promise<string> {
  const file = join(dir, 'Julie Martin.txt');
  writeFileSync(file, TRANSCRIPT);
  const imported = await callCore<{ imported: { id: number }[] }>(app, 'documents:import', { paths: [file] });
  const documentId = imported.imported[0]!.id;
  const text = (await callCore<{ text: string }>(app, 'documents:get', { id: documentId })).text;
  const code = await callCore<{ id: number }>(app, 'codes:create', { name: 'Choix du logement', color: '#3b82f6', parentId: null });
  const at = (phrase: string) => ({ documentId, codeId: code.id, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  await callCore(app, 'coders:use', { name: 'Marie' });
  await callCore(app, 'codings:apply', at('Le loyer était raisonnable'));
  await callCore(app, 'project:close', {});

  const copy = join(dir, 'Copie Alice.verbatim');
  copyFileSync(lead, copy);
  await callCore(app, 'project:open', { path: copy });
  await callCore(app, 'coders:use', { name: 'Alice' });
  await callCore(app, 'codings:apply', at('au marché du samedi'));
  await callCore(app, 'codings:apply', at('sans plus'));
  await callCore(app, 'project:close', {});

  await callCore(app, 'project:open', { path: lead });
  // The lead is Marie again (the copy's current coder is Alice's business).
  await callCore(app, 'coders:use', { name: 'Marie' });
  // Meanwhile the lead corrected the transcript: one of Alice's passages is gone, the other moved.
  await callCore(app, 'documents:edit', { id: documentId, text: text.replace('On se dit bonjour, sans plus. ', '') });
  return copy;
}

describe.skipIf(!hasBrowser)('team coding: merge a colleague’s copy, code blind, switch coder', () => {
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it.each(combos)('$language at $viewport.width×$viewport.height', async ({ language, viewport }) => {
    const dir = join(WORK, `${language}-${viewport.width}`);
    mkdirSync(dir, { recursive: true });
    const lead = join(dir, 'Étude logement.verbatim');
    const app = await startApp({ projectPath: lead, locale: language === 'fr' ? 'fr-FR' : 'en-GB', viewport });
    const w = words[language];
    const shot = (name: string) => app.page.screenshot({ path: `${SHOTS}/${name}-${language}-${viewport.width}.png` });
    try {
      await callCore(app, 'settings:set', { language });
      const copy = await leadAndCopy(app, dir, lead);
      const { page } = app;
      await page.reload();
      await page.locator('[data-testid="document-item"]', { hasText: 'Julie Martin' }).first().locator('.doc-main').click();
      const content = page.getByTestId('transcript-content');
      await expect.poll(() => content.locator('.cm-coding').count()).toBe(1);

      // Project › Merge…: the file input, the upload, the merge, the report.
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('project-menu').click();
      await page.getByTestId('menu-merge-project').click();
      await (await chooser).setFiles([copy]);
      const report = page.getByTestId('merge-report');
      await report.waitFor();
      expect(await report.textContent()).toMatch(w.oneAdded);
      expect(await page.getByTestId('merge-coders').textContent()).toContain('Alice');
      // The passage whose words the lead deleted is listed, not dropped or moved.
      const unplaced = page.getByTestId('merge-unplaced').locator('tbody tr');
      expect(await unplaced.count()).toBe(1);
      expect(await unplaced.first().textContent()).toMatch(/Julie Martin.*Choix du logement.*Alice.*sans plus/u);
      await shot('merge-report');
      await page.getByTestId('merge-close').click();
      await expect.poll(() => content.locator('.cm-coding').count()).toBe(2);

      // Blind coding: Alice's passage is no longer highlighted, the status bar says so.
      await page.getByTestId('status-coder').click();
      await page.getByTestId('coder-blind').check();
      await page.keyboard.press('Escape');
      await expect.poll(() => content.locator('.cm-coding').count()).toBe(1);
      expect(await content.locator('.cm-coding').first().textContent()).toBe('Le loyer était raisonnable');
      expect(await page.getByTestId('status-blind').textContent()).toBe(w.blind);
      await shot('blind-status');
      await page.getByTestId('status-coder').click();
      await page.getByTestId('coder-dialog').waitFor();
      await shot('coder-dialog-blind');
      await page.keyboard.press('Escape');

      // Switching to Alice from the status bar: blind, only her passage shows now.
      await page.getByTestId('status-coder').click();
      await page.getByTestId('coder-list').getByRole('button', { name: /Alice/u }).click();
      await expect.poll(() => page.getByTestId('status-coder').textContent()).toBe(w.coder('Alice'));
      await expect.poll(() => content.locator('.cm-coding').first().textContent()).toBe('au marché du samedi');
      expect(await content.locator('.cm-coding').count()).toBe(1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
