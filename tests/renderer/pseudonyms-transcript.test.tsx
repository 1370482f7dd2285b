import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it, vi } from 'vitest';
import { pseudonymDecorations } from '../../renderer/features/pseudonyms';
import { createFakeCore } from './fake-core';
import { withPseudonyms } from './pseudonyms-fake';
import { renderApp } from './render-app';

// The machine running the suite may be busy: give the app time to answer.
configure({ asyncUtilTimeout: 8000 });
vi.setConfig({ testTimeout: 30_000 });

async function transcriptView(): Promise<EditorView> {
  const { EditorView } = await import('@codemirror/view');
  const content = await screen.findByTestId('transcript-content');
  return EditorView.findFromDOM(content)!;
}

/** What the transcript marks as going to be replaced. */
const marked = () => [...document.querySelectorAll('.cm-pseudonym')].map((el) => el.textContent);

describe('pseudonyms in the coding view', () => {
  it('highlights every enabled original in the transcript, with its replacement, and hides them on demand', async () => {
    const core = createFakeCore();
    const fake = withPseudonyms(core, () => []);
    fake.entries.push(
      { id: 1, original: 'Martine Lebrun', replacement: '[E01]', category: 'participant', enabled: true, matching: 'word', variants: [], occurrences: 1, documents: 1, createdAt: '' },
      { id: 2, original: 'Enquêtrice', replacement: '[Enq]', category: 'person', enabled: false, matching: 'word', variants: [], occurrences: 2, documents: 1, createdAt: '' },
      { id: 3, original: 'habitants', replacement: '[H]', category: 'custom', enabled: true, matching: 'word', variants: [], occurrences: 1, documents: 1, createdAt: '' },
    );
    renderApp(core);
    await transcriptView();
    await waitFor(() => expect(marked()).toEqual(['Martine Lebrun', 'habitants']));
    expect(document.querySelector('.cm-pseudonym')!.getAttribute('title')).toBe('Martine Lebrun → [E01]');
    const toggle = screen.getByTestId('pseudonym-highlight-toggle');
    expect(toggle.textContent).toBe('Pseudonymes (2)');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(toggle);
    await waitFor(() => expect(marked()).toEqual([]));
    expect(screen.getByTestId('pseudonym-highlight-toggle').getAttribute('aria-pressed')).toBe('false');
    // The choice is remembered.
    expect(localStorage.getItem('verbatim-pseudonym-highlights')).toBe('hidden');
    fireEvent.click(screen.getByTestId('pseudonym-highlight-toggle'));
    await waitFor(() => expect(marked()).toEqual(['Martine Lebrun', 'habitants']));
  });

  it('shows no toggle where nothing would be replaced', async () => {
    const core = createFakeCore();
    withPseudonyms(core, () => []);
    renderApp(core);
    await transcriptView();
    await waitFor(() => expect(core.callsTo('pseudonyms:occurrences')).not.toHaveLength(0));
    expect(screen.queryByTestId('pseudonym-highlight-toggle')).toBeNull();
  });

  it('pseudonymizes the selected words (snapped to whole words) from the inspector', async () => {
    const core = createFakeCore();
    const fake = withPseudonyms(core, () => []);
    renderApp(core);
    const view = await transcriptView();
    const text = core.state.documents[0]!.text;
    const at = text.indexOf('Martine Lebrun');
    // A sloppy selection: from inside “Martine” to inside “Lebrun”.
    view.dispatch({ selection: EditorSelection.single(at + 2, at + 11) });
    fireEvent.click(await screen.findByTestId('pseudonymize-selection'));
    await screen.findByTestId('pseudonymize-dialog');
    expect(screen.getByTestId('pseudonymize-dialog').textContent).toContain('Martine Lebrun');
    fireEvent.change(screen.getByTestId('pseudonymize-category'), { target: { value: 'participant' } });
    fireEvent.change(screen.getByTestId('pseudonymize-replacement'), { target: { value: '[E01]' } });
    fireEvent.click(screen.getByTestId('pseudonymize-confirm'));
    await waitFor(() => expect(fake.entries.map((e) => e.original)).toEqual(['Martine Lebrun']));
    expect(core.callsTo('pseudonyms:add')).toEqual([
      { selection: { documentId: 1, start: at, end: at + 'Martine Lebrun'.length }, category: 'participant', replacement: '[E01]' },
    ]);
    expect(await screen.findByText('« Martine Lebrun » sera remplacé par [E01] dans les exports anonymisés.')).toBeTruthy();
    await waitFor(() => expect(marked()).toEqual(['Martine Lebrun']));
  });
});

describe('the pseudonym layer', () => {
  const occ = (start: number, end: number) => ({ pseudonymId: 1, start, end, text: 'x', replacement: '[X]' });
  const ranges = (set: ReturnType<typeof pseudonymDecorations>) => {
    const out: [number, number][] = [];
    set.between(0, 1e9, (from, to) => void out.push([from, to]));
    return out;
  };
  it('draws occurrences in order, dropping overlaps and ranges outside an edited text', () => {
    expect(ranges(pseudonymDecorations({ occurrences: [occ(10, 14), occ(0, 4), occ(2, 6), occ(40, 60)], shown: true }, 50))).toEqual([
      [0, 4],
      [10, 14],
    ]);
    expect(ranges(pseudonymDecorations({ occurrences: [occ(0, 4)], shown: false }, 50))).toEqual([]);
  });
});
