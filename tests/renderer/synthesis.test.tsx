import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 20_000 });
import { renderApp } from './render-app';
import { createSynthesisFake } from './synthesis-fake';

async function openSynthesis() {
  fireEvent.click(await screen.findByTestId('view-synthesis-tab'));
  return screen.findByTestId('view-synthesis');
}

async function openTheme(name: string) {
  const list = await screen.findByTestId('theme-list');
  const item = await within(list).findByText(name);
  fireEvent.click(item);
  await waitFor(() => expect(screen.getByTestId('theme-sheet-title').textContent).toBe(name));
  return screen.getByTestId('theme-sheet');
}

const keyQuoteIds = () => screen.getAllByTestId('key-quote').map((li) => Number(within(li).getByTestId('quote-card').dataset.codingId));

describe('theme sheets', () => {
  it('lists the themes with their state and shows a sheet with its definition and distribution', async () => {
    const core = createSynthesisFake();
    core.sheets.set(1, { synthesis: 'Déjà écrit.', pinned: [] });
    renderApp(core);
    await openSynthesis();
    const items = await screen.findAllByTestId('theme-item');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Gouvernance'),
      expect.stringContaining('Souveraineté'),
      expect.stringContaining('Confiance des habitants'),
    ]);
    expect(within(items[0]!).getByTestId('theme-state').textContent).toBe('Synthèse rédigée');
    expect(within(items[2]!).getByTestId('theme-state').textContent).toBe('À rédiger');
    expect(items[2]!.textContent).toContain('3 extraits');

    const sheet = await openTheme('Confiance des habitants');
    expect(within(sheet).getByTestId('theme-definition').textContent).toBe('Perception des habitants, transparence.');
    expect(sheet.textContent).toContain('3 extraits · 2 participants');
    const rows = await within(sheet).findAllByTestId('distribution-row');
    expect(rows.map((r) => r.textContent)).toEqual(['Élue1 sur 12', 'Prestataire1 sur 11']);
    // The attribute chosen here is the project's actor-group attribute (report settings included).
    fireEvent.change(within(sheet).getByTestId('distribution-attribute'), { target: { value: '' } });
    await waitFor(() => expect(core.callsTo('report:setSettings')).toEqual([{ groupAttributeId: null }]));
    await waitFor(() => expect(within(screen.getByTestId('theme-sheet')).queryAllByTestId('distribution-row')).toHaveLength(0));
    expect(within(screen.getByTestId('theme-sheet')).getByText('Choisissez l’attribut qui nomme les groupes d’acteurs.')).toBeTruthy();
  });

  it('saves the synthesis as the lead types, and shows an undone text', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    await openSynthesis();
    const sheet = await openTheme('Confiance des habitants');
    const box = within(sheet).getByTestId('theme-synthesis');
    fireEvent.change(box, { target: { value: 'Les habitants doutent.' } });
    expect(within(sheet).getByTestId('save-state').textContent).toBe('Modifications en attente…');
    await waitFor(() => expect(core.callsTo('themes:update')).toEqual([{ codeId: 3, synthesis: 'Les habitants doutent.' }]), { timeout: 3000 });
    await waitFor(() => expect(within(sheet).getByTestId('save-state').textContent).toBe('Enregistré'));
    fireEvent.change(box, { target: { value: 'Les habitants doutent, et le disent.' } });
    fireEvent.blur(box);
    await waitFor(() => expect(core.callsTo('themes:update')).toHaveLength(2));
    // An undo elsewhere changes the text in the core: the field follows once nothing waits to be saved.
    core.sheets.get(3)!.synthesis = 'Les habitants doutent.';
    act(() => core.emit('project:changed', { entities: ['findings'] }));
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe('Les habitants doutent.'));
  });

  it('pins quotes, reorders them with the buttons and the keyboard, unpins, and opens one in its transcript', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    await openSynthesis();
    const sheet = await openTheme('Confiance des habitants');
    expect(within(sheet).getByTestId('key-quotes-empty')).toBeTruthy();
    const browse = await within(sheet).findAllByTestId('theme-quote');
    expect(browse).toHaveLength(3);
    expect(within(browse[0]!).getByTestId('quote-participant').textContent).toBe('E01');

    fireEvent.click(within(browse[0]!).getByTestId('quote-pin'));
    await waitFor(() => expect(screen.getAllByTestId('key-quote')).toHaveLength(1));
    fireEvent.click(within(screen.getAllByTestId('theme-quote')[2]!).getByTestId('quote-pin'));
    await waitFor(() => expect(keyQuoteIds()).toEqual([1, 4]));
    expect(core.callsTo('themes:pinQuote')).toEqual([
      { codeId: 3, codingId: 1 },
      { codeId: 3, codingId: 4 },
    ]);

    fireEvent.click(within(screen.getAllByTestId('key-quote')[0]!).getByTestId('quote-move-down'));
    await waitFor(() => expect(keyQuoteIds()).toEqual([4, 1]));
    expect(core.callsTo('themes:reorderQuotes')).toEqual([{ codeId: 3, codingIds: [4, 1] }]);
    const second = screen.getAllByTestId('key-quote')[1]!;
    fireEvent.keyDown(second, { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(keyQuoteIds()).toEqual([1, 4]));
    expect(core.callsTo('themes:reorderQuotes').at(-1)).toEqual({ codeId: 3, codingIds: [1, 4] });
    // Focus follows the moved quote, so Alt+↑ / Alt+↓ can be pressed again.
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('key-quote')[0]));

    fireEvent.click(within(screen.getAllByTestId('key-quote')[1]!).getByTestId('quote-unpin'));
    await waitFor(() => expect(keyQuoteIds()).toEqual([1]));

    fireEvent.click(within(screen.getAllByTestId('key-quote')[0]!).getByTestId('quote-open'));
    await waitFor(() => expect(screen.getByTestId('transcript-title').textContent).toBe('E01 - élue'));
  });
});

describe('key quotes reordered in quick succession', () => {
  it('keep the last order asked for, whatever order the answers come back in', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    await openSynthesis();
    const sheet = await openTheme('Confiance des habitants');
    const browse = await within(sheet).findAllByTestId('theme-quote');
    fireEvent.click(within(browse[0]!).getByTestId('quote-pin'));
    await waitFor(() => expect(screen.getAllByTestId('key-quote')).toHaveLength(1));
    fireEvent.click(within(screen.getAllByTestId('theme-quote')[2]!).getByTestId('quote-pin'));
    await waitFor(() => expect(keyQuoteIds()).toEqual([1, 4]));

    // The core answers the first reorder only after the second (and each answer is the sheet as
    // it stood after its own change).
    const reorder = core.handlerOf('themes:reorderQuotes')!;
    const held: (() => void)[] = [];
    core.override('themes:reorderQuotes', (input: never) => {
      const answer = reorder(input);
      return new Promise((resolve) => held.push(() => resolve(answer)));
    });
    fireEvent.click(within(screen.getAllByTestId('key-quote')[0]!).getByTestId('quote-move-down'));
    await waitFor(() => expect(keyQuoteIds()).toEqual([4, 1]));
    fireEvent.click(within(screen.getAllByTestId('key-quote')[0]!).getByTestId('quote-move-down'));
    await waitFor(() => expect(keyQuoteIds()).toEqual([1, 4]));
    await waitFor(() => expect(held).toHaveLength(2));
    act(() => held[1]!());
    await act(() => new Promise((r) => setTimeout(r, 50)));
    // The older answer comes last: it must not show, even for a moment (nor later, once refetched).
    act(() => held[0]!());
    const shown = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await act(() => new Promise((r) => setTimeout(r, 3)));
      shown.add(keyQuoteIds().join(','));
    }
    expect([...shown]).toEqual(['1,4']);
    expect(core.sheets.get(3)!.pinned).toEqual([1, 4]);
  });
});

describe('framework matrix', () => {
  it('shows participants × themes and writes a cell’s summary and its quotes', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    await openSynthesis();
    fireEvent.click(screen.getByTestId('synthesis-tab-framework'));
    const table = await screen.findByTestId('framework-table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Participant', 'Gouvernance', 'Confiance des habitants']);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['E01', 'E02']);
    const cells = within(table).getAllByTestId('framework-cell');
    expect(cells[0]!.textContent).toContain('Rien de codé');
    expect(cells[1]!.textContent).toContain('Résumer…');
    expect(cells[1]!.textContent).toContain('2 extraits');

    fireEvent.click(cells[1]!);
    const dialog = await screen.findByTestId('framework-cell-dialog');
    expect(dialog.textContent).toContain('E01 — Confiance des habitants');
    fireEvent.change(within(dialog).getByTestId('framework-summary'), { target: { value: 'Doute de la transparence.' } });
    const toggles = await within(dialog).findAllByTestId('framework-quote-toggle');
    expect(toggles).toHaveLength(2);
    fireEvent.click(toggles[1]!);
    await waitFor(() => expect(core.callsTo('framework:setCell')).toContainEqual({ caseId: 11, codeId: 3, codingIds: [3] }));
    fireEvent.click(within(dialog).getByText('Terminé'));
    await waitFor(() => expect(core.callsTo('framework:setCell')).toContainEqual({ caseId: 11, codeId: 3, summary: 'Doute de la transparence.' }));
    await waitFor(() => expect(within(screen.getByTestId('framework-table')).getAllByTestId('framework-cell')[1]!.textContent).toContain('Doute de la transparence.'));
    expect(within(screen.getByTestId('framework-table')).getAllByTestId('framework-cell')[1]!.textContent).toContain('1 citation');
  });
});

describe('recommendations', () => {
  it('creates one, grounds it in a theme and a quote, and shows its chain of evidence', async () => {
    const core = createSynthesisFake();
    core.sheets.set(3, { synthesis: 'Les habitants doutent.', pinned: [4] });
    renderApp(core);
    await openSynthesis();
    fireEvent.click(screen.getByTestId('synthesis-tab-recommendations'));
    fireEvent.click(await screen.findByTestId('recommendation-new'));
    const title = await screen.findByTestId('recommendation-title');
    fireEvent.change(title, { target: { value: 'Publier les données' } });
    fireEvent.blur(title);
    await waitFor(() => expect(core.callsTo('recommendations:update')).toContainEqual({ id: 900, title: 'Publier les données' }));

    const theme = within(screen.getByTestId('recommendation-themes')).getByText('Confiance des habitants');
    fireEvent.click(theme);
    await waitFor(() => expect(core.callsTo('recommendations:update')).toContainEqual({ id: 900, codeIds: [3] }));
    const quotes = await screen.findAllByTestId('recommendation-quote');
    // The theme's key quote comes first.
    await waitFor(() => expect(Number(screen.getAllByTestId('recommendation-quote')[0]!.dataset.codingId)).toBe(4));
    expect(quotes).toHaveLength(3);
    fireEvent.click(within(screen.getAllByTestId('recommendation-quote')[1]!).getByTestId('recommendation-cite'));
    await waitFor(() => expect(core.recommendations[0]!.codingIds).toHaveLength(1));
    const citedId = core.recommendations[0]!.codingIds[0]!;

    fireEvent.click(screen.getByTestId('recommendation-mode-evidence'));
    const chain = await screen.findByTestId('evidence-chain');
    await waitFor(() => expect(within(chain).getAllByTestId('evidence-theme')).toHaveLength(1));
    expect(chain.textContent).toContain('Publier les données');
    expect(chain.textContent).toContain('Les habitants doutent.');
    const cited = within(chain).getAllByTestId('evidence-quote');
    expect(cited.map((q) => Number(q.dataset.codingId))).toEqual([citedId]);
    expect(within(chain).getByTestId('evidence-sources').textContent).toMatch(/E0\d/);
    fireEvent.click(within(cited[0]!).getByTestId('quote-open'));
    await waitFor(() => expect(screen.getByTestId('transcript-title')).toBeTruthy());
  });

  it('reorders recommendations', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    await openSynthesis();
    fireEvent.click(screen.getByTestId('synthesis-tab-recommendations'));
    fireEvent.click(await screen.findByTestId('recommendation-new'));
    await waitFor(() => expect(screen.getAllByTestId('recommendation-item')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('recommendation-new'));
    await waitFor(() => expect(screen.getAllByTestId('recommendation-item')).toHaveLength(2));
    fireEvent.click(screen.getAllByTestId('recommendation-down')[0]!);
    await waitFor(() => expect(core.callsTo('recommendations:reorder')).toEqual([{ ids: [901, 900] }]));
  });
});
