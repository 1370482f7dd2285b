import type { Matrix, MatrixCell, MatrixColumn, MatrixColumns, MatrixRow, SynthesisFilters } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { subtree, wordsByCase, type CorpusCoding, type CorpusIndex } from './corpus';
import { checkIds, codingFilter, participantOf } from './retrieve';

export const NONE_KEY = 'none';

export function rowOf(index: CorpusIndex, codeId: number): MatrixRow {
  const code = index.codeById.get(codeId)!;
  return { codeId, name: code.name, path: index.paths.get(codeId) ?? code.name, color: code.color, depth: index.depth.get(codeId) ?? 0 };
}

/** Words of the text the codings cover, overlapping codings counted once. */
export function coveredWords(index: CorpusIndex, codings: readonly CorpusCoding[]): number {
  const byDocument = new Map<number, { start: number; end: number }[]>();
  for (const k of codings) {
    let list = byDocument.get(k.documentId);
    if (!list) byDocument.set(k.documentId, (list = []));
    list.push({ start: k.start, end: k.end });
  }
  let words = 0;
  for (const [doc, ranges] of byDocument) {
    ranges.sort((a, b) => a.start - b.start);
    let cur: { start: number; end: number } | null = null;
    for (const r of ranges) {
      if (cur && r.start < cur.end) cur.end = Math.max(cur.end, r.end);
      else {
        if (cur) words += index.corpus.words(doc, cur.start, cur.end);
        cur = { ...r };
      }
    }
    if (cur) words += index.corpus.words(doc, cur.start, cur.end);
  }
  return words;
}

/** A cell's measures from its codings (each once) and the words its column's participants speak. */
export function cellOf(index: CorpusIndex, codings: readonly CorpusCoding[], participants: ReadonlyMap<number, number | null>, baseWords: number, measureWords = true): MatrixCell {
  const words = measureWords ? coveredWords(index, codings) : 0;
  const cases = new Set<number>();
  for (const k of codings) {
    const c = participants.get(k.id);
    if (c !== null && c !== undefined) cases.add(c);
  }
  return {
    codings: codings.length,
    cases: cases.size,
    words,
    share: baseWords > 0 ? Math.min(1, words / baseWords) : 0,
    codingIds: codings.map((k) => k.id),
  };
}

type ColumnSpec = MatrixColumn & { members: Set<number | null> };

/** The columns: participants (by name), or one attribute's values (in order), plus `none` when used. */
function columnsOf(index: CorpusIndex, spec: MatrixColumns, wordsOf: Map<number | null, number>): { columns: ColumnSpec[]; none: ColumnSpec } {
  const sum = (members: Set<number | null>) => [...members].reduce<number>((n, c) => n + (wordsOf.get(c) ?? 0), 0);
  if (spec.kind === 'cases') {
    for (const id of spec.caseIds ?? []) if (!index.caseById.has(id)) throw new AppError('NOT_FOUND', `No participant with id ${id}`);
    const chosen = spec.caseIds ? new Set(spec.caseIds) : null;
    const columns = index.corpus.cases
      .filter((c) => !chosen || chosen.has(c.id))
      .map((c): ColumnSpec => ({ key: `case:${c.id}`, label: c.name, caseId: c.id, value: null, cases: 1, words: wordsOf.get(c.id) ?? 0, members: new Set([c.id]) }));
    const noneMembers = new Set<number | null>([null]);
    return { columns, none: { key: NONE_KEY, label: '', caseId: null, value: null, cases: 0, words: sum(noneMembers), members: noneMembers } };
  }
  const attribute = index.corpus.attributes.find((a) => a.id === spec.attributeId);
  if (!attribute) throw new AppError('NOT_FOUND', `No attribute with id ${spec.attributeId}`);
  const groups = new Map<string, Set<number | null>>();
  const without = new Set<number | null>([null]);
  for (const c of index.corpus.cases) {
    const v = index.corpus.values.get(c.id)?.get(attribute.id);
    if (v === undefined) without.add(c.id);
    else groups.set(v, (groups.get(v) ?? new Set()).add(c.id));
  }
  const values = [...groups.keys()].sort(
    attribute.type === 'number' ? (a, b) => Number(a) - Number(b) : (a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }),
  );
  const columns = values.map((v): ColumnSpec => {
    const members = groups.get(v)!;
    return { key: `value:${v}`, label: v, caseId: null, value: v, cases: members.size, words: sum(members), members };
  });
  return { columns, none: { key: NONE_KEY, label: '', caseId: null, value: null, cases: without.size - 1, words: sum(without), members: without } };
}

/**
 * Codes × participants or codes × attribute values, with every measure per cell. A row holds the
 * codings of its code (and sub-codes with `includeChildren`); a coding belongs to the column of its
 * participant. Totals count each coding once (a parent row and its child's row share codings).
 */
export function buildMatrix(
  index: CorpusIndex,
  input: { codeIds?: readonly number[] | undefined; includeChildren: boolean; columns: MatrixColumns; filters?: SynthesisFilters | undefined },
  /** Counting words segments every transcript once: callers that only need counts skip it. */
  { measureWords = true }: { measureWords?: boolean } = {},
): Matrix {
  checkIds(index, input.filters, input.codeIds);
  const codeIds = input.codeIds ?? index.corpus.codes.map((c) => c.id);
  const keep = codingFilter(index, input.filters);
  const { columns: specs, none } = columnsOf(index, input.columns, measureWords ? wordsByCase(index) : new Map());

  const rowCodings = codeIds.map((id) => subtree(index, id, input.includeChildren).flatMap((c) => index.codingsByCode.get(c) ?? []).filter(keep));
  const participants = new Map<number, number | null>();
  for (const list of rowCodings) for (const k of list) if (!participants.has(k.id)) participants.set(k.id, participantOf(index, k));

  const columnOf = new Map<number | null, number>();
  specs.forEach((s, i) => s.members.forEach((m) => columnOf.set(m, i)));
  const withNone = [...specs, none];
  const noneIndex = specs.length;
  const placed = rowCodings.map((list) => {
    const cells: CorpusCoding[][] = withNone.map(() => []);
    for (const k of list) {
      const caseId = participants.get(k.id) ?? null;
      const column = columnOf.get(caseId) ?? (none.members.has(caseId) ? noneIndex : -1);
      if (column >= 0) cells[column]!.push(k);
    }
    return cells;
  });
  // The `none` column shows only when some coding falls in it.
  const showNone = placed.some((cells) => cells[noneIndex]!.length > 0);
  const shown = showNone ? withNone : specs;
  const cells = placed.map((row) => shown.map((col, c) => cellOf(index, row[c]!, participants, col.words, measureWords)));
  const rank = new Map(index.corpus.codings.map((k, i) => [k.id, i]));
  const uniqueCodings = (lists: CorpusCoding[][]) => [...new Map(lists.flat().map((k) => [k.id, k])).values()].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const allWords = shown.reduce((n, c) => n + c.words, 0);
  return {
    rows: codeIds.map((id) => rowOf(index, id)),
    columns: shown.map(({ members: _members, ...column }) => column),
    cells,
    rowTotals: placed.map((row) => cellOf(index, uniqueCodings(row.slice(0, shown.length)), participants, allWords, measureWords)),
    columnTotals: shown.map((col, c) => cellOf(index, uniqueCodings(placed.map((row) => row[c]!)), participants, col.words, measureWords)),
  };
}
