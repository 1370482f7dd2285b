import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../helpers/test-core';

const E01 = `Enquêtrice : Comment se passent les négociations avec les prestataires ?
Martine Lebrun : Nous avons dû négocier chaque contrat. L’école numérique de la ville a aidé les agents.
Confiance : La confiance se perd vite dans la ville.`;
const E02 = `Interviewer : What about the negotiations?
Karim Benali : We negotiated every data-sharing contract with the city council.`;

async function project() {
  const core = await createTestCore();
  await core.call('documents:import', { paths: [core.file('E01.txt', E01), core.file('E02.txt', E02)] });
  const documents = await core.call('documents:list', {});
  const idOf = (prefix: string) => documents.find((d) => d.name.startsWith(prefix))!.id;
  const search = async (query: string, filters = {}) => core.call('search:query', { query, filters });
  const hits = async (query: string, filters = {}) => (await search(query, filters)).hits;
  const indexedAt = () =>
    core.session.current()!.context.db.prepare('SELECT document_id, indexed_at FROM search_documents ORDER BY document_id').all() as { document_id: number; indexed_at: string }[];
  return { core, idOf, search, hits, indexedAt };
}

describe('search: per-project language', () => {
  it('stems with the project’s language, and re-indexes when it changes', async () => {
    const { core, hits } = await project();
    expect((await core.call('search:status', {})).language).toBe('fr');
    // French stemming leaves English inflections apart: only the form as written is found.
    expect(await hits('negotiated')).toHaveLength(1);
    const status = await core.call('search:setLanguage', { language: 'en' });
    expect(status.language).toBe('en');
    expect((await hits('negotiated')).map((h) => h.document)).toEqual(['E02', 'E02']);
    await core.session.current()!.searchIdle();
    expect((await core.call('search:status', {})).ready).toBe(true);
    await core.call('search:setLanguage', { language: 'fr+en' });
    expect((await hits('négociation')).map((h) => h.document)).toContain('E01');
    expect((await hits('negotiation')).map((h) => h.document)).toContain('E02');
  });
});

describe('search: queries', () => {
  it('never throws at malformed input or stop words, and says when it read plain words', async () => {
    const { search } = await project();
    const malformed = await search('ville: ~ +');
    expect(malformed.fellBack).toBe(true);
    expect(malformed.hits.length).toBeGreaterThan(0);
    expect((await search('"la ville')).hits.length).toBeGreaterThan(0);
    expect(await search('les de la')).toEqual({ hits: [], fellBack: false });
    expect((await search('ville^^ :: ~~')).hits.length).toBeGreaterThan(0);
    expect(await search('')).toEqual({ hits: [], fellBack: false });
  });

  it('finds phrases with stop words, whatever the accents and apostrophes typed', async () => {
    const { hits } = await project();
    const [hit] = await hits('"l\'ecole numerique"');
    expect(hit!.snippet.slice(hit!.highlights[0]!.start, hit!.highlights[0]!.end)).toBe('L’école numérique');
    expect(await hits('"la ville a aidé"')).toHaveLength(1);
    expect(await hits('"la ville a négocié"')).toEqual([]);
  });

  it('indexes stop words so that a phrase needs them in place, without letting them match anything else', async () => {
    const { core, hits } = await project();
    await core.call('documents:import', { paths: [core.file('E03.txt', 'Élu : Dans la ville, rien.\nÉlue : Une ville de la région.\nÉlu : Le centre ville.')] });
    // The indexed terms of each paragraph: stems and marked stop words, in the text's order.
    expect((await hits('"la ville"')).map((h) => h.snippet)).toEqual(expect.arrayContaining(['Dans la ville, rien.']));
    expect((await hits('"la ville"')).filter((h) => h.document === 'E03')).toHaveLength(1);
    expect((await hits('"de la région"')).map((h) => h.snippet)).toEqual(['Une ville de la région.']);
    expect((await hits('ville -"la ville"')).filter((h) => h.document === 'E03').map((h) => h.snippet).sort()).toEqual(['Le centre ville.', 'Une ville de la région.']);
    // A marked stop word is never a term a query can reach: not by a typo, not by a prefix.
    expect(await hits('xla~1')).toEqual([]);
    expect(await hits('la*')).toEqual([]);
  });

  it('never places a match in a speaker’s label', async () => {
    const { hits } = await project();
    const [hit] = (await hits('confiance')).filter((h) => h.speaker === 'Confiance');
    expect(hit!.matches).toHaveLength(1);
    expect(hit!.start).toBeGreaterThan(hit!.turnStart);
    expect(hit!.snippet.startsWith('La confiance')).toBe(true);
  });
});

describe('search: filters and updates', () => {
  it('filters by document', async () => {
    const { hits, idOf } = await project();
    expect((await hits('ville')).map((h) => h.document).sort()).toEqual(['E01', 'E01']);
    expect(await hits('ville', { documentIds: [idOf('E02')] })).toEqual([]);
    expect(await hits('ville', { documentIds: [idOf('E01')], speakers: ['Confiance'], speakerMode: 'exclude' })).toHaveLength(1);
  });

  it('re-indexes only the edited document, and answers from its new text', async () => {
    const { core, hits, idOf, indexedAt } = await project();
    await hits('ville');
    await core.session.current()!.searchIdle();
    const before = indexedAt();
    await new Promise((r) => setTimeout(r, 5));
    const id = idOf('E01');
    const text = (await core.call('documents:get', { id })).text;
    await core.call('documents:edit', { id, text: text.replace('chaque contrat', 'chaque contrat et les capteurs') });
    const [hit] = await hits('capteurs');
    expect(hit!.snippet).toContain('chaque contrat et les capteurs');
    const after = indexedAt();
    expect(after.find((r) => r.document_id === idOf('E02'))).toEqual(before.find((r) => r.document_id === idOf('E02')));
    expect(after.find((r) => r.document_id === id)!.indexed_at).not.toBe(before.find((r) => r.document_id === id)!.indexed_at);
  });
});

describe('search: incremental sync', () => {
  it('after an edit looks only at that document; a change made behind the app’s back is caught at the next open', async () => {
    const { core, hits, idOf, indexedAt } = await project();
    await hits('ville');
    await core.session.current()!.searchIdle();
    const before = indexedAt();
    // Another program changes E02 on disk (same turns, one word replaced), while the project is open.
    const other = new Database(core.projectPath);
    other.pragma('busy_timeout = 5000');
    other.prepare(`UPDATE documents SET text = replace(text, 'contract', 'zeppelin') WHERE id = ?`).run(idOf('E02'));
    other.close();
    await new Promise((r) => setTimeout(r, 5));
    const id = idOf('E01');
    const text = (await core.call('documents:get', { id })).text;
    await core.call('documents:edit', { id, text: text.replace('chaque contrat', 'chaque contrat et les capteurs') });
    expect(await hits('capteurs')).toHaveLength(1);
    // The app's edit made the worker look at E01 only: E02 was neither hashed nor rebuilt.
    expect(indexedAt().find((r) => r.document_id === idOf('E02'))).toEqual(before.find((r) => r.document_id === idOf('E02')));
    expect(await hits('zeppelin')).toEqual([]);
    await core.close();
    await core.call('project:open', { path: core.projectPath });
    const [found] = await hits('zeppelin');
    expect(found!.snippet).toContain('every data-sharing zeppelin');
    expect(await hits('capteurs')).toHaveLength(1);
  });

  it('follows undo and redo of an edit, and a deletion', async () => {
    const { core, hits, idOf } = await project();
    await hits('ville');
    const id = idOf('E02');
    const text = (await core.call('documents:get', { id })).text;
    await core.call('documents:edit', { id, text: text.replace('contract', 'zeppelin') });
    expect(await hits('zeppelin')).toHaveLength(1);
    await core.call('history:undo', {});
    expect(await hits('zeppelin')).toEqual([]);
    expect(await hits('contract')).toHaveLength(1);
    await core.call('history:redo', {});
    expect(await hits('zeppelin')).toHaveLength(1);
    await core.call('documents:delete', { id });
    expect(await hits('zeppelin')).toEqual([]);
    expect(await hits('ville')).toHaveLength(2);
  });
});

describe('search: auto-code', () => {
  it('refuses a folder code and leaves the project as it was', async () => {
    const { core } = await project();
    const folder = await core.call('codes:create', { name: 'Thèmes', parentId: null });
    await core.call('codes:create', { name: 'Confiance', parentId: folder.id });
    const codes = await core.call('codes:list', {});
    const isFolder = codes.find((c) => c.id === folder.id)!.isCodable === false;
    const historyBefore = await core.call('history:state', {});
    if (isFolder) {
      await expect(core.call('search:autoCode', { query: 'ville', codeId: folder.id, level: 'hit' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    await expect(core.call('search:autoCode', { query: 'ville', codeId: 99_999, level: 'hit' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await core.call('history:state', {})).toEqual(historyBefore);
    expect(await core.call('codings:retrieve', { codeId: folder.id })).toEqual([]);
  });

  it('codes hits found through filters only, and codes nothing when nothing matches', async () => {
    const { core } = await project();
    const code = await core.call('codes:create', { name: 'Ville', parentId: null });
    const none = await core.call('search:autoCode', { query: 'zanzibar', codeId: code.id, level: 'turn' });
    expect(none).toEqual({ applied: 0, alreadyCoded: 0, extended: 0 });
    const some = await core.call('search:autoCode', { query: 'ville', codeId: code.id, level: 'sentence', filters: { speakers: ['Confiance'] } });
    expect(some.applied).toBe(1);
    expect((await core.call('codings:retrieve', { codeId: code.id })).map((q) => q.text)).toEqual(['La confiance se perd vite dans la ville.']);
    await core.call('history:undo', {});
    expect(await core.call('codings:retrieve', { codeId: code.id })).toEqual([]);
  });
});
