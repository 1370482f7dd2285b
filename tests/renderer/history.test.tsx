import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore } from './fake-core';
import { findTranscript, renderApp } from './render-app';

describe('undo and redo', () => {
  it('Ctrl+Z calls history:undo, and the buttons name the action', async () => {
    const core = createFakeCore({ undo: [{ action: 'codings:apply', subject: 'Confiance' }] });
    renderApp(core);
    await findTranscript();
    const undo = await screen.findByTestId('undo-button');
    await waitFor(() => expect(undo.getAttribute('aria-label')).toBe('Annuler l’application du code « Confiance »'));

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(core.callsTo('history:undo')).toHaveLength(1));
    expect((await screen.findByTestId('toast')).textContent).toContain('Annulé : l’application du code « Confiance »');
    await waitFor(() => expect(screen.getByTestId('redo-button').getAttribute('aria-label')).toBe('Rétablir l’application du code « Confiance »'));

    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(core.callsTo('history:redo')).toHaveLength(1));
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(core.callsTo('history:redo')).toHaveLength(2));
  });

  it('works from the transcript but leaves Ctrl+Z to text fields', async () => {
    const core = createFakeCore({ undo: [{ action: 'codes:create', subject: 'X' }] });
    renderApp(core);
    const view = await findTranscript();
    fireEvent.keyDown(view.contentDOM, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(core.callsTo('history:undo')).toHaveLength(1));

    fireEvent.click(screen.getByTestId('tab-codebook'));
    fireEvent.click(await screen.findByTestId('new-code-button'));
    fireEvent.keyDown(screen.getByTestId('code-name-input'), { key: 'z', ctrlKey: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(core.callsTo('history:undo')).toHaveLength(1);
  });

  it('the menu’s undo command calls history:undo', async () => {
    const core = createFakeCore({ undo: [{ action: 'documents:delete', subject: 'E03' }] });
    renderApp(core);
    await findTranscript();
    core.emit('menu:command', { command: 'history:undo' });
    await waitFor(() => expect(core.callsTo('history:undo')).toHaveLength(1));
  });
});
