/**
 * A stand-in for the core's pseudonymization (issue 7) on top of the fake core: suggestions, the
 * table, rejections, occurrences found by plain search, word lists and identifying attributes,
 * answered in the contract's shapes.
 */
import type { Pseudonym, PseudonymCategory, PseudonymMatching, PseudonymSuggestion, RejectedSuggestion, WordList, WordListCategory } from '../../shared/contract';
import { fail, type FakeCore } from './fake-core';

export type PseudonymFake = {
  entries: Pseudonym[];
  suggestions: PseudonymSuggestion[];
  rejected: RejectedSuggestion[];
  lists: WordList[];
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function suggestionOf(core: FakeCore, text: string, category: PseudonymCategory, replacement: string, extra: Partial<PseudonymSuggestion> = {}): PseudonymSuggestion {
  const contexts = core.state.documents.flatMap((d) => {
    const at = d.text.indexOf(text);
    if (at < 0) return [];
    const from = Math.max(0, at - 20);
    return [{ documentId: d.id, where: d.name, start: at, end: at + text.length, snippet: d.text.slice(from, at + text.length + 20), highlight: { start: at - from, end: at - from + text.length } }];
  });
  return {
    key: `${category}:${fold(text)}`,
    text,
    category,
    occurrences: contexts.length,
    contexts,
    replacement,
    variants: [],
    reason: category === 'participant' ? 'speaker label' : 'capitalised name',
    commonWord: false,
    matching: 'word',
    ...extra,
  };
}

/** Installs the pseudonym methods on `core`; returns the state they share, for assertions. */
export function withPseudonyms(core: FakeCore, suggestions: (core: FakeCore) => PseudonymSuggestion[]): PseudonymFake {
  const fake: PseudonymFake = {
    entries: [],
    suggestions: suggestions(core),
    rejected: [],
    lists: (['person', 'place', 'organisation'] as WordListCategory[]).map((category) => ({ category, words: [] })),
  };
  let nextId = 500;
  const owned = () => new Set(fake.entries.flatMap((e) => [e.original, ...e.variants].map(fold)));
  const count = (e: Pseudonym): Pseudonym => {
    const forms = [e.original, ...e.variants];
    let occurrences = 0;
    let documents = 0;
    for (const d of core.state.documents) {
      const n = forms.reduce((sum, f) => sum + d.text.split(f).length - 1, 0);
      occurrences += n;
      if (n > 0) documents++;
    }
    return { ...e, occurrences, documents };
  };
  const create = (original: string, category: PseudonymCategory, replacement: string, variants: string[] = [], matching: PseudonymMatching = 'word') => {
    if (owned().has(fold(original))) throw fail('CONFLICT', `“${original}” is already in the pseudonym table (${original})`);
    const e: Pseudonym = { id: nextId++, original, replacement, category, enabled: true, matching, variants, occurrences: 0, documents: 0, createdAt: '' };
    fake.entries.push(e);
    return count(e);
  };
  const find = (id: number) => {
    const e = fake.entries.find((x) => x.id === id);
    if (!e) throw fail('NOT_FOUND', `No pseudonym with id ${id}`);
    return e;
  };

  core.override('pseudonyms:suggest', () => ({ suggestions: fake.suggestions.filter((s) => !owned().has(fold(s.text)) && !fake.rejected.some((r) => r.key === s.key)) }));
  core.override('pseudonyms:accept', (input: { all: true } | { items: { text: string; category: PseudonymCategory; replacement?: string; variants?: string[]; matching?: PseudonymMatching }[] }) => {
    const items = 'all' in input ? fake.suggestions.filter((s) => !owned().has(fold(s.text)) && !fake.rejected.some((r) => r.key === s.key)) : input.items;
    const added = items.map((i) => create(i.text, i.category, i.replacement ?? `[${i.category} ${nextId}]`, i.variants ?? [], i.matching ?? 'word'));
    core.state.undo.push({ action: 'pseudonyms:accept', subject: null });
    return { added };
  });
  core.override('pseudonyms:reject', ({ items }: { items: { text: string; category: PseudonymCategory }[] }) => {
    for (const i of items) fake.rejected.push({ key: `${i.category}:${fold(i.text)}`, text: i.text, category: i.category, rejectedAt: '2026-11-20T10:00:00.000Z' });
    return { ok: true };
  });
  core.override('pseudonyms:rejected', () => fake.rejected);
  core.override('pseudonyms:unreject', ({ keys }: { keys: string[] }) => {
    fake.rejected = fake.rejected.filter((r) => !keys.includes(r.key));
    return { ok: true };
  });
  core.override('pseudonyms:list', () => fake.entries.map(count));
  core.override(
    'pseudonyms:add',
    (input: { original?: string; selection?: { documentId: number; start: number; end: number }; category?: PseudonymCategory; replacement?: string }) => {
      const text = input.original ?? core.state.documents.find((d) => d.id === input.selection!.documentId)!.text.slice(input.selection!.start, input.selection!.end);
      return create(text, input.category ?? 'custom', input.replacement ?? `[Personne ${nextId}]`);
    },
  );
  core.override('pseudonyms:update', ({ id, ...changes }: Partial<Pseudonym> & { id: number }) => {
    const e = find(id);
    Object.assign(e, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return count(e);
  });
  core.override('pseudonyms:merge', ({ ids, into }: { ids: number[]; into: number }) => {
    const target = find(into);
    for (const id of ids.filter((i) => i !== into)) {
      const e = find(id);
      target.variants.push(e.original, ...e.variants);
      fake.entries = fake.entries.filter((x) => x.id !== id);
    }
    return count(target);
  });
  core.override('pseudonyms:delete', ({ ids }: { ids: number[] }) => {
    fake.entries = fake.entries.filter((e) => !ids.includes(e.id));
    return { ok: true };
  });
  core.override('pseudonyms:occurrences', ({ documentId }: { documentId: number }) => {
    const d = core.state.documents.find((x) => x.id === documentId)!;
    const found = [];
    for (const e of fake.entries.filter((x) => x.enabled)) {
      for (const form of [e.original, ...e.variants]) {
        for (let at = d.text.indexOf(form); at >= 0; at = d.text.indexOf(form, at + form.length)) {
          found.push({ pseudonymId: e.id, start: at, end: at + form.length, text: form, replacement: e.replacement, category: e.category });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
  core.override('shell:pickExportPath', () => ({ path: '/data/exports/0b4c/Étude exemple - clé des pseudonymes.csv' }));
  core.override('pseudonyms:exportKey', () => ({
    path: '/data/exports/0b4c/Étude exemple - clé des pseudonymes.csv',
    fileName: 'Étude exemple - clé des pseudonymes.csv',
    bytes: 120,
    entries: fake.entries.length,
  }));
  core.override('pseudonyms:wordLists', () => fake.lists);
  core.override('pseudonyms:setWordList', ({ category, words }: WordList) => {
    const list = { category, words: [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort() };
    fake.lists = fake.lists.map((l) => (l.category === category ? list : l));
    return list;
  });
  core.override('pseudonyms:importWordList', ({ category, path }: { category: WordListCategory; path: string }) => {
    if (path.endsWith('.bin')) throw fail('BAD_FILE', 'lieux.bin is not UTF-8 text: save it as UTF-8 and try again');
    const list = fake.lists.find((l) => l.category === category)!;
    list.words = [...list.words, 'Saint-Brévin', 'Valmont-sur-Loire'].sort();
    return list;
  });
  core.override('attributes:setIdentifying', ({ attributeIds }: { attributeIds: number[] }) => {
    for (const a of core.state.attributes) a.isIdentifying = attributeIds.includes(a.id);
    return core.state.attributes.map((a) => ({ id: a.id, name: a.name, isIdentifying: a.isIdentifying }));
  });
  return fake;
}
