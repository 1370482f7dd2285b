import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/parse-query';
import { createAnalyzer } from '../../../electron/core/search/language';
import { createTestCore } from '../../helpers/test-core';

const E01 = `Enquêtrice : Comment se passent les négociations avec les prestataires ?
Martine Lebrun : Nous avons dû négocier chaque contrat. L’école numérique de la ville a aidé les agents.
Enquêtrice : Et la souveraineté des données ?
Martine Lebrun : C’est une question de souveraineté : la ville doit maîtriser ses données.`;
const E02 = `Enquêteur : What about the negotiations?
Karim Benali : We negotiated every data-sharing contract with the city council.
Enquêteur : And trust?
Karim Benali : Trust is earned slowly. The citizens want transparency.`;

async function searchable(language?: 'fr' | 'en' | 'fr+en') {
  const core = await createTestCore();
  await core.call('cases:import', { path: core.file('p.csv', 'Id;Groupe\nE01;élu\nE02;prestataire\n') });
  await core.call('documents:import', { paths: [core.file('E01 - élue.txt', E01), core.file('E02 - prestataire.txt', E02)] });
  await core.call('cases:autoLink', {});
  if (language) await core.call('search:setLanguage', { language });
  const search = async (query: string, filters = {}) => (await core.call('search:query', { query, filters })).hits;
  const texts = async (query: string, filters = {}) => {
    const docs = new Map((await core.call('documents:list', {})).map((d) => [d.id, d.id]));
    const hits = await search(query, filters);
    return Promise.all(
      hits.flatMap((h) => h.matches.map(async (m) => (await core.call('documents:get', { id: docs.get(h.documentId)! })).text.slice(m.start, m.end))),
    );
  };
  return { core, search, texts };
}

describe('the French and English pipeline', () => {
  it('stems, folds accents and drops stop words as Lunr does', () => {
    const fr = createAnalyzer('fr');
    expect(fr('négociations')).toEqual(fr('négocier'));
    expect(fr('Négociation')).toEqual(fr('negociation'));
    expect(fr('les')).toEqual([]);
    const en = createAnalyzer('en');
    expect(en('negotiations')).toEqual(en('negotiation'));
    expect(en('the')).toEqual([]);
    expect(createAnalyzer('fr+en')('the')).not.toEqual([]); // “the” is a French word (le thé)
  });

  it('reads Lunr’s query syntax, phrases apart, and falls back to plain words on malformed input', () => {
    expect(parseQuery('confiance -méfiance négoc* contart~1 "vue d’ensemble"')).toEqual({
      clauses: [
        { text: 'confiance', presence: 'required', prefix: false, editDistance: 0 },
        { text: 'méfiance', presence: 'prohibited', prefix: false, editDistance: 0 },
        { text: 'negoc', presence: 'required', prefix: true, editDistance: 0 }, // Lunr folds wildcard terms
        { text: 'contart', presence: 'required', prefix: false, editDistance: 1 },
      ],
      phrases: [{ words: ['vue', 'd', 'ensemble'], presence: 'required' }],
      fellBack: false,
    });
    const broken = parseQuery('école: ~ +');
    expect(broken.fellBack).toBe(true);
    expect(broken.clauses.map((c) => c.text)).toEqual(['école']);
  });
});

describe('search', () => {
  it('finds inflected forms, accent-less spellings and words after an elision, with snippets and highlights', async () => {
    const { search, texts } = await searchable();
    expect(await texts('négociations')).toEqual(['négociations', 'négocier']);
    expect(await texts('negociation')).toEqual(['négociations', 'négocier']);
    expect(await texts('école')).toEqual(['école']);
    const hits = await search('souveraineté données');
    expect(hits.map((h) => h.speaker).sort()).toEqual(['Enquêtrice', 'Martine Lebrun']);
    const hit = hits[0];
    expect(hit!.document).toBe('E01 - élue');
    expect(hit!.snippet.slice(hit!.highlights[0]!.start, hit!.highlights[0]!.end).toLowerCase()).toBe('souveraineté');
  });

  it('requires every plain word, excludes -words, matches prefixes, typos and exact phrases', async () => {
    const { search, texts } = await searchable('fr+en');
    expect((await search('ville agents')).map((h) => h.document)).toEqual(['E01 - élue']);
    expect(await search('ville -agents')).toHaveLength(1);
    expect((await search('ville -agents'))[0]!.snippet).toContain('souveraineté');
    expect(await texts('négoc*')).toEqual(['négociations', 'négocier']);
    expect(await texts('transparancy~1')).toEqual(['transparency']);
    expect(await texts('"city council"')).toEqual(['city council']);
    expect(await search('"council city"')).toEqual([]);
    expect(await search('école: ~ +')).toHaveLength(1); // malformed: read as plain words
  });

  it('filters by document, participants’ attributes, speakers and codes', async () => {
    const { core, search } = await searchable('fr+en');
    const [groupe] = await core.call('attributes:list', {});
    expect((await search('contrat contract')).length).toBe(0);
    expect((await search('data', { attributes: [{ attributeId: groupe!.id, values: ['prestataire'] }] })).map((h) => h.document)).toEqual(['E02 - prestataire']);
    expect(await search('négociations', { attributes: [{ attributeId: groupe!.id, values: ['prestataire'] }] })).toEqual([]);
    // Dates filter by a range (either end open), as in the analysis view.
    const date = await core.call('attributes:create', { name: 'Entretien le', type: 'date' });
    const cases = await core.call('cases:list', {});
    const caseOf = (prefix: string) => cases.find((c) => c.name.startsWith(prefix))!;
    await core.call('cases:setValue', { caseId: caseOf('E01').id, attributeId: date.id, value: '2026-03-14' });
    await core.call('cases:setValue', { caseId: caseOf('E02').id, attributeId: date.id, value: '2026-05-02' });
    const inRange = async (from?: string, to?: string) => {
      const filters = { attributes: [{ attributeId: date.id, ...(from ? { from } : {}), ...(to ? { to } : {}) }] };
      const hits = [...(await search('ville', filters)), ...(await search('data', filters))];
      return [...new Set(hits.map((h) => h.document))].sort();
    };
    expect(await inRange('2026-03-01', '2026-03-31')).toEqual(['E01 - élue']);
    expect(await inRange('2026-04-01')).toEqual(['E02 - prestataire']);
    expect(await inRange('2027-01-01')).toEqual([]);
    expect(await inRange(undefined, '2026-12-31')).toEqual(['E01 - élue', 'E02 - prestataire']);
    expect(await search('negotiations', { speakers: ['Enquêteur'], speakerMode: 'exclude' })).toHaveLength(1);
    expect((await search('negotiations', { speakers: ['Enquêteur'] }))[0]!.speaker).toBe('Enquêteur');

    const code = await core.call('codes:create', { name: 'Souveraineté', parentId: null });
    const [e01] = (await core.call('documents:list', {})).filter((d) => d.name.startsWith('E01'));
    const text = (await core.call('documents:get', { id: e01!.id })).text;
    const start = text.indexOf('la ville doit');
    await core.call('codings:apply', { documentId: e01!.id, codeId: code.id, start, end: start + 30 });
    expect((await search('ville', { codeIds: [code.id] })).flatMap((h) => h.matches)).toHaveLength(1);
    expect((await search('ville', { codeIds: [code.id], codeMode: 'outside' })).flatMap((h) => h.matches)).toHaveLength(1);
  });

  it('in blind coding, filters by codes with only the given coders’ codings', async () => {
    const { core, search } = await searchable('fr+en');
    const code = await core.call('codes:create', { name: 'Souveraineté', parentId: null });
    const [e01] = (await core.call('documents:list', {})).filter((d) => d.name.startsWith('E01'));
    const text = (await core.call('documents:get', { id: e01!.id })).text;
    const alice = await core.call('coders:use', { name: 'Alice' });
    const first = text.indexOf('la ville a aidé');
    await core.call('codings:apply', { documentId: e01!.id, codeId: code.id, start: first, end: first + 15 });
    const bruno = await core.call('coders:use', { name: 'Bruno' });
    const second = text.indexOf('la ville doit');
    await core.call('codings:apply', { documentId: e01!.id, codeId: code.id, start: second, end: second + 13 });
    const matched = async (filters: object) =>
      (await search('ville', { codeIds: [code.id], ...filters })).flatMap((h) => h.matches).map((m) => m.start);
    const inAlice = first + 3;
    const inBruno = second + 3;
    expect((await matched({})).sort()).toEqual([inAlice, inBruno]);
    expect(await matched({ coderIds: [alice.id] })).toEqual([inAlice]);
    expect(await matched({ coderIds: [bruno.id] })).toEqual([inBruno]);
    expect(await matched({ coderIds: [alice.id], codeMode: 'outside' })).toEqual([inBruno]);
    expect(await matched({ coderIds: [bruno.id], codeMode: 'outside' })).toEqual([inAlice]);
    expect(await matched({ codeMode: 'outside' })).toEqual([]);
    expect((await matched({ coderIds: [alice.id, bruno.id] })).sort()).toEqual([inAlice, inBruno]);
  });

  it('keeps the index up to date after an import, an edit, a deletion and their undo', async () => {
    const { core, search } = await searchable();
    expect(await search('capteurs')).toEqual([]);
    await core.call('documents:import', { paths: [core.file('E03.txt', 'Experte : Les capteurs de la place du Marché.')] });
    expect(await search('capteurs')).toHaveLength(1);
    const [e01] = (await core.call('documents:list', {})).filter((d) => d.name.startsWith('E01'));
    const text = (await core.call('documents:get', { id: e01!.id })).text;
    await core.call('documents:edit', { id: e01!.id, text: text.replace('chaque contrat', 'chaque contrat et les capteurs') });
    expect(await search('capteurs')).toHaveLength(2);
    await core.call('history:undo', {});
    expect(await search('capteurs')).toHaveLength(1);
    await core.call('documents:delete', { id: e01!.id });
    expect(await search('souveraineté')).toEqual([]);
    await core.call('history:undo', {});
    expect(await search('souveraineté')).toHaveLength(2); // the question and the answer
  });

  it('keeps the index in the project file: reopening does not rebuild it', async () => {
    const { core, search } = await searchable();
    await search('ville');
    await core.session.current()!.searchIdle();
    const db = core.session.current()!.context.db;
    const before = db.prepare('SELECT document_id, indexed_at FROM search_documents ORDER BY document_id').all();
    expect(before).toHaveLength(2);
    await core.close();
    await core.call('project:open', { path: core.projectPath });
    expect(await search('ville')).toHaveLength(2);
    await core.session.current()!.searchIdle();
    expect(core.session.current()!.context.db.prepare('SELECT document_id, indexed_at FROM search_documents ORDER BY document_id').all()).toEqual(before);
  });

  it('auto-codes every hit at the level of the words, the sentence or the turn, in one undoable step', async () => {
    const { core, search } = await searchable();
    const code = await core.call('codes:create', { name: 'Négociation', parentId: null });
    expect(await core.call('search:autoCode', { query: 'négociations', codeId: code.id, level: 'hit' })).toEqual({ applied: 2, alreadyCoded: 0, extended: 0 });
    expect(await core.call('search:autoCode', { query: 'négociations', codeId: code.id, level: 'hit' })).toEqual({ applied: 0, alreadyCoded: 2, extended: 0 });
    expect((await core.call('codings:retrieve', { codeId: code.id })).map((q) => q.text)).toEqual(['négociations', 'négocier']);
    await core.call('history:undo', {}); // one step undoes the whole auto-code
    expect(await core.call('codings:retrieve', { codeId: code.id })).toEqual([]);
    const sentence = await core.call('search:autoCode', { query: 'contrat', codeId: code.id, level: 'sentence' });
    expect(sentence.applied).toBe(1);
    expect((await core.call('codings:retrieve', { codeId: code.id })).map((q) => q.text)).toEqual(['Nous avons dû négocier chaque contrat.']);
    await core.call('history:undo', {});
    const hit = (await search('négocier')).find((h) => h.speaker === 'Martine Lebrun');
    await core.call('search:autoCode', { query: 'négociations', codeId: code.id, level: 'turn', selected: [{ documentId: hit!.documentId, start: hit!.start, end: hit!.end }] });
    expect((await core.call('codings:retrieve', { codeId: code.id })).map((q) => q.text)).toEqual([
      'Nous avons dû négocier chaque contrat. L’école numérique de la ville a aidé les agents.',
    ]);
  });
});
