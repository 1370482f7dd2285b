import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Attribute } from '../../shared/contract';
import { createFakeCore, fail, type FakeCore } from './fake-core';
import { suggestionOf, withPseudonyms } from './pseudonyms-fake';
import { findTranscript, renderApp } from './render-app';

// The machine running the suite may be busy: give the app time to answer.
configure({ asyncUtilTimeout: 8000 });
vi.setConfig({ testTimeout: 30_000 });

/** The sample's two interviews: two participants, a person and a place mentioned in them. */
function sampleSuggestions(core: FakeCore) {
  return [
    suggestionOf(core, 'Martine Lebrun', 'participant', '[E01]', { variants: ['Martine', 'Lebrun'] }),
    suggestionOf(core, 'Karim Benali', 'participant', '[E02]'),
    suggestionOf(core, 'La confiance', 'person', '[Personne 1]', { commonWord: true, matching: 'whole-name' }),
    suggestionOf(core, 'Mme Lebrun', 'person', '[Personne 2]'),
    suggestionOf(core, 'réseaux de chaleur', 'organisation', '[Organisation 1]'),
  ];
}

async function openAnonymization(core = createFakeCore()) {
  const fake = withPseudonyms(core, sampleSuggestions);
  renderApp(core);
  await findTranscript();
  fireEvent.click(screen.getByTestId('view-anonymization-tab'));
  await screen.findByTestId('view-pseudonyms');
  return { core, fake };
}

async function detect() {
  fireEvent.click(screen.getByTestId('detect-button'));
  await waitFor(() => expect(screen.getAllByTestId('suggestion').length).toBeGreaterThan(0));
}

const row = (text: string) => screen.getAllByTestId('suggestion').find((r) => within(r).getByTestId('suggestion-text').textContent === text)!;
const tableRow = (original: string) => screen.getAllByTestId('pseudonym-row').find((r) => r.dataset.original === original)!;

describe('anonymization: reviewing suggestions', () => {
  it('runs detection only when asked, and shows suggestions by category with occurrences, reasons and contexts', async () => {
    const { core } = await openAnonymization();
    expect(screen.getByTestId('suggestions-start')).toBeTruthy();
    expect(core.callsTo('pseudonyms:suggest')).toHaveLength(0);
    await detect();
    expect(screen.getByTestId('suggestions-count').textContent).toBe('5 suggestions');
    const participants = screen.getByTestId('suggestion-group-participant');
    expect(within(participants).getAllByTestId('suggestion').map((r) => within(r).getByTestId('suggestion-text').textContent)).toEqual(['Martine Lebrun', 'Karim Benali']);
    expect(row('Martine Lebrun').textContent).toContain('1 occurrence · nom de locuteur · Aussi : Martine, Lebrun');
    // A common word is flagged.
    expect(within(row('La confiance')).getByText('mot courant')).toBeTruthy();

    // Focusing a suggestion shows its contexts, the original marked; a click opens it in the transcript.
    fireEvent.focus(row('Martine Lebrun'));
    const contexts = await screen.findByTestId('suggestion-contexts');
    expect(within(contexts).getByText('Martine Lebrun', { selector: 'mark' })).toBeTruthy();
    fireEvent.click(within(contexts).getByTestId('suggestion-context'));
    const view = await findTranscript();
    const at = core.state.documents[0]!.text.indexOf('Martine Lebrun');
    await waitFor(() => expect(view.state.selection.main).toMatchObject({ from: at, to: at + 'Martine Lebrun'.length }));
    expect(screen.queryByTestId('view-pseudonyms')).toBeNull();
  });

  it('is reviewed from the keyboard: Enter accepts (with an edited replacement), Delete rejects, and the next one takes the focus', async () => {
    const { core, fake } = await openAnonymization();
    await detect();
    fireEvent.change(within(row('Martine Lebrun')).getByTestId('suggestion-replacement'), { target: { value: '[Élue]' } });
    row('Martine Lebrun').focus();
    fireEvent.keyDown(row('Martine Lebrun'), { key: 'Enter' });
    await waitFor(() => expect(fake.entries.map((e) => e.original)).toEqual(['Martine Lebrun']));
    expect(core.callsTo('pseudonyms:accept')[0]).toEqual({
      items: [{ text: 'Martine Lebrun', category: 'participant', replacement: '[Élue]', variants: ['Martine', 'Lebrun'], matching: 'word' }],
    });
    await waitFor(() => expect(document.activeElement).toBe(row('Karim Benali')));

    fireEvent.keyDown(row('Karim Benali'), { key: 'Delete' });
    await waitFor(() => expect(core.callsTo('pseudonyms:reject')).toEqual([{ items: [{ text: 'Karim Benali', category: 'participant' }] }]));
    await waitFor(() => expect(document.activeElement).toBe(row('La confiance')));
    // Space selects without accepting.
    fireEvent.keyDown(row('La confiance'), { key: ' ' });
    expect(within(screen.getByTestId('suggestions-selection')).getByText('1 sélectionnée')).toBeTruthy();
    expect(fake.entries).toHaveLength(1);
  });

  it('merges variants into one pseudonym, accepts a category, then all that is left', async () => {
    const { core, fake } = await openAnonymization();
    await detect();
    fireEvent.click(within(row('Martine Lebrun')).getByRole('checkbox'));
    fireEvent.click(within(row('Mme Lebrun')).getByRole('checkbox'));
    fireEvent.click(screen.getByTestId('merge-selected'));
    const dialog = await screen.findByTestId('pseudonym-merge-dialog');
    // The participant is proposed as the main form, with its replacement.
    expect((within(dialog).getByLabelText(/Martine Lebrun/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('pseudonym-merge-replacement') as HTMLInputElement).value).toBe('[E01]');
    fireEvent.click(screen.getByTestId('pseudonym-merge-confirm'));
    await waitFor(() => expect(fake.entries).toHaveLength(1));
    expect(core.callsTo('pseudonyms:accept')[0]).toEqual({
      items: [{ text: 'Martine Lebrun', category: 'participant', replacement: '[E01]', variants: ['Martine', 'Lebrun', 'Mme Lebrun'], matching: 'word' }],
    });

    await waitFor(() => expect(screen.queryAllByTestId('suggestion')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('accept-category-participant'));
    await waitFor(() => expect(fake.entries.map((e) => e.original)).toContain('Karim Benali'));
    fireEvent.click(screen.getByTestId('accept-all'));
    await screen.findByTestId('suggestions-none');
    expect(fake.entries.map((e) => e.original).sort()).toEqual(['Karim Benali', 'La confiance', 'Martine Lebrun', 'réseaux de chaleur']);
    // A common word keeps the proper-name matching detection proposed.
    expect(fake.entries.find((e) => e.original === 'La confiance')!.matching).toBe('whole-name');
  });

  it('lists rejected suggestions and restores them', async () => {
    const { core } = await openAnonymization();
    await detect();
    fireEvent.click(within(row('La confiance')).getByTestId('suggestion-reject'));
    await waitFor(() => expect(screen.queryAllByTestId('suggestion')).toHaveLength(4));
    fireEvent.click(screen.getByTestId('pseudonyms-tab-rejected'));
    const item = await screen.findByTestId('rejected-item');
    expect(item.textContent).toContain('La confiance');
    expect(item.textContent).toContain('Personne');
    fireEvent.click(within(item).getByTestId('rejected-restore'));
    await screen.findByTestId('rejected-empty');
    expect(core.callsTo('pseudonyms:unreject')).toEqual([{ keys: ['person:la confiance'] }]);
    fireEvent.click(screen.getByTestId('pseudonyms-tab-suggestions'));
    await waitFor(() => expect(screen.getAllByTestId('suggestion')).toHaveLength(5));
  });
});

describe('anonymization: the pseudonym table', () => {
  async function withTable() {
    const opened = await openAnonymization();
    await detect();
    fireEvent.click(screen.getByTestId('accept-all'));
    await screen.findByTestId('suggestions-none');
    fireEvent.click(screen.getByTestId('pseudonyms-tab-table'));
    await screen.findByTestId('pseudonym-table');
    return opened;
  }

  it('flags an entry that is also an everyday word, and switches it to proper-name matching in one click', async () => {
    const { core, fake } = await openAnonymization();
    // What the core says of a surname that is also a word.
    fake.entries.push({ id: 900, original: 'Blanc', replacement: '[Personne 9]', category: 'person', enabled: true, matching: 'word', variants: [], occurrences: 0, documents: 0, createdAt: '', commonWord: true });
    await detect();
    fireEvent.click(screen.getByTestId('accept-all'));
    await screen.findByTestId('suggestions-none');
    fireEvent.click(screen.getByTestId('pseudonyms-tab-table'));
    await screen.findByTestId('pseudonym-table');
    const blanc = tableRow('Blanc');
    expect(within(blanc).getByTestId('pseudonym-common-badge').textContent).toBe('mot courant');
    expect(within(blanc).getByTestId('pseudonym-common-word').textContent).toContain('« blanc » serait remplacé partout');
    expect(within(tableRow('Martine Lebrun')).queryByTestId('pseudonym-common-badge')).toBeNull();
    fireEvent.click(within(blanc).getByTestId('pseudonym-use-whole-name'));
    await waitFor(() => expect(core.callsTo('pseudonyms:update')).toContainEqual({ id: 900, matching: 'whole-name' }));
    await waitFor(() => expect(within(tableRow('Blanc')).queryByTestId('pseudonym-common-word')).toBeNull());
    expect(within(tableRow('Blanc')).getByTestId('pseudonym-common-warning')).toBeTruthy();
  });

  it('edits a replacement, the category, enabled and matching, and warns on proper-name-only entries', async () => {
    const { core, fake } = await withTable();
    const id = fake.entries.find((e) => e.original === 'Karim Benali')!.id;
    const input = within(tableRow('Karim Benali')).getByTestId('pseudonym-replacement');
    fireEvent.change(input, { target: { value: '[Prestataire]' } });
    fireEvent.blur(input);
    await waitFor(() => expect(core.callsTo('pseudonyms:update')).toContainEqual({ id, replacement: '[Prestataire]' }));

    fireEvent.click(within(tableRow('Karim Benali')).getByTestId('pseudonym-enabled'));
    await waitFor(() => expect(core.callsTo('pseudonyms:update')).toContainEqual({ id, enabled: false }));
    await waitFor(() => expect(tableRow('Karim Benali').className).toContain('is-disabled'));

    expect(within(tableRow('Karim Benali')).queryByTestId('pseudonym-common-warning')).toBeNull();
    fireEvent.change(within(tableRow('Karim Benali')).getByTestId('pseudonym-matching'), { target: { value: 'whole-name' } });
    await waitFor(() => expect(within(tableRow('Karim Benali')).getByTestId('pseudonym-common-warning').textContent).toContain('« karim benali »'));
    // The common word detection flagged shows the warning from the start.
    expect(within(tableRow('La confiance')).getByTestId('pseudonym-common-warning')).toBeTruthy();

    fireEvent.change(within(tableRow('La confiance')).getByLabelText('Catégorie — La confiance'), { target: { value: 'custom' } });
    await waitFor(() => expect(fake.entries.find((e) => e.original === 'La confiance')!.category).toBe('custom'));
  });

  it('merges entries, deletes one, edits variants, and adds one by hand (a taken original is refused inline)', async () => {
    const { core, fake } = await withTable();
    const martine = fake.entries.find((e) => e.original === 'Martine Lebrun')!;
    const karim = fake.entries.find((e) => e.original === 'Karim Benali')!;
    fireEvent.click(within(tableRow('Martine Lebrun')).getByLabelText('Sélectionner « Martine Lebrun »'));
    fireEvent.click(within(tableRow('Karim Benali')).getByLabelText('Sélectionner « Karim Benali »'));
    fireEvent.click(screen.getByTestId('pseudonym-merge'));
    await screen.findByTestId('pseudonym-merge-dialog');
    fireEvent.click(screen.getByTestId('pseudonym-merge-confirm'));
    await waitFor(() => expect(core.callsTo('pseudonyms:merge')).toHaveLength(1));
    const merged = core.callsTo('pseudonyms:merge')[0] as { ids: number[]; into: number };
    expect(new Set(merged.ids)).toEqual(new Set([martine.id, karim.id]));
    // Five entries became four.
    await waitFor(() => expect(screen.getAllByTestId('pseudonym-row')).toHaveLength(4));

    fireEvent.click(within(tableRow('réseaux de chaleur')).getByTestId('pseudonym-delete'));
    await waitFor(() => expect(screen.getAllByTestId('pseudonym-row')).toHaveLength(3));

    const target = fake.entries.find((e) => e.id === merged.into)!;
    const before = [...target.variants];
    fireEvent.click(within(tableRow(target.original)).getByTestId('pseudonym-edit-variants'));
    fireEvent.change(await screen.findByTestId('pseudonym-variants-input'), { target: { value: `${before.join('\n')}\nMme Lebrun\n\nmme lebrun` } });
    fireEvent.click(within(screen.getByTestId('pseudonym-variants-dialog')).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(core.callsTo('pseudonyms:update').at(-1)).toEqual({ id: target.id, variants: [...before, 'Mme Lebrun'] }));

    fireEvent.click(screen.getByTestId('pseudonym-add'));
    fireEvent.change(screen.getByTestId('pseudonym-add-original'), { target: { value: 'Valmont-sur-Loire' } });
    fireEvent.change(screen.getByLabelText('Catégorie'), { target: { value: 'place' } });
    fireEvent.click(screen.getByTestId('pseudonym-add-confirm'));
    await waitFor(() => expect(tableRow('Valmont-sur-Loire')).toBeTruthy());
    expect(core.callsTo('pseudonyms:add')).toEqual([{ original: 'Valmont-sur-Loire', category: 'place' }]);

    fireEvent.click(screen.getByTestId('pseudonym-add'));
    fireEvent.change(screen.getByTestId('pseudonym-add-original'), { target: { value: 'valmont-sur-loire' } });
    fireEvent.click(screen.getByTestId('pseudonym-add-confirm'));
    expect((await within(screen.getByTestId('pseudonym-add-form')).findByRole('alert')).textContent).toContain('figure déjà dans la table des pseudonymes');
    expect(screen.getByTestId('pseudonym-add-form')).toBeTruthy();
  });

  it('exports the key apart and says where it went', async () => {
    const { core } = await withTable();
    fireEvent.click(screen.getByTestId('export-key'));
    expect(await screen.findByText(/Clé des pseudonymes enregistrée \(5 entrées\) : \/data\/exports\/0b4c\//)).toBeTruthy();
    expect(core.callsTo('shell:pickExportPath')).toEqual([{ defaultName: 'clé des pseudonymes.csv', extension: 'csv' }]);
    expect(core.callsTo('pseudonyms:exportKey')).toEqual([{ path: '/data/exports/0b4c/Étude exemple - clé des pseudonymes.csv' }]);
  });
});

describe('anonymization: word lists and identifying attributes', () => {
  it('saves an edited word list and imports a text file into another (a bad file is named inline)', async () => {
    const { core, fake } = await openAnonymization();
    fireEvent.click(screen.getByTestId('pseudonyms-tab-lists'));
    const places = await screen.findByTestId('word-list-place');
    fireEvent.change(within(places).getByTestId('word-list-text'), { target: { value: 'Lisbonne\n\nPort-Joinville\n' } });
    fireEvent.click(within(places).getByTestId('word-list-save'));
    await waitFor(() => expect(core.callsTo('pseudonyms:setWordList')).toEqual([{ category: 'place', words: ['Lisbonne', 'Port-Joinville'] }]));
    await waitFor(() => expect(within(places).getByTestId('word-list-save').textContent).toBe('Enregistrée'));

    const orgs = screen.getByTestId('word-list-organisation');
    core.override('shell:pickImportFiles', () => ({ paths: ['/tmp/organisations.txt'] }));
    fireEvent.click(within(orgs).getByTestId('word-list-import'));
    await waitFor(() => expect(fake.lists.find((l) => l.category === 'organisation')!.words).toHaveLength(2));
    expect(core.callsTo('pseudonyms:importWordList')).toEqual([{ category: 'organisation', path: '/tmp/organisations.txt' }]);
    await waitFor(() => expect((within(orgs).getByTestId('word-list-text') as HTMLTextAreaElement).value).toBe('Saint-Brévin\nValmont-sur-Loire'));

    core.override('shell:pickImportFiles', () => ({ paths: ['/tmp/lieux.bin'] }));
    fireEvent.click(within(places).getByTestId('word-list-import'));
    expect((await within(places).findByRole('alert')).textContent).toContain('lieux.bin n’est pas un texte UTF-8');
  });

  it('marks participant attributes identifying in one step', async () => {
    const attributes: Attribute[] = [
      { id: 1, guid: 'a1', name: 'Commune', type: 'text', position: 0, isIdentifying: false, values: [] },
      { id: 2, guid: 'a2', name: 'Rôle', type: 'category', position: 1, isIdentifying: true, values: [] },
    ];
    const { core } = await openAnonymization(createFakeCore({ attributes }));
    fireEvent.click(screen.getByTestId('pseudonyms-tab-attributes'));
    const boxes = await screen.findAllByTestId('identifying-checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, true]);
    fireEvent.click(boxes[0]!);
    await waitFor(() => expect(core.callsTo('attributes:setIdentifying')).toEqual([{ attributeIds: [1, 2] }]));
    await waitFor(() => expect((screen.getAllByTestId('identifying-checkbox')[0] as HTMLInputElement).checked).toBe(true));
  });

  it('speaks English too', async () => {
    const core = createFakeCore();
    core.state.settings.language = 'en';
    await openAnonymization(core);
    expect(screen.getByTestId('detect-button').textContent).toBe('Detect identifiers');
    await detect();
    expect(row('Martine Lebrun').textContent).toContain('1 occurrence · speaker label · Also: Martine, Lebrun');
    await act(async () => undefined);
  });

  it('refuses nothing silently: a failed detection is reported', async () => {
    const core = createFakeCore();
    await openAnonymization(core);
    core.override('pseudonyms:suggest', () => {
      throw fail('INTERNAL', 'Detection failed');
    });
    fireEvent.click(screen.getByTestId('detect-button'));
    expect(await screen.findByText(/Detection failed|inattendue|Unexpected/)).toBeTruthy();
  });
});
