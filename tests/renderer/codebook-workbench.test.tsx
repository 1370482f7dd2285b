import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';
import { createWorkbenchCore } from './workbench-core';

async function openCodebook() {
  fireEvent.click(await screen.findByTestId('tab-codebook', undefined, { timeout: 8000 }));
  return screen.findByTestId('code-tree', undefined, { timeout: 5000 });
}

type DragInit = { clientY?: number; altKey?: boolean };
/** jsdom has no DragEvent: the pointer's height and the Alt key are set on the event by hand. */
function drag(type: 'dragStart' | 'dragOver' | 'drop', el: HTMLElement, dt: ReturnType<typeof dataTransfer>, init: DragInit = {}) {
  const event = createEvent[type](el, { dataTransfer: dt });
  for (const [k, v] of Object.entries(init)) Object.defineProperty(event, k, { value: v });
  fireEvent(el, event);
}

const item = (name: string) => {
  const el = screen.getByTestId('code-tree').querySelector<HTMLElement>(`[data-code-name="${name}"]`);
  if (!el) throw new Error(`no code item ${name}`);
  return el;
};
const names = () => screen.getAllByTestId('code-item').map((i) => i.getAttribute('data-code-name'));

/** A DataTransfer good enough for HTML5 drag and drop in jsdom. */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    data,
    get types() {
      return [...data.keys()];
    },
    setData: (k: string, v: string) => void data.set(k, v),
    getData: (k: string) => data.get(k) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

/** Gives a row a height, so that the pointer's place in it (top, middle, bottom) means something. */
function placeRow(el: HTMLElement, top: number) {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, top, 260, 30));
}

describe('codebook: the workbench operations', () => {
  it('renames a code in place with F2 and with a double-click, and explains a taken name', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    fireEvent.keyDown(item('Souveraineté'), { key: 'F2' });
    const input = await screen.findByTestId('code-rename-input');
    expect((input as HTMLInputElement).value).toBe('Souveraineté');
    fireEvent.change(input, { target: { value: 'Souveraineté numérique' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codes:update')).toEqual([{ id: 2, name: 'Souveraineté numérique' }]));
    await waitFor(() => expect(names()).toContain('Souveraineté numérique'));

    fireEvent.doubleClick(item('Confiance des habitants'));
    const again = await screen.findByTestId('code-rename-input');
    fireEvent.change(again, { target: { value: 'gouvernance' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect((await screen.findByTestId('toast')).textContent).toContain('Un code porte déjà ce nom à cet endroit.');
    await waitFor(() => expect(names()).toContain('Confiance des habitants'));
    // Escape leaves the name as it was.
    fireEvent.keyDown(item('Gouvernance'), { key: 'F2' });
    fireEvent.keyDown(await screen.findByTestId('code-rename-input'), { key: 'Escape' });
    expect(core.callsTo('codes:update')).toHaveLength(2);
  });

  it('moves codes with Alt+arrows: up and down among siblings, into the code above and back out', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    expect(names()).toEqual(['Gouvernance', 'Souveraineté', 'Confiance des habitants']);

    fireEvent.keyDown(item('Confiance des habitants'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(names()).toEqual(['Confiance des habitants', 'Gouvernance', 'Souveraineté']));
    fireEvent.keyDown(item('Confiance des habitants'), { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(names()).toEqual(['Gouvernance', 'Souveraineté', 'Confiance des habitants']));
    fireEvent.keyDown(item('Confiance des habitants'), { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(item('Confiance des habitants').getAttribute('aria-level')).toBe('2'));
    fireEvent.keyDown(item('Confiance des habitants'), { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(item('Confiance des habitants').getAttribute('aria-level')).toBe('1'));

    expect(core.callsTo('codes:move')).toEqual([
      { id: 3, parentId: null, position: 0 },
      { id: 3, parentId: null, position: 1 },
      { id: 3, parentId: 1, position: 1 },
      { id: 3, parentId: null, position: 1 },
    ]);
  });

  it('moves a code by drag and drop: onto a code makes it a sub-code, near an edge reorders', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    const dt = dataTransfer();
    drag('dragStart', item('Confiance des habitants'), dt);
    const target = item('Gouvernance');
    placeRow(target, 100);
    drag('dragOver', target, dt, { clientY: 115 });
    expect(target.className).toContain('drop-inside');
    drag('drop', target, dt, { clientY: 115 });
    await waitFor(() => expect(core.callsTo('codes:move')).toEqual([{ id: 3, parentId: 1, position: 1 }]));
    await waitFor(() => expect(item('Confiance des habitants').getAttribute('aria-level')).toBe('2'));

    // Dropped on the top edge of Gouvernance: before it, at the top level.
    const dt2 = dataTransfer();
    drag('dragStart', item('Confiance des habitants'), dt2);
    const top = item('Gouvernance');
    placeRow(top, 100);
    drag('dragOver', top, dt2, { clientY: 102 });
    expect(top.className).toContain('drop-before');
    drag('drop', top, dt2, { clientY: 102 });
    await waitFor(() => expect(core.callsTo('codes:move')).toHaveLength(2));
    expect(core.callsTo('codes:move')[1]).toEqual({ id: 3, parentId: null, position: 0 });
    await waitFor(() => expect(names()[0]).toBe('Confiance des habitants'));
  });

  it('merges with Alt held while dropping, after a confirmation saying the codings follow', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    const dt = dataTransfer();
    drag('dragStart', item('Souveraineté'), dt);
    const target = item('Confiance des habitants');
    placeRow(target, 100);
    drag('dragOver', target, dt, { clientY: 115, altKey: true });
    expect(target.className).toContain('drop-merge');
    drag('drop', target, dt, { clientY: 115, altKey: true });
    const dialog = await screen.findByTestId('merge-code-dialog');
    expect(within(dialog).getByTestId('merge-summary').textContent).toContain(
      'Le codage de « Souveraineté » passe à « Confiance des habitants ». Ses mémos suivent ; « Souveraineté » disparaît ensuite.',
    );
    expect(core.callsTo('codes:merge')).toEqual([]);
    fireEvent.click(within(dialog).getByTestId('merge-code-confirm'));
    await waitFor(() => expect(core.callsTo('codes:merge')).toEqual([{ sourceId: 2, targetId: 3 }]));
  });

  it('merges through “Merge into…”: picks the target by typing, shows the consequences, and the count follows', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    fireEvent.contextMenu(item('Souveraineté'));
    const menu = await screen.findByTestId('code-menu');
    fireEvent.click(within(menu).getByTestId('menu-merge'));
    const dialog = await screen.findByTestId('merge-code-dialog');
    const search = within(dialog).getByTestId('merge-search');
    // A code cannot be merged into itself, and its own parent is a fine target.
    expect(within(dialog).getAllByTestId('merge-option').map((o) => o.getAttribute('data-code-name'))).toEqual([
      'Gouvernance',
      'Confiance des habitants',
    ]);
    fireEvent.change(search, { target: { value: 'habitants' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    const summary = await within(dialog).findByTestId('merge-summary');
    expect(summary.textContent).toContain('passe à « Confiance des habitants »');
    expect(summary.textContent).toContain('Une sauvegarde est faite avant la fusion');
    fireEvent.click(within(dialog).getByTestId('merge-code-confirm'));
    await waitFor(() => expect(core.callsTo('codes:merge')).toEqual([{ sourceId: 2, targetId: 3 }]));
    await waitFor(() => expect(names()).toEqual(['Gouvernance', 'Confiance des habitants']));
    await waitFor(() => expect(within(item('Confiance des habitants')).getByTestId('code-count').textContent).toBe('2'));
    expect(screen.getByTestId('undo-button').getAttribute('aria-label')).toBe(
      'Annuler la fusion de « Souveraineté » dans « Confiance des habitants »',
    );
  });

  it('deletes a code after saying its sub-codes and codings go, that a backup is kept and Undo restores it', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    fireEvent.keyDown(item('Gouvernance'), { key: 'Delete' });
    const dialog = await screen.findByTestId('delete-code-dialog');
    expect(dialog.textContent).toContain('Supprimer le code « Gouvernance » ?');
    expect(dialog.textContent).toContain('Le code disparaît avec 1 sous-code et 1 codage.');
    expect(dialog.textContent).toContain('Une sauvegarde du projet est faite avant la suppression, et Annuler (Ctrl+Z) remet tout en place.');
    fireEvent.click(within(dialog).getByTestId('delete-code-confirm'));
    await waitFor(() => expect(core.callsTo('codes:delete')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(names()).toEqual(['Confiance des habitants']));
    await waitFor(() => expect(screen.getByTestId('undo-button').getAttribute('aria-label')).toBe('Annuler la suppression du code « Gouvernance »'));
  });

  it('filters by name ignoring case and accents, keeping the parents of the codes found', async () => {
    renderApp(createWorkbenchCore());
    await openCodebook();
    const filter = screen.getByTestId('code-filter');
    fireEvent.change(filter, { target: { value: 'SOUVERAINETE' } });
    expect(names()).toEqual(['Gouvernance', 'Souveraineté']);
    expect(item('Gouvernance').className).toContain('is-context');
    expect(item('Souveraineté').querySelector('mark')?.textContent).toBe('Souveraineté');
    fireEvent.change(filter, { target: { value: 'zzz' } });
    expect(screen.getByTestId('code-filter-empty').textContent).toBe('Aucun code ne contient « zzz ».');
    fireEvent.keyDown(filter, { key: 'Escape' });
    expect(names()).toEqual(['Gouvernance', 'Souveraineté', 'Confiance des habitants']);
  });

  it('shows each code’s codings and documents, and a parent’s total with its sub-codes', async () => {
    renderApp(createWorkbenchCore());
    await openCodebook();
    await waitFor(() => expect(within(item('Souveraineté')).getByTestId('code-count').textContent).toBe('1'));
    expect(within(item('Souveraineté')).getByTestId('code-docs').textContent).toBe('1');
    expect(within(item('Gouvernance')).getByTestId('code-count').textContent).toBe('Σ1');
    expect(within(item('Gouvernance')).getByTestId('code-count').getAttribute('title')).toBe(
      '0 codage dans 0 document · 1 codage avec les sous-codes',
    );
  });

  it('writes a definition with inclusion and exclusion notes in the side editor, saved as one types', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    fireEvent.contextMenu(item('Confiance des habitants'));
    fireEvent.click(within(await screen.findByTestId('code-menu')).getByTestId('menu-define'));
    const details = await screen.findByTestId('code-details');
    expect(within(details).getByTestId('code-stats').textContent).toBe('1 codage dans 1 document');
    const area = within(details).getByTestId('code-description');
    fireEvent.change(area, { target: { value: 'Ce que les habitants disent de la ville.' } });
    fireEvent.click(within(details).getByTestId('code-add-criteria'));
    expect((area as HTMLTextAreaElement).value).toBe('Ce que les habitants disent de la ville.\n\nInclure : \nExclure : ');
    await waitFor(() =>
      expect(core.callsTo('codes:update')).toEqual([{ id: 3, description: 'Ce que les habitants disent de la ville.\n\nInclure : \nExclure : ' }]),
      { timeout: 3000 },
    );
    // The colour is one click; the details follow the selected code.
    fireEvent.click(within(details).getByRole('radio', { name: 'vert' }));
    await waitFor(() => expect(core.callsTo('codes:update')).toContainEqual({ id: 3, color: '#2ca02c' }));
    fireEvent.click(item('Gouvernance'));
    await waitFor(() => expect((within(screen.getByTestId('code-details')).getByTestId('code-details-name') as HTMLInputElement).value).toBe('Gouvernance'));
  });

  it('opens the code menu from the keyboard (Shift+F10) and moves the code from it', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await openCodebook();
    fireEvent.keyDown(item('Confiance des habitants'), { key: 'F10', shiftKey: true });
    const menu = await screen.findByTestId('code-menu');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('menu-rename');
    expect(within(menu).getByTestId('menu-outdent').hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(menu).getByTestId('menu-up'));
    await waitFor(() => expect(core.callsTo('codes:move')).toEqual([{ id: 3, parentId: null, position: 0 }]));
  });
});
