import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../renderer/app/AppProviders';
import { createAppServices } from '../../renderer/app/app-services';
import { AnalysisView } from '../../renderer/features/analysis';
import type { Attribute } from '../../shared/contract';
import type { QuoteRequest } from '../../shared/quote-request';
import { ACTOR, attributes, codings, createAnalysisCore } from './analysis-fakes';
import type { FakeCore } from './fake-core';

function renderAnalysis(core: FakeCore = createAnalysisCore()) {
  const services = createAppServices({ transport: core.transport });
  const onOpenQuote = vi.fn<(q: QuoteRequest) => void>();
  render(
    <AppProviders services={services}>
      <AnalysisView onOpenQuote={onOpenQuote} />
    </AppProviders>,
  );
  return { core, onOpenQuote };
}

const cellsOf = (rowName: string) => {
  const table = screen.getByTestId('matrix-table');
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.querySelector('.an-rowhead-label')?.textContent === rowName)!;
  return within(row).getAllByTestId('matrix-cell');
};

/** A downloaded file's text, its byte-order mark kept (Blob.text() drops it). */
const textOf = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

/** Files the view hands to the browser: the blob and the name of each `<a download>` clicked. */
let downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('analysis: matrix', () => {
  it('shows codes × the actor-group attribute by default, with every value and an unnamed “none” column', async () => {
    const { core } = renderAnalysis();
    const table = await screen.findByTestId('matrix-table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Code',
      'Élu1 participant',
      'Habitant1 participant',
      'Sans valeur',
      'Total',
    ]);
    expect(core.callsTo('synthesis:matrix')).toEqual([{ includeChildren: true, columns: { kind: 'attribute', attributeId: ACTOR }, filters: {} }]);
    expect(cellsOf('Confiance des habitants').map((c) => c.textContent)).toEqual(['1', '3', '·']);
    // The identifying attribute is never offered as columns.
    expect(within(screen.getByTestId('matrix-columns')).queryByText('Nom complet')).toBeNull();
  });

  it('toggles the measure without asking the core again, and colours cells by their share of the largest', async () => {
    const { core } = renderAnalysis();
    await screen.findByTestId('matrix-table');
    const [elu, habitant, none] = cellsOf('Confiance des habitants');
    expect(habitant!.style.getPropertyValue('--heat')).toBe('1');
    expect(Number(elu!.style.getPropertyValue('--heat'))).toBeCloseTo(0.18 + 0.82 / 3);
    expect(none!.style.getPropertyValue('--heat')).toBe('0');
    expect(none).toHaveProperty('disabled', true);

    fireEvent.click(within(screen.getByTestId('matrix-measure')).getByRole('radio', { name: 'Participants' }));
    expect(cellsOf('Confiance des habitants').map((c) => c.textContent)).toEqual(['1', '1', '·']);
    fireEvent.click(within(screen.getByTestId('matrix-measure')).getByRole('radio', { name: 'Part des mots codés' }));
    expect(cellsOf('Confiance des habitants').map((c) => c.textContent?.replace(/\s/g, ' '))).toEqual(['3,0 %', '25,0 %', '·']);
    expect(core.callsTo('synthesis:matrix')).toHaveLength(1);
  });

  it('switches to one column per participant', async () => {
    const { core } = renderAnalysis();
    await screen.findByTestId('matrix-table');
    fireEvent.change(screen.getByTestId('matrix-columns'), { target: { value: 'cases' } });
    await waitFor(() => expect(within(screen.getByTestId('matrix-table')).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Code', 'E01', 'E02', 'Total']));
    expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ columns: { kind: 'cases' } });
  });

  it('drills into a cell: its quotes beside the matrix, each opening its passage in the transcript', async () => {
    const { core, onOpenQuote } = renderAnalysis();
    await screen.findByTestId('matrix-table');
    fireEvent.click(cellsOf('Confiance des habitants')[1]!);
    const drill = await screen.findByTestId('analysis-drill');
    expect(within(drill).getByTestId('analysis-drill-title').textContent).toBe('Confiance des habitants');
    expect(drill.textContent).toContain('Habitant · 3 extraits');
    await waitFor(() => expect(within(drill).getAllByTestId('analysis-quote')).toHaveLength(3));
    expect(core.callsTo('synthesis:codings')).toEqual([{ ids: [103, 104, 106] }]);
    const [first] = within(drill).getAllByTestId('analysis-quote');
    // Participant identifier, the columns' attribute (actor type), text, document: never the
    // identifying value, nor the speaker's name when the identifier stands for the participant.
    expect(first!.textContent).toContain('E02');
    expect(within(first!).getAllByTitle('Type d’acteur').map((tag) => tag.textContent)).toEqual(['Habitant']);
    expect(first!.textContent).not.toContain('Lucie Morel');
    expect(first!.textContent).toContain('Personne n’explique qui garde les données.');
    expect(first!.textContent).toContain('E02 - habitant');
    expect(cellsOf('Confiance des habitants')[1]!.className).toContain('is-selected');

    fireEvent.click(first!);
    expect(onOpenQuote).toHaveBeenCalledWith({ documentId: 2, start: 1030, end: 1030 + 'Personne n’explique qui garde les données.'.length, codingId: 103 });
    fireEvent.click(screen.getByTestId('analysis-drill-close'));
    expect(screen.queryByTestId('analysis-drill')).toBeNull();
  });

  it('never shows an identifying value as a tag on a quote', async () => {
    renderAnalysis();
    await screen.findByTestId('matrix-table');
    fireEvent.click(cellsOf('Gouvernance')[0]!);
    const drill = await screen.findByTestId('analysis-drill');
    await waitFor(() => expect(within(drill).getAllByTestId('analysis-quote')).toHaveLength(2));
    expect(drill.textContent).toContain('E01');
    expect(drill.textContent).not.toContain('Martine Lebrun Élu');
    expect([...drill.querySelectorAll('.an-tag')].map((t) => t.textContent)).toEqual(['Élu', 'Élu']);
  });

  it('exports the matrix with the measure shown as a CSV that French spreadsheets read (BOM, ;, decimal comma, CRLF)', async () => {
    renderAnalysis();
    await screen.findByTestId('matrix-table');
    fireEvent.click(screen.getByTestId('matrix-export-csv'));
    expect(downloads.map((d) => d.name)).toEqual(['Verbatim - matrice.csv']);
    const text = await textOf(downloads[0]!.blob);
    expect(text).toBe(
      '\uFEFFCode — Codages;Élu;Habitant;Sans valeur;Total\r\n' +
        'Gouvernance;2;0;1;3\r\n' +
        'Gouvernance/Souveraineté;1;0;0;1\r\n' +
        'Confiance des habitants;1;3;0;4\r\n' +
        'Total;2;3;1;\r\n',
    );
    fireEvent.click(within(screen.getByTestId('matrix-measure')).getByRole('radio', { name: 'Part des mots codés' }));
    fireEvent.click(screen.getByTestId('matrix-export-csv'));
    const shares = await textOf(downloads[1]!.blob);
    expect(shares.split('\r\n')[0]).toBe('\uFEFFCode — Part des mots codés (%);Élu;Habitant;Sans valeur;Total');
    expect(shares.split('\r\n')[3]).toBe('Confiance des habitants;3;25;0;9,73');
  });
});

describe('analysis: filters', () => {
  it('narrows every call to the chosen actor groups, interviews and coders, and clears them', async () => {
    const { core } = renderAnalysis();
    await screen.findByTestId('matrix-table');
    const filters = screen.getByTestId('analysis-filters');
    fireEvent.click(within(filters).getByLabelText('Élu'));
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: { attributes: [{ attributeId: ACTOR, values: ['Élu'] }] } }));
    fireEvent.click(within(filters).getByLabelText('E02 - prestataire'));
    fireEvent.click(await within(filters).findByLabelText(/Codeuse 2/));
    await waitFor(() =>
      expect(core.callsTo('synthesis:matrix').at(-1)).toEqual({
        includeChildren: true,
        columns: { kind: 'attribute', attributeId: ACTOR },
        filters: { documentIds: [2], coderIds: [2], attributes: [{ attributeId: ACTOR, values: ['Élu'] }] },
      }),
    );
    expect(filters.textContent).toContain('3 filtres actifs');
    fireEvent.click(within(filters).getByTestId('analysis-filters-clear'));
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: {} }));
  });
});

describe('analysis: columns, dates and quote tags (issue 13)', () => {
  const TERRITORY = 12;
  const DATE = 13;
  /** The fake study with a second grouping attribute and an interview date. */
  function richerCore() {
    const core = createAnalysisCore();
    const more: Attribute[] = [
      ...attributes,
      { id: TERRITORY, guid: 'a-area', name: 'Territoire', type: 'category', position: 2, isIdentifying: false, values: ['Nord', 'Sud'] },
      { id: DATE, guid: 'a-date', name: 'Date de l’entretien', type: 'date', position: 3, isIdentifying: false, values: ['2025-03-14', '2025-03-21', '2025-04-02'] },
    ];
    core.override('attributes:list', () => more);
    return core;
  }

  it('the chart groups by the attribute chosen in the matrix, and the matrix follows a choice made in the chart', async () => {
    const { core } = renderAnalysis(richerCore());
    await screen.findByTestId('matrix-table');
    fireEvent.change(screen.getByTestId('matrix-columns'), { target: { value: String(TERRITORY) } });
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ columns: { kind: 'attribute', attributeId: TERRITORY } }));
    fireEvent.click(screen.getByTestId('analysis-tab-chart'));
    await screen.findByTestId('bar-chart');
    expect((screen.getByTestId('chart-attribute') as HTMLSelectElement).value).toBe(String(TERRITORY));
    fireEvent.change(screen.getByTestId('chart-attribute'), { target: { value: String(ACTOR) } });
    fireEvent.click(screen.getByTestId('analysis-tab-matrix'));
    await screen.findByTestId('matrix-table');
    expect((screen.getByTestId('matrix-columns') as HTMLSelectElement).value).toBe(String(ACTOR));
  });

  it('filters a date attribute by a from/to range, not one chip per date', async () => {
    const { core } = renderAnalysis(richerCore());
    await screen.findByTestId('matrix-table');
    const filters = screen.getByTestId('analysis-filters');
    const range = within(filters).getByRole('group', { name: 'Date de l’entretien' });
    expect(within(range).queryByText('2025-03-14')).toBeNull();
    const [from, to] = within(range).getAllByDisplayValue('') as HTMLInputElement[];
    expect([from!.type, from!.min, to!.max]).toEqual(['date', '2025-03-14', '2025-04-02']);
    fireEvent.change(from!, { target: { value: '2025-03-15' } });
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: { attributes: [{ attributeId: DATE, from: '2025-03-15' }] } }));
    fireEvent.change(to!, { target: { value: '2025-03-31' } });
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: { attributes: [{ attributeId: DATE, from: '2025-03-15', to: '2025-03-31' }] } }));
    expect(filters.textContent).toContain('1 filtre actif');
    fireEvent.change(from!, { target: { value: '' } });
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: { attributes: [{ attributeId: DATE, to: '2025-03-31' }] } }));
  });

  it('tags quotes with the columns’ attribute and the filtered ones only, once each', async () => {
    renderAnalysis(richerCore());
    await screen.findByTestId('matrix-table');
    fireEvent.click(cellsOf('Confiance des habitants')[1]!);
    const drill = await screen.findByTestId('analysis-drill');
    await waitFor(() => expect(within(drill).getAllByTestId('analysis-quote')).toHaveLength(3));
    for (const quote of within(drill).getAllByTestId('analysis-quote')) {
      const tags = [...quote.querySelectorAll('.an-tag')].map((tag) => tag.getAttribute('title'));
      expect(tags).toEqual(['Type d’acteur']);
    }
  });
});

describe('analysis: co-occurrence', () => {
  it('shows the symmetric table and the network, both drilling into the passages two codes share', async () => {
    const { core } = renderAnalysis();
    fireEvent.click(await screen.findByTestId('analysis-tab-cooccurrence'));
    const table = await screen.findByTestId('cooccurrence-table');
    const cells = within(table).getAllByTestId('cooccurrence-cell');
    expect(cells.map((c) => c.textContent)).toEqual(['3', '1', '·', '1', '1', '2', '·', '2', '4']);
    expect(cells[0]!.className).toContain('is-diagonal');
    expect(core.callsTo('synthesis:cooccurrence')).toEqual([{ mode: 'overlap', filters: {} }]);

    fireEvent.click(cells[5]!);
    const drill = await screen.findByTestId('analysis-drill');
    expect(drill.textContent).toContain('Souveraineté + Confiance des habitants');
    // Both halves of the symmetric table light up.
    expect(cells[7]!.className).toContain('is-selected');

    fireEvent.click(within(screen.getByTestId('cooccurrence-mode')).getByRole('radio', { name: 'Même tour de parole' }));
    await waitFor(() => expect(core.callsTo('synthesis:cooccurrence').at(-1)).toEqual({ mode: 'turn', filters: {} }));
    fireEvent.click(within(screen.getByTestId('cooccurrence-display')).getByRole('radio', { name: 'Réseau' }));
    const network = await screen.findByTestId('cooccurrence-network');
    expect(within(network).getAllByTestId('network-node')).toHaveLength(3);
    // Gouvernance–Souveraineté (1) and Souveraineté–Confiance (2): no link where codes never meet.
    const edges = within(network).getAllByTestId('network-edge');
    expect(edges.map((e) => e.getAttribute('aria-label'))).toEqual([
      '« Gouvernance » et « Souveraineté » : 1 passage en commun. Lire les extraits',
      '« Souveraineté » et « Confiance des habitants » : 2 passages en commun. Lire les extraits',
    ]);
    fireEvent.keyDown(edges[0]!, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('synthesis:codings').at(-1)).toEqual({ ids: [101, 102] }));
    fireEvent.click(within(network).getAllByTestId('network-node')[2]!);
    await waitFor(() => expect(core.callsTo('synthesis:codings').at(-1)).toEqual({ ids: [101, 103, 104, 106] }));
  });
});

describe('analysis: chart by actor group', () => {
  it('draws one bar per code and group, labelled, and exports it as SVG with print colours', async () => {
    const { core } = renderAnalysis();
    fireEvent.click(await screen.findByTestId('analysis-tab-chart'));
    const chart = await screen.findByTestId('bar-chart');
    expect(chart.getAttribute('aria-label')).toBe('Fréquence des codes par type d’acteur');
    expect(chart.textContent).toContain('Nombre de codages');
    // Three codes × three groups, minus the empty bars (not clickable).
    const bars = within(chart).getAllByTestId('chart-bar');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Gouvernance · Élu : 2',
      'Gouvernance · Sans valeur : 1',
      'Souveraineté · Élu : 1',
      'Confiance des habitants · Élu : 1',
      'Confiance des habitants · Habitant : 3',
    ]);
    // The chart reuses the matrix call (same key): one call for both tabs' default view.
    expect(core.callsTo('synthesis:matrix')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('chart-export-svg'));
    expect(downloads.map((d) => d.name)).toEqual(['Verbatim - codes par groupe.svg']);
    const svg = await textOf(downloads[0]!.blob);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Fréquence des codes par type d’acteur');
    expect(svg).toContain('Confiance des habitants');
    expect(svg).not.toContain('var(--');
    expect(svg).not.toContain('tabindex');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();

    fireEvent.click(bars[4]!);
    await waitFor(() => expect(core.callsTo('synthesis:codings').at(-1)).toEqual({ ids: [103, 104, 106] }));
    fireEvent.click(within(screen.getByTestId('chart-measure')).getByRole('radio', { name: 'Participants' }));
    expect(screen.getByTestId('bar-chart').textContent).toContain('Nombre de participants');
  });

  it('asks for an actor-group attribute when the participants have none', async () => {
    const core = createAnalysisCore();
    core.override('attributes:list', () => []);
    renderAnalysis(core);
    fireEvent.click(await screen.findByTestId('analysis-tab-chart'));
    expect((await screen.findByTestId('chart-need-attribute')).textContent).toContain('ajoutez un attribut');
  });
});

describe('analysis: retrieval and code queries', () => {
  it('retrieves the quotes of chosen codes, sorted by the server and grouped here', async () => {
    const { core, onOpenQuote } = renderAnalysis();
    fireEvent.click(await screen.findByTestId('analysis-tab-retrieval'));
    const picker = await screen.findByTestId('analysis-code-picker');
    expect(screen.getByTestId('analysis-retrieval').textContent).toContain('Cochez un ou plusieurs codes.');
    fireEvent.click(within(picker).getByLabelText(/Confiance des habitants/));
    await waitFor(() => expect(screen.getAllByTestId('analysis-quote')).toHaveLength(4));
    expect(core.callsTo('synthesis:retrieve').at(-1)).toEqual({ codeIds: [3], includeChildren: true, filters: {}, sort: 'document' });
    expect(screen.getByTestId('retrieval-count').textContent).toBe('4 extraits · 2 entretiens · 2 participants');
    expect([...document.querySelectorAll('.an-group-title')].map((h) => h.textContent)).toEqual(['E01 - élue1', 'E02 - habitant3']);

    fireEvent.change(screen.getByTestId('retrieval-group'), { target: { value: `attribute:${ACTOR}` } });
    expect([...document.querySelectorAll('.an-group-title')].map((h) => h.textContent)).toEqual(['Élu1', 'Habitant3']);
    fireEvent.change(screen.getByTestId('retrieval-sort'), { target: { value: `attribute:${ACTOR}` } });
    await waitFor(() => expect(core.callsTo('synthesis:retrieve').at(-1)).toMatchObject({ sort: 'attribute', sortAttributeId: ACTOR }));
    fireEvent.click(screen.getByTestId('analysis-include-children'));
    await waitFor(() => expect(core.callsTo('synthesis:retrieve').at(-1)).toMatchObject({ includeChildren: false }));

    fireEvent.click(screen.getAllByTestId('analysis-quote')[0]!);
    expect(onOpenQuote).toHaveBeenCalledWith(expect.objectContaining({ documentId: 1, codingId: 101 }));
  });

  it('builds an AND query in the same turn, says it in words, and lists the passages', async () => {
    const { core, onOpenQuote } = renderAnalysis();
    fireEvent.click(await screen.findByTestId('analysis-tab-retrieval'));
    fireEvent.click(within(await screen.findByTestId('retrieval-mode')).getByRole('radio', { name: 'Requête' }));
    const [first, second] = screen.getAllByTestId('query-code');
    fireEvent.change(first!, { target: { value: '3' } });
    expect(screen.getByTestId('query-builder').textContent).toContain('Choisissez au moins 2 codes.');
    expect(core.callsTo('synthesis:query')).toEqual([]);
    fireEvent.change(second!, { target: { value: '2' } });
    fireEvent.click(within(screen.getByTestId('query-mode')).getByRole('radio', { name: 'dans le même tour de parole' }));
    await waitFor(() =>
      expect(core.callsTo('synthesis:query').at(-1)).toEqual({
        query: {
          op: 'and',
          mode: 'turn',
          operands: [
            { op: 'code', codeId: 3, includeChildren: true },
            { op: 'code', codeId: 2, includeChildren: true },
          ],
        },
        filters: {},
      }),
    );
    expect(screen.getByTestId('query-summary').textContent).toBe('Passages codés « Confiance des habitants » et « Souveraineté » dans le même tour de parole');
    const [passage] = await screen.findAllByTestId('analysis-quote');
    // The passage's participant values come from the participants list.
    expect(passage!.textContent).toContain('E02');
    expect(passage!.textContent).toContain('Habitant');
    expect(passage!.textContent).toContain('Souveraineté');
    fireEvent.click(passage!);
    expect(onOpenQuote).toHaveBeenCalledWith({ documentId: 2, start: 1030, end: 1072, codingId: 102 });

    fireEvent.click(within(screen.getByTestId('query-op')).getByRole('radio', { name: 'PROCHE DE' }));
    fireEvent.change(screen.getByTestId('query-within'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('query-unit'), { target: { value: 'turns' } });
    await waitFor(() =>
      expect(core.callsTo('synthesis:query').at(-1)).toMatchObject({ query: { op: 'near', unit: 'turns', within: 2 } }),
    );
    expect(screen.getByTestId('query-summary').textContent).toBe('Passages codés « Confiance des habitants » et « Souveraineté » à 2 tours de parole au plus');
  });
});

describe('analysis: long lists', () => {
  it('draws the first 200 quotes and the next ones on demand', async () => {
    const core = createAnalysisCore();
    const many = Array.from({ length: 230 }, (_, i) => ({ ...codings[0]!, id: 1000 + i, text: `Passage ${i + 1}` }));
    core.override('synthesis:retrieve', () => ({ codings: many, documents: 1, cases: 1 }));
    renderAnalysis(core);
    fireEvent.click(await screen.findByTestId('analysis-tab-retrieval'));
    fireEvent.click(within(await screen.findByTestId('analysis-code-picker')).getByLabelText(/Confiance des habitants/));
    await waitFor(() => expect(screen.getAllByTestId('analysis-quote')).toHaveLength(200));
    const more = screen.getByTestId('analysis-more-quotes');
    expect(more.textContent).toBe('200 extraits affichés sur 230 : afficher les suivants');
    fireEvent.click(more);
    expect(screen.getAllByTestId('analysis-quote')).toHaveLength(230);
    expect(screen.queryByTestId('analysis-more-quotes')).toBeNull();
  });
});

describe('analysis: an empty codebook', () => {
  it('says what to do first', async () => {
    const core = createAnalysisCore();
    core.state.codes = [];
    renderAnalysis(core);
    await waitFor(() => expect(screen.getByTestId('view-analysis').textContent).toContain('Le livre de codes est vide'));
  });
});
