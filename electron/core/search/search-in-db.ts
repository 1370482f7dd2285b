import type { Database } from 'better-sqlite3';
import type { SearchFilters, SearchHit } from '../../../shared/contract';
import type { SearchLanguage } from './language';
import { runSearch } from './run-search';

const SNIPPET_BEFORE = 70;
const SNIPPET_AFTER = 120;

/** The language stored in the project (French by default). */
export const searchLanguageOf = (db: Database): SearchLanguage =>
  ((db.prepare(`SELECT value FROM meta WHERE key = 'search_language'`).get() as { value: string } | undefined)?.value as SearchLanguage | undefined) ?? 'fr';

/** Documents whose participant has, for every filtered attribute, one of the wanted values. */
function documentsByAttributes(db: Database, filters: NonNullable<SearchFilters['attributes']>): number[] {
  let ids = null as Set<number> | null;
  for (const f of filters) {
    const rows = db
      .prepare<[number, string], { id: number }>(
        `SELECT d.id FROM documents d JOIN case_values v ON v.case_id = d.case_id
         WHERE v.attribute_id = ? AND v.value IN (SELECT value FROM json_each(?))`,
      )
      .all(f.attributeId, JSON.stringify(f.values));
    const found: Set<number> = new Set(rows.map((r) => r.id));
    const previous: Set<number> | null = ids;
    ids = previous === null ? found : new Set([...previous].filter((id) => found.has(id)));
  }
  return [...(ids ?? [])];
}

/** Keyword in context: the words around the first matches, cut at word boundaries. */
function snippetOf(text: string, from: number, to: number, matches: { start: number; end: number }[]) {
  const first = matches[0] ?? { start: from, end: from };
  let start = Math.max(from, first.start - SNIPPET_BEFORE);
  let end = Math.min(to, first.end + SNIPPET_AFTER);
  if (start > from) start = text.indexOf(' ', start) + 1 || start;
  if (end < to) end = Math.max(first.end, text.lastIndexOf(' ', end));
  const prefix = start > from ? '…' : '';
  const suffix = end < to ? '…' : '';
  const snippet = prefix + text.slice(start, end).replace(/\s+/g, ' ') + suffix;
  // Whitespace runs are folded to one space: recompute each highlight's position in the snippet.
  const position = (offset: number) => prefix.length + text.slice(start, offset).replace(/\s+/g, ' ').length;
  const highlights = matches.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: position(m.start), end: position(m.end) }));
  return { snippet, highlights };
}

/**
 * A search as the contract answers it, run on one connection to the project (the search worker's):
 * filters by documents, participants' attributes, speakers and codes, then keyword-in-context
 * snippets.
 */
export function searchInDatabase(db: Database, query: string, filters: SearchFilters = {}, limit = 500): { hits: SearchHit[]; fellBack: boolean } {
  let documentIds = filters.documentIds;
  if (filters.attributes && filters.attributes.length > 0) {
    const byAttributes = documentsByAttributes(db, filters.attributes);
    documentIds = documentIds ? documentIds.filter((id) => byAttributes.includes(id)) : byAttributes;
  }
  const { hits, parsed } = runSearch(db, searchLanguageOf(db), query, { documentIds, speakers: filters.speakers, speakerMode: filters.speakerMode }, limit);

  const names = new Map(db.prepare<[], { id: number; name: string }>(`SELECT id, name FROM documents`).all().map((d) => [d.id, d.name]));
  const labelEnd = db.prepare<[number, number], { label_end: number }>(`SELECT label_end FROM turns WHERE document_id = ? AND start = ?`);
  const textOf = db.prepare<[number], { text: string }>(`SELECT text FROM documents WHERE id = ?`);
  const codedRanges = filters.codeIds && filters.codeIds.length > 0
    ? db.prepare<[number, string], { start: number; end: number }>(`SELECT start, end FROM codings WHERE document_id = ? AND code_id IN (SELECT value FROM json_each(?))`)
    : null;

  const out: SearchHit[] = [];
  const texts = new Map<number, string>();
  for (const hit of hits) {
    let matches = hit.matches;
    if (codedRanges) {
      const ranges = codedRanges.all(hit.documentId, JSON.stringify(filters.codeIds));
      const inside = (m: { start: number; end: number }) => ranges.some((r) => r.start <= m.start && m.end <= r.end);
      matches = matches.filter((m) => (filters.codeMode === 'outside' ? !inside(m) : inside(m)));
    }
    if (matches.length === 0) continue;
    let text = texts.get(hit.documentId);
    if (text === undefined) texts.set(hit.documentId, (text = textOf.get(hit.documentId)?.text ?? ''));
    const contentStart = labelEnd.get(hit.documentId, hit.rowStart)?.label_end ?? hit.rowStart;
    const { snippet, highlights } = snippetOf(text, contentStart, hit.rowEnd, matches);
    out.push({
      documentId: hit.documentId,
      document: names.get(hit.documentId) ?? '',
      start: matches[0]!.start,
      end: matches[0]!.end,
      snippet,
      highlights,
      score: Math.round(hit.score * 1000) / 1000,
      speaker: hit.speaker,
      tStartMs: hit.tStartMs,
      matches,
      turnStart: contentStart,
      turnEnd: hit.rowEnd,
    });
  }
  return { hits: out, fellBack: parsed.fellBack };
}
