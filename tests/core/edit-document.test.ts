import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../electron/core/documents/edit/text-diff';
import { createTestCore } from '../helpers/test-core';

const TEXT = `Enquêtrice : Comment la ville gère-t-elle ses données ?
Martine Lebrun : Chaque service a ses fichiers. Personne n’a une vue d’ensemble.
Enquêtrice : Et la confiance des habitants ?
Martine Lebrun : La confiance se perd en une semaine et se regagne en des années.`;

async function codedDocument() {
  const core = await createTestCore();
  const { imported } = await core.call('documents:import', { paths: [core.file('E01.txt', TEXT)] });
  const id = imported[0]!.id;
  const code = await core.call('codes:create', { name: 'Confiance', parentId: null });
  const other = await core.call('codes:create', { name: 'Silos', parentId: null });
  const coded = async (codeId: number, quote: string) => {
    const start = TEXT.indexOf(quote);
    return core.call('codings:apply', { documentId: id, codeId, start, end: start + quote.length });
  };
  await coded(code.id, 'La confiance se perd en une semaine');
  await coded(other.id, 'Chaque service a ses fichiers.');
  const quotes = async () => {
    const doc = await core.call('documents:get', { id });
    const codings = await core.call('codings:listByDocument', { documentId: id });
    return codings.map((c) => doc.text.slice(c.start, c.end));
  };
  return { core, id, quotes };
}

describe('editing a transcript', () => {
  it('keeps codings on the same words after a correction before them', async () => {
    const { core, id, quotes } = await codedDocument();
    const edited = TEXT.replace('gère-t-elle ses données', 'gère-t-elle aujourd’hui ses données urbaines');
    const report = await core.call('documents:edit', { id, text: edited });
    expect(report).toMatchObject({ kept: 2, reanchored: 0, lost: [] });
    expect(await quotes()).toEqual(['Chaque service a ses fichiers.', 'La confiance se perd en une semaine']);
  });

  it('follows a correction inside a coded passage and at its edges', async () => {
    const { core, id, quotes } = await codedDocument();
    const edited = TEXT.replace('La confiance se perd en une semaine', 'La confiance se perd en une seule semaine').replace('Chaque service', 'Chacun des services');
    await core.call('documents:edit', { id, text: edited });
    expect(await quotes()).toEqual(['Chacun des services a ses fichiers.', 'La confiance se perd en une seule semaine']);
  });

  it('does not swallow text inserted right before or after a coded passage', async () => {
    const { core, id, quotes } = await codedDocument();
    const edited = TEXT.replace('Chaque service a ses fichiers.', '[rires] Chaque service a ses fichiers. [silence]');
    await core.call('documents:edit', { id, text: edited });
    expect((await quotes())[0]).toBe('Chaque service a ses fichiers.');
  });

  it('reports, and removes, a coding whose words were deleted; undo brings it back', async () => {
    const { core, id, quotes } = await codedDocument();
    const edited = TEXT.replace(' Chaque service a ses fichiers.', '');
    const report = await core.call('documents:edit', { id, text: edited });
    expect(report.lost).toEqual([{ id: expect.any(Number), codeName: 'Silos', text: 'Chaque service a ses fichiers.' }]);
    expect(await quotes()).toEqual(['La confiance se perd en une semaine']);
    await core.call('history:undo', {});
    expect(await quotes()).toEqual(['Chaque service a ses fichiers.', 'La confiance se perd en une semaine']);
    expect((await core.call('documents:get', { id })).text).toBe(TEXT);
  });

  it('finds codings again by fingerprint when the text was rewritten beyond what a diff follows', async () => {
    const { core, id, quotes } = await codedDocument();
    // Paragraphs reordered and much new text: the diff gives up, fingerprints take over.
    const lines = TEXT.split('\n');
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraphe ajouté numéro ${i} avec des mots variés ${i * 7}.`).join('\n');
    const edited = [lines[2], lines[3], filler, lines[0], lines[1]].join('\n');
    const { hunks, followed } = diffTexts(TEXT, edited, 20);
    expect(followed).toBe(false);
    expect(hunks).toHaveLength(1);
    const report = await core.call('documents:edit', { id, text: edited });
    expect(report.lost).toEqual([]);
    expect((await quotes()).sort()).toEqual(['Chaque service a ses fichiers.', 'La confiance se perd en une semaine']);
  });

  it('keeps one turn per paragraph with the speaker of the turn it came from, and counts words again', async () => {
    const { core, id } = await codedDocument();
    const edited = TEXT.replace('Personne n’a une vue d’ensemble.', 'Personne n’a une vue\nd’ensemble, vraiment.');
    const report = await core.call('documents:edit', { id, text: edited });
    const doc = await core.call('documents:get', { id });
    expect(doc.turnList).toHaveLength(5);
    expect(doc.turnList.map((t) => doc.text.slice(t.start, t.end))).toEqual(edited.split('\n'));
    expect(report.document.words).toBe(doc.words);
    expect(doc.turnList[2]!.labelEnd).toBe(doc.turnList[2]!.start);
  });

  it('refuses to empty a document and ignores an edit that changes nothing', async () => {
    const { core, id } = await codedDocument();
    await expect(core.call('documents:edit', { id, text: '  \n ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const before = await core.call('history:state', {});
    await core.call('documents:edit', { id, text: TEXT });
    expect(await core.call('history:state', {})).toEqual(before);
  });
});
