-- Links focus-group speakers to participants: one case per speaker name within a document.
CREATE TABLE speaker_cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  UNIQUE (document_id, speaker)
) STRICT;
CREATE INDEX speaker_cases_case ON speaker_cases(case_id);
