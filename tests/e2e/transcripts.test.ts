/**
 * Transcripts and participants, in Chromium through browser mode (the shipped renderer and the real
 * core): import a VTT with voice tags and a .txt with `Name :` labels, read speakers and times,
 * import a participants table (`;`, Windows-1252), see each document linked to its participant, edit
 * a transcript above a coded passage and find the coding on the same words, rename a speaker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_BROWSER } from './chromium';
import { hasBrowser, startApp, type E2eApp } from './harness';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Enquêtrice>Comment avez-vous choisi ce quartier ?

00:00:05.500 --> 00:00:14.000
<v Martine Lebrun>Pour l’école, surtout. Le loyer était raisonnable et le parc est à deux pas.

00:01:23.000 --> 00:01:27.000
<v Enquêtrice>Et les voisins ?

00:01:28.000 --> 00:01:40.000
<v Martine Lebrun>On se dit bonjour, sans plus. La vie de quartier, ici, c’est le marché du samedi.
`;

const TXT = [
  'Enquêteur : Vous travaillez au réseau de chaleur depuis longtemps ?',
  '',
  'Karim Benali : Depuis 2009. Avant, j’étais chauffagiste à Lyon.',
  '',
  'Enquêteur : Qu’est-ce qui a changé depuis ?',
  '',
  'Karim Benali : Les habitants nous appellent davantage, et plus tôt dans l’hiver.',
  '',
].join('\n');

/** A participants table as Excel saves it in France: `;` between cells, Windows-1252 bytes. */
const CSV = ['Identifiant;Âge;Catégorie;Date d’entretien', 'E01;54;Élue;14/03/2017', 'E02;38;Technicien;21/03/2017', ''].join('\r\n');
const windows1252 = (s: string) => Buffer.from(s.replace(/’/g, '\u0092'), 'latin1');

const PHRASE = 'Le loyer était raisonnable';

/** Selects `phrase` in the transcript (or its editor) with a mouse drag, as a researcher would. */
async function dragSelect(page: Page, phrase: string, testId = 'transcript-content'): Promise<void> {
  const box = await page.evaluate(([text, id]) => {
    const content = document.querySelector(`[data-testid="${id}"]`);
    if (!content) throw new Error('no transcript');
    // The phrase may cross highlights: find it in the text of all the nodes, then map back.
    const nodes: { node: Text; from: number }[] = [];
    let all = '';
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, from: all.length });
      all += node.textContent ?? '';
    }
    const at = all.indexOf(text);
    if (at === -1) throw new Error(`“${text}” is not in the transcript`);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.from <= offset)!;
      return { node: hit.node, offset: offset - hit.from };
    };
    const charBox = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    const a = charBox(at);
    const b = charBox(at + text.length - 1);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, [phrase, testId] as const);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** Puts the caret right after `text` in the editable transcript. */
async function caretAfter(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((t) => {
    const content = document.querySelector('[data-testid="transcript-edit-content"]');
    if (!content) throw new Error('no editor');
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(t) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at + t.length - 1);
      range.setEnd(node, at + t.length);
      const r = range.getBoundingClientRect();
      return { x: r.right - 0.5, y: r.top + r.height / 2 };
    }
    throw new Error(`“${t}” is not in the editor`);
  }, text);
  await page.mouse.click(point.x, point.y);
}

const openDocument = async (page: Page, name: string) => {
  await page.getByTestId('tab-documents').click();
  await page.locator('[data-testid="document-item"]', { hasText: name }).locator('.doc-main').click();
  await expect.poll(() => page.getByTestId('transcript-title').textContent()).toBe(name);
};

describe.skipIf(!hasBrowser)('transcripts and participants', () => {
  let app: E2eApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-transcripts-'));
    app = await startApp({ projectPath: join(dir, 'Quartiers.verbatim') });
  });
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a VTT with voice tags and a .txt with “Name :” labels, and reports the speakers found', async () => {
    const { page } = app;
    const vtt = join(dir, 'E01 - Martine.vtt');
    const txt = join(dir, 'E02 - Karim.txt');
    writeFileSync(vtt, VTT, 'utf8');
    writeFileSync(txt, TXT, 'utf8');
    await page.getByTestId('documents-empty').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').first().click();
    await (await chooser).setFiles([vtt, txt]);

    const report = page.getByTestId('import-report');
    await report.waitFor();
    const rows = report.getByTestId('import-report-imported');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => report.getByTestId('import-report-speakers').allTextContents()).toEqual(['EnquêtriceMartine Lebrun', 'EnquêteurKarim Benali']);
    expect(await report.getByTestId('import-report-error').count()).toBe(0);
    await page.screenshot({ path: '/tmp/issue3-import-report.png' });
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });
  });

  it('shows speakers in their colours and each turn’s time in the margin', async () => {
    const { page } = app;
    await openDocument(page, 'E01 - Martine');
    const content = page.getByTestId('transcript-content');
    await expect.poll(() => content.locator('.cm-speaker').allTextContents()).toEqual(['Enquêtrice: ', 'Martine Lebrun: ', 'Enquêtrice: ', 'Martine Lebrun: ']);
    expect(await content.locator('.cm-speaker.speaker-tone-i').count()).toBe(2);
    expect(await content.locator('.cm-speaker.speaker-tone-0').count()).toBe(2);
    expect(await content.locator('.cm-line[data-time]').evaluateAll((lines) => lines.map((l) => l.getAttribute('data-time')))).toEqual(['00:01', '00:05', '01:23', '01:28']);
    // The time is drawn in the margin, not in the text.
    const time = await content.locator('.cm-line[data-time="01:23"]').evaluate((line) => getComputedStyle(line, '::before').content);
    expect(time).toBe('"01:23"');
    await expect.poll(() => page.getByTestId('speakers-legend').textContent()).toBe('EnquêtriceMartine Lebrun');
    await page.screenshot({ path: '/tmp/issue3-transcript.png' });
  });

  it('imports a participants table (“;”, Windows-1252) and links each document to its participant', async () => {
    const { page } = app;
    const csv = join(dir, 'participants.csv');
    writeFileSync(csv, windows1252(CSV));
    await page.getByTestId('import-menu').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-table').click();
    await (await chooser).setFiles(csv);

    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect.poll(() => report.getByTestId('case-import-counts').textContent()).toBe('2 participants créés · 0 participant mis à jour');
    expect(await report.getByTestId('case-import-attribute').allTextContents()).toEqual([
      'Âgenombre · nouvelle',
      'Catégoriecatégorie · nouvelle',
      'Date d’entretiendate · nouvelle',
    ]);
    expect(await report.getByTestId('link-report-linked').allTextContents()).toEqual(['E01 - Martine→E01', 'E02 - Karim→E02']);
    await page.screenshot({ path: '/tmp/issue3-participants-report.png' });
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });

    // The participant shows on the document, in the list and in the transcript's header.
    const item = page.locator('[data-testid="document-item"]', { hasText: 'E01 - Martine' });
    await expect.poll(() => item.getByTestId('document-case').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('E01');
    await expect.poll(() => page.getByTestId('transcript-case').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('E01');
  });

  it('shows the participants table, with values typed and a date in French, and checks a value', async () => {
    const { page } = app;
    await page.getByTestId('tab-participants').click();
    const e01 = page.locator('[data-testid="case-row"][data-case-name="E01"]');
    await e01.waitFor();
    await expect.poll(() => e01.locator('[data-attribute="Âge"]').textContent()).toBe('54');
    await expect.poll(() => e01.locator('[data-attribute="Date d’entretien"]').textContent()).toBe('14/03/2017');
    await expect.poll(() => e01.getByTestId('case-documents').textContent()).toContain('E01 - Martine');

    const age = page.locator('[data-testid="case-row"][data-case-name="E02"] [data-attribute="Âge"]');
    await age.getByRole('button').click();
    await age.getByTestId('cell-input').fill('trente-huit');
    await age.getByTestId('cell-input').press('Enter');
    await expect.poll(() => age.getByTestId('cell-error').textContent()).toContain('n’est pas un nombre');
    await page.screenshot({ path: '/tmp/issue3-participants.png' });
    await age.getByTestId('cell-input').fill('39');
    await age.getByTestId('cell-input').press('Enter');
    await expect.poll(() => age.textContent()).toBe('39');

    await page.getByTestId('auto-link-button').click();
    const dialog = page.getByTestId('auto-link-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Tous les documents ont un participant.');
    await page.keyboard.press('Escape');
  });

  it('edits a line above a coded passage: the coding stays on the same words', async () => {
    const { page } = app;
    await openDocument(page, 'E01 - Martine');
    await dragSelect(page, PHRASE);
    await page.keyboard.press('c');
    await page.getByTestId('palette-input').fill('Choix résidentiel');
    await page.getByTestId('palette-input').press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="transcript-content"] .cm-coding').allTextContents()).toEqual([PHRASE]);

    await page.getByTestId('edit-button').click();
    await page.getByTestId('transcript-edit-content').waitFor();
    await caretAfter(page, 'choisi ce quartier');
    await page.keyboard.type(' en 2015');
    await expect.poll(() => page.locator('[data-testid="transcript-edit-content"] .cm-changed').allTextContents()).toEqual([' en 2015']);
    await page.screenshot({ path: '/tmp/issue3-edit-mode.png' });
    await page.keyboard.press('Control+s');

    await page.getByTestId('transcript-content').waitFor();
    await expect.poll(() => page.getByTestId('edit-report-notice').textContent()).toContain('1 codage conservé');
    await expect.poll(() => page.locator('[data-testid="transcript-content"] .cm-coding').allTextContents()).toEqual([PHRASE]);
    await expect.poll(() => page.getByTestId('transcript-content').textContent()).toContain('choisi ce quartier en 2015 ?');
  });

  it('reports a coding lost to an edit, and brings it back with Undo', async () => {
    const { page } = app;
    await page.getByTestId('edit-button').click();
    await page.getByTestId('transcript-edit-content').waitFor();
    await dragSelect(page, `${PHRASE} et le parc est à deux pas.`, 'transcript-edit-content');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.getByTestId('transcript-edit-content').textContent()).toContain('surtout. Enquêtrice');
    await page.getByTestId('edit-save').click();

    const report = page.getByTestId('edit-report');
    await report.waitFor();
    await expect.poll(() => report.getByTestId('edit-report-lost').textContent()).toContain('Choix résidentiel');
    await expect.poll(() => report.getByTestId('edit-report-lost').textContent()).toContain(PHRASE);
    await page.screenshot({ path: '/tmp/issue3-edit-report.png' });
    await report.getByTestId('edit-report-undo').click();
    await expect.poll(() => page.locator('[data-testid="transcript-content"] .cm-coding').allTextContents()).toEqual([PHRASE]);
  });

  it('renames a speaker: the transcript shows the new name, the text keeps the label as written', async () => {
    const { page } = app;
    await page.getByTestId('speakers-button').click();
    const dialog = page.getByTestId('speakers-dialog');
    await dialog.waitFor();
    const martine = dialog.locator('[data-testid="speaker-row"][data-speaker="Martine Lebrun"]');
    await martine.getByTestId('speaker-rename').click();
    await martine.getByTestId('speaker-rename-input').fill('Martine L. (élue)');
    await martine.getByTestId('speaker-rename-input').press('Enter');
    await dialog.locator('[data-testid="speaker-row"][data-speaker="Martine L. (élue)"]').waitFor();
    await page.screenshot({ path: '/tmp/issue3-speakers.png' });
    // The renamed row keeps the focus, so the keyboard still works in the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Renommer « Martine L. (élue) »');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="transcript-content"] .cm-speaker-renamed').allTextContents()).toEqual(['Martine L. (élue): ', 'Martine L. (élue): ']);
    await expect.poll(() => page.getByTestId('speakers-legend').textContent()).toBe('EnquêtriceMartine L. (élue)');
    expect(app.pageErrors).toEqual([]);
  });
});

if (!hasBrowser) console.warn(MISSING_BROWSER);
