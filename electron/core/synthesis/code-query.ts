import type { CodeQuery, ProximityMode, QueryPassage, SynthesisFilters } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { participantAt, subtree, turnIndexAt, type CorpusCoding, type CorpusIndex } from './corpus';
import { checkIds, codingFilter } from './retrieve';

/** A range of one document and what it is made of. */
export type Passage = { documentId: number; start: number; end: number; codeIds: Set<number>; codingIds: Set<number> };

/** A node's result: passages by document, each list sorted by start and without overlaps. */
export type PassageSet = Map<number, Passage[]>;

const MAX_DEPTH = 12;

const union = (a: Passage, b: Passage): Passage => ({
  documentId: a.documentId,
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
  codeIds: new Set([...a.codeIds, ...b.codeIds]),
  codingIds: new Set([...a.codingIds, ...b.codingIds]),
});

/** Sorts passages and merges those that overlap: a passage of text is reported once. */
function normalize(passages: Passage[]): Passage[] {
  passages.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Passage[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) out[out.length - 1] = union(last, p);
    else out.push(p);
  }
  return out;
}

function setOf(byDocument: Map<number, Passage[]>): PassageSet {
  const out: PassageSet = new Map();
  for (const [doc, list] of byDocument) if (list.length > 0) out.set(doc, normalize(list));
  return out;
}

/** The passages of codings (several codings of one place merge into one passage). */
export function passagesOfCodings(codings: readonly CorpusCoding[]): PassageSet {
  const byDocument = new Map<number, Passage[]>();
  for (const k of codings) {
    const list = byDocument.get(k.documentId) ?? [];
    list.push({ documentId: k.documentId, start: k.start, end: k.end, codeIds: new Set([k.codeId]), codingIds: new Set([k.id]) });
    byDocument.set(k.documentId, list);
  }
  return setOf(byDocument);
}

/** The turn indices a passage covers; a document without turns is one turn. */
function turnSpan(index: CorpusIndex, p: Passage): [number, number] {
  const turns = index.corpus.turns(p.documentId);
  if (turns.length === 0) return [0, 0];
  return [Math.max(0, turnIndexAt(turns, p.start)), Math.max(0, turnIndexAt(turns, p.end - 1))];
}

/** Whether two passages of one document meet: overlap, or a common turn. */
function meet(index: CorpusIndex, mode: ProximityMode, a: Passage, b: Passage): boolean {
  if (mode === 'overlap') return a.start < b.end && b.start < a.end;
  const [a0, a1] = turnSpan(index, a);
  const [b0, b1] = turnSpan(index, b);
  return a0 <= b1 && b0 <= a1;
}

/** Passages of `a` and `b` (same document) that satisfy `near`: the union of each such pair. */
function pairs(a: PassageSet, b: PassageSet, ok: (x: Passage, y: Passage) => boolean): PassageSet {
  const byDocument = new Map<number, Passage[]>();
  for (const [doc, left] of a) {
    const right = b.get(doc);
    if (!right) continue;
    const found: Passage[] = [];
    for (const x of left) for (const y of right) if (ok(x, y)) found.push(union(x, y));
    byDocument.set(doc, found);
  }
  return setOf(byDocument);
}

export function and(index: CorpusIndex, mode: ProximityMode, a: PassageSet, b: PassageSet): PassageSet {
  if (mode === 'overlap') return pairs(a, b, (x, y) => meet(index, 'overlap', x, y));
  // Same turn: for each turn where both sides have a passage, the span of all of them there.
  const byDocument = new Map<number, Passage[]>();
  for (const [doc, left] of a) {
    const right = b.get(doc);
    if (!right) continue;
    const inTurn = (list: Passage[]) => {
      const byTurn = new Map<number, Passage[]>();
      for (const p of list) {
        const [t0, t1] = turnSpan(index, p);
        for (let t = t0; t <= t1; t++) {
          let list = byTurn.get(t);
          if (!list) byTurn.set(t, (list = []));
          list.push(p);
        }
      }
      return byTurn;
    };
    const l = inTurn(left);
    const r = inTurn(right);
    const found: Passage[] = [];
    for (const [t, ps] of l) {
      const qs = r.get(t);
      if (qs) found.push([...ps, ...qs].reduce(union));
    }
    byDocument.set(doc, found);
  }
  return setOf(byDocument);
}

function near(index: CorpusIndex, unit: 'characters' | 'turns', within: number, a: PassageSet, b: PassageSet): PassageSet {
  if (unit === 'characters') {
    // The gap between two ranges; negative when they overlap.
    return pairs(a, b, (x, y) => Math.max(x.start, y.start) - Math.min(x.end, y.end) <= within);
  }
  return pairs(a, b, (x, y) => {
    const [x0, x1] = turnSpan(index, x);
    const [y0, y1] = turnSpan(index, y);
    return Math.max(x0, y0) - Math.min(x1, y1) <= within;
  });
}

function not(index: CorpusIndex, mode: ProximityMode, include: PassageSet, exclude: PassageSet): PassageSet {
  const out: PassageSet = new Map();
  for (const [doc, list] of include) {
    const others = exclude.get(doc) ?? [];
    const kept = list.filter((p) => !others.some((q) => meet(index, mode, p, q)));
    if (kept.length > 0) out.set(doc, kept);
  }
  return out;
}

function or(sets: PassageSet[]): PassageSet {
  const byDocument = new Map<number, Passage[]>();
  for (const set of sets) {
    for (const [doc, list] of set) {
      let all = byDocument.get(doc);
      if (!all) byDocument.set(doc, (all = []));
      all.push(...list);
    }
  }
  return setOf(byDocument);
}

/** Checks a query's codes and depth before running it. */
function checkQuery(index: CorpusIndex, query: CodeQuery, depth = 1): void {
  if (depth > MAX_DEPTH) throw new AppError('INVALID_INPUT', `A code query may nest at most ${MAX_DEPTH} levels`);
  switch (query.op) {
    case 'code':
      if (!index.codeById.has(query.codeId)) throw new AppError('NOT_FOUND', `No code with id ${query.codeId}`);
      return;
    case 'not':
      checkQuery(index, query.include, depth + 1);
      checkQuery(index, query.exclude, depth + 1);
      return;
    default:
      for (const q of query.operands) checkQuery(index, q, depth + 1);
  }
}

/**
 * Evaluates a code query over the codings that pass `keep`. Every node is a set of passages
 * (see `CodeQuery` in the contract for the meaning of each operator).
 */
export function evaluate(index: CorpusIndex, query: CodeQuery, keep: (k: CorpusCoding) => boolean): PassageSet {
  switch (query.op) {
    case 'code': {
      const codes = subtree(index, query.codeId, query.includeChildren ?? true);
      return passagesOfCodings(codes.flatMap((id) => index.codingsByCode.get(id) ?? []).filter(keep));
    }
    case 'or':
      return or(query.operands.map((q) => evaluate(index, q, keep)));
    case 'and':
      return query.operands.map((q) => evaluate(index, q, keep)).reduce((a, b) => and(index, query.mode, a, b));
    case 'near':
      return query.operands.map((q) => evaluate(index, q, keep)).reduce((a, b) => near(index, query.unit, query.within, a, b));
    case 'not':
      return not(index, query.mode, evaluate(index, query.include, keep), evaluate(index, query.exclude, keep));
  }
}

/** Reading order: documents by name, passages by position. */
export function passagesInOrder(index: CorpusIndex, set: PassageSet): Passage[] {
  return index.corpus.documents.flatMap((d) => set.get(d.id) ?? []);
}

export function runQuery(index: CorpusIndex, query: CodeQuery, filters?: SynthesisFilters): { passages: QueryPassage[]; documents: number; cases: number } {
  checkQuery(index, query);
  checkIds(index, filters);
  const set = evaluate(index, query, codingFilter(index, filters));
  const passages = passagesInOrder(index, set).map((p): QueryPassage => {
    const turns = index.corpus.turns(p.documentId);
    const caseId = participantAt(index, p.documentId, p.start);
    const participant = caseId === null ? undefined : index.caseById.get(caseId);
    return {
      documentId: p.documentId,
      documentName: index.documentById.get(p.documentId)?.name ?? '',
      start: p.start,
      end: p.end,
      text: index.corpus.text(p.documentId).slice(p.start, p.end),
      speaker: turns[turnIndexAt(turns, p.start)]?.speaker ?? null,
      case: participant ? { id: participant.id, name: participant.name } : null,
      codeIds: [...p.codeIds].sort((a, b) => a - b),
      codingIds: [...p.codingIds].sort((a, b) => a - b),
    };
  });
  return {
    passages,
    documents: new Set(passages.map((p) => p.documentId)).size,
    cases: new Set(passages.flatMap((p) => (p.case ? [p.case.id] : []))).size,
  };
}
