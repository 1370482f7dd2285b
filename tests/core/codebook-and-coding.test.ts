import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/test-core';

const INTERVIEW = `Enquêtrice : Comment la ville gère-t-elle ses données ?

Martine Lebrun : Chaque service a ses fichiers. Personne n’a une vue d’ensemble.

Enquêtrice : Et la confiance des habitants ?

Martine Lebrun : La confiance se perd en une semaine et se regagne en des années.`;

async function coreWithInterview() {
  const core = await createTestCore();
  const { imported } = await core.call('documents:import', { paths: [core.file('E01.txt', INTERVIEW)] });
  const doc = await core.call('documents:get', { id: imported[0]!.id });
  return { core, doc };
}

describe('the codebook', () => {
  it('creates nested codes in tree order, with a default colour from the palette', async () => {
    const core = await createTestCore();
    const gov = await core.call('codes:create', { name: 'Gouvernance', parentId: null });
    const trust = await core.call('codes:create', { name: 'Confiance', parentId: null, color: '#AA3355' });
    const sov = await core.call('codes:create', { name: 'Souveraineté', parentId: gov.id, description: 'Maîtrise des données' });
    const codes = await core.call('codes:list', {});
    expect(codes.map((c) => c.name)).toEqual(['Gouvernance', 'Souveraineté', 'Confiance']);
    expect(trust.color).toBe('#aa3355');
    expect(gov.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(sov).toMatchObject({ parentId: gov.id, description: 'Maîtrise des données', codings: 0, documents: 0 });
  });

  it('rejects a duplicate sibling name, whatever its case or surrounding spaces, but allows it elsewhere in the tree', async () => {
    const core = await createTestCore();
    const parent = await core.call('codes:create', { name: 'Trust', parentId: null });
    await expect(core.call('codes:create', { name: ' trust ', parentId: null })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.call('codes:create', { name: 'Trust', parentId: parent.id })).resolves.toMatchObject({ parentId: parent.id });
  });

  it('rejects an empty name, a bad colour and an unknown parent', async () => {
    const core = await createTestCore();
    await expect(core.call('codes:create', { name: '   ', parentId: null })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('codes:create', { name: 'X', parentId: null, color: 'red' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('codes:create', { name: 'X', parentId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('coding and retrieval', () => {
  it('applies a code to a range and retrieves the exact quote with its document', async () => {
    const { core, doc } = await coreWithInterview();
    const code = await core.call('codes:create', { name: 'Confiance', parentId: null });
    const quote = 'La confiance se perd en une semaine';
    const start = doc.text.indexOf(quote);
    const coding = await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start, end: start + quote.length });
    expect(coding).toMatchObject({ documentId: doc.id, codeId: code.id, start, end: start + quote.length });

    const quotes = await core.call('codings:retrieve', { codeId: code.id });
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: quote, documentName: 'E01', codeName: 'Confiance' });
    const [listed] = await core.call('codes:list', {});
    expect(listed).toMatchObject({ codings: 1, documents: 1 });
    expect((await core.call('documents:list', {}))[0]).toMatchObject({ codings: 1 });
  });

  it('lets codings overlap and lists them by document in order', async () => {
    const { core, doc } = await coreWithInterview();
    const a = await core.call('codes:create', { name: 'A', parentId: null });
    const b = await core.call('codes:create', { name: 'B', parentId: null });
    await core.call('codings:apply', { documentId: doc.id, codeId: b.id, start: 30, end: 80 });
    await core.call('codings:apply', { documentId: doc.id, codeId: a.id, start: 10, end: 50 });
    const list = await core.call('codings:listByDocument', { documentId: doc.id });
    expect(list.map((c) => [c.codeId, c.start, c.end])).toEqual([
      [a.id, 10, 50],
      [b.id, 30, 80],
    ]);
  });

  it('does not duplicate the same coding applied twice', async () => {
    const { core, doc } = await coreWithInterview();
    const code = await core.call('codes:create', { name: 'A', parentId: null });
    const first = await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: 5, end: 20 });
    const again = await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: 5, end: 20 });
    expect(again.id).toBe(first.id);
    expect(await core.call('codings:listByDocument', { documentId: doc.id })).toHaveLength(1);
  });

  it('refuses ranges outside the text, empty or blank ranges, and unknown documents or codes', async () => {
    const { core, doc } = await coreWithInterview();
    const code = await core.call('codes:create', { name: 'A', parentId: null });
    const bad = [
      { documentId: doc.id, codeId: code.id, start: 10, end: 10 },
      { documentId: doc.id, codeId: code.id, start: 20, end: 10 },
      { documentId: doc.id, codeId: code.id, start: 0, end: doc.text.length + 1 },
    ];
    for (const input of bad) await expect(core.call('codings:apply', input)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const blank = doc.text.indexOf('\n\n');
    if (blank >= 0) {
      await expect(core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: blank, end: blank + 1 })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    await expect(core.call('codings:apply', { documentId: 999, codeId: code.id, start: 0, end: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.call('codings:apply', { documentId: doc.id, codeId: 999, start: 0, end: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('removes a coding', async () => {
    const { core, doc } = await coreWithInterview();
    const code = await core.call('codes:create', { name: 'A', parentId: null });
    const coding = await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: 5, end: 20 });
    await core.call('codings:remove', { id: coding.id });
    expect(await core.call('codings:retrieve', { codeId: code.id })).toEqual([]);
    await expect(core.call('codings:remove', { id: coding.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cuts quotes by UTF-16 offsets, also after emoji and other astral characters', async () => {
    const core = await createTestCore();
    const text = 'Elle a dit 😀 puis « la ville doit décider » et 𝔘 ensuite.';
    const { imported } = await core.call('documents:import', { paths: [core.file('emoji.txt', text)] });
    const stored = (await core.call('documents:get', { id: imported[0]!.id })).text;
    const code = await core.call('codes:create', { name: 'A', parentId: null });
    const quote = '« la ville doit décider »';
    const start = stored.indexOf(quote);
    await core.call('codings:apply', { documentId: imported[0]!.id, codeId: code.id, start, end: start + quote.length });
    expect((await core.call('codings:retrieve', { codeId: code.id }))[0]!.text).toBe(quote);
  });
});

describe('documents', () => {
  it('keeps names unique: a.txt and a.md become “a” and “a (2)”', async () => {
    const core = await createTestCore();
    const { imported } = await core.call('documents:import', { paths: [core.file('a.txt', 'Un.'), core.file('a.md', 'Deux.')] });
    expect(imported.map((d) => d.name)).toEqual(['a', 'a (2)']);
  });

  it('renames a document and refuses a name already taken', async () => {
    const core = await createTestCore();
    const { imported } = await core.call('documents:import', { paths: [core.file('a.txt', 'Un.'), core.file('b.txt', 'Deux.')] });
    await expect(core.call('documents:rename', { id: imported[0]!.id, name: 'E01 — élue' })).resolves.toMatchObject({ name: 'E01 — élue' });
    await expect(core.call('documents:rename', { id: imported[1]!.id, name: 'e01 — ÉLUE' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('counts words with Intl.Segmenter and splits a text without speakers into paragraphs', async () => {
    const core = await createTestCore();
    const { imported } = await core.call('documents:import', {
      paths: [core.file('p.txt', 'L’école est ouverte.\n\nAujourd’hui — enfin — on parle.')],
    });
    const doc = await core.call('documents:get', { id: imported[0]!.id });
    expect(doc.words).toBe(7); // Intl.Segmenter keeps « L’école » and « Aujourd’hui » as one word each
    expect(doc.turnList).toHaveLength(2);
    expect(doc.turnList.map((t) => doc.text.slice(t.start, t.end))).toEqual(['L’école est ouverte.', 'Aujourd’hui — enfin — on parle.']);
    expect(doc.turnList.every((t) => t.speaker === null && t.labelEnd === t.start)).toBe(true);
  });

  it('reports a bad file by name without stopping the others, and leaves the project as it was when all fail', async () => {
    const core = await createTestCore();
    const report = await core.call('documents:import', {
      paths: [core.file('bon.txt', 'Bonjour.'), core.file('image.png', new Uint8Array([137, 80, 78, 71])), core.file('vide.txt', '')],
    });
    expect(report.imported.map((d) => d.name)).toEqual(['bon']);
    expect(report.errors.map((e) => e.file)).toEqual(['image.png', 'vide.txt']);
    for (const e of report.errors) expect(e.message).toContain(e.file);

    const before = await core.call('documents:list', {});
    const failed = await core.call('documents:import', { paths: [core.file('x.pdf', '%PDF-1.4')] });
    expect(failed.imported).toEqual([]);
    expect(await core.call('documents:list', {})).toEqual(before);
  });

  it('deletes a document with its codings', async () => {
    const { core, doc } = await coreWithInterview();
    const code = await core.call('codes:create', { name: 'A', parentId: null });
    await core.call('codings:apply', { documentId: doc.id, codeId: code.id, start: 5, end: 20 });
    await core.call('documents:delete', { id: doc.id });
    expect(await core.call('documents:list', {})).toEqual([]);
    expect(await core.call('codings:retrieve', { codeId: code.id })).toEqual([]);
    await expect(core.call('documents:get', { id: doc.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('importing a folder', () => {
  it('imports every file inside, sub-folders included, skipping hidden and Office lock files', async () => {
    const core = await createTestCore();
    core.file('entretiens/E02.txt', 'Deux.');
    core.file('entretiens/E10.txt', 'Dix.');
    core.file('entretiens/E01.md', '# Un');
    core.file('entretiens/.DS_Store', 'x');
    core.file('entretiens/~$E03.docx', 'x');
    core.file('entretiens/annexes/E11.txt', 'Onze.');
    const { imported, errors } = await core.call('documents:import', { paths: [join(core.dir, 'files', 'entretiens')] });
    expect(imported.map((d) => d.name).sort()).toEqual(['E01', 'E02', 'E10', 'E11']);
    expect(errors).toEqual([]);
  });
});
