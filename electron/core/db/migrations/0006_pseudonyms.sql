-- Pseudonymization: the pseudonym table, its variants, rejected suggestions and the user's word lists.
-- `folded` is the text lower-cased, without accents, spaces collapsed: what matching compares.

CREATE TABLE pseudonyms (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  original TEXT NOT NULL,
  folded TEXT NOT NULL,
  replacement TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('person', 'participant', 'place', 'organisation', 'email', 'phone', 'url', 'ip',
    'postal-code', 'address', 'date-of-birth', 'age', 'nir', 'siret', 'iban', 'custom')),
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  -- 'word': anywhere as a whole word; 'whole-name': only where written with a capital initial.
  matching TEXT NOT NULL DEFAULT 'word' CHECK (matching IN ('word', 'whole-name')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX pseudonyms_folded ON pseudonyms(folded);

-- Other forms replaced by the same replacement (merged entries, name parts: `Mme Lebrun`, `Lebrun`).
CREATE TABLE pseudonym_variants (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pseudonym_id INTEGER NOT NULL REFERENCES pseudonyms(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  folded TEXT NOT NULL
) STRICT;
CREATE INDEX pseudonym_variants_pseudonym ON pseudonym_variants(pseudonym_id);
CREATE INDEX pseudonym_variants_folded ON pseudonym_variants(folded);

-- Suggestions the user rejected: `key` is `category:folded text`; they are not suggested again.
CREATE TABLE pseudonym_rejections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  category TEXT NOT NULL,
  rejected_at TEXT NOT NULL
) STRICT;

-- The user's lists of known persons, places and organisations, used by detection.
CREATE TABLE pseudonym_words (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  category TEXT NOT NULL CHECK (category IN ('person', 'place', 'organisation')),
  word TEXT NOT NULL,
  folded TEXT NOT NULL,
  UNIQUE (category, folded)
) STRICT;
