import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Pseudonym, PseudonymCategory, PseudonymMatching, PseudonymSuggestion, WordList, WordListCategory } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import { toCsv } from '../export/csv-writer';
import { exportsDirOf } from '../export/export-pipeline';
import type { ProjectContext } from '../project/context';
import { writeAtomically } from '../export/atomic-write';
import { loadDetectionInput } from './detection-input';
import { isAlsoEverydayWord } from './detect/common-words';
import { runDetection } from './detect/run-detection';
import { entryMatcher } from './entry-matcher';
import { isLowerCode, isWordCode } from './fold';
import { createMatcher } from './matcher';
import { foldKey } from './normalize';
import { createPseudonymRepo, type PseudonymEntry, type PseudonymRepo } from './pseudonym-repo';
import { createNumbering, replacementLanguage } from './replacements';

type PseudonymHandlers = Pick<
  ProjectHandlers,
  | 'pseudonyms:suggest'
  | 'pseudonyms:accept'
  | 'pseudonyms:reject'
  | 'pseudonyms:rejected'
  | 'pseudonyms:unreject'
  | 'pseudonyms:list'
  | 'pseudonyms:add'
  | 'pseudonyms:update'
  | 'pseudonyms:merge'
  | 'pseudonyms:delete'
  | 'pseudonyms:occurrences'
  | 'pseudonyms:exportKey'
  | 'pseudonyms:wordLists'
  | 'pseudonyms:setWordList'
  | 'pseudonyms:importWordList'
  | 'attributes:setIdentifying'
>;

type AcceptItem = { text: string; category: PseudonymCategory; replacement?: string | undefined; variants?: string[] | undefined; matching?: PseudonymMatching | undefined };

const rejectionKey = (category: PseudonymCategory, text: string) => `${category}:${foldKey(text)}`;
const WORD_LIST_CATEGORIES: WordListCategory[] = ['person', 'place', 'organisation'];

/** Every folded form (original or variant) already in the table, with the entry that has it. */
function ownedForms(entries: readonly PseudonymEntry[]): Map<string, number> {
  const owned = new Map<string, number>();
  for (const e of entries) {
    owned.set(foldKey(e.original), e.id);
    for (const v of e.variants) owned.set(foldKey(v), e.id);
  }
  return owned;
}

/** Occurrences of each entry (original and variants) in every document, and how many documents. */
function countOccurrences(ctx: ProjectContext, entries: readonly PseudonymEntry[]): Map<number, { occurrences: number; documents: number }> {
  const counts = new Map<number, { occurrences: number; documents: number }>();
  const matcher = entryMatcher(entries, { enabledOnly: false });
  if (matcher.isEmpty) return counts;
  for (const d of ctx.db.prepare<[], { text: string }>(`SELECT text FROM documents`).iterate()) {
    const seen = new Set<number>();
    for (const m of matcher.find(d.text)) {
      const c = counts.get(m.entryId) ?? { occurrences: 0, documents: 0 };
      c.occurrences++;
      if (!seen.has(m.entryId)) {
        seen.add(m.entryId);
        c.documents++;
      }
      counts.set(m.entryId, c);
    }
  }
  return counts;
}

/**
 * The one-word entries that are also everyday words: known as such (`Blanc`, `Rose`), or written in
 * lower case somewhere in the documents (`un marchand`). Shown in the table so the user can choose
 * "proper name only" matching.
 */
function everydayWordEntries(ctx: ProjectContext, entries: readonly PseudonymEntry[]): Set<number> {
  const flagged = new Set<number>();
  const single = entries.filter((e) => !/\s/u.test(e.original.trim()) && /\p{L}/u.test(e.original));
  for (const e of single) if (isAlsoEverydayWord(e.original)) flagged.add(e.id);
  const rest = single.filter((e) => !flagged.has(e.id));
  if (rest.length === 0) return flagged;
  const matcher = createMatcher(rest.map((e) => ({ entryId: e.id, text: e.original, wholeName: false })));
  for (const d of ctx.db.prepare<[], { text: string }>(`SELECT text FROM documents`).iterate()) {
    for (const m of matcher.find(d.text)) {
      let i = m.start;
      while (i < m.end && !isWordCode(d.text.charCodeAt(i))) i++;
      if (isLowerCode(d.text.charCodeAt(i))) flagged.add(m.entryId);
    }
  }
  return flagged;
}

export function createPseudonymHandlers(ctx: ProjectContext, deps: { dataDir: string; projectName: () => string }): PseudonymHandlers & { repo: PseudonymRepo } {
  const { db } = ctx;
  const repo = createPseudonymRepo(db);
  const rejectedKeys = () => new Set(db.prepare<[], { key: string }>(`SELECT key FROM pseudonym_rejections`).all().map((r) => r.key));

  const toPseudonym = (e: PseudonymEntry, counts: Map<number, { occurrences: number; documents: number }>, everyday: ReadonlySet<number>): Pseudonym => ({
    ...e,
    occurrences: counts.get(e.id)?.occurrences ?? 0,
    documents: counts.get(e.id)?.documents ?? 0,
    commonWord: everyday.has(e.id),
  });
  const mustGet = (id: number): PseudonymEntry => {
    const e = repo.get(id);
    if (!e) throw new AppError('NOT_FOUND', `No pseudonym with id ${id}`);
    return e;
  };
  const withCounts = (ids: readonly number[]): Pseudonym[] => {
    const entries = ids.map(mustGet);
    const counts = countOccurrences(ctx, entries);
    const everyday = everydayWordEntries(ctx, entries);
    return entries.map((e) => toPseudonym(e, counts, everyday));
  };
  /** Refuses a form another entry already has: one form, one replacement. */
  const assertFree = (forms: readonly string[], except: ReadonlySet<number>) => {
    const owned = ownedForms(repo.list());
    for (const f of forms) {
      const owner = owned.get(foldKey(f));
      if (owner !== undefined && !except.has(owner)) {
        throw new AppError('CONFLICT', `“${f}” is already in the pseudonym table (${repo.get(owner)?.original ?? owner})`, { id: owner });
      }
    }
  };

  const suggest = (categories?: readonly PseudonymCategory[]): PseudonymSuggestion[] => {
    const entries = repo.list();
    const owned = ownedForms(entries);
    const rejected = rejectedKeys();
    const detections = runDetection(loadDetectionInput(db), (key, category) => owned.has(key) || rejected.has(`${category}:${key}`));
    const numbering = createNumbering(replacementLanguage(db), entries.map((e) => e.replacement));
    return detections
      .filter((d) => !categories || categories.includes(d.category))
      .map((d) => ({
        key: d.key,
        text: d.text,
        category: d.category,
        occurrences: d.occurrences,
        contexts: d.contexts,
        replacement: d.replacement ?? numbering.next(d.category),
        variants: d.variants,
        reason: d.reason,
        commonWord: d.commonWord,
        matching: d.matching,
      }));
  };

  const accept = (items: readonly AcceptItem[]): Pseudonym[] => {
    const entries = repo.list();
    const owned = ownedForms(entries);
    const numbering = createNumbering(replacementLanguage(db), entries.map((e) => e.replacement));
    const createdAt = ctx.now().toISOString();
    const ids = ctx.journal.run({ action: 'pseudonyms:accept', subject: items.length === 1 ? items[0]!.text : `${items.length}` }, () => {
      const added: number[] = [];
      for (const item of items) {
        const key = foldKey(item.text);
        if (owned.has(key)) continue; // accepted twice, or already in the table: nothing to add
        const variants = (item.variants ?? []).filter((v) => !owned.has(foldKey(v)));
        const single = !key.includes(' ');
        const id = repo.insert({
          original: item.text,
          replacement: item.replacement ?? numbering.next(item.category),
          category: item.category,
          enabled: true,
          matching: item.matching ?? (single && isAlsoEverydayWord(item.text) ? 'whole-name' : 'word'),
          variants,
          createdAt,
        });
        owned.set(key, id);
        for (const v of variants) owned.set(foldKey(v), id);
        added.push(id);
      }
      return added;
    });
    return withCounts(ids);
  };

  const wordLists = (): WordList[] => {
    const rows = db.prepare<[], { category: WordListCategory; word: string }>(`SELECT category, word FROM pseudonym_words ORDER BY category, word COLLATE NOCASE`).all();
    return WORD_LIST_CATEGORIES.map((category) => ({ category, words: rows.filter((r) => r.category === category).map((r) => r.word) }));
  };
  const wordList = (category: WordListCategory) => wordLists().find((l) => l.category === category)!;
  const addWords = (category: WordListCategory, words: readonly string[]) => {
    const insert = db.prepare(`INSERT OR IGNORE INTO pseudonym_words (category, word, folded) VALUES (?, ?, ?)`);
    for (const w of words) {
      const word = w.replace(/\s+/gu, ' ').trim();
      if (word !== '') insert.run(category, word, foldKey(word));
    }
  };

  return {
    repo,
    'pseudonyms:suggest': ({ categories }) => ({ suggestions: suggest(categories) }),
    'pseudonyms:accept': (input) => {
      const items: AcceptItem[] = 'all' in input ? suggest() : input.items;
      if (items.length === 0) return { added: [] };
      return { added: accept(items) };
    },
    'pseudonyms:reject': ({ items }) => {
      const insert = db.prepare(`INSERT OR IGNORE INTO pseudonym_rejections (key, text, category, rejected_at) VALUES (?, ?, ?, ?)`);
      ctx.journal.run({ action: 'pseudonyms:reject', subject: items.length === 1 ? items[0]!.text : `${items.length}` }, () => {
        for (const item of items) insert.run(rejectionKey(item.category, item.text), item.text, item.category, ctx.now().toISOString());
      });
      return { ok: true };
    },
    'pseudonyms:rejected': () =>
      db
        .prepare<[], { key: string; text: string; category: PseudonymCategory; rejectedAt: string }>(
          `SELECT key, text, category, rejected_at AS rejectedAt FROM pseudonym_rejections ORDER BY rejected_at DESC, id DESC`,
        )
        .all(),
    'pseudonyms:unreject': ({ keys }) => {
      const remove = db.prepare(`DELETE FROM pseudonym_rejections WHERE key = ?`);
      ctx.journal.run({ action: 'pseudonyms:unreject', subject: keys.length === 1 ? keys[0]! : `${keys.length}` }, () => {
        for (const key of keys) remove.run(key);
      });
      return { ok: true };
    },
    'pseudonyms:list': () => {
      const entries = repo.list();
      const counts = countOccurrences(ctx, entries);
      const everyday = everydayWordEntries(ctx, entries);
      return entries.map((e) => toPseudonym(e, counts, everyday));
    },
    'pseudonyms:add': ({ original, selection, category, replacement, matching, variants }) => {
      let text = original;
      if (selection) {
        const doc = db.prepare<[number], { text: string; name: string }>(`SELECT text, name FROM documents WHERE id = ?`).get(selection.documentId);
        if (!doc) throw new AppError('NOT_FOUND', `No document with id ${selection.documentId}`);
        if (selection.end <= selection.start || selection.end > doc.text.length) {
          throw new AppError('INVALID_INPUT', `The selection ${selection.start}–${selection.end} is not inside “${doc.name}”`);
        }
        text = doc.text.slice(selection.start, selection.end).replace(/\s+/gu, ' ').trim();
        if (text === '' || text.length > 500) throw new AppError('INVALID_INPUT', 'Select a name or a few words (up to 500 characters) to add');
      }
      const forms = [text!, ...(variants ?? [])];
      assertFree(forms, new Set());
      const entries = repo.list();
      const numbering = createNumbering(replacementLanguage(db), entries.map((e) => e.replacement));
      const id = ctx.journal.run({ action: 'pseudonyms:add', subject: text! }, () =>
        repo.insert({
          original: text!,
          replacement: replacement ?? numbering.next(category),
          category,
          enabled: true,
          matching: matching ?? 'word',
          variants: variants ?? [],
          createdAt: ctx.now().toISOString(),
        }),
      );
      return withCounts([id])[0]!;
    },
    'pseudonyms:update': ({ id, ...changes }) => {
      const e = mustGet(id);
      const next: PseudonymEntry = {
        ...e,
        original: changes.original ?? e.original,
        replacement: changes.replacement ?? e.replacement,
        category: changes.category ?? e.category,
        enabled: changes.enabled ?? e.enabled,
        matching: changes.matching ?? e.matching,
        variants: changes.variants ?? e.variants,
      };
      const formsChanged = changes.original !== undefined || changes.variants !== undefined;
      if (formsChanged) assertFree([next.original, ...next.variants], new Set([id]));
      ctx.journal.run({ action: 'pseudonyms:update', subject: e.original }, () => repo.update(next, formsChanged));
      return withCounts([id])[0]!;
    },
    'pseudonyms:merge': ({ ids, into }) => {
      const target = mustGet(into);
      const sources = ids.filter((i) => i !== into).map(mustGet);
      const variants = [...target.variants];
      for (const s of sources) variants.push(s.original, ...s.variants);
      ctx.journal.run({ action: 'pseudonyms:merge', subject: target.original }, () => {
        for (const s of sources) repo.remove(s.id);
        repo.update({ ...target, variants }, true);
      });
      return withCounts([into])[0]!;
    },
    'pseudonyms:delete': ({ ids }) => {
      const entries = ids.map(mustGet);
      ctx.journal.run({ action: 'pseudonyms:delete', subject: entries.length === 1 ? entries[0]!.original : `${entries.length}` }, () => {
        for (const e of entries) repo.remove(e.id);
      });
      return { ok: true };
    },
    'pseudonyms:occurrences': ({ documentId }) => {
      const text = ctx.texts.text(documentId);
      if (text === undefined) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
      const entries = repo.list();
      // Every transcript view asks: with no pseudonym in use, the 600 KB text need not be scanned.
      if (!entries.some((e) => e.enabled)) return [];
      const byId = new Map(entries.map((e) => [e.id, e]));
      return entryMatcher(entries, { enabledOnly: true })
        .find(text)
        .map((m) => {
          const e = byId.get(m.entryId)!;
          return { pseudonymId: e.id, start: m.start, end: m.end, text: text.slice(m.start, m.end), replacement: e.replacement, category: e.category };
        });
    },
    'pseudonyms:exportKey': ({ path, overwrite }) => {
      const entries = repo.list();
      const rows = [
        ['Original', 'Variants', 'Replacement', 'Category', 'Enabled', 'Matching'],
        ...entries.map((e) => [e.original, e.variants.join(' | '), e.replacement, e.category, e.enabled ? 'yes' : 'no', e.matching]),
      ];
      const bytes = toCsv(rows);
      const fileName = `${deps.projectName()} - clé des pseudonymes.csv`.replace(/[\\/:*?"<>|]/g, '_');
      let target: string;
      if (path === undefined) target = join(exportsDirOf(deps.dataDir), randomUUID(), fileName);
      else {
        let isFolder = false;
        try {
          isFolder = statSync(path).isDirectory();
        } catch {
          // a new file
        }
        target = isFolder || extname(path) === '' ? join(path, fileName) : path;
      }
      writeAtomically(target, bytes, { overwrite, projectPath: ctx.projectPath });
      return { path: target, fileName: basename(target), bytes: bytes.length, entries: entries.length };
    },
    'pseudonyms:wordLists': () => wordLists(),
    'pseudonyms:setWordList': ({ category, words }) => {
      ctx.journal.run({ action: 'pseudonyms:setWordList', subject: category }, () => {
        db.prepare(`DELETE FROM pseudonym_words WHERE category = ?`).run(category);
        addWords(category, words);
      });
      return wordList(category);
    },
    'pseudonyms:importWordList': ({ category, path }) => {
      let text: string;
      try {
        const bytes = readFileSync(path);
        if (bytes.length > 20_000_000) throw new AppError('FILE_TOO_LARGE', `${basename(path)} is too large for a word list (over 20 MB)`);
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
      } catch (e) {
        if (e instanceof AppError) throw e;
        if (e instanceof TypeError) throw new AppError('BAD_FILE', `${basename(path)} is not UTF-8 text: save it as UTF-8 and try again`);
        throw new AppError('NOT_FOUND', `Verbatim cannot read ${basename(path)}`);
      }
      ctx.journal.run({ action: 'pseudonyms:importWordList', subject: basename(path) }, () => addWords(category, text.split(/\r?\n/u)));
      return wordList(category);
    },
    'attributes:setIdentifying': ({ attributeIds }) => {
      const known = db.prepare<[], { id: number }>(`SELECT id FROM attributes`).all().map((a) => a.id);
      const missing = attributeIds.find((id) => !known.includes(id));
      if (missing !== undefined) throw new AppError('NOT_FOUND', `No attribute with id ${missing}`);
      const wanted = new Set(attributeIds);
      const set = db.prepare(`UPDATE attributes SET is_identifying = ? WHERE id = ? AND is_identifying <> ?`);
      ctx.journal.run({ action: 'attributes:setIdentifying', subject: null }, () => {
        for (const id of known) set.run(wanted.has(id) ? 1 : 0, id, wanted.has(id) ? 1 : 0);
      });
      return db
        .prepare<[], { id: number; name: string; isIdentifying: number }>(`SELECT id, name, is_identifying AS isIdentifying FROM attributes ORDER BY position, id`)
        .all()
        .map((a) => ({ ...a, isIdentifying: a.isIdentifying === 1 }));
    },
  };
}
