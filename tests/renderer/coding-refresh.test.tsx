/**
 * After a coding change the core confirmed, the transcript's codings are not fetched again at once
 * (the cache already holds the core's answer); they are refetched once the user pauses, and what the
 * core answers then is what the transcript shows.
 */
import { EditorSelection } from '@codemirror/state';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { laidCodings } from '../../renderer/features/coding';
import { RECONCILE_AFTER_MS } from '../../renderer/query-keys';
import { findTranscript, renderApp } from './render-app';
import { createWorkbenchCore } from './workbench-core';

const drawn = (view: { state: Parameters<typeof laidCodings>[0] }) =>
  laidCodings(view.state)
    .map((c) => `${c.id}:${c.start}-${c.end}`)
    .sort();

describe('refreshing a document’s codings after coding', () => {
  it('skips the refetch the core’s answer makes useless, then reconciles with the core after a pause', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const view = await findTranscript();
    await waitFor(() => expect(core.callsTo('codings:listByDocument').length).toBeGreaterThan(0));
    const phrase = 'Chaque service a ses fichiers';
    const start = view.state.doc.toString().indexOf(phrase);
    act(() => view.dispatch({ selection: EditorSelection.single(start, start + phrase.length) }));
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'habitant' } });
    const fetchesBefore = core.callsTo('codings:listByDocument').length;
    const codesBefore = core.callsTo('codes:list').length;
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(core.callsTo('codings:apply')).toHaveLength(1));
    const applied = core.state.codings.at(-1)!;
    await waitFor(() => expect(drawn(view)).toContain(`${applied.id}:${start}-${start + phrase.length}`));
    // The counts refresh at once; the document's codings do not (the cache has the core's coding).
    await waitFor(() => expect(core.callsTo('codes:list').length).toBeGreaterThan(codesBefore));
    expect(core.callsTo('codings:listByDocument')).toHaveLength(fetchesBefore);

    // Meanwhile the core changed behind the cache's back (another window, say): the refetch after
    // the pause brings its list, and the transcript draws exactly that.
    core.state.codings = core.state.codings.filter((c) => c.id !== applied.id);
    core.state.codings.push({ ...applied, id: 9001, start: 0, end: 8 });
    const expected = core.state.codings
      .filter((c) => c.documentId === applied.documentId)
      .map((c) => `${c.id}:${c.start}-${c.end}`)
      .sort();
    await waitFor(() => expect(core.callsTo('codings:listByDocument').length).toBeGreaterThan(fetchesBefore), { timeout: RECONCILE_AFTER_MS + 2000 });
    await waitFor(() => expect(drawn(view)).toEqual(expected));
  });
});
