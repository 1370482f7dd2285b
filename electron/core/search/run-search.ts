import type { Database } from 'better-sqlite3';
import { createAnalyzer, fold, wordsOf, type SearchLanguage, type WordToken } from './language';
import { parseQuery, withinDistance, type ParsedQuery } from './parse-query';

export type SearchFilters = {
  documentIds?: number[] | undefined;
  speakers?: string[] | undefined;
  speakerMode?: 'include' | 'exclude' | undefined;
};

export type RawHit = {
  documentId: number;
  rowStart: number;
  rowEnd: number;
  speaker: string | null;
  tStartMs: number | null;
  score: number;
  /** Matched words or phrases in the paragraph, as UTF-16 offsets in the document. */
  matches: { start: number; end: number }[];
};

type Row = { id: number; document_id: number; start: number; end: number; speaker: string | null; t_start_ms: number | null; score: number };

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** What a paragraph's word must be to count as a match of the query (for highlighting and phrases). */
type WordMatcher = (word: WordToken, analyze: (w: string) => string[]) => boolean;

/**
 * Runs a query against the index: Lunr's analysis turns each clause into index terms, SQLite FTS5
 * finds and ranks (bm25) the paragraphs holding them, and the paragraphs are then read again to
 * place every match exactly (and to check exact phrases word by word).
 */
export function runSearch(db: Database, language: SearchLanguage, input: string, filters: SearchFilters = {}, limit = 500) {
  const analyze = createAnalyzer(language);
  const parsed: ParsedQuery = parseQuery(input);
  const vocabulary = () => db.prepare<[], { term: string }>(`SELECT term FROM search_vocab`).all().map((r) => r.term);
  let vocab: string[] | null = null;

  const required: string[] = [];
  const prohibited: string[] = [];
  const matchers: WordMatcher[] = [];
  for (const clause of parsed.clauses) {
    let expression: string | null = null;
    if (clause.prefix) {
      const folded = fold(clause.text);
      const stems = [...new Set([folded, ...analyze(clause.text)].filter((t) => t.length > 0))];
      expression = stems.map((t) => `${quote(t)}*`).join(' OR ');
      matchers.push((w) => fold(w.text).startsWith(folded) || analyze(w.text).some((t) => stems.some((s) => t.startsWith(s))));
    } else if (clause.editDistance > 0) {
      const targets = new Set([fold(clause.text), ...analyze(clause.text)]);
      vocab ??= vocabulary();
      const near = vocab.filter((v) => [...targets].some((t) => withinDistance(v, t, clause.editDistance)));
      expression = near.length > 0 ? near.slice(0, 200).map(quote).join(' OR ') : null;
      const nearSet = new Set(near);
      matchers.push((w, a) => a(w.text).some((t) => nearSet.has(t)));
      if (!expression && clause.presence === 'required') return { hits: [] as RawHit[], parsed };
    } else {
      const terms = analyze(clause.text);
      if (terms.length === 0) continue; // a stop word: ignored, as Lunr does
      expression = terms.map(quote).join(' OR ');
      const set = new Set(terms);
      matchers.push((w, a) => a(w.text).some((t) => set.has(t)));
    }
    if (!expression) continue;
    (clause.presence === 'prohibited' ? prohibited : required).push(`(${expression})`);
  }
  const phraseTerms: string[][] = [];
  for (const phrase of parsed.phrases) {
    const terms = phrase.words.map((w) => analyze(w)[0]).filter((t): t is string => !!t);
    if (terms.length === 0) continue;
    const expression = terms.length === 1 ? quote(terms[0]!) : `NEAR(${terms.map(quote).join(' ')}, ${terms.length + 4})`;
    if (phrase.presence === 'prohibited') prohibited.push(`(${expression})`);
    else {
      required.push(`(${expression})`);
      phraseTerms.push(phrase.words.map(fold));
    }
  }
  if (required.length === 0) return { hits: [] as RawHit[], parsed };
  const match = required.join(' AND ') + prohibited.map((p) => ` NOT ${p}`).join('');

  const where: string[] = ['search_fts MATCH @match'];
  const params: Record<string, unknown> = { match, limit: limit * 4 };
  if (filters.documentIds) {
    where.push(`r.document_id IN (SELECT value FROM json_each(@documents))`);
    params.documents = JSON.stringify(filters.documentIds);
  }
  if (filters.speakers && filters.speakers.length > 0) {
    where.push(`${filters.speakerMode === 'exclude' ? 'coalesce(r.speaker, \'\') NOT IN' : 'r.speaker IN'} (SELECT value FROM json_each(@speakers))`);
    params.speakers = JSON.stringify(filters.speakers);
  }
  const rows = db
    .prepare<Record<string, unknown>, Row>(
      `SELECT r.id, r.document_id, r.start, r.end, r.speaker, r.t_start_ms, bm25(search_fts) AS score
       FROM search_fts JOIN search_rows r ON r.id = search_fts.rowid
       WHERE ${where.join(' AND ')} ORDER BY score LIMIT @limit`,
    )
    .all(params);

  const textOf = db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
  const texts = new Map<number, string>();
  const hits: RawHit[] = [];
  for (const row of rows) {
    let text = texts.get(row.document_id);
    if (text === undefined) texts.set(row.document_id, (text = textOf.get(row.document_id)?.text ?? ''));
    const words = wordsOf(text.slice(row.start, row.end)).map((w) => ({ ...w, start: w.start + row.start, end: w.end + row.start }));
    const matches: { start: number; end: number }[] = [];
    // Exact phrases: the words in sequence, as typed (case and accents aside).
    let phrasesFound = true;
    for (const phrase of phraseTerms) {
      let found = false;
      for (let i = 0; i + phrase.length <= words.length; i++) {
        if (phrase.every((p, j) => fold(words[i + j]!.text) === p)) {
          matches.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end });
          found = true;
        }
      }
      phrasesFound &&= found;
    }
    if (!phrasesFound) continue;
    for (const w of words) if (matchers.some((m) => m(w, analyze))) matches.push({ start: w.start, end: w.end });
    matches.sort((a, b) => a.start - b.start);
    hits.push({
      documentId: row.document_id,
      rowStart: row.start,
      rowEnd: row.end,
      speaker: row.speaker,
      tStartMs: row.t_start_ms,
      score: -row.score,
      matches,
    });
    if (hits.length >= limit) break;
  }
  return { hits, parsed };
}
