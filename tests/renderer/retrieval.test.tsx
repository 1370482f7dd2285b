import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore } from './fake-core';
import { findTranscript, renderApp } from './render-app';

describe('retrieval', () => {
  it('lists a code’s quotes with document and speaker, and opens the passage on click', async () => {
    const core = createFakeCore();
    renderApp(core);
    await findTranscript();
    expect((await screen.findByTestId('retrieval-empty')).textContent).toContain('Choisissez un code');

    fireEvent.click(screen.getByTestId('tab-codebook'));
    fireEvent.click(await screen.findByText('Souveraineté'));
    const panel = await screen.findByTestId('retrieval-panel');
    expect(within(panel).getByTestId('retrieval-code').textContent).toBe('Souveraineté');
    const [quote] = await within(panel).findAllByTestId('retrieval-item');
    expect(quote!.textContent).toContain('Karim Benali');
    expect(quote!.textContent).toContain('Nous exploitons des réseaux de chaleur');
    expect(panel.textContent).toContain('E02 - prestataire');
    expect(panel.textContent).toContain('1 extrait dans 1 document');

    fireEvent.click(quote!);
    await waitFor(() => expect(screen.getByTestId('transcript-title').textContent).toBe('E02 - prestataire'));
    const view = await findTranscript();
    await waitFor(() => expect(view.state.selection.main).toMatchObject({ from: 15, to: 53 }));
    // The inspector shows the coding that is now selected, in its own card.
    expect((await screen.findByTestId('selected-coding')).textContent).toContain('Souveraineté');
  });

  it('says so when a code has no quotes yet', async () => {
    const core = createFakeCore();
    renderApp(core);
    fireEvent.click(await screen.findByTestId('tab-codebook'));
    fireEvent.click(await screen.findByText('Gouvernance'));
    const panel = await screen.findByTestId('retrieval-panel');
    await waitFor(() => expect(panel.textContent).toContain('Aucun passage n’est encore codé « Gouvernance »'));
  });

  it('removes a coding from the inspector', async () => {
    const core = createFakeCore();
    core.override('codings:remove', ({ id }: { id: number }) => {
      core.state.codings = core.state.codings.filter((c) => c.id !== id);
      return { ok: true };
    });
    renderApp(core);
    const view = await findTranscript();
    const pos = view.state.doc.toString().indexOf('confiance');
    view.dispatch({ selection: { anchor: pos } });
    const item = await screen.findByTestId('selection-code');
    fireEvent.click(within(item).getByTestId('remove-coding'));
    await waitFor(() => expect(core.callsTo('codings:remove')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(screen.queryByTestId('selection-code')).toBeNull());
  });
});
