import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { createWorkbenchCore, memo, transcriptView } from './workbench-core';

const someMemos = () => [
  memo(41, { type: 'project' }, 'Journal — 3 mars', 'Premier entretien relu ; revoir la grille.', '2025-03-03T09:00:00.000Z'),
  memo(42, { type: 'document', id: 2 }, '', 'Karim parle surtout des réseaux de chaleur.\nÀ comparer avec E01.', '2025-03-02T09:00:00.000Z'),
  memo(43, { type: 'code', id: 3 }, 'Confiance', 'Distinguer confiance envers les élus et envers les agents.', '2025-03-01T09:00:00.000Z'),
  memo(44, { type: 'coding', id: 1 }, '', 'La semaine : une image forte de la rapidité de la perte.', '2025-02-28T09:00:00.000Z'),
];

async function openMemos() {
  fireEvent.click(await screen.findByTestId('tab-memos'));
  return screen.findByTestId('memos-panel');
}

describe('memos', () => {
  it('lists every memo grouped by what it is about, and filters by kind', async () => {
    renderApp(createWorkbenchCore({ memos: someMemos() }));
    const panel = await openMemos();
    await waitFor(() => expect(within(panel).getAllByTestId('memo-item')).toHaveLength(4));
    expect(within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Journal 1', 'Documents 1', 'Codes 1', 'Passages 1']);
    const items = within(panel).getAllByTestId('memo-item');
    // Untitled memos are named by their first line; targets are named.
    expect(items[1]!.textContent).toContain('Karim parle surtout des réseaux de chaleur.');
    expect(items[1]!.textContent).toContain('E02 - prestataire');
    expect(items[3]!.textContent).toContain('Confiance des habitants · E01 - élue');

    fireEvent.click(within(panel).getByTestId('memo-filter-code'));
    expect(within(panel).getAllByTestId('memo-item').map((i) => i.getAttribute('data-memo-id'))).toEqual(['43']);
    fireEvent.click(within(panel).getByTestId('memo-filter-all'));
    expect(within(panel).getAllByTestId('memo-item')).toHaveLength(4);
  });

  it('searches titles, texts and targets through the core', async () => {
    const core = createWorkbenchCore({ memos: someMemos() });
    renderApp(core);
    const panel = await openMemos();
    await within(panel).findAllByTestId('memo-item');
    fireEvent.change(within(panel).getByTestId('memo-search'), { target: { value: 'comparer' } });
    await waitFor(() => expect(within(panel).getAllByTestId('memo-item').map((i) => i.getAttribute('data-memo-id'))).toEqual(['42']));
    expect(core.callsTo('memos:list')).toContainEqual({ query: 'comparer' });
    fireEvent.change(within(panel).getByTestId('memo-search'), { target: { value: 'introuvable' } });
    expect((await within(panel).findByTestId('memos-none')).textContent).toBe('Aucun mémo ne contient « introuvable ».');
  });

  it('opens a memo beside what it is about: a document memo opens the document', async () => {
    renderApp(createWorkbenchCore({ memos: someMemos() }));
    const panel = await openMemos();
    const [, documentMemo] = await within(panel).findAllByTestId('memo-item');
    fireEvent.click(documentMemo!);
    await waitFor(() => expect(screen.getByTestId('transcript-title').textContent).toBe('E02 - prestataire'));
    const editor = await screen.findByTestId('memo-editor');
    expect((within(editor).getByTestId('memo-body') as HTMLTextAreaElement).value).toContain('Karim parle surtout');
    fireEvent.keyDown(within(editor).getByTestId('memo-body'), { key: 'Escape' });
    await screen.findByTestId('memo-list');
  });

  it('opens a coding memo on its passage: the document, the selection and the inspector follow', async () => {
    renderApp(createWorkbenchCore({ memos: someMemos() }));
    const panel = await openMemos();
    const items = await within(panel).findAllByTestId('memo-item');
    fireEvent.click(items[3]!);
    const view = await transcriptView();
    const text = view.state.doc.toString();
    const start = text.indexOf('La confiance se perd');
    await waitFor(() => expect(view.state.selection.main).toMatchObject({ from: start, to: start + 'La confiance se perd en une semaine'.length }));
    await screen.findByTestId('selected-coding');
  });

  it('writes a journal entry, created with the first words and updated as one types', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const panel = await openMemos();
    expect((await within(panel).findByTestId('memos-empty')).textContent).toContain('Pas encore de mémos');
    fireEvent.click(within(panel).getByTestId('new-memo-button'));
    fireEvent.click(await screen.findByTestId('new-memo-journal'));
    const editor = await screen.findByTestId('memo-editor');
    const body = within(editor).getByTestId('memo-body');
    expect(document.activeElement).toBe(body);
    fireEvent.change(body, { target: { value: 'Hypothèse' } });
    fireEvent.change(body, { target: { value: 'Hypothèse : la défiance' } });
    await waitFor(() => expect(core.callsTo('memos:create')).toEqual([{ target: { type: 'project' }, title: '', body: 'Hypothèse : la défiance' }]), {
      timeout: 3000,
    });
    await waitFor(() => expect(within(editor).getByTestId('memo-save-state').getAttribute('data-state')).toBe('saved'));
    fireEvent.change(within(editor).getByTestId('memo-title'), { target: { value: 'Défiance' } });
    fireEvent.blur(within(editor).getByTestId('memo-title'));
    await waitFor(() => expect(core.callsTo('memos:update')).toEqual([{ id: expect.any(Number), title: 'Défiance', body: 'Hypothèse : la défiance' }]));
    expect(core.callsTo('memos:create')).toHaveLength(1);
    fireEvent.click(within(editor).getByTestId('memo-back'));
    await waitFor(() => expect(within(screen.getByTestId('memos-panel')).getAllByTestId('memo-item')[0]!.textContent).toContain('Défiance'));
    expect(screen.getByTestId('undo-button').getAttribute('aria-label')).toBe('Annuler la modification du mémo « Défiance »');
  });

  it('saves what was typed when the editor closes before the pause', async () => {
    const core = createWorkbenchCore({ memos: someMemos() });
    renderApp(core);
    const panel = await openMemos();
    fireEvent.click((await within(panel).findAllByTestId('memo-item'))[0]!);
    const body = await screen.findByTestId('memo-body');
    fireEvent.change(body, { target: { value: 'Premier entretien relu ; revoir la grille. Ajouter la mobilité.' } });
    fireEvent.keyDown(body, { key: 'Escape' });
    await waitFor(() =>
      expect(core.callsTo('memos:update')).toEqual([{ id: 41, title: 'Journal — 3 mars', body: 'Premier entretien relu ; revoir la grille. Ajouter la mobilité.' }]),
    );
  });

  it('starts a memo on a code from the codebook’s menu', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    fireEvent.click(await screen.findByTestId('tab-codebook'));
    const tree = await screen.findByTestId('code-tree');
    fireEvent.contextMenu(tree.querySelector('[data-code-name="Gouvernance"]')!);
    fireEvent.click(within(await screen.findByTestId('code-menu')).getByTestId('menu-memo'));
    const editor = await screen.findByTestId('memo-editor');
    expect(editor.textContent).toContain('Gouvernance');
    fireEvent.change(within(editor).getByTestId('memo-body'), { target: { value: 'Qui décide ?' } });
    fireEvent.blur(within(editor).getByTestId('memo-body'));
    await waitFor(() => expect(core.callsTo('memos:create')).toEqual([{ target: { type: 'code', id: 1 }, title: '', body: 'Qui décide ?' }]));
  });
});
