import { EditorView } from '@codemirror/view';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore, sampleInfo } from './fake-core';
import { findTranscript, renderApp } from './render-app';

async function openEditor(): Promise<EditorView> {
  await findTranscript();
  fireEvent.click(await screen.findByTestId('edit-button'));
  const content = await screen.findByTestId('transcript-edit-content');
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no editor');
  return view;
}

const replace = (view: EditorView, find: string, by: string) => {
  const text = view.state.doc.toString();
  const at = text.indexOf(find);
  if (at === -1) throw new Error(`“${find}” not in the text`);
  view.dispatch({ changes: { from: at, to: at + find.length, insert: by }, userEvent: 'input.type' });
};

describe('editing a transcript', () => {
  it('opens the text for editing, with the codings still shown, and saves a correction that keeps them', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    renderApp(core);
    const view = await openEditor();
    expect(view.state.readOnly).toBe(false);
    expect(screen.getByTestId('edit-bar').textContent).toContain('Mode édition');
    expect(screen.getByTestId('transcript-edit-content').querySelector('.cm-coding')?.textContent).toBe('La confiance se perd en une semaine');
    expect((screen.getByTestId('edit-save') as HTMLButtonElement).disabled).toBe(true);

    replace(view, 'Comment la ville', 'Comment votre ville');
    await waitFor(() => expect((screen.getByTestId('edit-save') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByTestId('transcript-edit-content').querySelector('.cm-changed')?.textContent).toBe('Comment votre ville');
    fireEvent.click(screen.getByTestId('edit-save'));

    await waitFor(() => expect(core.callsTo('documents:edit')).toHaveLength(1));
    expect(core.callsTo('documents:edit')[0]).toEqual({ id: 1, text: core.state.documents[0]!.text });
    expect(core.state.documents[0]!.text).toContain('Comment votre ville');
    const notice = await screen.findByTestId('edit-report-notice');
    expect(notice.textContent).toBe('Transcription enregistrée. 1 codage conservé.');
    expect(screen.queryByTestId('edit-report')).toBeNull();
    const reading = await findTranscript();
    expect(reading.state.readOnly).toBe(true);
    await waitFor(() => expect(screen.getByTestId('transcript-content').querySelector('.cm-coding')?.textContent).toBe('La confiance se perd en une semaine'));
  });

  it('after a save that deletes coded words, lists each lost coding and offers to undo the edit', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    core.override('history:undo', () => ({ canUndo: false, canRedo: true, undo: null, redo: { action: 'documents:edit', subject: 'E01 - élue' } }));
    renderApp(core);
    const view = await openEditor();
    replace(view, ' La confiance se perd en une semaine.', '');
    fireEvent.keyDown(screen.getByTestId('transcript-edit-content'), { key: 's', ctrlKey: true });

    const report = await screen.findByTestId('edit-report');
    expect(within(report).queryByTestId('edit-report-kept')).toBeNull();
    expect(within(report).getByTestId('edit-report-lost-count').textContent).toContain('1 codage perdu');
    const lost = within(report).getByTestId('edit-report-lost');
    expect(lost.textContent).toContain('Confiance des habitants');
    expect(lost.textContent).toContain('« La confiance se perd en une semaine »');
    expect(report.textContent).toContain('rétablit le texte précédent et ces codages');

    fireEvent.click(within(report).getByTestId('edit-report-undo'));
    await waitFor(() => expect(core.callsTo('history:undo')).toHaveLength(1));
    expect(screen.queryByTestId('edit-report')).toBeNull();
  });

  it('asks before leaving with unsaved changes, and can keep editing or discard', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    renderApp(core);
    const view = await openEditor();
    replace(view, 'habitants', 'riverains');

    // Opening another document asks first.
    const [, second] = screen.getAllByTestId('document-item');
    fireEvent.click(within(second!).getByText('E02 - prestataire'));
    const dialog = await screen.findByTestId('unsaved-changes-dialog');
    fireEvent.click(within(dialog).getByTestId('keep-editing'));
    expect(screen.queryByTestId('unsaved-changes-dialog')).toBeNull();
    expect(screen.getByTestId('transcript-title').textContent).toBe('E01 - élue');
    expect(view.state.doc.toString()).toContain('riverains');

    fireEvent.click(screen.getByTestId('edit-cancel'));
    fireEvent.click(within(await screen.findByTestId('unsaved-changes-dialog')).getByTestId('discard-changes'));
    const reading = await findTranscript();
    expect(reading.state.doc.toString()).toContain('Et les habitants ?');
    expect(core.callsTo('documents:edit')).toHaveLength(0);
  });

  it('leaves at once when nothing was changed, and saves before opening another document when asked to', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    renderApp(core);
    await openEditor();
    fireEvent.keyDown(screen.getByTestId('transcript-edit-content'), { key: 'Escape' });
    await findTranscript();
    expect(screen.queryByTestId('unsaved-changes-dialog')).toBeNull();

    const view = await openEditor();
    replace(view, 'Et les habitants', 'Et les riverains');
    const [, second] = screen.getAllByTestId('document-item');
    fireEvent.click(within(second!).getByText('E02 - prestataire'));
    fireEvent.click(within(await screen.findByTestId('unsaved-changes-dialog')).getByTestId('save-changes'));
    await waitFor(() => expect(screen.getByTestId('transcript-title').textContent).toBe('E02 - prestataire'));
    expect(core.callsTo('documents:edit')).toHaveLength(1);
  });

  it('undoes typing inside the editor without touching the project’s history', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    renderApp(core);
    const view = await openEditor();
    const before = view.state.doc.toString();
    replace(view, 'semaine', 'semaine, voyez-vous');
    fireEvent.keyDown(screen.getByTestId('transcript-edit-content'), { key: 'z', ctrlKey: true });
    expect(view.state.doc.toString()).toBe(before);
    fireEvent.keyDown(screen.getByTestId('transcript-edit-content'), { key: 'z', ctrlKey: true, shiftKey: true });
    expect(view.state.doc.toString()).toContain('voyez-vous');
    expect(core.callsTo('history:undo')).toHaveLength(0);
  });
});
