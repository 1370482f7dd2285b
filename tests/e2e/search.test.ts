/**
 * Search across interviews in Chromium through browser mode (the shipped renderer, the real core and
 * its search worker): a French query with stemming and accent folding, filters by participant
 * attribute and by speaker, opening a hit in its transcript, auto-coding the hits and undoing it.
 * Screenshots go to /tmp/shots/search/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNamed, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/search';

const INTERVIEWS: Record<string, string> = {
  'E01 - Martine (élue)': [
    'Enquêtrice : Comment se passent les négociations avec le prestataire ?',
    'Martine Lebrun : On a dû négocier chaque clause. La confiance s’est perdue pendant la négociation du contrat de chaleur.',
    'Enquêtrice : Et les habitants, ont-ils été associés ?',
    'Martine Lebrun : Pas assez. L’école du quartier a posé des questions sur les données des compteurs.',
    '',
  ].join('\n'),
  'E02 - Karim (prestataire)': [
    'Enquêtrice : Parlez-moi de vos relations avec la mairie.',
    'Karim Benali : Les négociations avec les élus durent depuis des années. Les données restent chez nous.',
    'Enquêtrice : Une négociation difficile ?',
    'Karim Benali : Longue, surtout sur la propriété des données.',
    '',
  ].join('\n'),
  'E03 - Sofia (habitante)': [
    'Enquêtrice : Vous sentez-vous informée ?',
    'Sofia Haddad : Personne ne nous explique rien sur la negociation. On apprend tout par le journal.',
    '',
  ].join('\n'),
};

const dispatch = async (app: E2eApp, method: string, input: unknown) => {
  const r = await app.server.session.dispatch(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as { id: number };
};

const hits = (page: Page) => page.getByTestId('search-hit');
const count = (page: Page) => page.getByTestId('search-count').textContent();

describe.skipIf(!hasBrowser)('search across interviews', () => {
  let app: E2eApp;
  let codeId = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp({ projectPath: join(process.env.TMPDIR ?? '/tmp', `verbatim-search-${process.pid}-${Date.now()}.verbatim`) });
    const paths = Object.entries(INTERVIEWS).map(([name, text]) => {
      const file = join(app.dir, `${name}.txt`);
      writeFileSync(file, text, 'utf8');
      return file;
    });
    await dispatch(app, 'documents:import', { paths });
    const documents = (await app.server.session.dispatch('documents:list', {})) as { ok: true; value: { id: number; name: string }[] };
    const role = await dispatch(app, 'attributes:create', { name: 'Rôle', type: 'category' });
    for (const [i, d] of documents.value.entries()) {
      const participant = await caseNamed(app, `E0${i + 1}`);
      const value = d.name.includes('élue') ? 'Élu' : d.name.includes('prestataire') ? 'Prestataire' : 'Habitant';
      await dispatch(app, 'cases:setValue', { caseId: participant.id, attributeId: role.id, value });
      await dispatch(app, 'documents:setCase', { documentId: d.id, caseId: participant.id });
    }
    codeId = (await dispatch(app, 'codes:create', { name: 'Négociation', parentId: null })).id;
    await app.page.reload();
    await app.page.getByTestId('transcript-content').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds every form of a word across interviews, accents aside, grouped by interview with highlights', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-box');
    await page.keyboard.type('négociations');
    await page.keyboard.press('Enter');
    // négociations → negoci: négocier, négociation, and « negociation » without its accent.
    await expect.poll(() => count(page)).toBe('5 passages dans 3 entretiens');
    expect(await page.getByTestId('search-group').count()).toBe(3);
    const marks = await page.locator('.search-hit-snippet mark').allTextContents();
    expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(new Set(['négociations', 'négocier', 'négociation', 'negociation']));
    expect(await page.getByTestId('search-hit').first().locator('.search-hit-speaker').textContent()).toBeTruthy();
    await page.mouse.move(0, 300);
    await page.screenshot({ path: `${SHOTS}/1-results.png` });

    await page.getByTestId('search-help-toggle').click();
    await page.getByTestId('search-help').waitFor();
    await page.screenshot({ path: `${SHOTS}/2-query-help.png` });
    await page.getByTestId('search-help-toggle').click();
  });

  it('filters by participants’ attributes and leaves the interviewer out', async () => {
    const { page } = app;
    await page.getByTestId('search-filters').locator('summary').click();
    await page.locator('.search-chip', { hasText: 'Élu' }).click();
    await expect.poll(() => count(page)).toBe('2 passages dans 1 entretien');
    await page.locator('.search-chip', { hasText: 'Élu' }).click();
    await expect.poll(() => count(page)).toBe('5 passages dans 3 entretiens');

    await page.locator('.search-check', { hasText: 'Enquêtrice' }).click();
    await page.locator('.search-mode', { hasText: 'Tous sauf ceux-ci' }).click();
    await expect.poll(() => count(page)).toBe('3 passages dans 3 entretiens');
    const speakers = await page.locator('.search-hit-speaker').allTextContents();
    expect(speakers).not.toContain('Enquêtrice');
    await page.screenshot({ path: `${SHOTS}/3-filters.png` });
  });

  it('leaves the interviewer out with one filter, the role marked at import and shown in the speakers dialog', async () => {
    const { page } = app;
    await page.getByTestId('search-filters').getByText('Effacer les filtres').click();
    await expect.poll(() => count(page)).toBe('5 passages dans 3 entretiens');
    await page.getByTestId('search-exclude-interviewer').check();
    await expect.poll(() => count(page)).toBe('3 passages dans 3 entretiens');
    expect(await page.locator('.search-hit-speaker').allTextContents()).not.toContain('Enquêtrice');
    await page.mouse.move(0, 300);
    await page.screenshot({ path: `${SHOTS}/3b-exclude-interviewer.png` });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: `${SHOTS}/3c-exclude-interviewer-1024.png` });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The role, set from the label at import, can be changed: the filter follows.
    await page.getByTestId('speakers-button').click();
    const dialog = page.getByTestId('speakers-dialog');
    const role = dialog.locator('[data-testid="speaker-row"][data-speaker="Enquêtrice"]').getByTestId('speaker-role');
    await expect.poll(() => role.inputValue()).toBe('interviewer');
    await page.screenshot({ path: `${SHOTS}/3d-speaker-roles.png` });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: `${SHOTS}/3e-speaker-roles-1024.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await role.selectOption('');
    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    await expect.poll(() => count(page)).toBe('4 passages dans 3 entretiens');
    // Undo gives the role back, and the results follow.
    await page.keyboard.press('Control+z');
    await expect.poll(() => count(page)).toBe('3 passages dans 3 entretiens');
    await page.getByTestId('search-filters').locator('summary').click();
  });

  it('opens a hit in its transcript with the words selected', async () => {
    const { page } = app;
    const hit = hits(page).filter({ hasText: 'Sofia Haddad' });
    await hit.locator('.search-hit-open').click();
    await expect.poll(() => page.getByTestId('transcript-title').textContent()).toBe('E03 - Sofia (habitante)');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('negociation');
    await page.screenshot({ path: `${SHOTS}/4-open-hit.png` });
  });

  it('auto-codes the hits at the sentence level in one step, and undoes it', async () => {
    const { page } = app;
    await page.getByTestId('autocode-code').selectOption({ label: 'Négociation' });
    await page.getByTestId('autocode-level').selectOption('sentence');
    await page.getByTestId('autocode-apply').click();
    await expect.poll(() => page.getByTestId('autocode-outcome').textContent()).toContain('4 codages ajoutés avec « Négociation »');
    await page.screenshot({ path: `${SHOTS}/5-autocoded.png` });
    const coded = await app.server.session.dispatch('codings:retrieve', { codeId });
    const quotes = (coded as { ok: true; value: { text: string }[] }).value.map((q) => q.text);
    expect(quotes).toContain('Les négociations avec les élus durent depuis des années.');
    expect(quotes).toContain('Personne ne nous explique rien sur la negociation.');

    await page.getByTestId('autocode-undo').click();
    await expect.poll(async () => ((await app.server.session.dispatch('codings:retrieve', { codeId })) as { ok: true; value: unknown[] }).value.length).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('reads as well in the dark theme', async () => {
    const { page } = app;
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.screenshot({ path: `${SHOTS}/6-dark.png` });
  });
});

describe.skipIf(!hasBrowser)('search without the interviewer, in English', () => {
  let app: E2eApp;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp({ locale: 'en-US', viewport: { width: 1024, height: 700 }, projectPath: join(process.env.TMPDIR ?? '/tmp', `verbatim-search-en-${process.pid}-${Date.now()}.verbatim`) });
    const file = join(app.dir, 'E04 - focus group.txt');
    writeFileSync(file, ['Q: How did the negotiations go?', 'R: We negotiated every clause of the heating contract.', 'Q: And the negotiation with residents?', 'R: Harder.', ''].join('\n'), 'utf8');
    await dispatch(app, 'documents:import', { paths: [file] });
    await dispatch(app, 'search:setLanguage', { language: 'en' });
    await app.page.reload();
    await app.page.getByTestId('transcript-content').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks Q as the interviewer at import and leaves them out with “Exclude the interviewer”', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('negotiation');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe('3 passages in 1 interview');
    await page.getByTestId('search-filters').locator('summary').click();
    await page.getByTestId('search-exclude-interviewer').check();
    await expect.poll(() => count(page)).toBe('1 passage in 1 interview');
    expect(await page.locator('.search-hit-speaker').allTextContents()).toEqual(['R']);
    await page.mouse.move(0, 300);
    await page.screenshot({ path: `${SHOTS}/7-en-exclude-interviewer-1024.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: `${SHOTS}/7b-en-exclude-interviewer.png` });
    await page.getByTestId('speakers-button').click();
    const roles = page.getByTestId('speakers-dialog').getByTestId('speaker-role');
    await expect.poll(async () => [await roles.nth(0).inputValue(), await roles.nth(1).inputValue()]).toEqual(['interviewer', 'respondent']);
    await page.screenshot({ path: `${SHOTS}/7c-en-speaker-roles.png` });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: `${SHOTS}/7d-en-speaker-roles-1024.png` });
    expect(app.pageErrors).toEqual([]);
  });
});
