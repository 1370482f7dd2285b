/**
 * The import report in the real UI: a transcript already in the project (the sample study's, saved
 * again as .txt) is listed with the document that has its text and can be imported anyway; a file
 * with a bad byte comes with a warning naming its line. Screenshots in French and English, at
 * 1440×900 and 1024×700, go to /tmp/shots/importdocs/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_BROWSER } from './chromium';
import { callCore, hasBrowser, startApp } from './harness';

const SHOTS = '/tmp/shots/importdocs';
const sizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

describe.skipIf(!hasBrowser)(`import report: duplicates and warnings${hasBrowser ? '' : MISSING_BROWSER}`, () => {
  it.each([
    ['fr-FR', 'Importer quand même', 'La ligne 2 contient'],
    ['en-GB', 'Import anyway', 'Line 2 has'],
  ])('%s: lists the copy, imports it anyway on request, and shows the warning', async (locale, importAnyway, warning) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const viewport of sizes) {
      const app = await startApp({ locale, viewport });
      try {
        const { page } = app;
        await page.getByTestId('import-button').first().waitFor();
        const [first] = await callCore<{ id: number; name: string }[]>(app, 'documents:list', {});
        const detail = await callCore<{ text: string }>(app, 'documents:get', { id: first!.id });
        const copy = join(app.dir, 'Entretien (copie).txt');
        writeFileSync(copy, detail.text.replaceAll('\n', '\r\n\r\n'));
        const damaged = join(app.dir, 'E09 - abîmé.txt');
        writeFileSync(damaged, Buffer.concat([Buffer.from('Enquêtrice : Où étiez-vous ?\nPaul : À l’école'), Buffer.from([0xff]), Buffer.from(' élémentaire.\nEnquêtrice : Merci.\nPaul : De rien.\n')]));

        const chooser = page.waitForEvent('filechooser');
        await page.getByTestId('import-button').first().click();
        await (await chooser).setFiles([copy, damaged]);
        const report = page.getByTestId('import-report');
        await report.waitFor();
        const duplicate = report.getByTestId('import-report-duplicate');
        await expect.poll(() => duplicate.textContent()).toContain(first!.name);
        expect(await report.getByTestId('import-report-warning').textContent()).toContain(warning);
        await page.screenshot({ path: `${SHOTS}/import-duplicates-${locale}-${viewport.width}.png` });

        await duplicate.getByRole('button', { name: importAnyway }).click();
        await expect.poll(() => report.getByTestId('import-report-duplicate').count()).toBe(0);
        await expect.poll(() => report.getByTestId('import-report-imported').count()).toBe(2);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    }
  }, 180_000);
});
