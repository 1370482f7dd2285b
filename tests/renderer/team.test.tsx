import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MergeReport } from '../../shared/contract';
import type { QuoteRequest } from '../../shared/quote-request';
import { AnalysisView } from '../../renderer/features/analysis';
import { withBlindCoder } from '../../renderer/features/analysis/filters';
import { onlyCoder } from '../../renderer/features/coders';
import { setBlind } from '../../renderer/features/coders/blind-coding';
import { AppProviders } from '../../renderer/app/AppProviders';
import { createAppServices } from '../../renderer/app/app-services';
import { createAnalysisCore } from './analysis-fakes';
import { createFakeCore, fail, sampleInfo, type FakeCore } from './fake-core';
import { findTranscript, renderApp } from './render-app';

const report: MergeReport = {
  file: 'copie-alice.verbatim',
  documents: { matched: 2, added: 1, reanchored: 1 },
  codes: { matched: 3, added: 0 },
  codings: { added: 1, duplicates: 4, unplaced: 1 },
  unplaced: [{ document: 'E01 - élue', code: 'Confiance des habitants', text: 'une phrase supprimée depuis', coder: 'Alice' }],
  memos: { added: 0, conflicts: 2 },
  coders: ['Alice'],
  cases: { matched: 0, added: 0 },
  findings: { added: 0, conflicts: 0 },
  notes: ['E03 was added from the other file'],
};

/** The app with the sample open, and a shell that picks `path` for Merge…. */
async function appWithMerge(path: string | null = '/tmp/copie-alice.verbatim') {
  const core = createFakeCore();
  core.override('shell:pickImportFiles', () => ({ paths: path === null ? [] : [path] }));
  core.override('project:merge', () => report);
  renderApp(core);
  await findTranscript();
  return core;
}

const openMergeFromMenu = async () => {
  fireEvent.click(screen.getByTestId('project-menu'));
  fireEvent.click(await screen.findByTestId('menu-merge-project'));
};

beforeEach(() => localStorage.clear());

describe('Project › Merge…', () => {
  it('picks a project file, merges it and reports what came in, passages not placed and notes', async () => {
    const core = await appWithMerge();
    await openMergeFromMenu();
    const dialog = await screen.findByTestId('merge-report');
    expect(core.callsTo('shell:pickImportFiles')).toEqual([{ kind: 'project' }]);
    expect(core.callsTo('project:merge')).toEqual([{ path: '/tmp/copie-alice.verbatim' }]);
    const text = dialog.textContent ?? '';
    expect(text).toContain('« copie-alice.verbatim » a été fusionné dans ce projet.');
    expect(text).toContain('2 retrouvés · 1 ajouté · 1 au texte modifié');
    expect(text).toContain('1 ajouté · 4 déjà présents · 1 non placé');
    expect(text).toContain('2 gardés en deux versions');
    expect(screen.getByTestId('merge-coders').textContent).toBe('Alice');
    const row = within(screen.getByTestId('merge-unplaced')).getAllByRole('row')[1]!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['E01 - élue', 'Confiance des habitants', 'Alice', 'une phrase supprimée depuis']);
    expect(screen.getByTestId('merge-notes').textContent).toContain('E03');
  });

  it('undoes the merge with one click, then says so', async () => {
    const core = await appWithMerge();
    await openMergeFromMenu();
    await screen.findByTestId('merge-report');
    fireEvent.click(screen.getByTestId('merge-undo'));
    await waitFor(() => expect(core.callsTo('history:undo')).toHaveLength(1));
    expect((await screen.findByTestId('merge-undone')).textContent).toBe('La fusion a été annulée.');
    expect(screen.queryByTestId('merge-undo')).toBeNull();
    fireEvent.click(screen.getByTestId('merge-close'));
    await waitFor(() => expect(screen.queryByTestId('merge-dialog')).toBeNull());
  });

  it('shows an error in the interface language and offers no undo', async () => {
    const core = await appWithMerge('/data/Étude exemple.verbatim');
    core.override('project:merge', () => {
      throw fail('INVALID_INPUT', 'A project cannot be merged into itself');
    });
    await openMergeFromMenu();
    const error = await screen.findByTestId('merge-error');
    expect(error.textContent).toContain('Un projet ne peut pas être fusionné avec lui-même');
    expect(error.textContent).toContain('Le projet est resté tel quel.');
    expect(screen.queryByTestId('merge-undo')).toBeNull();
    expect(screen.queryByTestId('merge-report')).toBeNull();
  });

  it('does nothing when the file choice is cancelled, and answers the native menu’s command', async () => {
    const core = await appWithMerge(null);
    core.emit('menu:command', { command: 'project:merge' });
    await waitFor(() => expect(core.callsTo('shell:pickImportFiles')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(core.callsTo('project:merge')).toHaveLength(0);
    expect(screen.queryByTestId('merge-dialog')).toBeNull();
  });
});

describe('blind coding', () => {
  it('keeps only the coder’s own codings (and stand-ins awaiting the core)', () => {
    const list = [
      { id: 1, coderId: 1 },
      { id: 2, coderId: 2 },
      { id: -1, coderId: 0 },
    ];
    expect(onlyCoder(list, 1).map((c) => c.id)).toEqual([1, -1]);
    expect(onlyCoder(list, null).map((c) => c.id)).toEqual([1, 2, -1]);
    expect(withBlindCoder({ coderIds: [2, 3], documentIds: [4] }, 1)).toEqual({ coderIds: [1], documentIds: [4] });
    expect(withBlindCoder({ documentIds: [4] }, null)).toEqual({ documentIds: [4] });
  });

  it('hides a colleague’s codings in the transcript once turned on in the coder dialog, and the status bar says so', async () => {
    const core = createFakeCore();
    const first = core.state.codings[0]!;
    core.state.codings.push({ ...first, id: 9, start: 0, end: 11, coderId: 2 });
    renderApp(core);
    await findTranscript();
    const content = screen.getByTestId('transcript-content');
    await waitFor(() => expect(content.querySelectorAll('.cm-coding').length).toBe(2));
    expect(screen.queryByTestId('status-blind')).toBeNull();

    fireEvent.click(screen.getByTestId('status-coder'));
    fireEvent.click(await screen.findByLabelText(/Afficher seulement mes codages/));
    await waitFor(() => expect(content.querySelectorAll('.cm-coding').length).toBe(1));
    expect(content.querySelector('.cm-coding')?.textContent).toBe('La confiance se perd en une semaine');
    expect(screen.getByTestId('status-blind').textContent).toBe('aveugle');

    fireEvent.click(screen.getByTestId('coder-blind'));
    await waitFor(() => expect(content.querySelectorAll('.cm-coding').length).toBe(2));
    expect(screen.queryByTestId('status-blind')).toBeNull();
  });

  function renderAnalysis(core: FakeCore) {
    const services = createAppServices({ transport: core.transport });
    render(
      <AppProviders services={services}>
        <AnalysisView onOpenQuote={vi.fn<(q: QuoteRequest) => void>()} />
      </AppProviders>,
    );
  }

  it('narrows the matrix, chart, co-occurrence and retrieval to the current coder, whatever coders were ticked', async () => {
    const core = createAnalysisCore();
    core.state.project = sampleInfo;
    setBlind(sampleInfo.path, true);
    renderAnalysis(core);
    await screen.findByTestId('matrix-table');
    const mine = { coderIds: [sampleInfo.coder.id] };
    await waitFor(() => expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: mine }));
    expect(screen.getByTestId('analysis-blind-note').textContent).toBe('Codage à l’aveugle : seuls vos codages comptent.');
    // The coder filter is not offered: blind coding decides it.
    expect(within(screen.getByTestId('analysis-filters')).queryByLabelText(/Codeuse 2/)).toBeNull();

    fireEvent.click(screen.getByTestId('analysis-tab-chart'));
    await screen.findByTestId('bar-chart');
    expect(core.callsTo('synthesis:matrix').at(-1)).toMatchObject({ filters: mine });
    fireEvent.click(screen.getByTestId('analysis-tab-cooccurrence'));
    await screen.findByTestId('cooccurrence-table');
    expect(core.callsTo('synthesis:cooccurrence').at(-1)).toMatchObject({ filters: mine });
    fireEvent.click(screen.getByTestId('analysis-tab-retrieval'));
    fireEvent.click(within(await screen.findByTestId('analysis-code-picker')).getByLabelText(/Confiance des habitants/));
    await waitFor(() => expect(core.callsTo('synthesis:retrieve').at(-1)).toMatchObject({ filters: mine }));
  });
});
