import type { Database } from 'better-sqlite3';
import { valueTest } from '../../../shared/attribute-filter';
import type { AttributeType, SearchFilters, SearchHit } from '../../../shared/contract';
import type { SearchLanguage } from './language';
import { createTextCache, type TextCache } from './index-store';
import { runSearch } from './run-search';

const SNIPPET_BEFORE = 70;
const SNIPPET_AFTER = 120;

/** The language stored in the project (French by default). */
export const searchLanguageOf = (db: Database): SearchLanguage =>
  ((db.prepare(`SELECT value FROM meta WHERE key = 'search_language'`).get() as { value: string } | undefined)?.value as SearchLanguage | undefined) ?? 'fr';

/** Documents whose participant has, for every filtered attribute, one of the wanted values or a value in the range. */
function documentsByAttributes(db: Database, filters: NonNullable<SearchFilters['attributes']>): number[] {
  let ids = null as Set<number> | null;
  const valuesOf = db.prepare<[number], { id: number; value: string; type: AttributeType }>(
    `SELECT d.id, v.value, a.type FROM documents d JOIN case_values v ON v.case_id = d.case_id JOIN attributes a ON a.id = v.attribute_id
     WHERE v.attribute_id = ?`,
  );
  for (const f of filters) {
    const rows = valuesOf.all(f.attributeId);
    const accepts = rows[0] ? valueTest(f, rows[0].type) : () => false;
    const found: Set<number> = new Set(rows.filter((r) => accepts(r.value)).map((r) => r.id));
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
 * snippets. `texts` serves the documents' texts (kept decoded by the worker between queries).
 */
export function searchInDatabase(
  db: Database,
  query: string,
  filters: SearchFilters = {},
  limit = 500,
  texts: TextCache = createTextCache(db),
): { hits: SearchHit[]; fellBack: boolean } {
  let documentIds = filters.documentIds;
  if (filters.attributes && filters.attributes.length > 0) {
    const byAttributes = new Set(documentsByAttributes(db, filters.attributes));
    documentIds = documentIds ? documentIds.filter((id) => byAttributes.has(id)) : [...byAttributes];
  }
  const codeIds = filters.codeIds && filters.codeIds.length > 0 ? JSON.stringify(filters.codeIds) : null;
  // In blind coding only the current coder's codings count: the others' would give their passages away.
  const coderIds = filters.coderIds ? JSON.stringify(filters.coderIds) : null;
  const codedRanges = db.prepare<[number, string, string | null, string | null], { start: number; end: number }>(
    `SELECT start, end FROM codings WHERE document_id = ? AND code_id IN (SELECT value FROM json_each(?))
       AND (? IS NULL OR coder_id IN (SELECT value FROM json_each(?)))`,
  );
  const rangesByDocument = new Map<number, { start: number; end: number }[]>();
  const keepMatch =
    codeIds === null
      ? undefined
      : (documentId: number, m: { start: number; end: number }) => {
          let ranges = rangesByDocument.get(documentId);
          if (!ranges) rangesByDocument.set(documentId, (ranges = codedRanges.all(documentId, codeIds, coderIds, coderIds)));
          const inside = ranges.some((r) => r.start <= m.start && m.end <= r.end);
          return filters.codeMode === 'outside' ? !inside : inside;
        };
  const { hits, parsed } = runSearch(
    db,
    searchLanguageOf(db),
    query,
    { documentIds, speakers: filters.speakers, speakerMode: filters.speakerMode, excludeInterviewer: filters.excludeInterviewer },
    limit,
    { textOf: texts.get, keepMatch },
  );

  const nameOf = db.prepare<[number], { name: string }>(`SELECT name FROM documents WHERE id = ?`);
  const names = new Map<number, string>();
  const out: SearchHit[] = hits.map((hit) => {
    let name = names.get(hit.documentId);
    if (name === undefined) names.set(hit.documentId, (name = nameOf.get(hit.documentId)?.name ?? ''));
    const { snippet, highlights } = snippetOf(texts.get(hit.documentId), hit.contentStart, hit.rowEnd, hit.matches);
    return {
      documentId: hit.documentId,
      document: name,
      start: hit.matches[0]!.start,
      end: hit.matches[0]!.end,
      snippet,
      highlights,
      score: Math.round(hit.score * 1000) / 1000,
      speaker: hit.speaker,
      tStartMs: hit.tStartMs,
      matches: hit.matches,
      turnStart: hit.contentStart,
      turnEnd: hit.rowEnd,
    };
  });
  return { hits: out, fellBack: parsed.fellBack };
}
