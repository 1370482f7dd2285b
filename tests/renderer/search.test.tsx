import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attribute, Case, SearchFilters, SearchHit } from '../../shared/contract';
import { setBlind } from '../../renderer/features/coders/blind-coding';
import { highlightSegments } from '../../renderer/features/search/highlight';
import { createFakeCore, fail, sampleInfo, type FakeCore } from './fake-core';
import { findTranscript, renderApp } from './render-app';

/**
 * A small stand-in for the core's search: every turn whose text holds the query's first word
 * (case aside), with the speaker filter applied, answered in the contract's shape.
 */
function withSearch(core: FakeCore): FakeCore {
  let language = 'fr';
  core.override('search:status', () => ({ language, documents: core.state.documents.length, indexed: core.state.documents.length, ready: true }));
  core.override('search:query', ({ query, filters = {} }: { query: string; filters?: SearchFilters }) => {
    if (query.includes('"') && query.split('"').length % 2 === 0) return { hits: [], fellBack: true };
    const word = query.replace(/[^\p{L} ]/gu, '').split(' ')[0]!.toLowerCase();
    const hits: SearchHit[] = [];
    for (const d of core.state.documents) {
      for (const turn of d.turnList) {
        if (filters.speakers?.length && (filters.speakerMode === 'exclude') === filters.speakers.includes(turn.speaker ?? '')) continue;
        const body = d.text.slice(turn.labelEnd, turn.end);
        const at = body.toLowerCase().indexOf(word);
        if (!word || at < 0) continue;
        const start = turn.labelEnd + at;
        hits.push({
          documentId: d.id,
          document: d.name,
          start,
          end: start + word.length,
          snippet: body,
          highlights: [{ start: at, end: at + word.length }],
          score: 1,
          speaker: turn.speaker,
          tStartMs: 83_000,
          matches: [{ start, end: start + word.length }],
          turnStart: turn.labelEnd,
          turnEnd: turn.end,
        });
      }
    }
    return { hits, fellBack: false };
  });
  core.override('search:setLanguage', (input: { language: string }) => {
    language = input.language;
    return { language, documents: 2, indexed: 0, ready: false };
  });
  core.override('search:autoCode', ({ codeId, selected }: { codeId: number; selected?: unknown[] }) => {
    core.state.undo.push({ action: 'search:autoCode', subject: core.state.codes.find((c) => c.id === codeId)?.name ?? null });
    return { applied: selected?.length ?? 2, alreadyCoded: 1 };
  });
  return core;
}

/** The transcript, once shown: generous waits, since the whole app renders (slowly on a busy machine). */
async function ready() {
  await screen.findByTestId('transcript-content', {}, { timeout: 10_000 });
  return findTranscript();
}

async function searchFor(text: string) {
  const box = await screen.findByTestId('search-box');
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
  return screen.findByTestId('search-panel');
}

const lastQuery = (core: FakeCore) => core.callsTo('search:query').at(-1) as { query: string; filters: SearchFilters };

describe('search across interviews', { timeout: 30_000 }, () => {
  it('shows hits grouped by interview, with speaker, time and the matched word highlighted, and opens a hit in its transcript', async () => {
    const core = withSearch(createFakeCore());
    renderApp(core);
    await ready();
    // The results' tab shows only once there is a search: four tabs fit a narrow sidebar, five did not.
    expect(screen.queryByTestId('tab-search')).toBeNull();
    const panel2 = await searchFor('confiance');
    expect(screen.getByTestId('tab-search').getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(within(panel2).getByTestId('search-count').textContent).toBe('1 passage dans 1 entretien'));
    await waitFor(() => expect(within(panel2).getAllByTestId('search-hit')).toHaveLength(1));
    const [group] = within(panel2).getAllByTestId('search-group');
    expect(group!.textContent).toContain('E01 - élue');
    const hit = within(panel2).getByTestId('search-hit');
    expect(hit.textContent).toContain('Martine Lebrun');
    expect(hit.textContent).toContain('01:23');
    expect(within(hit).getByText('confiance', { selector: 'mark' })).toBeTruthy();

    fireEvent.click(screen.getByTitle('Ouvrir ce passage de « E01 - élue »'));
    const view = await ready();
    const at = view.state.doc.toString().indexOf('confiance');
    await waitFor(() => expect(view.state.selection.main).toMatchObject({ from: at, to: at + 'confiance'.length }));
    // The results stay in the sidebar.
    expect(screen.getByTestId('search-panel')).toBeTruthy();
  });

  it('reaches the box with Ctrl+Shift+F and searches as one types', async () => {
    const core = withSearch(createFakeCore());
    renderApp(core);
    await ready();
    fireEvent.keyDown(document.body, { key: 'F', ctrlKey: true, shiftKey: true });
    const box = screen.getByTestId('search-box');
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'réseaux' } });
    await waitFor(() => expect(lastQuery(core)?.query).toBe('réseaux'));
    expect(await screen.findByTestId('search-panel')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('search-hit')).toHaveLength(1));
  });

  it('explains the query syntax and the language setting on demand, and says when malformed input was read as plain words', async () => {
    const core = withSearch(createFakeCore());
    renderApp(core);
    await ready();
    const panel = await searchFor('"réseaux de');
    expect((await within(panel).findByTestId('search-fallback')).textContent).toContain('simple liste de mots');
    fireEvent.click(within(panel).getByTestId('search-help-toggle'));
    const help = within(panel).getByTestId('search-help');
    for (const example of ['"réseau de chaleur"', 'données -personnelles', 'numéri*', 'cofiance~1']) expect(help.textContent).toContain(example);
    // The project's language is chosen there too; the index is rebuilt in the background.
    const language = await within(help).findByTestId('search-language');
    expect((language as HTMLSelectElement).value).toBe('fr');
    fireEvent.change(language, { target: { value: 'fr+en' } });
    await waitFor(() => expect(core.callsTo('search:setLanguage')).toEqual([{ language: 'fr+en' }]));
    await waitFor(() => expect((within(help).getByTestId('search-language') as HTMLSelectElement).value).toBe('fr+en'));
  });

  it('filters by speaker (leaving the interviewer out) and by participants’ attributes', async () => {
    const core = withSearch(createFakeCore({ project: { ...sampleInfo, isSample: false } }));
    core.state.attributes = [{ id: 53, guid: 'a53', name: 'Groupe', type: 'category', position: 1, isIdentifying: false, values: [] } satisfies Attribute];
    core.state.cases = [
      { id: 41, guid: 'c41', name: 'E01', description: '', values: { '53': 'Élus' }, documentIds: [], speakers: [] } satisfies Case,
    ];
    renderApp(core);
    await ready();
    const panel = await searchFor('la');
    await waitFor(() => expect(within(panel).getAllByTestId('search-hit').length).toBeGreaterThan(0));
    const filters = within(panel).getByTestId('search-filters');
    fireEvent.click(within(filters).getByText('Filtres'));
    fireEvent.click(await within(filters).findByLabelText('Enquêtrice'));
    fireEvent.click(within(filters).getByLabelText('Tous sauf ceux-ci'));
    await waitFor(() => expect(lastQuery(core).filters).toEqual({ speakers: ['Enquêtrice'], speakerMode: 'exclude' }));
    expect(within(filters).getByText('1 filtre actif')).toBeTruthy();
    fireEvent.click(within(filters).getByLabelText('Élus'));
    await waitFor(() =>
      expect(lastQuery(core).filters).toEqual({ speakers: ['Enquêtrice'], speakerMode: 'exclude', attributes: [{ attributeId: 53, values: ['Élus'] }] }),
    );
    fireEvent.click(within(filters).getByText('Effacer les filtres'));
    await waitFor(() => expect(within(filters).queryByText(/filtres? actifs?/)).toBeNull());
    expect(within(filters).getByLabelText('Élus')).toHaveProperty('checked', false);
  });

  it('leaves the interviewer out with one checkbox, counted as one filter and cleared with the others', async () => {
    const core = withSearch(createFakeCore({ project: { ...sampleInfo, isSample: false } }));
    renderApp(core);
    await ready();
    const panel = await searchFor('la');
    await waitFor(() => expect(within(panel).getAllByTestId('search-hit').length).toBeGreaterThan(0));
    const filters = within(panel).getByTestId('search-filters');
    fireEvent.click(within(filters).getByText('Filtres'));
    const box = within(filters).getByLabelText('Sans l’enquêteur·rice');
    expect(box.closest('label')!.title).toMatch(/marqués enquêteur·rice/);
    fireEvent.click(box);
    await waitFor(() => expect(lastQuery(core).filters).toEqual({ excludeInterviewer: true }));
    expect(within(filters).getByText('1 filtre actif')).toBeTruthy();
    fireEvent.click(within(filters).getByText('Effacer les filtres'));
    await waitFor(() => expect(within(filters).queryByText(/filtres? actifs?/)).toBeNull());
    expect(within(filters).getByLabelText('Sans l’enquêteur·rice')).toHaveProperty('checked', false);
  });

  it('in blind coding, filters by codes with the current coder’s codings only, and says so', async () => {
    const project = { ...sampleInfo, isSample: false, coder: { id: 7, name: 'Alice' } };
    const core = withSearch(createFakeCore({ project }));
    setBlind(project.path, true);
    renderApp(core);
    await ready();
    const panel = await searchFor('la');
    await waitFor(() => expect(within(panel).getAllByTestId('search-hit').length).toBeGreaterThan(0));
    const filters = within(panel).getByTestId('search-filters');
    fireEvent.click(within(filters).getByText('Filtres'));
    expect(within(filters).getByTestId('search-codes-blind').textContent).toBe('Codages : seulement les vôtres (codage à l’aveugle)');
    fireEvent.click(within(filters).getByLabelText('Souveraineté'));
    await waitFor(() => expect(lastQuery(core).filters).toEqual({ codeIds: [2], codeMode: 'inside', coderIds: [7] }));
    // Blind coding turned off: every coder's codings count again, and the line goes.
    act(() => setBlind(project.path, false));
    await waitFor(() => expect(lastQuery(core).filters).toEqual({ codeIds: [2], codeMode: 'inside' }));
    expect(within(filters).queryByTestId('search-codes-blind')).toBeNull();
  });

  it('auto-codes the ticked hits at the chosen level in one step, says what it did, and undoes it', async () => {
    const core = withSearch(createFakeCore());
    renderApp(core);
    await ready();
    const panel = await searchFor('la');
    await waitFor(() => expect(within(panel).getAllByTestId('search-hit')).toHaveLength(2));
    const checks = within(panel).getAllByTestId('search-hit-check');
    fireEvent.click(checks[0]!);
    expect(within(panel).getByText('1 passage sélectionné')).toBeTruthy();
    const bar = within(panel).getByTestId('search-autocode');
    fireEvent.change(within(bar).getByTestId('autocode-code'), { target: { value: '3' } });
    fireEvent.change(within(bar).getByTestId('autocode-level'), { target: { value: 'turn' } });
    fireEvent.click(within(bar).getByTestId('autocode-apply'));
    const outcome = await within(bar).findByTestId('autocode-outcome');
    expect(outcome.textContent).toContain('1 codage ajouté avec « Confiance des habitants ».');
    expect(outcome.textContent).toContain('1 passage était déjà codé');
    const [call] = core.callsTo('search:autoCode') as { query: string; codeId: number; level: string; selected: unknown[] }[];
    expect(call).toMatchObject({ query: 'la', codeId: 3, level: 'turn' });
    expect(call!.selected).toHaveLength(1);

    fireEvent.click(within(outcome).getByTestId('autocode-undo'));
    await waitFor(() => expect(core.callsTo('history:undo')).toHaveLength(1));
    expect(await screen.findByText('Annulé : le codage automatique avec « Confiance des habitants »')).toBeTruthy();
  });

  it('creates the code to apply when asked, and shows the core’s refusal inline', async () => {
    const core = withSearch(createFakeCore());
    renderApp(core);
    await ready();
    const panel = await searchFor('la');
    await waitFor(() => expect(within(panel).getAllByTestId('search-hit')).toHaveLength(2));
    const bar = within(panel).getByTestId('search-autocode');
    fireEvent.change(within(bar).getByTestId('autocode-code'), { target: { value: 'new' } });
    fireEvent.change(within(bar).getByTestId('autocode-new-name'), { target: { value: 'Habitants' } });
    expect(within(bar).getByTestId('autocode-apply').textContent).toBe('Coder les 2 passages');
    fireEvent.click(within(bar).getByTestId('autocode-apply'));
    await waitFor(() => expect(bar.textContent).toContain('2 codages ajoutés avec « Habitants »'), { timeout: 5000 });
    const created = core.state.codes.find((c) => c.name === 'Habitants')!;
    expect(core.callsTo('search:autoCode').at(-1)).toMatchObject({ codeId: created.id, level: 'hit' });
    expect(core.callsTo('search:autoCode').at(-1)).not.toHaveProperty('selected');

    core.override('search:autoCode', () => {
      throw fail('INVALID_INPUT', '“Gouvernance” is a folder and cannot be applied to text');
    });
    fireEvent.click(within(bar).getByTestId('autocode-apply'));
    await waitFor(() => expect(within(bar).getByTestId('autocode-outcome').textContent).toContain('est un dossier'));
  });

  it('shows indexing progress from the core’s events, and hides it once the index is ready', async () => {
    const core = withSearch(createFakeCore());
    renderApp(core);
    await ready();
    const panel = await searchFor('confiance');
    act(() => core.emit('index:progress', { done: 1, total: 4 }));
    expect((await within(panel).findByTestId('search-indexing')).textContent).toContain('Indexation des entretiens : 1 sur 4');
    act(() => core.emit('index:ready', { documents: 4 }));
    await waitFor(() => expect(within(panel).queryByTestId('search-indexing')).toBeNull());
  });
});

describe('highlightSegments', () => {
  it('cuts a snippet into plain and highlighted pieces, whatever the order of the highlights', () => {
    expect(highlightSegments('la confiance et les données', [{ start: 20, end: 27 }, { start: 3, end: 12 }])).toEqual([
      { text: 'la ', isMatch: false },
      { text: 'confiance', isMatch: true },
      { text: ' et les ', isMatch: false },
      { text: 'données', isMatch: true },
    ]);
  });
});
