import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentByName, interviewStudy } from './study';

describe('the pseudonym table', () => {
  it('suggests participants with their identifiers, accepts them all, and suggests nothing twice', async () => {
    const core = await interviewStudy();
    const { suggestions } = await core.call('pseudonyms:suggest', {});
    const lebrun = suggestions.find((s) => s.text === 'Martine Lebrun')!;
    expect(lebrun).toMatchObject({ category: 'participant', replacement: '[E01]', variants: expect.arrayContaining(['Martine', 'Lebrun']) });
    // Four speaker labels, « je m’appelle Martine Lebrun », « Lebrun, tu es trop têtue ».
    expect(lebrun.occurrences).toBe(6);
    expect(lebrun.contexts[0]).toMatchObject({ where: 'E01 - élue', snippet: expect.stringContaining('Martine Lebrun') });
    const garnier = suggestions.find((s) => s.text === 'Jean-Paul Garnier')!;
    expect(garnier.replacement).toMatch(/^\[Personne \d+\]$/u);
    expect(suggestions.find((s) => s.text === 'Agen')?.replacement).toMatch(/^\[Lieu \d+\]$/u);

    const { added } = await core.call('pseudonyms:accept', { all: true });
    expect(added.length).toBe(suggestions.length);
    expect((await core.call('pseudonyms:suggest', {})).suggestions).toEqual([]);
    const table = await core.call('pseudonyms:list', {});
    expect(table.find((p) => p.original === 'Martine Lebrun')).toMatchObject({ replacement: '[E01]', enabled: true, matching: 'word', documents: 1 });
    // Numbered replacements are unique per category.
    const persons = table.filter((p) => p.category === 'person').map((p) => p.replacement);
    expect(new Set(persons).size).toBe(persons.length);
    expect(core.events.some((e) => e.name === 'project:changed' && (e.payload as { entities: string[] }).entities.includes('pseudonyms'))).toBe(true);
  });

  it('suggests names found only in memos and codes, with where they are', async () => {
    const core = await interviewStudy();
    await core.call('memos:create', { target: { type: 'project' }, title: 'Relances', body: 'Rappeler Mme Morel avant mars.' });
    await core.call('codes:create', { name: 'Relations avec Garance Dubreuil', parentId: null });
    const { suggestions } = await core.call('pseudonyms:suggest', {});
    expect(suggestions.find((s) => s.text === 'Morel')).toMatchObject({ category: 'person', occurrences: 1, contexts: [expect.objectContaining({ documentId: null, where: 'Memo Relances', snippet: expect.stringContaining('Mme Morel') })] });
    expect(suggestions.find((s) => s.text === 'Garance Dubreuil')).toMatchObject({ occurrences: 1, contexts: [expect.objectContaining({ where: 'Code Relations avec Garance Dubreuil', start: 0, end: 0 })] });
  });

  it('rejects suggestions for good, until unrejected', async () => {
    const core = await interviewStudy();
    await core.call('pseudonyms:reject', { items: [{ text: 'Agen', category: 'place' }] });
    expect((await core.call('pseudonyms:suggest', {})).suggestions.map((s) => s.text)).not.toContain('Agen');
    const [rejected] = await core.call('pseudonyms:rejected', {});
    expect(rejected).toMatchObject({ key: 'place:agen', text: 'Agen' });
    await core.call('pseudonyms:unreject', { keys: ['place:agen'] });
    expect((await core.call('pseudonyms:suggest', {})).suggestions.map((s) => s.text)).toContain('Agen');
  });

  it('adds by hand and from a selection, refuses a duplicate form, and highlights occurrences', async () => {
    const core = await interviewStudy();
    const doc = await documentByName(core, 'E01 - élue');
    const start = doc.text.indexOf('Villeneuve-sur-Lot');
    const fromSelection = await core.call('pseudonyms:add', { selection: { documentId: doc.id, start, end: start + 'Villeneuve-sur-Lot'.length }, category: 'place' });
    expect(fromSelection).toMatchObject({ original: 'Villeneuve-sur-Lot', replacement: '[Lieu 1]', occurrences: 2, documents: 1 });
    const byHand = await core.call('pseudonyms:add', { original: 'Martine Lebrun', category: 'participant', replacement: '[E01]', variants: ['Lebrun', 'Mme Lebrun'] });
    await expect(core.call('pseudonyms:add', { original: 'LEBRUN', category: 'person' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.call('pseudonyms:add', { selection: { documentId: doc.id, start: 5, end: 5 } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const occurrences = await core.call('pseudonyms:occurrences', { documentId: doc.id });
    expect(occurrences.filter((o) => o.pseudonymId === byHand.id).map((o) => o.text)).toEqual(expect.arrayContaining(['Martine Lebrun', 'Lebrun']));
    for (const o of occurrences) expect(doc.text.slice(o.start, o.end)).toBe(o.text);
    // Disabled entries are not highlighted: they will not be replaced.
    await core.call('pseudonyms:update', { id: fromSelection.id, enabled: false });
    expect((await core.call('pseudonyms:occurrences', { documentId: doc.id })).some((o) => o.pseudonymId === fromSelection.id)).toBe(false);
  });

  it('merges variants into one pseudonym, edits entries, and undoes every table operation', async () => {
    const core = await interviewStudy();
    const a = await core.call('pseudonyms:add', { original: 'Martine Lebrun', category: 'participant', replacement: '[E01]' });
    const b = await core.call('pseudonyms:add', { original: 'Mme Lebrun', category: 'person' });
    const c = await core.call('pseudonyms:add', { original: 'Lebrun', category: 'person' });
    const merged = await core.call('pseudonyms:merge', { ids: [b.id, c.id], into: a.id });
    expect(merged).toMatchObject({ original: 'Martine Lebrun', replacement: '[E01]', variants: ['Mme Lebrun', 'Lebrun'] });
    expect((await core.call('pseudonyms:list', {})).map((p) => p.original)).toEqual(['Martine Lebrun']);

    await core.call('history:undo', {});
    expect((await core.call('pseudonyms:list', {})).map((p) => p.original).sort()).toEqual(['Lebrun', 'Martine Lebrun', 'Mme Lebrun']);
    await core.call('history:redo', {});
    expect(await core.call('pseudonyms:list', {})).toHaveLength(1);

    const updated = await core.call('pseudonyms:update', { id: a.id, replacement: '[Élue]', matching: 'whole-name' });
    expect(updated).toMatchObject({ replacement: '[Élue]', matching: 'whole-name' });
    await core.call('history:undo', {});
    expect((await core.call('pseudonyms:list', {}))[0]).toMatchObject({ replacement: '[E01]', matching: 'word' });

    await core.call('pseudonyms:delete', { ids: [a.id] });
    expect(await core.call('pseudonyms:list', {})).toEqual([]);
    expect((await core.call('history:state', {})).undo).toEqual({ action: 'pseudonyms:delete', subject: 'Martine Lebrun' });
    await core.call('history:undo', {});
    expect((await core.call('pseudonyms:list', {}))[0]).toMatchObject({ original: 'Martine Lebrun', variants: ['Mme Lebrun', 'Lebrun'] });

    await core.call('pseudonyms:accept', { all: true });
    await core.call('history:undo', {});
    expect(await core.call('pseudonyms:list', {})).toHaveLength(1);
  });

  it('keeps word lists, imports them from UTF-8 files, and refuses other files leaving the lists as they were', async () => {
    const core = await interviewStudy();
    await core.call('pseudonyms:setWordList', { category: 'place', words: ['Clos Fleuri', ' clos  fleuri ', '', 'Le Bourg'] });
    expect((await core.call('pseudonyms:wordLists', {})).find((l) => l.category === 'place')!.words).toEqual(['Clos Fleuri', 'Le Bourg']);
    const list = await core.call('pseudonyms:importWordList', { category: 'organisation', path: core.file('orgs.txt', '\uFEFFTransdev\r\nVélo Pour Tous\r\n') });
    expect(list.words).toEqual(['Transdev', 'Vélo Pour Tous']);
    const latin1 = core.file('bad.txt', new Uint8Array([0x56, 0xe9, 0x6c, 0x6f]));
    await expect(core.call('pseudonyms:importWordList', { category: 'person', path: latin1 })).rejects.toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('bad.txt') });
    expect((await core.call('pseudonyms:wordLists', {})).find((l) => l.category === 'person')!.words).toEqual([]);
    await core.call('history:undo', {});
    expect((await core.call('pseudonyms:wordLists', {})).find((l) => l.category === 'organisation')!.words).toEqual([]);
  });

  it('marks identifying attributes in one undoable step', async () => {
    const core = await interviewStudy();
    const attributes = await core.call('attributes:list', {});
    const ville = attributes.find((a) => a.name === 'Ville')!;
    const result = await core.call('attributes:setIdentifying', { attributeIds: [ville.id] });
    expect(result.filter((a) => a.isIdentifying).map((a) => a.name)).toEqual(['Ville']);
    await core.call('history:undo', {});
    expect((await core.call('attributes:list', {})).every((a) => !a.isIdentifying)).toBe(true);
    await expect(core.call('attributes:setIdentifying', { attributeIds: [9999] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports the key as a CSV of its own, atomically', async () => {
    const core = await interviewStudy();
    await core.call('pseudonyms:add', { original: 'Martine Lebrun', category: 'participant', replacement: '[E01]', variants: ['Lebrun'] });
    const out = join(core.dir, 'clé');
    const key = await core.call('pseudonyms:exportKey', { path: out });
    expect(key).toMatchObject({ fileName: 'Étude mobilités - clé des pseudonymes.csv', entries: 1 });
    expect(readFileSync(key.path, 'utf8')).toBe('\uFEFFOriginal,Variants,Replacement,Category,Enabled,Matching\r\nMartine Lebrun,Lebrun,[E01],participant,yes,word\r\n');
    // A path whose folder is a file: refused, nothing left behind.
    const blocker = join(core.dir, 'blocker');
    writeFileSync(blocker, 'x');
    await expect(core.call('pseudonyms:exportKey', { path: join(blocker, 'key.csv') })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
