-- Speaker roles: a document's speaker label marked as the interviewer (search can leave them out) or the respondent (linked to the document's participant).
CREATE TABLE speaker_roles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('interviewer', 'respondent')),
  UNIQUE (document_id, speaker)
) STRICT;

-- Projects imported before roles existed: the labels the importer knows as interviewers' (and `Q`) are marked so.
INSERT INTO speaker_roles (document_id, speaker, role)
SELECT DISTINCT document_id, speaker, 'interviewer' FROM turns
WHERE speaker IS NOT NULL AND lower(rtrim(speaker, ' .')) IN (
  'q', 'question', 'interviewer', 'intervieweur', 'intervieweuse', 'int', 'enquêteur', 'enquêtrice', 'enqueteur', 'enquetrice',
  'enq', 'moderator', 'modérateur', 'modératrice', 'moderateur', 'moderatrice', 'animateur', 'animatrice', 'facilitator',
  'facilitateur', 'facilitatrice', 'chercheur', 'chercheuse', 'researcher');

-- `R` beside `Q` answers: the respondent, linked to the document's participant where it has one.
INSERT INTO speaker_roles (document_id, speaker, role)
SELECT DISTINCT t.document_id, t.speaker, 'respondent' FROM turns t
WHERE lower(rtrim(t.speaker, ' .')) IN ('r', 'a', 'réponse', 'reponse', 'answer')
  AND EXISTS (SELECT 1 FROM turns q WHERE q.document_id = t.document_id AND lower(rtrim(q.speaker, ' .')) IN ('q', 'question'));
INSERT OR IGNORE INTO speaker_cases (document_id, speaker, case_id)
SELECT r.document_id, r.speaker, d.case_id FROM speaker_roles r JOIN documents d ON d.id = r.document_id
WHERE r.role = 'respondent' AND d.case_id IS NOT NULL;
