import { EditorSelection } from '@codemirror/state';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../shared/contract';
import { paletteOptions } from '../../renderer/features/coding/filter-codes';
import { fuzzyMatch } from '../../renderer/features/coding/fuzzy-match';
import { inVivoName } from '../../renderer/features/coding/word-boundaries';
import { renderApp } from './render-app';
import { createWorkbenchCore, transcriptView } from './workbench-core';

const code = (id: number, name: string, parentId: number | null = null): Code => ({
  id,
  guid: String(id),
  parentId,
  name,
  color: '#1f77b4',
  description: '',
  position: id,
  isCodable: true,
  codings: 0,
  documents: 0,
  codingsWithSubcodes: 0,
  documentsWithSubcodes: 0,
});

describe('fuzzy ranking', () => {
  const codes = [
    code(1, 'Rapport au travail'),
    code(2, 'Confiance des habitants'),
    code(3, 'Conflits de voisinage'),
    code(4, 'Confiance'),
    code(5, 'Gouvernance'),
    code(6, 'Souveraineté', 5),
    code(7, 'Écoles privées'),
  ];
  const paths = new Map(codes.map((c) => [c.id, c.parentId === 5 ? ['Gouvernance', c.name] : [c.name]]));
  const ranked = (q: string, recent: number[] = []) =>
    paletteOptions(codes, paths, q, recent).map((o) => (o.kind === 'code' ? o.code.name : `+${o.name}`));

  it('matches a subsequence of the name, ignoring case and accents', () => {
    expect(fuzzyMatch('cfh', 'Confiance des habitants')).not.toBeNull();
    expect(fuzzyMatch('ecol priv', 'Écoles privées')).not.toBeNull();
    expect(fuzzyMatch('xyz', 'Confiance')).toBeNull();
    expect(ranked('ECOLES')).toEqual(['Écoles privées', '+ECOLES']);
  });

  it('ranks the exact name, then a prefix, then word starts, then scattered letters', () => {
    expect(ranked('confiance')).toEqual(['Confiance', 'Confiance des habitants']);
    // Among prefixes, the shorter name first.
    expect(ranked('conf')).toEqual(['Confiance', 'Conflits de voisinage', 'Confiance des habitants', '+conf']);
    // « cdh »: the initials of Confiance des habitants beat letters scattered elsewhere.
    expect(ranked('cdh')[0]).toBe('Confiance des habitants');
    expect(ranked('trav')).toEqual(['Rapport au travail', '+trav']);
  });

  it('finds a code through its parent’s name, after the codes found by their own', () => {
    expect(ranked('gouv souv')).toEqual(['Souveraineté', '+gouv souv']);
  });

  it('puts the recent codes first when nothing is typed', () => {
    expect(ranked('', [4, 7])).toEqual(['Confiance', 'Écoles privées', 'Rapport au travail', 'Confiance des habitants', 'Conflits de voisinage', 'Gouvernance', 'Souveraineté']);
  });

  it('marks the matched characters', () => {
    expect(fuzzyMatch('cdh', 'Confiance des habitants')?.positions).toEqual([0, 10, 14]);
  });
});

describe('in-vivo names', () => {
  it('keeps the passage’s own words, trimmed, without surrounding quotes', () => {
    expect(inVivoName('  « on se débrouille »  ')).toBe('on se débrouille');
    expect(inVivoName('La confiance\n se perd')).toBe('La confiance se perd');
  });

  it('cuts a long passage at a word boundary, about 80 characters', () => {
    const long = 'Chaque service a ses fichiers, ses tableurs et ses habitudes, et personne ne sait vraiment qui décide de quoi dans cette maison.';
    const name = inVivoName(long);
    expect(name.length).toBeLessThanOrEqual(81);
    expect(name.endsWith('…')).toBe(true);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
    expect(long[name.length - 1]).toMatch(/[\s,]/);
  });
});

async function select(phrase: string) {
  const view = await transcriptView();
  const start = view.state.doc.toString().indexOf(phrase);
  act(() => view.dispatch({ selection: EditorSelection.single(start, start + phrase.length) }));
  return { view, start, end: start + phrase.length };
}

describe('quick-code palette: several codes, recent codes', () => {
  it('ticks several codes (Ctrl+Enter, Space before typing) and applies them in one step with Enter', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { start, end } = await select('Chaque service a ses fichiers');
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const input = await screen.findByTestId('palette-input');
    fireEvent.keyDown(input, { key: ' ' });
    fireEvent.change(input, { target: { value: 'confiance' } });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    const ticked = screen.getByTestId('palette-checked');
    expect(within(ticked).getByText('Gouvernance')).toBeTruthy();
    expect(within(ticked).getByText('Confiance des habitants')).toBeTruthy();
    // The highlighted code is one of the ticked ones: Enter applies the two.
    expect(screen.getByTestId('palette-action').textContent).toBe('EntréeAppliquer Confiance des habitants + 1 code coché');
    // Ticking again unticks.
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codings:applyMany')).toEqual([{ documentId: 1, codeIds: [1, 3], start, end }]));
    expect(core.callsTo('codings:apply')).toEqual([]);
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
    await waitFor(() =>
      expect(screen.getByTestId('undo-button').getAttribute('aria-label')).toBe('Annuler l’application du code « Gouvernance, Confiance des habitants »'),
    );
  });

  it('lists the codes applied last first, under “Récents”, when nothing is typed', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await select('Chaque service');
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    let input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'souv' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codings:apply')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());

    await select('a ses fichiers');
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    input = await screen.findByTestId('palette-input');
    const palette = screen.getByTestId('quick-code-palette');
    expect(palette.textContent).toContain('Récents');
    expect(screen.getAllByTestId('palette-option').map((o) => o.getAttribute('data-code-id'))).toEqual(['2', '1', '3']);
    fireEvent.keyDown(input, { key: 'Escape' });
  });

  it('creates an in-vivo code from the selection with the button, and with V in the transcript', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    // A selection cutting words is widened to whole words.
    const { view } = await select('haque service a ses fichi');
    fireEvent.click(await screen.findByTestId('in-vivo-button'));
    const text = view.state.doc.toString();
    const start = text.indexOf('Chaque service');
    await waitFor(() =>
      expect(core.callsTo('codings:applyNew')).toMatchObject([{ documentId: 1, start, end: start + 'Chaque service a ses fichiers'.length, name: 'Chaque service a ses fichiers' }]),
    );
    expect((await screen.findByTestId('toast')).textContent).toContain('Code in vivo « Chaque service a ses fichiers » créé et appliqué.');

    await select('Et les habitants ?');
    fireEvent.keyDown(view.contentDOM, { key: 'v' });
    await waitFor(() => expect(core.callsTo('codings:applyNew')).toHaveLength(2));
    expect(core.callsTo('codings:applyNew')[1]).toMatchObject({ name: 'Et les habitants ?' });
  });

  it('applies the existing code when an in-vivo name is already taken', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    await select('La confiance se perd');
    core.state.codes.push({ ...core.state.codes[0]!, id: 9, name: 'La confiance se perd', parentId: null, position: 9 });
    fireEvent.keyDown(document.body, { key: 'V', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(core.callsTo('codings:apply')).toMatchObject([{ codeId: 9 }]));
  });
});
