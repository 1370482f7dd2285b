import { EditorSelection } from '@codemirror/state';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { createWorkbenchCore, transcriptView } from './workbench-core';

const PASSAGE = 'La confiance se perd en une semaine';

/** Opens the coding of « La confiance se perd en une semaine » from the codebook's quotes. */
async function selectCoding() {
  fireEvent.click(await screen.findByTestId('tab-codebook'));
  fireEvent.click(await screen.findByText('Confiance des habitants'));
  fireEvent.click(await screen.findByTestId('retrieval-item'));
  const card = await screen.findByTestId('selected-coding');
  const view = await transcriptView();
  const text = view.state.doc.toString();
  return { card, view, text, start: text.indexOf(PASSAGE), end: text.indexOf(PASSAGE) + PASSAGE.length };
}

describe('coding inspector', () => {
  it('shows the selected coding with its code and passage', async () => {
    renderApp(createWorkbenchCore());
    const { card } = await selectCoding();
    expect(card.textContent).toContain('Confiance des habitants');
    expect(within(card).getByTestId('selected-coding-quote').textContent).toBe(PASSAGE);
    expect(card.textContent).toContain('7 mots');
  });

  it('moves the end and the start by a word with the buttons', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { card, start, end } = await selectCoding();
    fireEvent.click(within(card).getByTestId('end-earlier'));
    await waitFor(() => expect(core.callsTo('codings:update')).toEqual([{ id: 1, start, end: end - ' semaine'.length }]));
    fireEvent.click(within(screen.getByTestId('selected-coding')).getByTestId('start-later'));
    await waitFor(() => expect(core.callsTo('codings:update')[1]).toEqual({ id: 1, start: start + 'La '.length, end: end - ' semaine'.length }));
    await waitFor(() => expect(within(screen.getByTestId('selected-coding')).getByTestId('selected-coding-quote').textContent).toBe('confiance se perd en une'));
  });

  it('moves the end with Alt+Shift+arrows and the start with Ctrl+Alt+Shift+arrows', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { view, start, end } = await selectCoding();
    fireEvent.keyDown(view.contentDOM, { key: 'ArrowLeft', altKey: true, shiftKey: true });
    await waitFor(() => expect(core.callsTo('codings:update')).toEqual([{ id: 1, start, end: end - ' semaine'.length }]));
    fireEvent.keyDown(view.contentDOM, { key: 'ArrowLeft', altKey: true, shiftKey: true, ctrlKey: true });
    const before = view.state.doc.toString().lastIndexOf('fichiers', start);
    await waitFor(() => expect(core.callsTo('codings:update')[1]).toEqual({ id: 1, start: before, end: end - ' semaine'.length }));
    // Not from a text field: there the keys belong to the field.
    const memo = within(screen.getByTestId('selected-coding')).getByTestId('coding-memo-input');
    fireEvent.keyDown(memo, { key: 'ArrowRight', altKey: true, shiftKey: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(core.callsTo('codings:update')).toHaveLength(2);
  });

  it('fits the coding to a new selection that overlaps it', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { view, start } = await selectCoding();
    const fit = within(screen.getByTestId('selected-coding')).getByTestId('fit-to-selection');
    expect(fit.hasAttribute('disabled')).toBe(true);
    // « confiance se pe » : the coding stays selected, and the selection is widened to whole words.
    act(() => view.dispatch({ selection: EditorSelection.single(start + 3, start + 'La confiance se pe'.length) }));
    await waitFor(() => expect(within(screen.getByTestId('selected-coding')).getByTestId('fit-to-selection').hasAttribute('disabled')).toBe(false));
    fireEvent.click(within(screen.getByTestId('selected-coding')).getByTestId('fit-to-selection'));
    await waitFor(() => expect(core.callsTo('codings:update')).toEqual([{ id: 1, start: start + 3, end: start + 'La confiance se perd'.length }]));
  });

  it('keeps a memo on the coding, saved as one types', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { card } = await selectCoding();
    const memo = within(card).getByTestId('coding-memo-input');
    fireEvent.change(memo, { target: { value: 'Une image forte.' } });
    fireEvent.blur(memo);
    await waitFor(() => expect(core.callsTo('memos:create')).toEqual([{ target: { type: 'coding', id: 1 }, title: '', body: 'Une image forte.' }]));
    await waitFor(() => expect(within(card).getByTestId('memo-save-state').textContent).toBe('Enregistré'));
  });

  it('lists the selected coding once: in its card, not again among the codes of the selection', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { card } = await selectCoding();
    const inspector = screen.getByTestId('coding-inspector');
    // The transcript selects the coding's passage: the list of codes there would name it again.
    expect(within(inspector).queryAllByTestId('selection-code')).toHaveLength(0);
    expect(within(inspector).queryAllByText('Confiance des habitants')).toHaveLength(1);
    expect(within(card).getByTestId('selected-coding-quote').textContent).toBe(PASSAGE);
  });

  it('lists the other codings of the selection under the card, each once', async () => {
    const core = createWorkbenchCore();
    const first = core.state.codings[0]!;
    // Another code on part of the passage.
    core.state.codings.push({ ...first, id: 77, codeId: 1, start: first.start + 3, end: first.end - 5 });
    renderApp(core);
    const { card } = await selectCoding();
    const items = await within(screen.getByTestId('coding-inspector')).findAllByTestId('selection-code');
    expect(items.map((i) => i.textContent?.includes('Gouvernance'))).toEqual([true]);
    expect(card.textContent).toContain('Confiance des habitants');
  });

  it('removes the coding from its card', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { card } = await selectCoding();
    fireEvent.click(within(card).getByTestId('selected-coding-remove'));
    await waitFor(() => expect(core.callsTo('codings:remove')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(screen.queryByTestId('selected-coding')).toBeNull());
  });
});
