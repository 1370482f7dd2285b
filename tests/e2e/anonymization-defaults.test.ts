/**
 * The Anonymization view in Chromium, in French and English, wide and small: an interview with a
 * header block gives no header label as a suggestion, a table entry that is also an everyday word
 * is flagged with a one-click fix, and the Export dialog opened from this view starts anonymized.
 * Screenshots go to /tmp/shots/anon/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, hasBrowser, startApp } from './harness';

const SHOTS = '/tmp/shots/anon';

const E04 = `Entretien E04 — coordinatrice associative
Date : 12 mars 2025
Lieu : Lyon, locaux de l’association
Durée : 45 minutes
Interviewer : Julie R.

Enquêtrice : Avec qui travaillez-vous ?

Nadia Ferhat : Avec Mme Petit, qui tient la Fabrique des Communs dans le Nord, et Marc D. pour le Benelux. Le petit groupe se retrouve à Toronto une fois par an.
`;

const suggestion = (page: Page, text: string) => page.getByTestId('suggestion').filter({ has: page.getByTestId('suggestion-text').getByText(text, { exact: true }) });
const tableRow = (page: Page, original: string) => page.locator(`[data-testid="pseudonym-row"][data-original="${original}"]`);

const RUNS = [
  { locale: 'fr-FR', viewport: { width: 1440, height: 900 } },
  { locale: 'en-GB', viewport: { width: 1440, height: 900 } },
  { locale: 'fr-FR', viewport: { width: 1024, height: 700 } },
  { locale: 'en-GB', viewport: { width: 1024, height: 700 } },
];

describe.skipIf(!hasBrowser)('the Anonymization view: suggestions without header labels, flagged everyday words, anonymized exports by default', () => {
  for (const { locale, viewport } of RUNS) {
    const tag = `${locale.slice(0, 2)}-${viewport.width}x${viewport.height}`;
    it(`works in ${tag}`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const app = await startApp({ locale, viewport });
      try {
        const { page } = app;
        const file = join(app.dir, 'E04 - coordinatrice.txt');
        writeFileSync(file, E04, 'utf8');
        await callCore(app, 'documents:import', { paths: [file] });
        await page.reload();
        await page.getByTestId('transcript-content').waitFor();

        await page.keyboard.press('Control+4');
        await page.getByTestId('detect-button').click();
        await suggestion(page, 'Julie R.').waitFor();
        for (const label of ['Lieu', 'Date', 'Durée', 'Interviewer', 'Nord', 'Benelux', 'Fabrique']) expect(await suggestion(page, label).count(), label).toBe(0);
        expect(await page.getByTestId('suggestion-group-place').textContent()).toContain('Toronto');
        await page.mouse.move(0, 400);
        await page.screenshot({ path: `${SHOTS}/${tag}-1-suggestions.png` });

        await page.getByTestId('accept-all').click();
        await page.getByTestId('suggestions-none').waitFor();
        // An entry added by hand that is also an everyday word (`petit`), matched in every form.
        await callCore(app, 'pseudonyms:delete', { ids: (await callCore<{ id: number; original: string }[]>(app, 'pseudonyms:list', {})).filter((p) => p.original === 'Petit').map((p) => p.id) });
        await callCore(app, 'pseudonyms:add', { original: 'Petit', category: 'person', matching: 'word' });
        await page.getByTestId('pseudonyms-tab-suggestions').click();
        await page.getByTestId('pseudonyms-tab-table').click();
        await tableRow(page, 'Petit').getByTestId('pseudonym-common-word').waitFor();
        expect(await tableRow(page, 'Petit').getByTestId('pseudonym-common-badge').isVisible()).toBe(true);
        await page.mouse.move(0, 400);
        await page.screenshot({ path: `${SHOTS}/${tag}-2-table.png` });
        await tableRow(page, 'Petit').getByTestId('pseudonym-use-whole-name').click();
        await expect.poll(() => tableRow(page, 'Petit').getByTestId('pseudonym-common-word').count()).toBe(0);
        await tableRow(page, 'Petit').getByTestId('pseudonym-common-warning').waitFor();

        await page.getByTestId('export-button').click();
        const dialog = page.getByTestId('export-dialog');
        await dialog.waitFor();
        expect(await dialog.getByTestId('export-anonymize').isChecked()).toBe(true);
        await page.screenshot({ path: `${SHOTS}/${tag}-3-export-dialog.png` });
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.count()).toBe(0);

        // From another view, the same dialog starts plain.
        await page.keyboard.press('Control+1');
        await page.getByTestId('export-button').click();
        await dialog.waitFor();
        expect(await dialog.getByTestId('export-anonymize').isChecked()).toBe(false);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    }, 120_000);
  }
});
