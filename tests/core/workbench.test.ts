import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MERGE_WINDOW_MS } from '../../electron/core/history/journal';
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

/** A project with one document of `answers` paragraphs and one code, and its database (to read anchors). */
async function longDocument(answers: number) {
  const core = await createTestCore();
  const long = Array.from({ length: answers }, (_, i) => `Participant : Réponse numéro ${i}, assez longue pour remplir le document.`).join('\n\n');
  const { imported } = await core.call('documents:import', { paths: [core.file('long.txt', long)] });
  const code = await core.call('codes:create', { name: 'A', parentId: null });
  return { core, id: imported[0]!.id, code, db: core.session.current()!.context.db };
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

describe('code counts', () => {
  it('counts codings and documents per code, own and with sub-codes (a document once)', async () => {
    const s = await setup();
    const { imported } = await s.core.call('documents:import', { paths: [s.core.file('E02.txt', 'Martine : La confiance revient lentement.')] });
    const other = imported[0]!.id;
    const parent = await s.core.call('codes:create', { name: 'Gouvernance', parentId: null });
    const child = await s.core.call('codes:create', { name: 'Silos', parentId: parent.id });
    const grandchild = await s.core.call('codes:create', { name: 'Fichiers', parentId: child.id });
    const lone = await s.core.call('codes:create', { name: 'Seul', parentId: null });
    await s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: parent.id });
    await s.core.call('codings:apply', { ...s.range('Personne n’a'), codeId: child.id });
    await s.core.call('codings:apply', { ...s.range('ses fichiers'), codeId: grandchild.id });
    await s.core.call('codings:apply', { documentId: other, start: 10, end: 22, codeId: grandchild.id });
    const counts = (await s.core.call('codes:list', {})).map((c) => [c.name, c.codings, c.documents, c.codingsWithSubcodes, c.documentsWithSubcodes]);
    expect(counts).toEqual([
      ['Gouvernance', 1, 1, 4, 2],
      ['Silos', 1, 1, 3, 2],
      ['Fichiers', 2, 2, 2, 2],
      ['Seul', 0, 0, 0, 0],
    ]);
    // One code (as every call answering a code gives it) carries the same counts as the list.
    expect(await s.core.call('codes:update', { id: child.id, color: '#336699' })).toMatchObject({ codings: 1, documents: 1, codingsWithSubcodes: 3, documentsWithSubcodes: 2 });
    expect(lone).toMatchObject({ codingsWithSubcodes: 0, documentsWithSubcodes: 0 });
  });
});

describe('coding', () => {
  it('applies several codes to a selection in one undoable step, named as such', async () => {
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'A', parentId: null });
    const b = await s.core.call('codes:create', { name: 'B', parentId: null });
    await expectUndoable(s, () => s.core.call('codings:applyMany', { ...s.range('Personne n’a une vue'), codeIds: [a.id, b.id, a.id] }));
    expect(await s.core.call('codings:listByDocument', { documentId: s.documentId })).toHaveLength(2);
    expect(await s.core.call('history:state', {})).toMatchObject({ undo: { action: 'codings:applyMany', subject: 'A, B' } });
    await s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: a.id });
    expect(await s.core.call('history:state', {})).toMatchObject({ undo: { action: 'codings:apply', subject: 'A' } });
  });

  it('gives one coding by id, and NOT_FOUND once it is gone', async () => {
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'A', parentId: null });
    const coding = await s.core.call('codings:apply', { ...s.range('Chaque service'), codeId: a.id });
    await expect(s.core.call('codings:get', { id: coding.id })).resolves.toEqual({ ...coding, absorbed: undefined });
    await s.core.call('codings:remove', { id: coding.id });
    await expect(s.core.call('codings:get', { id: coding.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores the anchor fingerprint from the text around the passage, emoji and edits included', async () => {
    const { core, id, code, db } = await longDocument(400);
    const anchorOf = (codingId: number) => db.prepare('SELECT start, end, anchor_text, anchor_before, anchor_after FROM codings WHERE id = ?').get(codingId);
    const expectAnchored = async (start: number, end: number) => {
      const text = (await core.call('documents:get', { id })).text;
      const coding = await core.call('codings:apply', { documentId: id, codeId: code.id, start, end });
      expect(anchorOf(coding.id)).toEqual({
        start,
        end,
        anchor_text: text.slice(start, end),
        anchor_before: text.slice(Math.max(0, start - 32), start),
        anchor_after: text.slice(end, end + 32),
      });
      return text;
    };
    // At the very start, in the middle, at the very end.
    await expectAnchored(0, 11);
    await expectAnchored(20_000, 20_040);
    const stored = (await core.call('documents:get', { id })).text;
    await expectAnchored(stored.length - 12, stored.length);
    await expect(core.call('codings:apply', { documentId: id, codeId: code.id, start: stored.length - 5, end: stored.length + 1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    // An edit puts characters beyond the BMP before the passages: offsets stay UTF-16 units.
    await core.call('documents:edit', { id, text: `😀𝔘 ${stored}` });
    const text = await expectAnchored(20_001, 20_050);
    expect(text.startsWith('😀𝔘')).toBe(true);
    await expectAnchored(5, 16);
    // Undoing the edit brings the plain text back, and the next coding is anchored in it.
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    await expectAnchored(25_000, 25_020);
  });

  it('anchors in the text as stored even when another program changed it behind the core’s back', async () => {
    const { core, id, code, db } = await longDocument(200);
    const anchorText = (codingId: number) => (db.prepare('SELECT anchor_text FROM codings WHERE id = ?').get(codingId) as { anchor_text: string }).anchor_text;
    // The first coding reads (and keeps) the text.
    const first = await core.call('codings:apply', { documentId: id, codeId: code.id, start: 0, end: 11 });
    expect(anchorText(first.id)).toBe('Participant');
    // Another connection rewrites it with the same byte length: only the file's data version tells.
    const other = new Database(core.projectPath);
    other.prepare('UPDATE documents SET text = replace(text, ?, ?) WHERE id = ?').run('Participant', 'Particopant', id);
    other.close();
    const codeB = await core.call('codes:create', { name: 'B', parentId: null });
    const second = await core.call('codings:apply', { documentId: id, codeId: codeB.id, start: 0, end: 11 });
    expect(anchorText(second.id)).toBe('Particopant');
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
  afterEach(() => vi.useRealTimers());

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
    // (Not the memo created last: an edit right after its creation joins the creation's undo step.)
    const memo = memos.find((m) => m.title === 'Contexte')!;
    await expectUndoable(s, () => s.core.call('memos:update', { id: memo.id, body: 'Entretien tendu, puis apaisé.' }));
    await expectUndoable(s, () => s.core.call('memos:delete', { id: memo.id }));
    await expect(s.core.call('memos:create', { target: { type: 'code', id: 999 }, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('join one undo step while they are autosaved in one writing session, with the memo’s creation', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T10:00:00Z') });
    const s = await setup();
    const before = await s.state();
    const memo = await s.core.call('memos:create', { target: { type: 'document', id: s.documentId }, body: 'Premiers' });
    for (const body of ['Premiers mots', 'Premiers mots du mémo', 'Premiers mots du mémo, suite.']) {
      vi.advanceTimersByTime(3_000);
      await s.core.call('memos:update', { id: memo.id, body });
    }
    const written = await s.state();
    // One step: undo removes the memo, redo brings back its last text.
    await s.core.call('history:undo', {});
    expect(await s.state()).toEqual(before);
    expect((await s.core.call('history:state', {})).undo).toMatchObject({ action: 'documents:import' });
    await s.core.call('history:redo', {});
    expect(await s.state()).toEqual(written);
    expect((await s.core.call('history:state', {})).undo).toEqual({ action: 'memos:create', subject: null });
    // The journal keeps one copy of the memo's text, not one per save.
    const { revert } = s.core.session.current()!.context.db.prepare(`SELECT revert FROM ops ORDER BY id DESC LIMIT 1`).get() as { revert: string };
    expect(JSON.parse(revert)).toHaveLength(1);

    // After a pause longer than the window, or another operation in between, a save is a step of its own.
    vi.advanceTimersByTime(MERGE_WINDOW_MS + 1);
    await s.core.call('memos:update', { id: memo.id, body: 'Réécrit plus tard.' });
    const code = await s.core.call('codes:create', { name: 'Entre-temps', parentId: null });
    await s.core.call('memos:update', { id: memo.id, body: 'Réécrit plus tard, après un code.' });
    await s.core.call('history:undo', {});
    expect((await s.core.call('memos:list', {}))[0]!.body).toBe('Réécrit plus tard.');
    await s.core.call('history:undo', {});
    expect((await s.core.call('codes:list', {})).map((c) => c.id)).not.toContain(code.id);
    await s.core.call('history:undo', {});
    expect((await s.core.call('memos:list', {}))[0]!.body).toBe('Premiers mots du mémo, suite.');
  });

  it('of a code’s definition join one undo step; a rename or another code’s definition does not', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T10:00:00Z') });
    const s = await setup();
    const a = await s.core.call('codes:create', { name: 'A', parentId: null });
    const b = await s.core.call('codes:create', { name: 'B', parentId: null });
    const descriptionOf = async (id: number) => (await s.core.call('codes:list', {})).find((c) => c.id === id)!.description;
    for (const description of ['Inclut', 'Inclut : la perception', 'Inclut : la perception. Exclut : la sécurité.']) {
      vi.advanceTimersByTime(2_000);
      await s.core.call('codes:update', { id: a.id, description });
    }
    await s.core.call('codes:update', { id: b.id, description: 'Autre' });
    await s.core.call('codes:update', { id: b.id, name: 'B2' });
    await s.core.call('history:undo', {});
    await s.core.call('history:undo', {});
    expect(await descriptionOf(b.id)).toBe('');
    expect(await descriptionOf(a.id)).toBe('Inclut : la perception. Exclut : la sécurité.');
    await s.core.call('history:undo', {});
    expect(await descriptionOf(a.id)).toBe('');
    expect(await s.core.call('history:state', {})).toMatchObject({ undo: { action: 'codes:create', subject: 'B' } });
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
