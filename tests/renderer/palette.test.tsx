import { EditorSelection } from '@codemirror/state';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore } from './fake-core';
import { findTranscript, renderApp } from './render-app';
import { createWorkbenchCore } from './workbench-core';

async function selectInTranscript(phrase: string) {
  const view = await findTranscript();
  const start = view.state.doc.toString().indexOf(phrase);
  act(() => view.dispatch({ selection: EditorSelection.single(start, start + phrase.length) }));
  return { view, start, end: start + phrase.length };
}

describe('quick-code palette', () => {
  it('opens with Ctrl+K on a selection, filters codes ignoring case and accents, and applies with Enter', async () => {
    const core = createFakeCore();
    renderApp(core);
    const { start, end } = await selectInTranscript('Chaque service a ses fichiers');
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });

    const input = await screen.findByTestId('palette-input');
    expect(screen.getByTestId('quick-code-palette').textContent).toContain('Chaque service a ses fichiers');
    fireEvent.change(input, { target: { value: 'SOUVER' } });
    const options = screen.getAllByTestId('palette-option');
    expect(options.map((o) => o.textContent)).toEqual(['Gouvernance › Souveraineté1']);
    fireEvent.change(input, { target: { value: 'habitant' } });
    expect(screen.getAllByTestId('palette-option').map((o) => o.textContent)).toEqual(['Confiance des habitants1']);

    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codings:apply')).toEqual([{ documentId: 1, codeId: 3, start, end }]));
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
  });

  it('offers to create a code that does not exist, and creates and applies it in one step', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { view, start, end } = await selectInTranscript('La confiance se perd');
    // Plain C in the transcript opens the palette too.
    fireEvent.keyDown(view.contentDOM, { key: 'c', keyCode: 67 });
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'Temporalité de la confiance' } });
    expect(screen.queryAllByTestId('palette-option')).toHaveLength(0);
    expect(screen.getByTestId('palette-create').textContent).toContain('Créer le code « Temporalité de la confiance »');
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() =>
      expect(core.callsTo('codings:applyNew')).toMatchObject([{ documentId: 1, start, end, name: 'Temporalité de la confiance', parentId: null }]),
    );
    expect(core.callsTo('codes:create')).toEqual([]);
    expect(core.callsTo('codings:apply')).toEqual([]);
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
  });

  it('moves through the options with the arrow keys and closes with Escape', async () => {
    const core = createFakeCore();
    renderApp(core);
    await selectInTranscript('Chaque service');
    fireEvent.keyDown(document.body, { key: 'k', metaKey: true });
    const input = await screen.findByTestId('palette-input');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const selected = screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected?.textContent).toContain('Souveraineté');
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
    expect(core.callsTo('codings:apply')).toHaveLength(0);
  });

  it('asks for a selection first instead of opening on an empty one', async () => {
    renderApp();
    await findTranscript();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect((await screen.findByTestId('toast')).textContent).toContain('Sélectionnez d’abord un passage');
    expect(screen.queryByTestId('quick-code-palette')).toBeNull();
  });
});
