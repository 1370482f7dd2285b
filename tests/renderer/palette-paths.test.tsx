/**
 * The palette and code paths (issue 13): `Gouvernance/Confiance` creates the codes it lacks under
 * those that exist (never a code named with a slash), an existing code is never offered for
 * creation however its name is typed, and Enter applies the highlighted code with the ticked ones,
 * as the line at the bottom says.
 */
import { EditorSelection } from '@codemirror/state';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../shared/contract';
import { enterAction } from '../../renderer/features/coding/palette-action';
import { creationFor, paletteOptions, queryPath } from '../../renderer/features/coding/filter-codes';
import { fr } from '../../renderer/i18n/fr';
import { en } from '../../renderer/i18n/en';
import { codeFixture } from './code-fixture';
import { renderApp } from './render-app';
import { createWorkbenchCore, transcriptView } from './workbench-core';

const code = (id: number, name: string, parentId: number | null = null, isCodable = true): Code => codeFixture(id, name, { parentId, isCodable });

const codes = [code(1, 'Gouvernance'), code(2, 'Confiance', 1), code(3, 'Opacité', 1), code(4, 'Relations', null, false), code(5, 'Écoles')];
const paths = new Map<number, string[]>([
  [1, ['Gouvernance']],
  [2, ['Gouvernance', 'Confiance']],
  [3, ['Gouvernance', 'Opacité']],
  [4, ['Relations']],
  [5, ['Écoles']],
]);
const listed = (q: string) => paletteOptions(codes, paths, q).map((o) => (o.kind === 'code' ? o.path.join(' › ') : `+${o.path.join(' › ')}`));

describe('code paths in the palette', () => {
  it('reads a path as the CLI writes it: `/` between names, `\\/` inside a name, spaces tidied', () => {
    expect(queryPath('Gouvernance/Confiance')).toEqual(['Gouvernance', 'Confiance']);
    expect(queryPath(' Gouvernance  /  Confiance  des   élus ')).toEqual(['Gouvernance', 'Confiance des élus']);
    expect(queryPath('Entrée\\/sortie')).toEqual(['Entrée/sortie']);
    expect(queryPath('Gouvernance/')).toEqual(['Gouvernance']);
  });

  it('creates the missing codes of a path under those that exist', () => {
    expect(creationFor(codes, 'Gouvernance/Transparence')).toEqual({
      kind: 'create',
      name: 'Transparence',
      parentId: 1,
      parents: [],
      path: ['Gouvernance', 'Transparence'],
    });
    // The existing parent is written as the codebook spells it, whatever was typed.
    expect(creationFor(codes, 'gouvernânce / transparence')).toMatchObject({ parentId: 1, parents: [], path: ['Gouvernance', 'transparence'] });
    expect(creationFor(codes, 'Territoire/Quartiers/Confiance')).toEqual({
      kind: 'create',
      name: 'Confiance',
      parentId: null,
      parents: ['Territoire', 'Quartiers'],
      path: ['Territoire', 'Quartiers', 'Confiance'],
    });
    expect(creationFor(codes, 'Gouvernance/Confiance/Élus')).toMatchObject({ parentId: 2, parents: [], name: 'Élus' });
    // A slash written `\/` stays in the name; a plain one never does.
    expect(creationFor(codes, 'Entrée\\/sortie')).toMatchObject({ name: 'Entrée/sortie', parents: [], parentId: null });
    expect(listed('Gouvernance/Transparence').at(-1)).toBe('+Gouvernance › Transparence');
  });

  it('never offers to create a code that exists, matching case, accents and spaces loosely', () => {
    for (const typed of ['Gouvernance/Confiance', 'gouvernance/confiance', 'Gouvernance / Confiance', 'Gouvernânce/CONFIANCE', '  gouvernance/ confiance ']) {
      expect(creationFor(codes, typed)).toBeNull();
      expect(listed(typed)[0]).toBe('Gouvernance › Confiance');
      expect(listed(typed).some((o) => o.startsWith('+'))).toBe(false);
    }
    // A name alone that a sub-code has: that code, not a twin at the top level.
    expect(creationFor(codes, 'confiance')).toBeNull();
    expect(listed('confiance')).toEqual(['Gouvernance › Confiance']);
    expect(creationFor(codes, 'ecoles')).toBeNull();
    // A folder's name is taken too (it cannot be applied, and is not created again).
    expect(creationFor(codes, 'relations')).toBeNull();
    expect(listed('relations')).toEqual([]);
    // While a path is being typed, its first name still finds codes.
    expect(listed('Gouvernance/')[0]).toBe('Gouvernance');
  });

  it('matches a path query fuzzily against parents and name', () => {
    expect(listed('gouv/opa')[0]).toBe('Gouvernance › Opacité');
    // The parent must match, in order.
    expect(listed('ecol/opa').filter((o) => !o.startsWith('+'))).toEqual([]);
  });
});

describe('what Enter will do', () => {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const options = (q: string) => paletteOptions(codes, paths, q);

  it('says it in words, in French and in English', () => {
    const confiance = options('confiance')[0];
    expect(enterAction(confiance, [], byId, paths, fr.coding)).toBe('Appliquer Confiance');
    expect(enterAction(confiance, [3, 5], byId, paths, fr.coding)).toBe('Appliquer Confiance + 2 codes cochés');
    expect(enterAction(confiance, [2, 5], byId, paths, fr.coding)).toBe('Appliquer Confiance + 1 code coché');
    expect(enterAction(confiance, [3, 5], byId, paths, en.coding)).toBe('Apply Confiance + 2 ticked codes');
    const create = options('Gouvernance/Transparence').at(-1);
    expect(enterAction(create, [], byId, paths, fr.coding)).toBe('Créer Gouvernance › Transparence et l’appliquer');
    expect(enterAction(create, [3], byId, paths, en.coding)).toBe('Create Gouvernance › Transparence and apply it + 1 ticked code');
    expect(enterAction(undefined, [3, 5], byId, paths, fr.coding)).toBe('Appliquer les 2 codes cochés');
    expect(enterAction(undefined, [], byId, paths, fr.coding)).toBeNull();
  });
});

async function openPalette(phrase: string) {
  const view = await transcriptView();
  const start = view.state.doc.toString().indexOf(phrase);
  act(() => view.dispatch({ selection: EditorSelection.single(start, start + phrase.length) }));
  fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  return { input: await screen.findByTestId('palette-input'), start, end: start + phrase.length };
}

describe('the palette with paths and ticked codes', () => {
  it('creates a path’s missing codes and applies the last one in one call', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { input, start, end } = await openPalette('La confiance se perd');
    fireEvent.change(input, { target: { value: 'Territoire/Quartiers/Voisinage' } });
    expect(screen.getByTestId('palette-create').textContent).toContain('Créer Territoire › Quartiers › Voisinage (3 codes)');
    expect(screen.getByTestId('palette-action').textContent).toBe('EntréeCréer Territoire › Quartiers › Voisinage et l’appliquer');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(core.callsTo('codings:applyNew')).toMatchObject([{ documentId: 1, start, end, name: 'Voisinage', parentId: null, parents: ['Territoire', 'Quartiers'] }]),
    );
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
    const made = core.state.codes;
    const territoire = made.find((c) => c.name === 'Territoire')!;
    const quartiers = made.find((c) => c.name === 'Quartiers')!;
    expect(quartiers.parentId).toBe(territoire.id);
    expect(made.find((c) => c.name === 'Voisinage')!.parentId).toBe(quartiers.id);
    expect(made.some((c) => c.name.includes('/'))).toBe(false);
    expect(core.callsTo('codes:create')).toEqual([]);
  });

  it('creates under an existing parent typed loosely, and offers the existing code instead of a twin', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { input } = await openPalette('Chaque service a ses fichiers');
    // « Gouvernance › Souveraineté » exists in the fake project.
    fireEvent.change(input, { target: { value: 'gouvernânce / SOUVERAINETE' } });
    expect(screen.queryByTestId('palette-create')).toBeNull();
    expect(screen.getAllByTestId('palette-option')[0]!.textContent).toContain('Gouvernance › Souveraineté');
    fireEvent.change(input, { target: { value: 'gouvernance/Silos' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codings:applyNew')).toMatchObject([{ name: 'Silos', parentId: 1 }]));
    expect(core.callsTo('codings:applyNew')[0]).not.toHaveProperty('parents');
  });

  it('applies the highlighted code and the ticked ones with Enter', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { input, start, end } = await openPalette('Chaque service a ses fichiers');
    fireEvent.change(input, { target: { value: 'gouvernance' } });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    fireEvent.change(input, { target: { value: 'habitants' } });
    expect(screen.getByTestId('palette-action').textContent).toBe('EntréeAppliquer Confiance des habitants + 1 code coché');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(core.callsTo('codings:applyMany')).toEqual([{ documentId: 1, codeIds: [1, 3], start, end }]));
  });

  it('creates a new code and applies it with the ticked ones', async () => {
    const core = createWorkbenchCore();
    renderApp(core);
    const { input, start, end } = await openPalette('Chaque service a ses fichiers');
    fireEvent.change(input, { target: { value: 'habitants' } });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    fireEvent.change(input, { target: { value: 'Gouvernance/Silos' } });
    expect(screen.getByTestId('palette-action').textContent).toBe('EntréeCréer Gouvernance › Silos et l’appliquer + 1 code coché');
    fireEvent.keyDown(input, { key: 'Enter' });
    // One call, so one undoable step: the new code and the ticked one.
    await waitFor(() => expect(core.callsTo('codings:applyNew')).toMatchObject([{ documentId: 1, start, end, name: 'Silos', parentId: 1, alsoCodeIds: [3] }]));
    await waitFor(() => expect(screen.queryByTestId('quick-code-palette')).toBeNull());
    expect(core.callsTo('codings:applyMany')).toEqual([]);
    expect(core.callsTo('codings:apply')).toEqual([]);
    const silos = core.state.codes.find((c) => c.name === 'Silos')!;
    expect(core.state.codings.filter((c) => c.start === start && c.end === end).map((c) => c.codeId).sort()).toEqual([3, silos.id].sort());
  });
});
