import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createAnalyzer, indexTermsOf, wordsOf, type SearchLanguage } from './language';

export type IndexProgress = { done: number; total: number };

type DocumentRow = { id: number; text: string };

/**
 * What a document's rows are made of besides its content, part of its hash: changing it (here, when
 * stop words began to be indexed) makes the check at open rebuild every document once.
 */
const INDEX_FORMAT = 'terms 2: stop words marked';

/**
 * Document texts as the index was built from them, kept in the process that holds the index.
 * Turning a long UTF-8 text into a JS string costs milliseconds (most of a query's time when every
 * query re-read the texts): each is decoded once, then served from memory until it changes.
 */
export type TextCache = { get(documentId: number): string; forget(documentId: number): void; set(documentId: number, text: string): void };

export function createTextCache(db: Database): TextCache {
  const textOf = db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
  const texts = new Map<number, string>();
  return {
    get(documentId) {
      let text = texts.get(documentId);
      if (text === undefined) texts.set(documentId, (text = textOf.get(documentId)?.text ?? ''));
      return text;
    },
    forget: (documentId) => void texts.delete(documentId),
    set: (documentId, text) => void texts.set(documentId, text),
  };
}
type TurnRow = { start: number; end: number; label_end: number; speaker: string | null; t_start_ms: number | null };

/**
 * Keeps the search index in step with the documents, incrementally: each document's rows are
 * rebuilt only when the hash of what they were built from (text, turns, language) has changed, and
 * rows of deleted documents are dropped. Safe to call after any change, including undo and redo.
 */
export function createIndexStore(db: Database, language: () => SearchLanguage, texts: TextCache = createTextCache(db)) {
  const documents = db.prepare<[], { id: number }>(`SELECT id FROM documents`);
  // The hash is taken over the stored UTF-8 bytes (what hashing the string would feed it), so an
  // unchanged document is recognised without decoding its text.
  const documentBytes = db.prepare<[number], { bytes: Buffer }>(`SELECT CAST(text AS BLOB) AS bytes FROM documents WHERE id = ?`);
  const documentText = db.prepare<[number], DocumentRow>(`SELECT id, text FROM documents WHERE id = ?`);
  const turnsOf = db.prepare<[number], TurnRow>(`SELECT start, end, label_end, speaker, t_start_ms FROM turns WHERE document_id = ? ORDER BY start`);
  const indexed = db.prepare<[], { document_id: number; content_hash: string }>(`SELECT document_id, content_hash FROM search_documents`);
  const rowsOf = db.prepare<[number], { id: number }>(`SELECT id FROM search_rows WHERE document_id = ?`);
  const deleteFts = db.prepare(`DELETE FROM search_fts WHERE rowid = ?`);
  const deleteRows = db.prepare(`DELETE FROM search_rows WHERE document_id = ?`);
  const deleteDocument = db.prepare(`DELETE FROM search_documents WHERE document_id = ?`);
  const insertRow = db.prepare(`INSERT INTO search_rows (document_id, start, end, speaker, t_start_ms) VALUES (?, ?, ?, ?, ?)`);
  const insertFts = db.prepare(`INSERT INTO search_fts (rowid, terms) VALUES (?, ?)`);
  const upsertDocument = db.prepare(
    `INSERT INTO search_documents (document_id, content_hash, indexed_at) VALUES (?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET content_hash = excluded.content_hash, indexed_at = excluded.indexed_at`,
  );
  const turnSignature = db.prepare<[number], { s: string | null }>(
    `SELECT group_concat(start || ':' || end || ':' || label_end || ':' || coalesce(speaker, ''), '|') AS s FROM turns WHERE document_id = ?`,
  );

  const hashOf = (id: number, bytes: Buffer) =>
    createHash('sha1').update(INDEX_FORMAT).update('\0').update(language()).update('\0').update(bytes).update('\0').update(turnSignature.get(id)?.s ?? '').digest('hex');

  const remove = (documentId: number) => {
    texts.forget(documentId);
    for (const r of rowsOf.all(documentId)) deleteFts.run(r.id);
    deleteRows.run(documentId);
    deleteDocument.run(documentId);
  };

  /** Rows of one document: one per paragraph (turn), its label left out of the terms. */
  const build = (doc: DocumentRow, hash: string, analyze: (w: string) => string[]) => {
    remove(doc.id);
    const turns = turnsOf.all(doc.id);
    const spans = turns.length > 0 ? turns : [{ start: 0, end: doc.text.length, label_end: 0, speaker: null, t_start_ms: null }];
    for (const t of spans) {
      const terms = wordsOf(doc.text.slice(t.label_end, t.end)).flatMap((w) => indexTermsOf(analyze, w.text));
      if (terms.length === 0) continue;
      const rowId = Number(insertRow.run(doc.id, t.start, t.end, t.speaker, t.t_start_ms).lastInsertRowid);
      insertFts.run(rowId, terms.join(' '));
    }
    upsertDocument.run(doc.id, hash, new Date().toISOString());
    texts.set(doc.id, doc.text);
  };

  const indexedHash = db.prepare<[number], { content_hash: string }>(`SELECT content_hash FROM search_documents WHERE document_id = ?`);
  const countDocuments = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM documents`);

  /** Every document against the hashes in the index (at open: catches changes made by any other program). */
  const checkAll = () => {
    const current = new Map(indexed.all().map((r) => [r.document_id, r.content_hash]));
    const ids = documents.all().map((d) => d.id);
    const stale: { id: number; hash: string }[] = [];
    for (const id of ids) {
      const bytes = documentBytes.get(id)!.bytes;
      const hash = hashOf(id, bytes);
      if (current.get(id) !== hash) stale.push({ id, hash });
      // Read anyway: decoding the bytes here spares the first queries reading each text again.
      else texts.set(id, bytes.toString('utf8'));
      current.delete(id);
    }
    return { stale, gone: [...current.keys()], checked: ids.length, total: ids.length };
  };

  /** Only the documents said to have changed: the others are not read at all. */
  const checkSome = (documentIds: readonly number[]) => {
    const stale: { id: number; hash: string }[] = [];
    const gone: number[] = [];
    const unique = [...new Set(documentIds)];
    for (const id of unique) {
      const bytes = documentBytes.get(id)?.bytes;
      const before = indexedHash.get(id)?.content_hash;
      if (bytes === undefined) {
        if (before !== undefined) gone.push(id);
        continue;
      }
      const hash = hashOf(id, bytes);
      if (before !== hash) stale.push({ id, hash });
    }
    return { stale, gone, checked: unique.length, total: countDocuments.get()!.n };
  };

  return {
    /**
     * Brings the index up to date: every document when `documentIds` is left out (at open, after a
     * change of language), else only those documents (the ones this app just changed). Each document
     * is one transaction, so a reader never sees half a document, and progress can be reported
     * between documents.
     */
    sync(
      onProgress: (p: IndexProgress) => void = () => undefined,
      documentIds?: readonly number[],
    ): { checked: number; reindexed: number; removed: number; total: number } {
      const analyze = createAnalyzer(language());
      const { stale, gone, checked, total } = documentIds === undefined ? checkAll() : checkSome(documentIds);
      if (gone.length > 0) db.transaction(() => gone.forEach(remove))();
      stale.forEach(({ id, hash }, i) => {
        db.transaction(() => build(documentText.get(id)!, hash, analyze))();
        onProgress({ done: i + 1, total: stale.length });
      });
      return { checked, reindexed: stale.length, removed: gone.length, total };
    },
  };
}
