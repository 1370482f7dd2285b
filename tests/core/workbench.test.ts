import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';

const TEXT = `Enquêtrice : Comment la ville gère-t-elle ses données ?
Martine Lebrun : Chaque service a ses fichiers. Personne n’a une vue d’ensemble.
Enquêtrice : Et la confiance des habitants ?
Martine Lebrun : La confiance se perd en une semaine et se regagne en des années.`;

async function setup() {
  const core = await createTestCore();
  const { imported } = await core.call('documents:import', { paths: [core.file('E01.txt', TEXT)] });
  const documentId = imported[0]!.id;
  const range = (quote: string) => {
    const start = TEXT.indexOf(quote);
    return { documentId, start, end: start + quote.length };
  };
  /** Every state a user could see, to check that undo restores it exactly. */
  const state = async () => ({
    codes: await core.call('codes:list', {}),
    codings: await core.call('codings:listByDocument', { documentId }),
    memos: await core.call('memos:list', {}),
  });
  return { core, documentId, range, state };
}

/** Runs an operation, checks it changed something, then that undo restores the state and redo re-applies it. */
async function expectUndoable(s: Awaited<ReturnType<typeof setup>>, operation: () => Promise<unknown>) {
  const before = await s.state();
  await operation();
  const after = await s.state();
  expect(after).not.toEqual(before);
  await s.core.call('history:undo', {});
  expect(await s.state()).toEqual(before);
  await s.core.call('history:redo', {});
  expect(await s.state()).toEqual(after);
}

describe('the codebook', () => {
  it('renames, recolours and defines a code, each undoable', async () => {
    const s = await setup();
    const code = await s.core.call('codes:create', { name: 'Confiance', parentId: null });
    await expectUndoable(s, () => s.core.call('codes:update', { id: code.id, name: 'Confiance des habitants' }));
    await expectUndoable(s, () => s.core.call('codes:update', { id: code.id, color: '#123456' }));
    await expectUndoable(s, () => s.core.call('codes:update', { id: code.id, description: 'Inclut : perception. Exclut : sécurité.' }));
    expect(await s.core.call('history:state', {})).toMatchObject({ undo: { action: 'codes:update' } });
    const other = await s.core.call('codes:create', { name: 'Silos', parentId: null });
    await expect(s.core.call('codes:update', { id: other.id, name: 'confiance des HABITANTS' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('moves and reorders codes, refusing to move a code inside itself', async () => {
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'A', parentId: null });
    const b = await s.core.call('codes:create', { name: 'B', parentId: null });
    const c = await s.core.call('codes:create', { name: 'C', parentId: null });
    const a1 = await s.core.call('codes:create', { name: 'A1', parentId: a.id });
    await expectUndoable(s, () => s.core.call('codes:move', { id: c.id, parentId: null, position: 0 }));
    expect((await s.core.call('codes:list', {})).map((x) => x.name)).toEqual(['C', 'A', 'A1', 'B']);
    await expectUndoable(s, () => s.core.call('codes:move', { id: b.id, parentId: a.id, position: 0 }));
    expect((await s.core.call('codes:list', {})).map((x) => x.name)).toEqual(['C', 'A', 'B', 'A1']);
    await expect(s.core.call('codes:move', { id: a.id, parentId: a1.id, position: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.core.call('codes:move', { id: a.id, parentId: a.id, position: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('merges two codes: codings follow (no duplicates), sub-codes and memos move, the source goes', async () => {
    const s = await setup();
    const trust = await s.core.call('codes:create', { name: 'Confiance', parentId: null });
    const faith = await s.core.call('codes:create', { name: 'Foi', parentId: null, description: 'Défintion de la foi' });
    const child = await s.core.call('codes:create', { name: 'Sous-thème', parentId: faith.id });
    await s.core.call('codings:apply', { ...s.range('La confiance se perd'), codeId: trust.id });
    await s.core.call('codings:apply', { ...s.range('La confiance se perd'), codeId: faith.id });
    await s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: faith.id });
    await s.core.call('memos:create', { target: { type: 'code', id: faith.id }, title: 'Note', body: 'À fusionner' });
    await expectUndoable(s, () => s.core.call('codes:merge', { sourceId: faith.id, targetId: trust.id }));
    const codes = await s.core.call('codes:list', {});
    expect(codes.map((c) => [c.name, c.parentId, c.codings])).toEqual([
      ['Confiance', null, 2],
      ['Sous-thème', trust.id, 0],
    ]);
    expect(codes[0]!.description).toBe('Défintion de la foi');
    expect((await s.core.call('memos:list', {}))[0]!.target).toEqual({ type: 'code', id: trust.id });
    expect(child.id).toBe(codes[1]!.id);
    await expect(s.core.call('codes:merge', { sourceId: trust.id, targetId: trust.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('deletes a code with its sub-codes and codings, undoably', async () => {
    const s = await setup();
    const parent = await s.core.call('codes:create', { name: 'Gouvernance', parentId: null });
    const child = await s.core.call('codes:create', { name: 'Souveraineté', parentId: parent.id });
    await s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: child.id });
    await expectUndoable(s, () => s.core.call('codes:delete', { id: parent.id }));
    expect(await s.core.call('codes:list', {})).toEqual([]);
  });

  it('makes a code a folder only while it has no codings', async () => {
    const s = await setup();
    const code = await s.core.call('codes:create', { name: 'Thèmes', parentId: null });
    await expect(s.core.call('codes:update', { id: code.id, isCodable: false })).resolves.toMatchObject({ isCodable: false });
    await expect(s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: code.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const used = await s.core.call('codes:create', { name: 'Utilisé', parentId: null });
    await s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: used.id });
    await expect(s.core.call('codes:update', { id: used.id, isCodable: false })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('coding', () => {
  it('applies several codes to a selection in one undoable step', async () => {
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'A', parentId: null });
    const b = await s.core.call('codes:create', { name: 'B', parentId: null });
    await expectUndoable(s, () => s.core.call('codings:applyMany', { ...s.range('Personne n’a une vue'), codeIds: [a.id, b.id, a.id] }));
    expect(await s.core.call('codings:listByDocument', { documentId: s.documentId })).toHaveLength(2);
  });

  it('creates a code from the selection and applies it in one step (in-vivo coding)', async () => {
    const s = await setup();
    await expectUndoable(s, () => s.core.call('codings:applyNew', { ...s.range('une vue d’ensemble'), name: 'une vue d’ensemble' }));
    const [code] = await s.core.call('codes:list', {});
    expect(code).toMatchObject({ name: 'une vue d’ensemble', codings: 1 });
    await expect(s.core.call('codings:applyNew', { ...s.range('Chaque'), name: 'Une vue d’ensemble' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await s.core.call('codes:list', {})).toHaveLength(1);
  });

  it('adjusts a coding’s boundaries and refreshes its fingerprint', async () => {
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'A', parentId: null });
    const coding = await s.core.call('codings:apply', { ...s.range('La confiance'), codeId: a.id });
    const wider = s.range('La confiance se perd en une semaine');
    await expectUndoable(s, () => s.core.call('codings:update', { id: coding.id, start: wider.start, end: wider.end }));
    expect((await s.core.call('codings:retrieve', { codeId: a.id }))[0]!.text).toBe('La confiance se perd en une semaine');
    const row = s.core.session.current()!.context.db.prepare('SELECT anchor_text FROM codings WHERE id = ?').get(coding.id);
    expect(row).toEqual({ anchor_text: 'La confiance se perd en une semaine' });
  });
});

describe('memos', () => {
  it('attaches memos to a coding, a document, a code and the project, lists and finds them', async () => {
    const s = await setup();
    const code = await s.core.call('codes:create', { name: 'Confiance', parentId: null });
    const coding = await s.core.call('codings:apply', { ...s.range('La confiance se perd'), codeId: code.id });
    await expectUndoable(s, () => s.core.call('memos:create', { target: { type: 'coding', id: coding.id }, body: 'Image forte, à citer.' }));
    await s.core.call('memos:create', { target: { type: 'document', id: s.documentId }, title: 'Contexte', body: 'Entretien tendu.' });
    await s.core.call('memos:create', { target: { type: 'code', id: code.id }, title: 'Définition', body: 'Perception des habitants.' });
    await s.core.call('memos:create', { target: { type: 'project' }, title: 'Journal', body: 'Premier codage terminé.' });
    const memos = await s.core.call('memos:list', {});
    expect(memos).toHaveLength(4);
    expect(memos.find((m) => m.target.type === 'coding')!.targetLabel).toBe('Confiance · E01');
    expect(await s.core.call('memos:list', { target: { type: 'project' } })).toHaveLength(1);
    expect((await s.core.call('memos:list', { query: 'TENDU' })).map((m) => m.title)).toEqual(['Contexte']);
    const memo = memos.find((m) => m.title === 'Journal')!;
    await expectUndoable(s, () => s.core.call('memos:update', { id: memo.id, body: 'Codage terminé, relecture demain.' }));
    await expectUndoable(s, () => s.core.call('memos:delete', { id: memo.id }));
    await expect(s.core.call('memos:create', { target: { type: 'code', id: 999 }, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('are deleted with what they are about, and come back with it on undo', async () => {
    const s = await setup();
    const code = await s.core.call('codes:create', { name: 'Confiance', parentId: null });
    const coding = await s.core.call('codings:apply', { ...s.range('La confiance se perd'), codeId: code.id });
    await s.core.call('memos:create', { target: { type: 'coding', id: coding.id }, body: 'À citer.' });
    await expectUndoable(s, () => s.core.call('codings:remove', { id: coding.id }));
    expect(await s.core.call('memos:list', {})).toEqual([]);
    await s.core.call('history:undo', {});
    expect(await s.core.call('memos:list', {})).toHaveLength(1);
  });
});
