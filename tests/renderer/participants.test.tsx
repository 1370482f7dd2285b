import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attribute, Case } from '../../shared/contract';
import { createFakeCore, sampleInfo, type FakeCore } from './fake-core';
import { renderApp } from './render-app';

const attribute = (id: number, name: string, type: Attribute['type'], extra: Partial<Attribute> = {}): Attribute => ({
  id,
  guid: `a${id}`,
  name,
  type,
  position: id,
  isIdentifying: false,
  values: [],
  ...extra,
});
const participant = (id: number, name: string, values: Record<string, string> = {}): Case => ({
  id,
  guid: `c${id}`,
  name,
  description: '',
  values,
  documentIds: [],
  speakers: [],
});

function withParticipants(): FakeCore {
  const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
  core.state.attributes = [attribute(51, 'Âge', 'number'), attribute(52, 'Date d’entretien', 'date'), attribute(53, 'Groupe', 'category')];
  core.state.cases = [participant(41, 'E01', { '51': '54', '52': '2017-03-14', '53': 'Élus' }), participant(42, 'E02', { '53': 'Habitants' })];
  core.state.documents[0]!.caseId = 41;
  return core;
}

async function openParticipants(core: FakeCore) {
  renderApp(core);
  fireEvent.click(await screen.findByTestId('tab-participants'));
}

const row = (name: string) =>
  waitFor(() => {
    const found = screen.getAllByTestId('case-row').find((r) => r.dataset.caseName === name);
    if (!found) throw new Error(`no row ${name}`);
    return found;
  });
const cell = (r: HTMLElement, attributeName: string) => {
  const found = within(r)
    .getAllByTestId('value-cell')
    .find((c) => c.dataset.attribute === attributeName);
  if (!found) throw new Error(`no cell ${attributeName}`);
  return found;
};

describe('participants', () => {
  it('shows a newcomer what a participants table looks like and how to import one', async () => {
    await openParticipants(createFakeCore({ project: { ...sampleInfo, isSample: false } }));
    const empty = await screen.findByTestId('participants-empty');
    const example = within(empty).getByTestId('participants-example');
    expect(within(example).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Identifiant', 'Âge', 'Genre', 'Profession', 'Date d’entretien']);
    expect(empty.textContent).toContain('E01');
    expect(within(empty).getByTestId('participants-import')).toBeTruthy();
  });

  it('lists participants × attributes, with dates as a French reader writes them and linked documents', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const e01 = await row('E01');
    expect(cell(e01, 'Âge').textContent).toBe('54');
    expect(cell(e01, 'Date d’entretien').textContent).toBe('14/03/2017');
    expect(cell(e01, 'Groupe').textContent).toBe('Élus');
    expect(within(e01).getByTestId('case-documents').textContent).toContain('E01 - élue');
  });

  it('shows a value the core refuses on the cell itself, then saves a correct one', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const e02 = await row('E02');
    fireEvent.click(within(cell(e02, 'Âge')).getByRole('button'));
    const input = within(cell(e02, 'Âge')).getByTestId('cell-input');
    fireEvent.change(input, { target: { value: 'cinquante' } });
    fireEvent.keyDown(input, { key: 'Enter' });

    const error = await within(cell(e02, 'Âge')).findByTestId('cell-error');
    expect(error.textContent).toContain('« cinquante » n’est pas un nombre');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('toast')).toBeNull();
    expect(core.callsTo('cases:setValue')).toEqual([{ caseId: 42, attributeId: 51, value: 'cinquante' }]);

    fireEvent.change(input, { target: { value: '38,5' } });
    expect(within(cell(e02, 'Âge')).queryByTestId('cell-error')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(within(cell(e02, 'Âge')).getByRole('button').textContent).toBe('38,5'));
    expect(core.state.cases.find((c) => c.id === 42)!.values['51']).toBe('38.5');
  });

  it('takes a date typed dd/mm/yyyy and stores it ISO', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const e02 = await row('E02');
    fireEvent.click(within(cell(e02, 'Date d’entretien')).getByRole('button'));
    const input = within(cell(e02, 'Date d’entretien')).getByTestId('cell-input');
    fireEvent.change(input, { target: { value: '02/04/2017' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.state.cases.find((c) => c.id === 42)!.values['52']).toBe('2017-04-02'));
    await waitFor(() => expect(within(cell(e02, 'Date d’entretien')).getByRole('button').textContent).toBe('02/04/2017'));
  });

  it('offers a category’s existing values, or a new one', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const e02 = await row('E02');
    fireEvent.click(within(cell(e02, 'Groupe')).getByRole('button'));
    const select = within(cell(e02, 'Groupe')).getByTestId('cell-select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['(vide)', 'Habitants', 'Élus', 'Autre valeur…']);
    fireEvent.change(select, { target: { value: 'Élus' } });
    await waitFor(() => expect(core.callsTo('cases:setValue')).toEqual([{ caseId: 42, attributeId: 53, value: 'Élus' }]));
  });

  it('adds an attribute and explains a taken name inline', async () => {
    const core = withParticipants();
    await openParticipants(core);
    fireEvent.click(await screen.findByTestId('add-attribute-button'));
    const dialog = await screen.findByTestId('attribute-dialog');
    fireEvent.change(within(dialog).getByTestId('attribute-name-input'), { target: { value: 'groupe' } });
    fireEvent.click(within(dialog).getByTestId('attribute-type-category'));
    fireEvent.click(within(dialog).getByTestId('attribute-submit'));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Un autre attribut porte déjà ce nom.');
    expect(screen.queryByTestId('toast')).toBeNull();

    fireEvent.change(within(dialog).getByTestId('attribute-name-input'), { target: { value: 'Ville' } });
    fireEvent.click(within(dialog).getByTestId('attribute-submit'));
    await waitFor(() => expect(screen.queryByTestId('attribute-dialog')).toBeNull());
    expect(core.callsTo('attributes:create')).toEqual([
      { name: 'groupe', type: 'category' },
      { name: 'Ville', type: 'category' },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('attribute-header').map((h) => h.dataset.attribute)).toContain('Ville'));
  });

  it('refuses to retype an attribute whose values do not convert, naming them', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const header = (await screen.findAllByTestId('attribute-header')).find((h) => h.dataset.attribute === 'Groupe')!;
    fireEvent.click(within(header).getByTestId('attribute-options'));
    fireEvent.click(await within(header).findByTestId('attribute-edit'));
    const dialog = await screen.findByTestId('attribute-dialog');
    fireEvent.click(within(dialog).getByTestId('attribute-type-number'));
    fireEvent.click(within(dialog).getByTestId('attribute-submit'));
    const error = await within(dialog).findByTestId('attribute-retype-error');
    expect(error.textContent).toContain('« Élus »');
  });

  it('sorts by a column as its type orders values, empty ones last', async () => {
    const core = withParticipants();
    core.state.cases.push({ ...core.state.cases[0]!, id: 43, guid: 'c43', name: 'E10', values: { '51': '9' } });
    await openParticipants(core);
    const names = () => screen.getAllByTestId('case-row').map((r) => r.dataset.caseName);
    await waitFor(() => expect(names()).toEqual(['E01', 'E02', 'E10']));
    const age = (await screen.findAllByTestId('attribute-header')).find((h) => h.dataset.attribute === 'Âge')!;
    fireEvent.click(within(age).getByText('Âge'));
    expect(names()).toEqual(['E10', 'E01', 'E02']);
    expect(age.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(age).getByText('Âge'));
    expect(names()).toEqual(['E01', 'E10', 'E02']);
  });

  it('marks an attribute identifying with the shield', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const header = (await screen.findAllByTestId('attribute-header')).find((h) => h.dataset.attribute === 'Groupe')!;
    const shield = within(header).getByTestId('identifying-toggle');
    expect(shield.getAttribute('aria-label')).toContain('remplacé dans les exports anonymisés');
    fireEvent.click(shield);
    await waitFor(() => expect(core.callsTo('attributes:update')).toEqual([{ id: 53, isIdentifying: true }]));
    await waitFor(() => expect(within(header).getByTestId('identifying-toggle').getAttribute('aria-pressed')).toBe('true'));
  });

  it('adds participants one after the other, and explains a taken identifier', async () => {
    const core = withParticipants();
    await openParticipants(core);
    const input = await screen.findByTestId('new-case-input');
    fireEvent.change(input, { target: { value: 'E03' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await row('E03');
    expect((input as HTMLInputElement).value).toBe('');
    fireEvent.change(input, { target: { value: 'e01' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByText('Un autre participant porte déjà cet identifiant.')).getAttribute('role')).toBe('alert');
  });

  it('asks before deleting a participant, saying its documents stay', async () => {
    const core = withParticipants();
    await openParticipants(core);
    fireEvent.click(within(await row('E01')).getByTestId('case-delete'));
    const dialog = await screen.findByTestId('delete-case-dialog');
    expect(dialog.textContent).toContain('son document restera');
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    await waitFor(() => expect(core.callsTo('cases:delete')).toEqual([{ id: 41 }]));
  });

  it('opens a linked document from the table', async () => {
    const core = withParticipants();
    core.state.documents[1]!.caseId = 42;
    await openParticipants(core);
    fireEvent.click(within(within(await row('E02')).getByTestId('case-documents')).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId('transcript-title').textContent).toBe('E02 - prestataire'));
    expect(screen.getByTestId('tab-documents').getAttribute('aria-selected')).toBe('true');
  });

  it('auto-links documents and lets the user decide the ambiguous ones', async () => {
    const core = withParticipants();
    core.state.documents[0]!.caseId = null;
    core.override('cases:autoLink', () => ({
      linked: [{ document: 'E01 - élue', case: 'E01' }],
      ambiguous: [{ document: 'E02 - prestataire', candidates: ['E01', 'E02'] }],
      unmatched: ['E02 - prestataire', 'Notes de terrain'],
    }));
    await openParticipants(core);
    fireEvent.click(await screen.findByTestId('auto-link-button'));
    const dialog = await screen.findByTestId('auto-link-dialog');
    expect(within(dialog).getByTestId('link-report-linked').textContent).toContain('E01 - élue→E01');
    expect(within(dialog).getByTestId('link-report-unmatched').textContent).toBe('Notes de terrain');
    const choose = within(within(dialog).getByTestId('link-report-ambiguous')).getByTestId('link-report-choose') as HTMLSelectElement;
    expect([...choose.options].map((o) => o.textContent)).toEqual(['Choisir…', 'E01', 'E02']);
    fireEvent.change(choose, { target: { value: '42' } });
    await waitFor(() => expect(core.callsTo('documents:setCase')).toEqual([{ documentId: 2, caseId: 42 }]));
  });
});
