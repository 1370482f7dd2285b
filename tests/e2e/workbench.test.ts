/**
 * The coding workbench in Chromium through browser mode (the shipped renderer and the real core):
 * coding with the keyboard palette (create, apply, several codes at once), overlapping codings
 * with their stripes, a code's definition, merging codes, undo and redo across a reload, a memo on
 * a coding found again in the memo list, a code dragged onto a selection, in-vivo coding and
 * adjusting a coding's boundaries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_BROWSER } from './chromium';
import { callCore, hasBrowser, startApp, type E2eApp } from './harness';

const TRANSCRIPT = [
  'Enquêtrice : Comment décririez-vous vos relations avec la mairie ?',
  'Martine Lebrun : Au début, on faisait confiance aux élus. Puis les promesses sur le réseau de chaleur n’ont pas été tenues, et la confiance s’est perdue en une semaine.',
  'Enquêtrice : Et avec les services techniques ?',
  'Martine Lebrun : Les agents sont compétents, mais personne ne sait qui décide. On se méfie de tout ce qui vient d’en haut.',
  '',
].join('\n');

const A = 'on faisait confiance aux élus. Puis les promesses';
const B = 'les promesses sur le réseau de chaleur n’ont pas été tenues';
const C = 'personne ne sait qui décide';
const D = 'On se méfie de tout ce qui vient d’en haut';

/** Selects `phrase` in the transcript with a mouse drag, as a researcher would. */
async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((text) => {
    const content = document.querySelector('[data-testid="transcript-content"]');
    if (!content) throw new Error('no transcript');
    // The phrase may cross highlight spans: find it in the line's text, then map both ends to text nodes.
    for (const line of content.querySelectorAll('.cm-line')) {
      const full = line.textContent ?? '';
      const at = full.indexOf(text);
      if (at === -1) continue;
      // On a small screen the line may be below the fold: bring it into view first.
      const lineBox = line.getBoundingClientRect();
      if (lineBox.top < 0 || lineBox.bottom > window.innerHeight) line.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const point = (offset: number) => {
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (offset < seen + len) return { node: n, offset: offset - seen };
          seen += len;
        }
        throw new Error('offset out of line');
      };
      const first = point(at);
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(first.node, first.offset + 1);
      const a = range.getBoundingClientRect();
      walker.currentNode = line;
      const last = point(at + text.length - 1);
      range.setStart(last.node, last.offset);
      range.setEnd(last.node, last.offset + 1);
      const b = range.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    throw new Error(`“${text}” is not in the transcript`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
}

/** The codings count shown in the codebook for a code. */
const countOf = (page: Page, name: string) =>
  page.locator(`[data-testid="code-item"][data-code-name="${name}"] [data-testid="code-count"]`).textContent();

describe.skipIf(!hasBrowser)('workbench: coding, overlaps, merge, undo, memos', () => {
  let app: E2eApp;

  beforeAll(async () => {
    mkdirSync('/tmp/shots/workbench', { recursive: true });
    app = await startApp({ projectPath: join(process.env.TMPDIR ?? '/tmp', `verbatim-workbench-${process.pid}-${Date.now()}.verbatim`) });
    const file = join(app.dir, 'E07 - Martine.txt');
    writeFileSync(file, TRANSCRIPT, 'utf8');
    const imported = await app.server.session.dispatch('documents:import', { paths: [file] });
    if (!imported.ok) throw new Error(imported.error.message);
    await app.page.reload();
    await app.page.getByTestId('transcript-content').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates and applies codes with the keyboard palette', async () => {
    const { page } = app;
    await dragSelect(page, A);
    await page.keyboard.press('c');
    const input = page.getByTestId('palette-input');
    await input.fill('Confiance envers les élus');
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.cm-coding').count()).toBeGreaterThan(0);

    await dragSelect(page, C);
    await page.keyboard.press('c');
    await input.fill('Opacité des décisions');
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });

    // An existing code, found fuzzily without accents.
    await dragSelect(page, D);
    await page.keyboard.press('c');
    await input.fill('opcte');
    expect(await page.getByTestId('palette-option').first().getAttribute('data-code-id')).not.toBeNull();
    expect(await page.getByTestId('palette-option').first().textContent()).toContain('Opacité des décisions');
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.cm-coding').count()).toBeGreaterThanOrEqual(3);
  });

  it('shows two overlapping codings with both highlights and two stripes', async () => {
    const { page } = app;
    await dragSelect(page, B);
    await page.keyboard.press('c');
    const input = page.getByTestId('palette-input');
    await input.fill('Promesses non tenues');
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });

    // « les promesses » is inside both passages: two nested highlights.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const marks = [...document.querySelectorAll<HTMLElement>('.cm-coding')].filter((m) => m.textContent?.includes('promesses'));
          return new Set(marks.flatMap((m) => [m.dataset.codingId, m.closest<HTMLElement>('.cm-coding .cm-coding')?.dataset.codingId])).size;
        }),
      )
      .toBeGreaterThanOrEqual(2);
    const overlap = await page.evaluate(() => {
      const line = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent?.includes('réseau de chaleur'))!;
      const stripes = [...document.querySelectorAll<HTMLElement>('.cm-stripe')];
      const lineBox = line.getBoundingClientRect();
      const here = stripes.filter((s) => {
        const r = s.getBoundingClientRect();
        return r.bottom > lineBox.top && r.top < lineBox.bottom;
      });
      return { stripes: here.length, lefts: new Set(here.map((s) => Math.round(s.getBoundingClientRect().left))).size, colors: new Set(here.map((s) => s.style.backgroundColor)).size };
    });
    expect(overlap.stripes).toBe(2);
    expect(overlap.lefts).toBe(2);
    expect(overlap.colors).toBe(2);
    await page.mouse.move(10, 10);
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-overlaps.png' });

    // Hovering a stripe names its code (a tooltip card, or the stripe's title).
    const stripe = page.locator('.cm-stripe').nth(1);
    await stripe.hover();
    const tip = page.getByTestId('stripe-tooltip');
    const named = (await stripe.getAttribute('title')) ?? (await tip.waitFor({ timeout: 3000 }).then(() => tip.textContent()));
    expect(named).toMatch(/Confiance envers les élus|Promesses non tenues/);
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-stripe-hover.png' });
  });

  it('applies several codes at once with multi-select', async () => {
    const { page } = app;
    await dragSelect(page, 'la confiance s’est perdue en une semaine');
    await page.keyboard.press('c');
    const input = page.getByTestId('palette-input');
    await input.waitFor();
    // Recent codes come first (the last applied on top): Space, before typing, ticks it; Ctrl+Enter ticks too.
    expect(await page.getByTestId('palette-option').first().textContent()).toContain('Promesses non tenues');
    await page.keyboard.press('Space');
    await input.fill('confiance');
    await input.press('Control+Enter');
    await expect.poll(() => page.getByTestId('palette-checked').locator('.palette-chip').count()).toBe(2);
    await input.fill('');
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-palette-multiselect.png' });
    const before = await page.locator('.cm-coding').count();
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.cm-coding').count()).toBeGreaterThan(before);
    // One undoable step for both codes.
    await expect.poll(() => page.getByTestId('undo-button').getAttribute('aria-label')).toContain(',');
  });

  it('writes a code’s definition and shows the counts in the codebook', async () => {
    const { page } = app;
    await page.getByTestId('tab-codebook').click();
    const item = page.locator('[data-testid="code-item"][data-code-name="Confiance envers les élus"]');
    await item.click({ button: 'right' });
    await page.getByTestId('menu-define').click();
    const definition = page.getByTestId('code-description');
    await definition.click();
    await definition.fill('Ce que les habitants disent de leur confiance envers les élus.\n\nInclure : promesses, parole donnée.\nExclure : les agents.');
    await page.getByTestId('code-details-name').click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/Enregistré/);
    await expect.poll(() => countOf(page, 'Confiance envers les élus')).toBe('2');
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-codebook.png' });
  });

  it('merges one code into another, then undoes and redoes, also after a reload', async () => {
    const { page } = app;
    const source = 'Promesses non tenues';
    const target = 'Confiance envers les élus';
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).click({ button: 'right' });
    await page.getByTestId('menu-merge').click();
    await page.getByTestId('merge-search').fill('confiance');
    await page.getByTestId('merge-search').press('Enter');
    expect(await page.getByTestId('merge-summary').textContent()).toContain('passent à « Confiance envers les élus »');
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-merge-dialog.png' });
    await page.getByTestId('merge-code-confirm').click();
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).waitFor({ state: 'detached' });
    // 2 + 2 codings: one code, one passage — the passage ticked with both codes and the two
    // overlapping passages each become one coding.
    await expect.poll(() => countOf(page, target)).toBe('2');

    const undo = page.getByTestId('undo-button');
    await expect.poll(() => undo.getAttribute('aria-label')).toBe(`Annuler la fusion de « ${source} » dans « ${target} »`);
    await page.keyboard.press('Control+z');
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).waitFor();
    await expect.poll(() => countOf(page, target)).toBe('2');
    await expect.poll(() => countOf(page, source)).toBe('2');

    await page.keyboard.press('Control+Shift+z');
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).waitFor({ state: 'detached' });
    await expect.poll(() => countOf(page, target)).toBe('2');

    // The journal is in the project file: undo still works after a reload.
    await page.keyboard.press('Control+z');
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).waitFor();
    await page.reload();
    await page.getByTestId('transcript-content').waitFor();
    await page.getByTestId('tab-codebook').click();
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).waitFor();
    await expect.poll(() => countOf(page, target)).toBe('2');
    await expect.poll(() => page.getByTestId('redo-button').getAttribute('aria-label')).toBe(`Rétablir la fusion de « ${source} » dans « ${target} »`);
    await page.getByTestId('redo-button').click();
    await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).waitFor({ state: 'detached' });
    await expect.poll(() => countOf(page, target)).toBe('2');
    await page.reload();
    await page.getByTestId('transcript-content').waitFor();
    await page.getByTestId('tab-codebook').click();
    await expect.poll(() => countOf(page, target)).toBe('2');
    expect(await page.locator(`[data-testid="code-item"][data-code-name="${source}"]`).count()).toBe(0);
  });

  it('writes a memo on a coding and finds it in the memo list', async () => {
    const { page } = app;
    // Clicking a stripe selects its coding in the inspector (two stripes of one code on one paragraph may touch: click the one on top).
    await page.locator('.cm-stripe').first().click({ force: true });
    const selected = page.getByTestId('selected-coding');
    await selected.waitFor();
    const memo = page.getByTestId('coding-memo-input');
    await memo.click();
    await memo.fill('Défiance envers les élus : comparer avec E03, qui parle aussi de promesses.');
    await expect.poll(() => page.getByTestId('coding-memo').getByTestId('memo-save-state').getAttribute('data-state')).toBe('saved');
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-coding-inspector.png' });

    await page.getByTestId('tab-memos').click();
    await page.getByTestId('memo-item').first().waitFor();
    await page.getByTestId('memo-search').fill('comparer avec E03');
    await expect.poll(() => page.getByTestId('memo-item').count()).toBe(1);
    expect(await page.getByTestId('memo-item').first().textContent()).toContain('Défiance envers les élus');
    expect(await page.getByTestId('memo-item').first().getAttribute('data-target-type')).toBe('coding');
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-memos.png' });

    // Opening it shows the coded passage and the memo side by side.
    await page.getByTestId('memo-item').first().click();
    await page.getByTestId('memo-editor').waitFor();
    await expect.poll(() => page.getByTestId('selected-coding').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('applies a code dragged from the codebook onto the selection', async () => {
    const { page } = app;
    await page.getByTestId('tab-codebook').click();
    const code = 'Opacité des décisions';
    await expect.poll(() => countOf(page, code)).toBe('2');
    await dragSelect(page, 'Les agents sont compétents');
    await page.locator(`[data-testid="code-item"][data-code-name="${code}"]`).dragTo(page.getByTestId('transcript-content'));
    await expect.poll(() => countOf(page, code)).toBe('3');
    await expect.poll(() => page.locator('.cm-coding', { hasText: 'Les agents sont compétents' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('undo-button').getAttribute('aria-label')).toContain(code);
  });

  it('codes in vivo, then adjusts the coding’s boundaries word by word, undoably', async () => {
    const { page } = app;
    await dragSelect(page, 'services techniques');
    // V in the transcript: the passage's own words become a new code, applied to it.
    await page.keyboard.press('v');
    await page.locator('[data-testid="code-item"][data-code-name="services techniques"]').waitFor();
    await expect.poll(() => countOf(page, 'services techniques')).toBe('1');

    // Select the new coding by its stripe, then move its end one word later and back.
    const id = await page.evaluate(() => {
      const mark = [...document.querySelectorAll<HTMLElement>('.cm-coding[data-coding-id]')].find((m) => m.textContent === 'services techniques');
      return mark?.dataset.codingId ?? null;
    });
    expect(id).not.toBeNull();
    await page.locator(`.cm-stripe[data-coding-id="${id}"]`).click({ force: true });
    const quote = page.getByTestId('selected-coding-quote');
    await expect.poll(() => quote.textContent()).toContain('services techniques');
    await page.getByTestId('start-earlier').click();
    await expect.poll(() => quote.textContent()).toContain('les services techniques');
    await expect.poll(() => page.getByTestId('undo-button').getAttribute('aria-label')).toContain('ajustement');
    // The keyboard does the same: Ctrl+Alt+Shift+→ moves the start one word later again.
    await page.keyboard.press('Control+Alt+Shift+ArrowRight');
    await expect.poll(() => quote.textContent()).not.toContain('les services');
    await page.keyboard.press('Control+z');
    await expect.poll(() => quote.textContent()).toContain('les services techniques');
    await page.keyboard.press('Control+z');
    await expect.poll(() => quote.textContent()).not.toContain('les services');
    await page.mouse.move(10, 10);
    await page.screenshot({ path: '/tmp/shots/workbench/e2e-boundaries.png' });
    expect(app.pageErrors).toEqual([]);
  });
});

/** A longer interview for the palette's paths and the margin's labels (several codes per paragraph). */
const INTERVIEW = [
  'Enquêtrice : Pouvez-vous me raconter comment le projet de réseau de chaleur a été présenté aux habitants ?',
  'Martine Lebrun : Au début, on faisait confiance aux élus. Ils sont venus à la salle des fêtes, ils ont expliqué le projet, les économies sur les factures, le calendrier. Puis les promesses sur le calendrier n’ont pas été tenues, et la confiance s’est perdue en une semaine, quand on a appris par le journal que les travaux étaient reportés.',
  'Enquêtrice : Et avec les services techniques de la ville ?',
  'Martine Lebrun : Les agents sont compétents, ils répondent quand on les appelle. Mais personne ne sait qui décide : la mairie renvoie vers la métropole, la métropole vers l’exploitant. On se méfie de tout ce qui vient d’en haut, maintenant.',
  'Enquêtrice : Qu’est-ce qui pourrait rétablir la confiance, selon vous ?',
  'Martine Lebrun : Qu’on nous dise la vérité, même quand elle n’est pas agréable. Une réunion par trimestre, avec les chiffres, et quelqu’un qui assume les décisions.',
  '',
].join('\n');

type Seeded = { documentId: number; codes: Record<string, number> };

/** A project with the interview, a small codebook (one level of sub-codes) and overlapping codings, one with a memo. */
async function seedInterview(app: E2eApp): Promise<Seeded> {
  const file = join(app.dir, 'E07 - Martine Lebrun.txt');
  writeFileSync(file, INTERVIEW, 'utf8');
  const { imported } = await callCore<{ imported: { id: number }[] }>(app, 'documents:import', { paths: [file] });
  const documentId = imported[0]!.id;
  const codes: Record<string, number> = {};
  const make = async (name: string, parent?: string) => {
    codes[name] = (await callCore<{ id: number }>(app, 'codes:create', { name, parentId: parent ? codes[parent] : null })).id;
  };
  await make('Relations aux élus');
  await make('Confiance', 'Relations aux élus');
  await make('Promesses non tenues', 'Relations aux élus');
  await make('Opacité des décisions');
  await make('Services techniques');
  await make('Attentes');
  const at = (quote: string) => {
    const start = INTERVIEW.indexOf(quote);
    if (start < 0) throw new Error(`not in the interview: ${quote}`);
    return { start, end: start + quote.length };
  };
  const apply = (code: string, quote: string) => callCore<{ id: number }>(app, 'codings:apply', { documentId, codeId: codes[code], ...at(quote) });
  await apply('Confiance', 'Au début, on faisait confiance aux élus.');
  const promesses = await apply('Promesses non tenues', 'les promesses sur le calendrier n’ont pas été tenues, et la confiance s’est perdue en une semaine');
  await apply('Relations aux élus', 'Ils sont venus à la salle des fêtes, ils ont expliqué le projet');
  await apply('Services techniques', 'Les agents sont compétents, ils répondent quand on les appelle.');
  await apply('Opacité des décisions', 'personne ne sait qui décide : la mairie renvoie vers la métropole, la métropole vers l’exploitant');
  await apply('Confiance', 'On se méfie de tout ce qui vient d’en haut, maintenant.');
  await apply('Attentes', 'Une réunion par trimestre, avec les chiffres, et quelqu’un qui assume les décisions.');
  await callCore(app, 'memos:create', { target: { type: 'coding', id: promesses.id }, title: '', body: 'Le report appris par la presse : rupture nette, à comparer avec E03.' });
  return { documentId, codes };
}

/** The margin's labels: their text, and whether any two overlap or one crosses a stripe. */
const marginState = (page: Page) =>
  page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('.cm-stripe-label')];
    const boxes = labels.map((l) => l.getBoundingClientRect());
    const stripes = [...document.querySelectorAll<HTMLElement>('.cm-stripe')].map((s) => ({ id: s.dataset.codingId, box: s.getBoundingClientRect() }));
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    let overlaps = 0;
    boxes.forEach((a, i) => boxes.forEach((b, j) => (i < j && meets(a, b) ? overlaps++ : 0)));
    let crossings = 0;
    labels.forEach((l, i) => stripes.forEach((s) => (s.id !== l.parentElement?.dataset.codingId && meets(boxes[i]!, s.box) ? crossings++ : 0)));
    const pane = document.querySelector('.cm-scroller')!.getBoundingClientRect();
    return {
      labels: labels.map((l) => l.textContent),
      memoMarkers: document.querySelectorAll('.cm-stripe .cm-stripe-memo').length,
      overlaps,
      crossings,
      outside: boxes.filter((b) => b.right > pane.right).length,
    };
  });

describe.skipIf(!hasBrowser)('workbench: code paths in the palette, labels and memo markers in the margin', () => {
  let app: E2eApp;

  beforeAll(async () => {
    mkdirSync('/tmp/shots/workbench', { recursive: true });
    app = await startApp({ projectPath: join(process.env.TMPDIR ?? '/tmp', `verbatim-paths-${process.pid}-${Date.now()}.verbatim`) });
    await seedInterview(app);
    await app.page.reload();
    await app.page.getByTestId('transcript-content').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a typed path as a hierarchy and applies it; one undo removes it all', async () => {
    const { page } = app;
    const codesBefore = await callCore<{ id: number }[]>(app, 'codes:list', {});
    await page.getByTestId('tab-codebook').click();
    await dragSelect(page, 'Qu’on nous dise la vérité');
    await page.keyboard.press('c');
    const input = page.getByTestId('palette-input');
    await input.fill('Gouvernance/Transparence');
    expect(await page.getByTestId('palette-create').textContent()).toContain('Créer Gouvernance › Transparence (2 codes)');
    expect(await page.getByTestId('palette-action').textContent()).toContain('Créer Gouvernance › Transparence et l’appliquer');
    await input.press('Enter');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });
    await page.locator('[data-testid="code-item"][data-code-name="Transparence"]').waitFor();

    const codes = await callCore<{ id: number; name: string; parentId: number | null; codings: number }[]>(app, 'codes:list', {});
    const gouvernance = codes.find((c) => c.name === 'Gouvernance');
    const transparence = codes.find((c) => c.name === 'Transparence');
    expect(gouvernance?.parentId).toBeNull();
    expect(transparence).toMatchObject({ parentId: gouvernance!.id, codings: 1 });
    expect(codes.some((c) => c.name.includes('/'))).toBe(false);
    await expect.poll(() => page.locator('.cm-coding', { hasText: 'Qu’on nous dise la vérité' }).count()).toBeGreaterThan(0);

    // The same path typed loosely is the existing code: no second one offered.
    await dragSelect(page, 'même quand elle n’est pas agréable');
    await page.keyboard.press('c');
    await input.fill('gouvernânce / TRANSPARENCE');
    expect(await page.getByTestId('palette-create').count()).toBe(0);
    expect(await page.getByTestId('palette-option').first().textContent()).toContain('Gouvernance › Transparence');
    await input.press('Escape');
    await page.getByTestId('quick-code-palette').waitFor({ state: 'detached' });

    // One undo: the coding and both codes are gone.
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="code-item"][data-code-name="Gouvernance"]').waitFor({ state: 'detached' });
    await expect.poll(async () => (await callCore<{ id: number }[]>(app, 'codes:list', {})).length).toBe(codesBefore.length);
    expect(await page.locator('[data-testid="code-item"][data-code-name="Transparence"]').count()).toBe(0);
    await expect.poll(() => page.locator('.cm-coding', { hasText: 'Qu’on nous dise la vérité' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('names codes beside their stripes and marks the coding with a memo', async () => {
    const { page } = app;
    await expect.poll(async () => (await marginState(page)).labels.length).toBeGreaterThan(3);
    const margin = await marginState(page);
    expect(margin.labels).toEqual(expect.arrayContaining(['Relations aux élus', 'Services techniques']));
    expect(margin.memoMarkers).toBe(1);
    expect(margin.overlaps).toBe(0);
    expect(margin.crossings).toBe(0);
    expect(margin.outside).toBe(0);
    // Hovering a label names its code and shows the memo's start.
    await page.locator('.cm-stripe:has(.cm-stripe-memo)').hover({ force: true });
    await expect.poll(() => page.getByTestId('stripe-tooltip').textContent()).toContain('Le report appris par la presse');
    await page.screenshot({ path: '/tmp/shots/workbench/margin-memo-hover.png' });

    // Clicking it selects the coding: the inspector shows it once, in its card.
    await page.locator('.cm-stripe:has(.cm-stripe-memo)').click({ force: true });
    await page.getByTestId('selected-coding').waitFor();
    await expect.poll(() => page.getByTestId('selected-coding-quote').textContent()).toContain('les promesses sur le calendrier');
    const listed = await page.getByTestId('selection-code').allTextContents();
    expect(listed.filter((t) => t.includes('Promesses non tenues'))).toEqual([]);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: '/tmp/shots/workbench/inspector-selected-once.png' });
  });
});

/** Screenshots of the palette and the margin, in French and English, on a large and a small screen. */
describe.skipIf(!hasBrowser)('workbench screenshots: palette with a path and ticked codes, margin labels', () => {
  for (const locale of ['fr-FR', 'en-US']) {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1024, height: 700 },
    ]) {
      it(`${locale} ${viewport.width}×${viewport.height}`, async () => {
        const app = await startApp({ locale, viewport, projectPath: join(process.env.TMPDIR ?? '/tmp', `verbatim-shots-${process.pid}-${Date.now()}.verbatim`) });
        try {
          await seedInterview(app);
          const { page } = app;
          await page.reload();
          await page.getByTestId('transcript-content').waitFor();
          await expect.poll(async () => (await marginState(page)).memoMarkers).toBe(1);
          const margin = await marginState(page);
          expect(margin.overlaps).toBe(0);
          expect(margin.crossings).toBe(0);
          expect(margin.outside).toBe(0);
          await page.mouse.move(5, 5);
          const tag = `${locale.slice(0, 2)}-${viewport.width}x${viewport.height}`;
          await page.screenshot({ path: `/tmp/shots/workbench/margin-${tag}.png` });

          await dragSelect(page, 'Qu’on nous dise la vérité');
          await page.keyboard.press('c');
          const input = page.getByTestId('palette-input');
          await input.fill('attentes');
          await input.press('Control+Enter');
          await input.fill('Gouvernance/Transparence');
          await page.getByTestId('palette-action').waitFor();
          await page.screenshot({ path: `/tmp/shots/workbench/palette-path-${tag}.png` });
          await input.fill('conf');
          await page.screenshot({ path: `/tmp/shots/workbench/palette-ticked-${tag}.png` });
          await input.press('Escape');
          expect(app.pageErrors).toEqual([]);
        } finally {
          await app.close();
        }
      });
    }
  }
});

if (!hasBrowser) console.warn(MISSING_BROWSER);
