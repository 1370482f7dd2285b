/**
 * The interface speaks one language at a time, and fits a small laptop screen.
 *
 * In English, with an English study (so that any French on screen comes from the interface, not
 * from the data), every view, sidebar tab and the import, export and settings dialogs show no
 * French word or accented letter; in French, with the French sample study, none of the interface's
 * English words. At 1024×700, in both languages, nothing in the top bar, the tab lists or the open
 * dialog is cut off or runs out of the window. Screenshots of each screen go to /tmp/shots/i18n/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCore, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/i18n';
/** The English study and the files the tests import (removed at the end). */
const WORK = join('/tmp', `verbatim-i18n-${process.pid}`);

const ENGLISH_TRANSCRIPT = [
  'Interviewer: How did you choose this neighbourhood?',
  'Julia Martin: For the school, mostly. The rent was reasonable and the park is close by.',
  'Interviewer: And the neighbours?',
  'Julia Martin: We say hello, nothing more. Life here happens at the Saturday market.',
  '',
].join('\n');

/** Words only French uses (whole words, case-insensitive), and the letters English never needs. */
const FRENCH_WORDS = [
  'le', 'les', 'des', 'du', 'une', 'et', 'pour', 'avec', 'dans', 'sur', 'aucun', 'aucune', 'cette', 'votre', 'vos',
  'nouveau', 'nouvelle', 'ouvrir', 'fermer', 'annuler', 'enregistrer', 'supprimer', 'importer', 'exporter', 'rechercher',
  'codage', 'codages', 'mots', 'tours', 'locuteur', 'locuteurs', 'entretien', 'entretiens', 'citation', 'citations', 'maj',
  'thème', 'thèmes', 'réglages', 'paramètres', 'langue', 'thème', 'clair', 'sombre', 'fichier', 'fichiers', 'dossier',
];
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ«»]/iu;
/** The interface's English words that French never uses. */
const ENGLISH_WORDS = [
  'the', 'and', 'of', 'with', 'for', 'to', 'open', 'close', 'save', 'cancel', 'delete', 'search', 'settings', 'coding',
  'codings', 'words', 'turns', 'speaker', 'speakers', 'interview', 'quotes', 'theme', 'themes', 'file', 'files', 'folder',
  'shift', 'undo', 'redo', 'new', 'project', 'light', 'dark', 'language', 'no', 'none', 'show', 'hide',
];

/** Every piece of text a user reads: visible text, and the tooltips and labels of controls. */
async function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The transcript and other user data are marked by the app's own classes; skip them.
      if (!parent || parent.closest('.cm-content, [data-user-text]') || !visible(parent)) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (el.closest('.cm-content') || !visible(el)) continue;
      for (const attribute of ['title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

function foreignIn(texts: readonly string[], words: readonly string[], letters: RegExp | null, data: readonly string[]): string[] {
  const wordPattern = new RegExp(`(^|[^\\p{L}])(${words.join('|')})(?=$|[^\\p{L}])`, 'iu');
  return texts.filter((text) => {
    const rest = data.reduce((s, d) => s.split(d).join(' '), text);
    return wordPattern.test(rest) || (letters !== null && letters.test(rest));
  });
}

/** Elements of the shell that are cut off (text wider than its box) or run out of the window. */
async function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    // Tooltips are hidden bubbles positioned outside their control: they are not part of the layout.
    const hideTooltips = document.createElement('style');
    hideTooltips.textContent = '[role="tooltip"] { display: none !important; }';
    document.head.append(hideTooltips);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const watched = document.querySelectorAll(
      '.topbar, .topbar *, [role="tablist"], [role="tab"], .view-switcher-item, .statusbar, [role="dialog"], [role="dialog"] button, [role="dialog"] [role="tab"], [role="menu"], [role="menuitem"]',
    );
    for (const el of watched) {
      if (el.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      // Hidden on purpose: invisible, or kept only for screen readers.
      if (style.visibility === 'hidden' || style.clipPath !== 'none') continue;
      // Text cut by its own box (an ellipsis is a choice, made where names can be long).
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll' && style.textOverflow !== 'ellipsis') {
        problems.push(`cut: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      }
      if (r.right > width + 1 || r.left < -1 || r.bottom > height + 1) problems.push(`out of the window: ${describe(el)} (${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.bottom)})`);
    }
    const start = document.querySelector('.topbar-start')?.getBoundingClientRect();
    const end = document.querySelector('.topbar-end')?.getBoundingClientRect();
    if (start && end && start.right > end.left + 1) problems.push(`top bar: its two halves overlap (${Math.round(start.right)} > ${Math.round(end.left)})`);
    // The search box must stay wide enough to read what one types.
    const search = document.querySelector('.search-box')?.getBoundingClientRect();
    if (search && search.width < 160) problems.push(`search box squeezed to ${Math.round(search.width)} px`);
    hideTooltips.remove();
    return problems;
  });
}

type Screen = { name: string; open: (page: Page) => Promise<void>; close?: (page: Page) => Promise<void> };

const view = (name: string, sidebarTab?: string): Screen => ({
  name: sidebarTab ? `${name}-${sidebarTab}` : name,
  open: async (page) => {
    await page.getByTestId(`view-${name}-tab`).click();
    if (sidebarTab) await page.getByTestId(`tab-${sidebarTab}`).click();
    await page.waitForTimeout(400);
  },
});

const SCREENS: readonly Screen[] = [
  view('coding', 'documents'),
  view('coding', 'codebook'),
  view('coding', 'participants'),
  view('coding', 'memos'),
  {
    // A coding selected: the inspector with its boundaries, their shortcuts and the coding's memo.
    name: 'coding-selected',
    open: async (page) => {
      await page.getByTestId('view-coding-tab').click();
      await page.getByTestId('tab-documents').click();
      await page.locator('.cm-stripe').first().click({ force: true });
      await page.getByTestId('selected-coding').waitFor();
      await page.waitForTimeout(300);
    },
  },
  view('analysis'),
  view('synthesis'),
  view('anonymization'),
  {
    // A search adds a fifth tab to the sidebar.
    name: 'search',
    open: async (page) => {
      await page.getByTestId('view-coding-tab').click();
      await page.locator('.search-box-input').fill('de');
      await page.keyboard.press('Enter');
      await page.getByTestId('tab-search').waitFor();
      await page.waitForTimeout(500);
    },
    close: async (page) => {
      await page.locator('.search-box-input').fill('');
      await page.getByTestId('tab-documents').click();
    },
  },
  {
    name: 'import-menu',
    open: async (page) => {
      await page.getByTestId('view-coding-tab').click();
      await page.getByTestId('import-menu').click();
      await page.waitForTimeout(200);
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'export-dialog',
    open: async (page) => {
      await page.getByTestId('export-button').click();
      await page.getByTestId('export-dialog').waitFor();
      await page.waitForTimeout(300);
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  {
    // A batch with a file Verbatim refuses: the report names it and says why, in the interface's language.
    name: 'import-report',
    open: async (page) => {
      const dir = join(WORK, 'files');
      mkdirSync(dir, { recursive: true });
      const picture = join(dir, 'photo.png');
      writeFileSync(picture, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-button').first().click();
      await (await chooser).setFiles([picture]);
      await page.getByTestId('import-report').waitFor();
      await page.waitForTimeout(300);
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'settings-menu',
    open: async (page) => {
      await page.getByTestId('settings-menu').click();
      await page.waitForTimeout(200);
    },
    close: (page) => page.keyboard.press('Escape'),
  },
];

/** Opens each screen, saves its screenshot and hands it to `check`. */
async function visitAll(app: E2eApp, tag: string, check: (screen: string) => Promise<void>): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const screen of SCREENS) {
    await screen.open(app.page);
    await app.page.screenshot({ path: join(SHOTS, `${tag}-${screen.name}.png`) });
    await check(screen.name);
    await screen.close?.(app.page);
    await app.page.waitForTimeout(150);
  }
}

async function englishStudy(viewport: { width: number; height: number }): Promise<E2eApp> {
  const dir = join(WORK, String(viewport.width));
  mkdirSync(dir, { recursive: true });
  const app = await startApp({ projectPath: join(dir, `Housing study ${Date.now()}.verbatim`), locale: 'en-GB', viewport });
  await callCore(app, 'settings:set', { language: 'en' });
  const file = join(dir, 'Julia Martin.txt');
  writeFileSync(file, ENGLISH_TRANSCRIPT);
  const report = await callCore<{ imported: { id: number }[] }>(app, 'documents:import', { paths: [file] });
  const documentId = report.imported[0]!.id;
  const housing = await callCore<{ id: number }>(app, 'codes:create', { name: 'Housing choice', color: '#3b82f6', parentId: null });
  await callCore(app, 'codes:create', { name: 'Neighbours', color: '#16a34a', parentId: null });
  const start = ENGLISH_TRANSCRIPT.indexOf('The rent was reasonable');
  await callCore(app, 'codings:apply', { documentId, start, end: start + 'The rent was reasonable'.length, codeId: housing.id });
  const participant = await callCore<{ id: number }>(app, 'cases:create', { name: 'P01' });
  const role = await callCore<{ id: number }>(app, 'attributes:create', { name: 'Role', type: 'category' });
  await callCore(app, 'cases:setValue', { caseId: participant.id, attributeId: role.id, value: 'Tenant' });
  await callCore(app, 'documents:setCase', { documentId, caseId: participant.id });
  await app.page.reload();
  await app.page.getByTestId('view-coding-tab').waitFor();
  return app;
}

/**
 * The study's own words, which may be anything, and the language menu's "Français" (each language
 * is named in its own): left out of the language check.
 */
const ENGLISH_DATA = ['Julia Martin', 'Housing choice', 'Neighbours', 'Housing study', 'Tenant', 'Role', 'P01', 'Français'];

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  describe.skipIf(!hasBrowser)(`the English interface at ${size}`, () => {
    let app: E2eApp;
    beforeAll(async () => {
      app = await englishStudy(viewport);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows no French and nothing cut off', async () => {
      const french: string[] = [];
      const clipped: string[] = [];
      let refusalShown = '';
      await visitAll(app, `en-${size}`, async (screen) => {
        if (screen === 'import-report') refusalShown = (await app.page.getByTestId('import-report-error').locator('td').nth(1).textContent()) ?? '';
        french.push(...foreignIn(await readableText(app.page), FRENCH_WORDS, FRENCH_LETTERS, ENGLISH_DATA).map((t) => `${screen}: ${t}`));
        if (viewport.width <= 1024) clipped.push(...(await clippedElements(app.page)).map((p) => `${screen}: ${p}`));
      });
      expect({ french: [...new Set(french)], clipped: [...new Set(clipped)] }).toEqual({ french: [], clipped: [] });
      expect(refusalShown).toMatch(/^“photo\.png” is a picture, not a text\./u);
    });
  });

  describe.skipIf(!hasBrowser)(`the French interface at ${size}`, () => {
    let app: E2eApp;
    beforeAll(async () => {
      app = await startApp({ locale: 'fr-FR', viewport });
      await app.page.getByTestId('view-coding-tab').waitFor();
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows none of the interface’s English and nothing cut off', async () => {
      const english: string[] = [];
      const clipped: string[] = [];
      let refusalShown = '';
      await visitAll(app, `fr-${size}`, async (screen) => {
        if (screen === 'import-report') refusalShown = (await app.page.getByTestId('import-report-error').locator('td').nth(1).textContent()) ?? '';
        english.push(...foreignIn(await readableText(app.page), ENGLISH_WORDS, null, []).map((t) => `${screen}: ${t}`));
        if (viewport.width <= 1024) clipped.push(...(await clippedElements(app.page)).map((p) => `${screen}: ${p}`));
      });
      expect({ english: [...new Set(english)], clipped: [...new Set(clipped)] }).toEqual({ english: [], clipped: [] });
      expect(refusalShown).toMatch(/^« photo\.png » est une image, pas un texte\./u);
    });
  });
}
