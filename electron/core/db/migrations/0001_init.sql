-- The first schema: documents and their turns, the codebook, codings, participants, memos, coders, the undo journal.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE coders (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE attributes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'category')),
  position INTEGER NOT NULL,
  -- Identifying values (a real name, a town) are replaced in anonymized exports.
  is_identifying INTEGER NOT NULL DEFAULT 0 CHECK (is_identifying IN (0, 1))
) STRICT;

CREATE TABLE case_values (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  UNIQUE (case_id, attribute_id)
) STRICT;
CREATE INDEX case_values_attribute ON case_values(attribute_id);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL,
  -- The readable transcript; every offset in the project refers to it (UTF-16 code units).
  text TEXT NOT NULL,
  words INTEGER NOT NULL,
  imported_from TEXT,
  imported_at TEXT NOT NULL,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE turns (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  label_end INTEGER NOT NULL,
  speaker TEXT,
  t_start_ms INTEGER,
  t_end_ms INTEGER,
  CHECK (start <= label_end AND label_end <= end)
) STRICT;
CREATE INDEX turns_document ON turns(document_id, start);

CREATE TABLE codes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  color TEXT NOT NULL,
  -- The definition, with inclusion and exclusion notes.
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  is_codable INTEGER NOT NULL DEFAULT 1 CHECK (is_codable IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX codes_parent ON codes(parent_id, position);

CREATE TABLE codings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  -- The anchor fingerprint: the coded text and a little context, to re-anchor after edits.
  anchor_text TEXT NOT NULL,
  anchor_before TEXT NOT NULL,
  anchor_after TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (start < end)
) STRICT;
CREATE INDEX codings_document ON codings(document_id, start);
CREATE INDEX codings_code ON codings(code_id);
CREATE INDEX codings_coder ON codings(coder_id);

CREATE TABLE memos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  -- At most one target; none means a project memo (the journal).
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
  coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  coder_id INTEGER REFERENCES coders(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((document_id IS NOT NULL) + (code_id IS NOT NULL) + (case_id IS NOT NULL) + (coding_id IS NOT NULL) <= 1)
) STRICT;
CREATE INDEX memos_document ON memos(document_id);
CREATE INDEX memos_code ON memos(code_id);
CREATE INDEX memos_case ON memos(case_id);
CREATE INDEX memos_coding ON memos(coding_id);
CREATE INDEX memos_coder ON memos(coder_id);

-- The undo/redo journal: each user operation with the SQL that reverts its last application.
CREATE TABLE ops (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  label TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
  revert TEXT NOT NULL,
  entities TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX ops_state ON ops(state, id);
