-- The report's draft mode: off by default, a deliverable never shows placeholders; on, empty sections are kept and marked.
ALTER TABLE report_settings ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
