/**
 * After a coding change the core confirmed, the transcript's codings are not fetched again at once
 * (the cache already holds the core's answer); they are refetched once the user pauses, and what the
 * core answers then is what the transcript shows.
 */
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../shared/contract';
import { laidCodings } from '../../renderer/features/coding';
import { shareCodings } from '../../renderer/features/coding/codings-cache';
import { queryKeys, RECONCILE_AFTER_MS } from '../../renderer/query-keys';
import { findTranscript, renderApp } from './render-app';
import { createWorkbenchCore } from './workbench-core';

const drawn = (view: { state: Parameters<typeof laidCodings>[0] }) =>
  laidCodings(view.state)
    .map((c) => `${c.id}:${c.start}-${c.end}`)
    .sort();

const phrase = 'Chaque service a ses fichiers';

/** Selects the phrase, opens the palette with Ctrl+K and types a code's name (Enter is the caller's). */
async function choosePaletteCode(view: EditorView) {
  const start = view.state.doc.toString().indexOf(phrase);
  act(() => view.dispatch({ selection: EditorSelection.single(start, start + phrase.length) }));
  fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  const input = await screen.findByTestId('palette-input');
  fireEvent.change(input, { target: { value: 'habitant' } });
  return { start, input };
}

describe('refreshing a document’s codings after coding', () => {
  it('skips the refetch the core’s answer makes useless, then reconciles with the core after a pause', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const view = await findTranscript();
    await waitFor(() => expect(core.callsTo('codings:listByDocument').length).toBeGreaterThan(0));
    const { start, input } = await choosePaletteCode(view);
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

  it('draws a coding the moment the cache holds it, before React renders the list again', async () => {
    const core = createWorkbenchCore();
    const { services } = renderApp(core);
    const view = await findTranscript();
    const documentId = core.state.documents[0]!.id;
    const key = queryKeys.codings(documentId);
    await waitFor(() => expect(services.queryClient.getQueryData(key)).toBeDefined());
    const coding: Coding = { id: 7777, documentId, codeId: core.state.codes[0]!.id, start: 3, end: 12, coderId: 1, createdAt: '2025-03-01T10:00:00.000Z' };
    services.queryClient.setQueryData<Coding[]>(key, (list) => [...(list ?? []), coding]);
    // No waiting: React Query tells components a tick later; the transcript listens to the cache itself.
    expect(drawn(view)).toContain('7777:3-12');
  });

  it('refreshes the lists once the apply is answered, not when the core announces the change before answering', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const view = await findTranscript();
    await waitFor(() => expect(core.callsTo('codings:listByDocument').length).toBeGreaterThan(0));
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const original = core.handlerOf('codings:apply')!;
    core.override('codings:apply', async (input: never) => {
      // The real core announces `project:changed` while it works, before its answer reaches the page.
      core.emit('project:changed', { entities: ['codings'] });
      await answered;
      return original(input);
    });
    const { start, input } = await choosePaletteCode(view);
    const codesBefore = core.callsTo('codes:list').length;
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codings:apply')).toHaveLength(1));

    // Well past the next paint (at most 50 ms): nothing refetched while the core has not answered.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(core.callsTo('codes:list')).toHaveLength(codesBefore);
    expect(screen.getByTestId('quick-code-palette')).toBeTruthy();

    answer();
    await waitFor(() => expect(core.callsTo('codes:list').length).toBeGreaterThan(codesBefore));
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
    const applied = core.state.codings.at(-1)!;
    expect(drawn(view)).toContain(`${applied.id}:${start}-${start + phrase.length}`);
  });
});

describe('sharing a document’s codings between versions of the list', () => {
  const coding = (id: number, start: number): Coding => ({ id, documentId: 1, codeId: 1, start, end: start + 5, coderId: 1, createdAt: 't' });

  it('keeps the cached list when a new one says the same', () => {
    const old = [coding(1, 0), coding(2, 10)];
    expect(shareCodings(old, [coding(1, 0), coding(2, 10)])).toBe(old);
  });

  it('keeps the cached object of every coding repeated, wherever it moved in the list', () => {
    const old = Array.from({ length: 50 }, (_, i) => coding(i + 1, i * 10 + 10));
    const next = [coding(99, 0), ...old.map((c) => ({ ...c }))];
    next[26] = { ...next[26]!, end: 999 };
    const shared = shareCodings(old, next) as Coding[];
    expect(shared).not.toBe(old);
    expect(shared[0]).toBe(next[0]);
    expect(shared[1]).toBe(old[0]);
    expect(shared[26]).toBe(next[26]);
    expect(shared[26]).not.toBe(old[25]);
    expect(shared[50]).toBe(old[49]);
  });

  it('follows codings taken out, reordered or refetched as new objects', () => {
    const old = [coding(1, 0), coding(2, 10), coding(3, 20), coding(4, 30)];
    const removed = shareCodings(old, [old[0], old[2], old[3]]) as Coding[];
    expect(removed).toEqual([old[0], old[2], old[3]]);
    expect(removed[1]).toBe(old[2]);
    const swapped = shareCodings(old, [old[1], old[0], old[2], old[3]]) as Coding[];
    expect(swapped.map((c) => c.id)).toEqual([2, 1, 3, 4]);
    expect(swapped[1]).toBe(old[0]);
    // A refetch: every object new, one coding moved: the others are the cached objects.
    const refetched = old.map((c) => ({ ...c }));
    refetched[2] = { ...refetched[2]!, start: 21 };
    const shared = shareCodings(old, refetched) as Coding[];
    expect(shared[0]).toBe(old[0]);
    expect(shared[2]).toBe(refetched[2]);
    expect(shared[3]).toBe(old[3]);
    expect(shareCodings(old, old.map((c) => ({ ...c })))).toBe(old);
  });

  it('takes a list that shortened as it is, and anything that is not a list untouched', () => {
    const old = [coding(1, 0), coding(2, 10)];
    const next = [coding(1, 0)];
    const shared = shareCodings(old, next) as Coding[];
    expect(shared).toHaveLength(1);
    expect(shared[0]).toBe(old[0]);
    expect(shareCodings(undefined, next)).toBe(next);
  });
});
