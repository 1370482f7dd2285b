/**
 * The analysis view in Chromium through browser mode (the shipped renderer and the real core): the
 * sample study, given participants with an actor type and three more interviews, read as a matrix
 * by actor group (measure toggled, a cell drilled into, a quote opened in its transcript), exported
 * as CSV; the co-occurrence table and network; the chart by actor group exported as SVG and PNG; a
 * code query. Screenshots go to /tmp/shots/analysis/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeNamed, caseNamed, hasBrowser, startApp, type E2eApp } from './harness';

const SHOTS = '/tmp/shots/analysis';

/** Three more interviews (written for this test) so that actor groups have more than one voice. */
const MORE_INTERVIEWS: Record<string, string> = {
  'E04 - élu.txt': [
    'Enquêtrice : Comment votre commune aborde-t-elle les données ?',
    'Paul Renard : Nous avons voté une charte de la donnée l’an dernier. Sans compétences internes, une charte reste un texte.',
    'Enquêtrice : Et vos prestataires ?',
    'Paul Renard : Nos contrats prévoient désormais la restitution des données. Nous restons maîtres de nos données, c’est non négociable.',
    'Enquêtrice : Les habitants suivent-ils ?',
    'Paul Renard : Ils demandent des comptes. La confiance se construit réunion après réunion, avec des chiffres publics.',
    '',
  ].join('\n'),
  'E05 - habitante.txt': [
    'Enquêtrice : Que savez-vous des capteurs installés dans votre quartier ?',
    'Lucie Morel : Presque rien. On nous a dit que c’était pour le trafic, mais personne n’explique qui garde les données.',
    'Enquêtrice : Qu’est-ce qui vous rassurerait ?',
    'Lucie Morel : Une réunion publique, un site clair. La confiance viendra si la mairie montre ce qu’elle fait des données.',
    '',
  ].join('\n'),
  'E06 - habitant.txt': [
    'Enquêtrice : Vous êtes membre d’une association de quartier. Quel est votre regard ?',
    'Omar Haddad : Nous voulons accéder aux données de pollution. Le partage des données avec les associations devrait être la règle.',
    'Enquêtrice : Avez-vous confiance ?',
    'Omar Haddad : Pas vraiment. Les contrats sont secrets, et la ville dépend de son prestataire pour tout.',
    '',
  ].join('\n'),
};

/** [document name, code name, exact quote] for the interviews above. */
const MORE_CODINGS: [string, string, string][] = [
  ['E04 - élu', 'Cadre juridique', 'Nous avons voté une charte de la donnée l’an dernier.'],
  ['E04 - élu', 'Compétences internes', 'Sans compétences internes, une charte reste un texte.'],
  ['E04 - élu', 'Souveraineté', 'Nous restons maîtres de nos données, c’est non négociable.'],
  ['E04 - élu', 'Partage des données', 'Nos contrats prévoient désormais la restitution des données.'],
  ['E04 - élu', 'Confiance des habitants', 'La confiance se construit réunion après réunion, avec des chiffres publics.'],
  ['E05 - habitante', 'Confiance des habitants', 'personne n’explique qui garde les données'],
  ['E05 - habitante', 'Confiance des habitants', 'La confiance viendra si la mairie montre ce qu’elle fait des données.'],
  ['E05 - habitante', 'Souveraineté', 'personne n’explique qui garde les données'],
  ['E06 - habitant', 'Partage des données', 'Le partage des données avec les associations devrait être la règle.'],
  ['E06 - habitant', 'Confiance des habitants', 'Pas vraiment. Les contrats sont secrets'],
  ['E06 - habitant', 'Souveraineté', 'la ville dépend de son prestataire pour tout'],
  ['E06 - habitant', 'Cadre juridique', 'Les contrats sont secrets'],
];

const ACTOR_TYPES: Record<string, string> = {
  'E01 - élue': 'Élu',
  'E02 - prestataire': 'Prestataire',
  'E03 - experte': 'Experte',
  'E04 - élu': 'Élu',
  'E05 - habitante': 'Habitant',
  'E06 - habitant': 'Habitant',
};

async function call<T>(app: E2eApp, method: string, input: unknown): Promise<T> {
  const r = await app.server.session.dispatch(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name) });

async function saved(download: Download, dir: string): Promise<string> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The sample study, given participants with an actor type and three more coded interviews. */
async function setUpStudy(app: E2eApp): Promise<void> {
    await app.page.getByTestId('transcript-content').waitFor();
    const paths = Object.entries(MORE_INTERVIEWS).map(([name, text]) => {
      const file = join(app.dir, name);
      writeFileSync(file, text, 'utf8');
      return file;
    });
    await call(app, 'documents:import', { paths });
    const documents = await call<{ id: number; name: string }[]>(app, 'documents:list', {});
    const codes = await call<{ id: number; name: string }[]>(app, 'codes:list', {});
    for (const [docName, codeName, quote] of MORE_CODINGS) {
      const doc = documents.find((d) => d.name === docName)!;
      const text = (await call<{ text: string }>(app, 'documents:get', { id: doc.id })).text;
      const start = text.indexOf(quote);
      expect(start, `${docName}: ${quote}`).toBeGreaterThanOrEqual(0);
      await call(app, 'codings:apply', { documentId: doc.id, codeId: codes.find((c) => c.name === codeName)!.id, start, end: start + quote.length });
    }
    const actorType = await attributeNamed(app, 'Type d’acteur', 'category');
    for (const d of documents) {
      const participant = await caseNamed(app, d.name.slice(0, 3));
      await call(app, 'cases:setValue', { caseId: participant.id, attributeId: actorType.id, value: ACTOR_TYPES[d.name]! });
      await call(app, 'documents:setCase', { documentId: d.id, caseId: participant.id });
    }
    await app.page.reload();
    await app.page.getByTestId('transcript-content').waitFor();
}

describe.skipIf(!hasBrowser)('analysis view', () => {
  let app: E2eApp;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp();
    await setUpStudy(app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows codes × actor type as a heat map, toggles the measure, drills into a cell and opens a quote in its transcript', async () => {
    const { page } = app;
    await page.keyboard.press('Control+2');
    const table = page.getByTestId('matrix-table');
    await table.waitFor();
    await expect.poll(() => table.locator('thead th').allTextContents()).toEqual([
      'Code',
      'Élu2 participants',
      'Experte1 participant',
      'Habitant2 participants',
      'Prestataire1 participant',
      'Total',
    ]);
    const row = (name: string) => table.locator('tbody tr', { has: page.locator('.an-rowhead-label', { hasText: new RegExp(`^${name}$`) }) });
    // Confiance des habitants: E01 ×2 + E04 (Élu), E03 (Experte), E05 ×2 + E06 (Habitant), E02 (Prestataire).
    await expect.poll(() => row('Confiance des habitants').getByTestId('matrix-cell').allTextContents()).toEqual(['3', '1', '3', '1']);
    await shot(page, 'matrix-heatmap.png');

    await page.getByTestId('matrix-measure').getByRole('radio', { name: 'Participants' }).click();
    await expect.poll(() => row('Confiance des habitants').getByTestId('matrix-cell').allTextContents()).toEqual(['2', '1', '2', '1']);
    await page.getByTestId('matrix-measure').getByRole('radio', { name: 'Part des mots codés' }).click();
    await expect.poll(async () => (await row('Confiance des habitants').getByTestId('matrix-cell').first().textContent()) ?? '').toMatch(/^\d+,\d\s%$/);
    await page.getByTestId('matrix-measure').getByRole('radio', { name: 'Codages' }).click();

    // Souveraineté × Élu: two passages of E01 and one of E04.
    await row('Souveraineté').getByTestId('matrix-cell').first().click();
    const drill = page.getByTestId('analysis-drill');
    await expect.poll(() => drill.getByTestId('analysis-drill-title').textContent()).toContain('Souveraineté');
    await expect.poll(() => drill.getByTestId('analysis-quote').count()).toBe(3);
    expect(await drill.textContent()).toContain('nous payons pour un service');
    await shot(page, 'matrix-drill-down.png');

    const quote = drill.getByTestId('analysis-quote').filter({ hasText: 'Nous restons maîtres de nos données' });
    await quote.click();
    await expect.poll(() => page.getByTestId('transcript-title').textContent()).toBe('E04 - élu');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected === '' || selected.includes('Nous restons maîtres')).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the matrix as CSV', async () => {
    const { page } = app;
    await page.keyboard.press('Control+2');
    await page.getByTestId('matrix-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/matrice\.csv$/);
    const csv = readFileSync(await saved(download, app.dir), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    // French interface: French Excel's separator.
    expect(lines[0]).toBe('Code — Codages;Élu;Experte;Habitant;Prestataire;Total');
    expect(lines).toContain('Confiance des habitants;3;1;3;1;8');
    expect(lines.some((l) => l.startsWith('Gouvernance des données/Souveraineté;3;1;2;1;'))).toBe(true);
  });

  it('shows co-occurrence as a table and a network, and drills into a pair of codes', async () => {
    const { page } = app;
    await page.getByTestId('analysis-tab-cooccurrence').click();
    const table = page.getByTestId('cooccurrence-table');
    await table.waitFor();
    await shot(page, 'cooccurrence-table.png');
    await page.getByTestId('cooccurrence-display').getByRole('radio', { name: 'Réseau' }).click();
    // In the same turn, more codes meet: the network the lead would show.
    await page.getByTestId('cooccurrence-mode').getByRole('radio', { name: 'Même tour de parole' }).click();
    const network = page.getByTestId('cooccurrence-network');
    await network.waitFor();
    // Five codes with codings of their own; the theme that only groups sub-codes is left out.
    expect(await network.getByTestId('network-node').count()).toBe(5);
    // E05 and E06 code one passage as both Confiance des habitants and Souveraineté / Cadre juridique.
    const edge = network.getByTestId('network-edge').filter({ has: page.locator('title', { hasText: /Confiance des habitants.*Souveraineté|Souveraineté.*Confiance des habitants/ }) });
    expect(await edge.count()).toBe(1);
    await edge.dispatchEvent('click');
    const drill = page.getByTestId('analysis-drill');
    await expect.poll(() => drill.getByTestId('analysis-quote').count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'cooccurrence-network.png');
  });

  it('draws code frequency by actor group and exports it as SVG and PNG', async () => {
    const { page } = app;
    await page.getByTestId('analysis-tab-chart').click();
    const chart = page.getByTestId('bar-chart');
    await chart.waitFor();
    expect(await chart.textContent()).toContain('Fréquence des codes par type d’acteur');
    expect(await chart.getByTestId('chart-bar').count()).toBeGreaterThan(10);
    await shot(page, 'bar-chart.png');

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-export-svg').click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/codes par groupe\.svg$/);
    const svg = readFileSync(await saved(svgDownload, app.dir), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(svg).toContain('Fréquence des codes par type d’acteur');
    expect(svg).toContain('Habitant');
    // Print colours, not the app's CSS variables (meaningless outside the app).
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-export-png').click()]);
    const png = readFileSync(await saved(pngDownload, app.dir));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    writeFileSync(join(SHOTS, 'bar-chart-export.png'), png);
    writeFileSync(join(SHOTS, 'bar-chart-export.svg'), svg);

    await chart.getByTestId('chart-bar').first().click();
    await expect.poll(() => page.getByTestId('analysis-drill').getByTestId('analysis-quote').count()).toBeGreaterThanOrEqual(1);
  });

  it('runs a code query (AND in the same turn) and lists the passages with their participant', async () => {
    const { page } = app;
    await page.getByTestId('analysis-tab-retrieval').click();
    await page.getByTestId('retrieval-mode').getByRole('radio', { name: 'Requête' }).click();
    const codes = await call<{ id: number; name: string }[]>(app, 'codes:list', {});
    const idOf = (name: string) => String(codes.find((c) => c.name === name)!.id);
    const selects = page.getByTestId('query-code');
    await selects.nth(0).selectOption(idOf('Confiance des habitants'));
    await selects.nth(1).selectOption(idOf('Souveraineté'));
    await page.getByTestId('query-mode').getByRole('radio', { name: 'dans le même tour de parole' }).click();
    await expect.poll(() => page.getByTestId('query-summary').textContent()).toContain('« Confiance des habitants » et « Souveraineté »');
    const quotes = page.getByTestId('analysis-quote');
    await expect.poll(() => quotes.count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('analysis-retrieval').textContent()).toContain('E05');
    await shot(page, 'code-query.png');

    await page.getByTestId('retrieval-mode').getByRole('radio', { name: 'Codes' }).click();
    await page.getByTestId('analysis-code-picker').getByText('Compétences internes').click();
    await expect.poll(() => quotes.count()).toBe(3);
    await page.getByTestId('retrieval-group').selectOption({ label: 'Type d’acteur' });
    await expect.poll(() => page.locator('.an-group-title').allTextContents()).toEqual(['Élu2', 'Experte1']);
    await shot(page, 'retrieval.png');
    expect(app.pageErrors).toEqual([]);
  });

  it('stays readable in the dark theme', async () => {
    const { page } = app;
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.getByTestId('analysis-tab-matrix').click();
    await page.getByTestId('matrix-table').waitFor();
    await shot(page, 'matrix-heatmap-dark.png');
    await page.getByTestId('analysis-tab-chart').click();
    await page.getByTestId('bar-chart').waitFor();
    await shot(page, 'bar-chart-dark.png');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  });
});

type Rect = { left: number; right: number; top: number; bottom: number };
const rectOf = (page: Page, selector: string): Promise<Rect[]> =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
const overlapping = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const SIZES = [
  { name: '1440', viewport: { width: 1440, height: 900 } },
  { name: '1024', viewport: { width: 1024, height: 700 } },
];

describe.skipIf(!hasBrowser).each([
  { lang: 'fr', locale: 'fr-FR', labels: { network: 'Réseau', turn: 'Même tour de parole' } },
  { lang: 'en', locale: 'en-GB', labels: { network: 'Network', turn: 'Same speaker turn' } },
])('analysis view laid out in $lang at 1440×900 and 1024×700 (issue 13)', ({ lang, locale, labels }) => {
  let app: E2eApp;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp({ locale });
    await setUpStudy(app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it.each(SIZES)('clips no tab nor the matrix’s Total column, wraps long filter values, keeps network counts apart ($name)', async ({ name, viewport }) => {
    const { page } = app;
    await page.setViewportSize(viewport);
    await page.keyboard.press('Control+2');
    await page.getByTestId('analysis-tab-matrix').click();
    await page.getByTestId('matrix-table').waitFor();
    const tag = `${lang}-${name}`;
    // Tabs: each fully inside the tab bar.
    const [bar] = await rectOf(page, '.an-tabs');
    for (const tab of await rectOf(page, '.an-tabs [role="tab"]')) expect(tab.right).toBeLessThanOrEqual(bar!.right + 0.5);
    // The Total column is in view without scrolling sideways.
    const [panel] = await rectOf(page, '.an-panel');
    const totals = await rectOf(page, '.an-matrix thead .an-total');
    expect(totals[0]!.right).toBeLessThanOrEqual(panel!.right + 0.5);
    // A long value wraps inside its chip: nothing spills out.
    const spilling = await page.locator('.an-chip').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(spilling).toEqual([]);
    await shot(page, `layout-${tag}-matrix.png`);
    await page.getByTestId('matrix-cell').first().click();
    await page.getByTestId('analysis-drill').getByTestId('analysis-quote').first().waitFor();
    const [drillPanel] = await rectOf(page, '.an-panel');
    const drillTotals = await rectOf(page, '.an-matrix thead .an-total');
    expect(drillTotals[0]!.right).toBeLessThanOrEqual(drillPanel!.right + 0.5);
    const [drillBar] = await rectOf(page, '.an-tabs');
    for (const tab of await rectOf(page, '.an-tabs [role="tab"]')) expect(tab.right).toBeLessThanOrEqual(drillBar!.right + 0.5);
    await shot(page, `layout-${tag}-matrix-quotes.png`);
    await page.getByTestId('analysis-drill-close').click();

    // The chart groups by what the matrix shows.
    await page.getByTestId('matrix-columns').selectOption({ index: 1 });
    const chosen = await page.getByTestId('matrix-columns').inputValue();
    await page.getByTestId('analysis-tab-chart').click();
    await page.getByTestId('bar-chart').waitFor();
    expect(await page.getByTestId('chart-attribute').inputValue()).toBe(chosen);
    await shot(page, `layout-${tag}-chart.png`);
    await page.getByTestId('chart-attribute').selectOption({ index: 0 });

    await page.getByTestId('analysis-tab-cooccurrence').click();
    await page.getByTestId('cooccurrence-display').getByRole('radio', { name: labels.network }).click();
    await page.getByTestId('cooccurrence-mode').getByRole('radio', { name: labels.turn }).click();
    await page.getByTestId('cooccurrence-network').waitFor();
    const edgeLabels = await rectOf(page, '[data-testid="network-edge-label"] rect');
    expect(edgeLabels.length).toBeGreaterThan(0);
    for (let i = 0; i < edgeLabels.length; i++) for (let j = i + 1; j < edgeLabels.length; j++) expect(overlapping(edgeLabels[i]!, edgeLabels[j]!)).toBe(false);
    await shot(page, `layout-${tag}-network.png`);

    await page.getByTestId('analysis-tab-retrieval').click();
    await page.getByTestId('analysis-code-picker').locator('label').nth(1).click();
    await page.getByTestId('analysis-quote').first().waitFor();
    await shot(page, `layout-${tag}-quotes.png`);

    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('export-format-csv').check();
    expect(await dialog.getByTestId('export-csv-locale').inputValue()).toBe(lang);
    await shot(page, `layout-${tag}-export-csv.png`);
    await dialog.getByTestId('export-format-docx').check();
    await dialog.getByTestId('export-draft').waitFor();
    await shot(page, `layout-${tag}-export-report.png`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
