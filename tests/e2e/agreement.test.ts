/**
 * The Agreement tab in Chromium through browser mode: the sample study coded a second time by
 * another coder (made through the core: `coders:use` then `codings:apply`, some passages the same,
 * some shorter, some left out), read in Analysis › Agreement; a code's disagreements reviewed, one
 * kept for the other coder (the measure changes) then undone, one dropped then undone. Screenshots in French and English at
 * 1440×900 and 1024×700 go to /tmp/shots/agreementui/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCore, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/agreementui';

type Coding = { id: number; documentId: number; codeId: number; start: number; end: number };

/** A second coder codes the sample study again: most passages alike, every third shorter, every fourth left out. */
async function secondCoder(app: E2eApp): Promise<void> {
  await app.page.getByTestId('transcript-content').waitFor();
  const first = await callCore<Coding[]>(app, 'codings:list', {});
  expect(first.length).toBeGreaterThan(4);
  await callCore(app, 'coders:use', { name: 'Bruno' });
  for (const [i, c] of first.entries()) {
    if (i % 4 === 3) continue;
    const end = i % 3 === 1 && c.end - c.start > 30 ? c.end - 15 : c.end;
    await callCore(app, 'codings:apply', { documentId: c.documentId, codeId: c.codeId, start: c.start, end });
  }
  await app.page.reload();
  await app.page.getByTestId('transcript-content').waitFor();
}

async function openAgreement(app: E2eApp): Promise<void> {
  await app.page.keyboard.press('Control+2');
  await app.page.getByTestId('analysis-tab-agreement').click();
  await app.page.getByTestId('agreement-codes').waitFor();
}

describe.skipIf(!hasBrowser)('agreement tab', () => {
  let app: E2eApp;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp({ locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
    await secondCoder(app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows kappa and alpha per code, reviews a code’s disagreements, keeps one (the measure changes) and undoes', async () => {
    const { page } = app;
    await openAgreement(app);
    const codes = page.getByTestId('agreement-codes');
    const overallAlpha = () => page.getByTestId('agreement-codes-overall').getByTestId('agreement-alpha').textContent();
    await expect.poll(overallAlpha).toMatch(/^-?\d,\d{3}$/);
    const before = await overallAlpha();
    await page.screenshot({ path: join(SHOTS, 'agreement-fr-1440.png'), fullPage: false });

    // The first code with a disagreement: its alpha is below 1.
    const rows = codes.getByTestId('agreement-codes-row');
    const count = await rows.count();
    let target = -1;
    for (let i = 0; i < count; i++) {
      if ((await rows.nth(i).getByTestId('agreement-alpha').textContent()) !== '1,000') {
        target = i;
        break;
      }
    }
    expect(target).toBeGreaterThanOrEqual(0);
    const rowAlpha = () => rows.nth(target).getByTestId('agreement-alpha').textContent();
    const alphaBefore = await rowAlpha();
    await rows.nth(target).locator('th button').click();
    const review = page.getByTestId('agreement-review');
    await review.getByTestId('agreement-passage').first().waitFor();
    await review.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'agreement-review-fr-1440.png') });

    await review.getByTestId('agreement-keep').first().click();
    await expect.poll(rowAlpha).not.toBe(alphaBefore);
    await expect.poll(overallAlpha).not.toBe(before);

    await page.getByTestId('undo-button').click();
    await expect.poll(rowAlpha).toBe(alphaBefore);
    await expect.poll(overallAlpha).toBe(before);

    // Dropping the disputed passage from the coder's coding also resolves it; undo again.
    const passages = () => review.getByTestId('agreement-passage').count();
    const shown = await passages();
    await review.getByTestId('agreement-drop').first().click();
    await expect.poll(passages).toBe(shown - 1);
    await expect.poll(rowAlpha).not.toBe(alphaBefore);
    await page.getByTestId('undo-button').click();
    await expect.poll(passages).toBe(shown);
    await expect.poll(rowAlpha).toBe(alphaBefore);
    expect(app.pageErrors).toEqual([]);
  });

  it('looks right in French and English at 1024×700 and in English at 1440×900', async () => {
    for (const [locale, width, height, name] of [
      ['fr-FR', 1024, 700, 'agreement-fr-1024.png'],
      ['en-GB', 1440, 900, 'agreement-en-1440.png'],
      ['en-GB', 1024, 700, 'agreement-en-1024.png'],
    ] as const) {
      const context = await app.browser.newContext({ locale, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(app.server.url);
      await page.getByTestId('transcript-content').waitFor();
      await page.keyboard.press('Control+2');
      await page.getByTestId('analysis-tab-agreement').click();
      await page.getByTestId('agreement-codes').waitFor();
      await expect.poll(() => page.getByTestId('agreement-codes-overall').getByTestId('agreement-kappa').textContent()).toMatch(/\d[.,]\d{3}$/);
      await page.screenshot({ path: join(SHOTS, name) });
      await page.getByTestId('agreement-codes-row').first().locator('th button').click();
      await page.getByTestId('agreement-passage').first().waitFor();
      await page.getByTestId('agreement-review').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, name.replace('agreement-', 'agreement-review-')) });
      await context.close();
    }
  });
});
