-- The search index: Lunr's terms of every paragraph in a contentless FTS5 table, kept in the project so reopening does not rebuild it.
CREATE TABLE search_rows (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  speaker TEXT,
  t_start_ms INTEGER
) STRICT;
CREATE INDEX search_rows_document ON search_rows(document_id, start);

-- What each document's rows were built from: a changed hash (an edit, an undo, a new language) means re-indexing it.
CREATE TABLE search_documents (
  document_id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL,
  indexed_at TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4');
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
