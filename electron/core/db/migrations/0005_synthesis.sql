-- Cross-interview synthesis: theme sheets, recommendations and framework cells with their evidence, and the report's settings.

-- One row per piece of written synthesis: a theme sheet (on a code), a recommendation, or a
-- framework-matrix cell (a participant × a code). Deleting the code or the participant removes it.
CREATE TABLE findings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('theme', 'recommendation', 'framework')),
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
  -- The order of recommendations; 0 for the others.
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (
    (kind = 'theme' AND code_id IS NOT NULL AND case_id IS NULL)
    OR (kind = 'recommendation' AND code_id IS NULL AND case_id IS NULL)
    OR (kind = 'framework' AND code_id IS NOT NULL AND case_id IS NOT NULL)
  )
) STRICT;
CREATE UNIQUE INDEX findings_theme ON findings(code_id) WHERE kind = 'theme';
CREATE UNIQUE INDEX findings_framework ON findings(code_id, case_id) WHERE kind = 'framework';
CREATE INDEX findings_case ON findings(case_id);
CREATE INDEX findings_kind ON findings(kind, position);

-- What a finding rests on, in order: themes (codes) a recommendation cites, quotes (codings) pinned
-- on a theme sheet, cited by a recommendation or linked to a framework cell. Exactly one per row.
CREATE TABLE finding_evidence (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  CHECK ((code_id IS NULL) <> (coding_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX finding_evidence_code ON finding_evidence(finding_id, code_id) WHERE code_id IS NOT NULL;
CREATE UNIQUE INDEX finding_evidence_coding ON finding_evidence(finding_id, coding_id) WHERE coding_id IS NOT NULL;
CREATE INDEX finding_evidence_by_code ON finding_evidence(code_id);
CREATE INDEX finding_evidence_by_coding ON finding_evidence(coding_id);

-- The synthesis report's settings (one row, made on first change); its themes are in report_themes.
CREATE TABLE report_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL DEFAULT '',
  subtitle TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  licence TEXT NOT NULL DEFAULT 'CC-BY-4.0',
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  -- 1: the report covers every code; 0: only the codes of report_themes.
  all_themes INTEGER NOT NULL DEFAULT 1 CHECK (all_themes IN (0, 1)),
  group_attribute_id INTEGER REFERENCES attributes(id) ON DELETE SET NULL,
  include_annex INTEGER NOT NULL DEFAULT 1 CHECK (include_annex IN (0, 1))
) STRICT;
CREATE INDEX report_settings_group ON report_settings(group_attribute_id);

CREATE TABLE report_themes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code_id INTEGER NOT NULL UNIQUE REFERENCES codes(id) ON DELETE CASCADE,
  position INTEGER NOT NULL
) STRICT;
