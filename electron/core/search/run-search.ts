import type { Database, Statement } from 'better-sqlite3';
import { createAnalyzer, fold, indexTermsOf, STOP_MARK, wordsOf, type SearchLanguage, type WordToken } from './language';
import { frenchFormsOf } from './french-forms';
import { parseQuery, withinDistance, type ParsedQuery } from './parse-query';

export type SearchFilters = {
  documentIds?: number[] | undefined;
  speakers?: string[] | undefined;
  speakerMode?: 'include' | 'exclude' | undefined;
  /** See the contract's `SearchFilters.excludeInterviewer`. */
  excludeInterviewer?: boolean | undefined;
};

export type Span = { start: number; end: number };

export type RawHit = {
  documentId: number;
  rowStart: number;
  rowEnd: number;
  /** Where the paragraph's words start (after its speaker label). */
  contentStart: number;
  speaker: string | null;
  tStartMs: number | null;
  score: number;
  /** Matched words or phrases in the paragraph, as UTF-16 offsets in the document. */
  matches: Span[];
};

export type RunOptions = {
  /** The document's text as the index was built from it (see `createTextCache`). */
  textOf: (documentId: number) => string;
  /** Keeps only some matches (e.g. inside coded passages); a paragraph left with none is no hit. */
  keepMatch?: ((documentId: number, match: Span) => boolean) | undefined;
  /**
   * French words also find their other forms (`frenchFormsOf`); on by default. Off, only Lunr's
   * stems join forms (the benchmark's and the recall test's point of comparison).
   */
  frenchForms?: boolean | undefined;
};

type Row = { document_id: number; start: number; end: number; speaker: string | null; t_start_ms: number | null; score: number };

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** What a paragraph's word must be to count as a match of the query (for highlighting and phrases). */
type WordMatcher = (word: WordToken) => boolean;

/**
 * A row not spoken by the interviewer: its speaker is not marked so, and, where the document's
 * speakers are linked to participants (focus groups, `R` linked with its document), is one of them.
 * Rows without a speaker (headers, notes, a transcript without labels) stay.
 */
const NOT_INTERVIEWER = `(r.speaker IS NULL OR (
  NOT EXISTS (SELECT 1 FROM speaker_roles sr WHERE sr.document_id = r.document_id AND sr.speaker = r.speaker AND sr.role = 'interviewer')
  AND (NOT EXISTS (SELECT 1 FROM speaker_cases sc WHERE sc.document_id = r.document_id)
       OR EXISTS (SELECT 1 FROM speaker_cases sc WHERE sc.document_id = r.document_id AND sc.speaker = r.speaker))))`;

/** Prepared once per connection and SQL text: preparing costs more than a small query. */
const statements = new WeakMap<Database, Map<string, Statement>>();
function prepared<P extends unknown[] | Record<string, unknown>, R>(db: Database, sql: string): Statement<P, R> {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Statement<P, R>;
}

/** Folding a word (NFD, lower case) is costly next to a map lookup, and paragraphs repeat words. */
const foldedWords = new Map<string, string>();
function foldCached(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 200_000) foldedWords.clear();
    foldedWords.set(word, (folded = fold(word)));
  }
  return folded;
}

/**
 * Runs a query against the index: Lunr's analysis turns each clause into index terms, SQLite FTS5
 * finds and ranks (bm25) the paragraphs holding them, and then only the best paragraphs, one by
 * one until `limit` are kept, are tokenised to place every match exactly (and to check exact
 * phrases word by word). Nothing else of the documents is read.
 */
export function runSearch(db: Database, language: SearchLanguage, input: string, filters: SearchFilters, limit: number, options: RunOptions) {
  const analyze = createAnalyzer(language);
  const parsed: ParsedQuery = parseQuery(input);

  const required: string[] = [];
  const prohibited: string[] = [];
  const matchers: WordMatcher[] = [];
  /** Expanded clauses: a paragraph must hold a word of each (`checked`), and none of `excluded`. */
  const checked: WordMatcher[] = [];
  const excluded: WordMatcher[] = [];
  for (const clause of parsed.clauses) {
    let expression: string | null = null;
    if (clause.prefix) {
      const folded = fold(clause.text);
      const stems = [...new Set([folded, ...analyze(clause.text)].filter((t) => t.length > 0))];
      expression = stems.map((t) => `${quote(t)}*`).join(' OR ');
      matchers.push((w) => foldCached(w.text).startsWith(folded) || analyze(w.text).some((t) => stems.some((s) => t.startsWith(s))));
    } else if (clause.editDistance > 0) {
      const targets = [...new Set([fold(clause.text), ...analyze(clause.text)])];
      const near = vocabulary(db).filter((v) => targets.some((t) => withinDistance(v, t, clause.editDistance)));
      expression = near.length > 0 ? near.slice(0, 200).map(quote).join(' OR ') : null;
      const nearSet = new Set(near);
      matchers.push((w) => analyze(w.text).some((t) => nearSet.has(t)));
      if (!expression && clause.presence === 'required') return { hits: [] as RawHit[], parsed };
    } else {
      const terms = analyze(clause.text);
      if (terms.length === 0) continue; // a stop word: ignored, as Lunr does
      const set = new Set(terms);
      const stemMatch: WordMatcher = (w) => analyze(w.text).some((t) => set.has(t));
      const expansion = language === 'en' || options.frenchForms === false ? null : expandFrench(db, analyze, clause.text, set);
      if (expansion) {
        // Words the stems alone would miss (`négocient` for `négocier`), each checked as a form in
        // the text: a stem of a form may be another word's too (`ferai` and `fer`, both `fer`).
        const { forms } = expansion;
        const match: WordMatcher = (w) => stemMatch(w) || forms.has(foldCached(w.text));
        if (clause.presence === 'prohibited') excluded.push(match);
        else {
          required.push(`(${[...terms, ...expansion.terms].map(quote).join(' OR ')})`);
          matchers.push(match);
          checked.push(match);
        }
        if (clause.presence === 'required') continue;
      } else matchers.push(stemMatch);
      expression = terms.map(quote).join(' OR ');
    }
    if (!expression) continue;
    (clause.presence === 'prohibited' ? prohibited : required).push(`(${expression})`);
  }
  const phraseTerms: string[][] = [];
  for (const phrase of parsed.phrases) {
    // A phrase of stop words only is ignored, as a stop word alone is. Otherwise every word, stop
    // words included (marked, see STOP_MARK), follows the previous one in the row's terms: an FTS5
    // phrase finds them. A bilingual index holds two stems per word: there, only NEAR.
    if (phrase.words.every((w) => analyze(w).length === 0)) continue;
    const terms = phrase.words.map((w) => indexTermsOf(analyze, w)[0]!);
    const expression =
      terms.length === 1 ? quote(terms[0]!) : language === 'fr+en' ? `NEAR(${terms.map(quote).join(' ')}, ${terms.length * 2 + 4})` : terms.map(quote).join(' + ');
    if (phrase.presence === 'prohibited') prohibited.push(`(${expression})`);
    else {
      required.push(`(${expression})`);
      phraseTerms.push(phrase.words.map(fold));
    }
  }
  const phraseTests = phraseTerms.map(phraseTest);
  if (required.length === 0) return { hits: [] as RawHit[], parsed };
  const match = required.join(' AND ') + prohibited.map((p) => ` NOT ${p}`).join('');

  const where: string[] = ['search_fts MATCH @match'];
  // Paragraphs the SQL finds but the placement rejects (a phrase's words not in sequence, matches
  // outside the wanted codes) are rare but possible: ask for more rows then, and stop early.
  const mayReject = phraseTerms.length > 0 || options.keepMatch !== undefined || checked.length > 0 || excluded.length > 0;
  // Ranking costs the same whatever the limit (bm25 of every match): when rows may be rejected,
  // they are all ranked and read one by one until enough are kept.
  const params: Record<string, unknown> = { match, limit: mayReject ? -1 : limit };
  if (filters.documentIds) {
    where.push(`r.document_id IN (SELECT value FROM json_each(@documents))`);
    params.documents = JSON.stringify(filters.documentIds);
  }
  if (filters.speakers && filters.speakers.length > 0) {
    where.push(`${filters.speakerMode === 'exclude' ? "coalesce(r.speaker, '') NOT IN" : 'r.speaker IN'} (SELECT value FROM json_each(@speakers))`);
    params.speakers = JSON.stringify(filters.speakers);
  }
  if (filters.excludeInterviewer) where.push(NOT_INTERVIEWER);
  // Without SQL filters, FTS5 ranks alone and only the rows read (up to `limit` without
  // rejections) are looked up by id: a phrase's rows are looked up one by one until enough pass,
  // which never does more lookups than a join would, and sorts only ids and scores. With filters,
  // one join reads and filters them all: a filter may leave out the best rows.
  const rows: Iterable<Row> =
    where.length === 1
      ? rowsOf(
          db,
          prepared<Record<string, unknown>, { rowid: number; score: number }>(
            db,
            `SELECT rowid, bm25(search_fts) AS score FROM search_fts WHERE search_fts MATCH @match ORDER BY score LIMIT @limit`,
          ).iterate(params),
        )
      : prepared<Record<string, unknown>, Row>(
          db,
          `SELECT r.document_id, r.start, r.end, r.speaker, r.t_start_ms, bm25(search_fts) AS score
           FROM search_fts JOIN search_rows r ON r.id = search_fts.rowid
           WHERE ${where.join(' AND ')} ORDER BY score LIMIT @limit`,
        ).iterate(params);
  const labelEnd = prepared<[number, number], { label_end: number }>(db, `SELECT label_end FROM turns WHERE document_id = ? AND start = ?`);

  const hits: RawHit[] = [];
  for (const row of rows) {
    const text = options.textOf(row.document_id);
    if (phraseTests.length > 0) {
      const whole = text.slice(row.start, row.end);
      if (!phraseTests.every((test) => test.test(whole))) continue;
    }
    const contentStart = labelEnd.get(row.document_id, row.start)?.label_end ?? row.start;
    const words = wordsOf(text.slice(contentStart, row.end));
    for (const w of words) {
      w.start += contentStart;
      w.end += contentStart;
    }
    let matches: Span[] = [];
    // Exact phrases: the words in sequence, as typed (case and accents aside).
    let phrasesFound = true;
    for (const phrase of phraseTerms) {
      let found = false;
      for (let i = 0; i + phrase.length <= words.length; i++) {
        if (phrase.every((p, j) => foldCached(words[i + j]!.text) === p)) {
          matches.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end });
          found = true;
        }
      }
      phrasesFound &&= found;
    }
    if (!phrasesFound) continue;
    if (!checked.every((m) => words.some(m)) || excluded.some((m) => words.some(m))) continue;
    for (const w of words) if (matchers.some((m) => m(w))) matches.push({ start: w.start, end: w.end });
    if (options.keepMatch) matches = matches.filter((m) => options.keepMatch!(row.document_id, m));
    if (matches.length === 0) continue;
    matches.sort((a, b) => a.start - b.start);
    hits.push({
      documentId: row.document_id,
      rowStart: row.start,
      rowEnd: row.end,
      contentStart,
      speaker: row.speaker,
      tStartMs: row.t_start_ms,
      score: -row.score,
      matches,
    });
    if (hits.length >= limit) break;
  }
  return { hits, parsed };
}

/** The index rows of ranked FTS5 matches, read one at a time (from memory: see `indexRows`). */
function* rowsOf(db: Database, ranked: Iterable<{ rowid: number; score: number }>): Generator<Row> {
  const rows = indexRows(db);
  const byId = prepared<[number], IndexRow>(db, `SELECT document_id, start, end, speaker, t_start_ms FROM search_rows WHERE id = ?`);
  for (const { rowid, score } of ranked) {
    // Never missing while the memory follows the index; the lookup keeps a slip harmless.
    const row = rows.get(rowid) ?? byId.get(rowid);
    if (row) yield { ...row, score };
  }
}

type IndexRow = Omit<Row, 'score'>;
type RowCache = { versions: Map<number, string>; rows: Map<number, IndexRow>; idsByDocument: Map<number, number[]> };
const rowCaches = new WeakMap<Database, RowCache>();

/**
 * Every index row (paragraph → document, offsets, speaker), kept in memory per connection: a
 * phrase may check many paragraphs holding its words, and looking each up in SQLite cost ten
 * microseconds a row (0.2 s for 18k rows at 2M words). A few tens of thousands of small objects.
 * Refreshed document by document: a document's rows are rebuilt in the transaction that stamps
 * its content hash and indexing time, so an unchanged stamp means unchanged rows.
 */
function indexRows(db: Database): Map<number, IndexRow> {
  let cache = rowCaches.get(db);
  if (!cache) rowCaches.set(db, (cache = { versions: new Map(), rows: new Map(), idsByDocument: new Map() }));
  const { versions, rows, idsByDocument } = cache;
  const current = new Map(
    prepared<[], { document_id: number; version: string }>(db, `SELECT document_id, content_hash || ' ' || indexed_at AS version FROM search_documents`)
      .all()
      .map((r) => [r.document_id, r.version]),
  );
  // Rows of changed or removed documents go first: their ids may now belong to another document.
  for (const [documentId, version] of versions) {
    if (current.get(documentId) === version) continue;
    for (const id of idsByDocument.get(documentId) ?? []) rows.delete(id);
    idsByDocument.delete(documentId);
    versions.delete(documentId);
  }
  const rowsOfDocument = prepared<[number], IndexRow & { id: number }>(db, `SELECT id, document_id, start, end, speaker, t_start_ms FROM search_rows WHERE document_id = ?`);
  for (const [documentId, version] of current) {
    if (versions.has(documentId)) continue;
    const ids: number[] = [];
    for (const { id, ...row } of rowsOfDocument.all(documentId)) {
      rows.set(id, row);
      ids.push(id);
    }
    idsByDocument.set(documentId, ids);
    versions.set(documentId, version);
  }
  return rows;
}

/** Every Latin letter that folds to a given ASCII letter (`e` → `eéèêëEÉÈÊË…`), for `phraseTest`. */
const LETTER_VARIANTS: Map<string, string> = (() => {
  const variants = new Map<string, string>();
  for (let code = 0x41; code <= 0x24f; code++) {
    const c = String.fromCodePoint(code);
    const f = fold(c);
    if (/^[a-z]$/.test(f)) variants.set(f, (variants.get(f) ?? '') + c);
  }
  return variants;
})();

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * A quick test on a paragraph's raw text that a phrase may be there: its words in order, in any
 * case and with any accents, separated by anything but letters and digits. Most candidate
 * paragraphs of a phrase with stop words fail it and are never tokenised; the word-by-word check
 * decides for those that pass.
 */
function phraseTest(words: string[]): RegExp {
  const letter = (c: string) => {
    const v = LETTER_VARIANTS.get(c);
    return `${v ? `[${[...v].map(escapeChar).join('')}]` : escapeChar(c)}\\p{M}*`;
  };
  const word = (w: string) =>
    w
      .replace(/oe|ae|./gu, (part) => (part === 'oe' ? `(?:${letter('o')}${letter('e')}|[œŒ])` : part === 'ae' ? `(?:${letter('a')}${letter('e')}|[æÆ])` : letter(part)));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${words.map(word).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}\\p{M}])`, 'iu');
}

/**
 * The index's terms (for `word~1`), read again only when the index has changed: FTS5 bumps its
 * structure version on every write, which `PRAGMA data_version` does not see within one connection.
 */
const vocabularies = new WeakMap<Database, { key: string; all: Set<string>; terms: string[] }>();
function vocabularyOf(db: Database): { all: Set<string>; terms: string[] } {
  const key = String(prepared<[], { v: string }>(db, `SELECT group_concat(content_hash, '') AS v FROM search_documents`).get()?.v ?? '');
  const cached = vocabularies.get(db);
  if (cached && cached.key === key) return cached;
  const all = new Set(prepared<[], { term: string }>(db, `SELECT term FROM search_vocab`).pluck().all() as unknown as string[]);
  const entry = { key, all, terms: [...all].filter((term) => !term.startsWith(STOP_MARK)) };
  vocabularies.set(db, entry);
  return entry;
}
const vocabulary = (db: Database): string[] => vocabularyOf(db).terms;

/**
 * A French word's other forms (`frenchFormsOf`), and the index terms that hold them beyond its
 * own stems: only terms the index has (its vocabulary), so that the query stays a few terms long.
 * Null when the word has no other form in the index.
 */
function expandFrench(db: Database, analyze: (w: string) => string[], word: string, own: ReadonlySet<string>): { forms: ReadonlySet<string>; terms: string[] } | null {
  const forms = frenchFormsOf(word);
  if (forms.size === 0) return null;
  const present = vocabularyOf(db).all;
  const terms = new Set<string>();
  for (const form of forms) for (const t of indexTermsOf(analyze, form)) if (!own.has(t) && present.has(t)) terms.add(t);
  // No term beyond its own stems: every form in the text is one its stems already find.
  return terms.size > 0 ? { forms, terms: [...terms] } : null;
}
