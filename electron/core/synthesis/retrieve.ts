import { turnNumbersOf } from '../../../shared/turn-numbers';
import type { RetrieveResult, RetrieveSort, SynthesisCoding, SynthesisFilters } from '../../../shared/contract';
import { valueTest } from '../../../shared/attribute-filter';
import { AppError } from '../../../shared/result';
import { participantAt, subtree, turnIndexAt, type CorpusCoding, type CorpusIndex } from './corpus';

/** The coding's participant, once per coding (it needs the turns of its document). */
export function participantOf(index: CorpusIndex, coding: Pick<CorpusCoding, 'documentId' | 'start'>): number | null {
  return participantAt(index, coding.documentId, coding.start);
}

/** Fails with NOT_FOUND naming the first id the project does not have. */
export function checkIds(index: CorpusIndex, filters: SynthesisFilters | undefined, codeIds: readonly number[] = []): void {
  for (const id of codeIds) if (!index.codeById.has(id)) throw new AppError('NOT_FOUND', `No code with id ${id}`);
  for (const id of filters?.documentIds ?? []) if (!index.documentById.has(id)) throw new AppError('NOT_FOUND', `No document with id ${id}`);
  for (const id of filters?.caseIds ?? []) if (!index.caseById.has(id)) throw new AppError('NOT_FOUND', `No participant with id ${id}`);
  for (const id of filters?.coderIds ?? []) if (!index.corpus.coders.has(id)) throw new AppError('NOT_FOUND', `No coder with id ${id}`);
  for (const f of filters?.attributes ?? []) {
    if (!index.corpus.attributes.some((a) => a.id === f.attributeId)) throw new AppError('NOT_FOUND', `No attribute with id ${f.attributeId}`);
  }
}

/**
 * The test a coding must pass for the filters. Participant filters (cases, attributes) keep only
 * codings whose participant qualifies: one without a participant passes none of them.
 */
export function codingFilter(index: CorpusIndex, filters: SynthesisFilters | undefined): (k: CorpusCoding) => boolean {
  if (!filters) return () => true;
  const documents = filters.documentIds && new Set(filters.documentIds);
  const cases = filters.caseIds && new Set(filters.caseIds);
  const coders = filters.coderIds && new Set(filters.coderIds);
  const attributes = (filters.attributes ?? []).map((f) => {
    const type = index.corpus.attributes.find((a) => a.id === f.attributeId)?.type ?? 'text';
    return { id: f.attributeId, accepts: valueTest(f, type) };
  });
  const byParticipant = cases !== undefined || attributes.length > 0;
  return (k) => {
    if (documents && !documents.has(k.documentId)) return false;
    if (coders && !coders.has(k.coderId)) return false;
    if (!byParticipant) return true;
    const caseId = participantOf(index, k);
    if (caseId === null) return false;
    if (cases && !cases.has(caseId)) return false;
    const values = index.corpus.values.get(caseId);
    return attributes.every((a) => {
      const v = values?.get(a.id);
      return v !== undefined && a.accepts(v);
    });
  };
}

/** The codings of codes (with their descendants when asked), filtered, in reading order, each once. */
export function selectCodings(index: CorpusIndex, codeIds: readonly number[], includeChildren: boolean, filters?: SynthesisFilters): CorpusCoding[] {
  const wanted = new Set(codeIds.flatMap((id) => subtree(index, id, includeChildren)));
  const keep = codingFilter(index, filters);
  return index.corpus.codings.filter((k) => wanted.has(k.codeId) && keep(k));
}

/** A coding with everything a reader needs to judge it (text, turn, participant, attributes, coder). */
export function describeCoding(index: CorpusIndex, k: CorpusCoding, { measureWords = true }: { measureWords?: boolean } = {}): SynthesisCoding {
  const { corpus } = index;
  const code = index.codeById.get(k.codeId)!;
  const turns = corpus.turns(k.documentId);
  const at = turnIndexAt(turns, k.start);
  const turn = turns[at];
  const caseId = participantOf(index, k);
  const participant = caseId === null ? undefined : index.caseById.get(caseId);
  const text = corpus.text(k.documentId).slice(k.start, k.end);
  return {
    id: k.id,
    documentId: k.documentId,
    codeId: k.codeId,
    start: k.start,
    end: k.end,
    coderId: k.coderId,
    createdAt: k.createdAt,
    documentName: index.documentById.get(k.documentId)?.name ?? '',
    codeName: code.name,
    codePath: index.paths.get(k.codeId) ?? code.name,
    codeColor: code.color,
    text,
    words: measureWords ? corpus.words(k.documentId, k.start, k.end) : 0,
    speaker: turn?.speaker ?? null,
    turn: turn ? { id: turn.id, index: at, number: turnNumbersOf(turns)[at] ?? null, start: turn.start, end: turn.end, tStartMs: turn.tStartMs } : null,
    case: participant ? { id: participant.id, name: participant.name } : null,
    values: Object.fromEntries([...(caseId === null ? [] : (corpus.values.get(caseId) ?? new Map<number, string>()))].map(([a, v]) => [String(a), v])),
    coderName: corpus.coders.get(k.coderId) ?? '',
  };
}

const compareText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorts described codings; every order falls back to reading order (the input's), which the
 * sort keeps since Array.prototype.sort is stable. Missing values go last.
 */
export function sortCodings(index: CorpusIndex, codings: SynthesisCoding[], sort: RetrieveSort, sortAttributeId?: number): SynthesisCoding[] {
  const last = (a: string | undefined, b: string | undefined) => (a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : compareText(a, b));
  switch (sort) {
    case 'document':
      return codings;
    case 'case':
      return codings.sort((a, b) => last(a.case?.name, b.case?.name));
    case 'code': {
      const order = new Map(index.corpus.codes.map((c, i) => [c.id, i]));
      return codings.sort((a, b) => order.get(a.codeId)! - order.get(b.codeId)!);
    }
    case 'attribute': {
      if (sortAttributeId === undefined) throw new AppError('INVALID_INPUT', 'Sorting by attribute needs sortAttributeId');
      const attribute = index.corpus.attributes.find((a) => a.id === sortAttributeId);
      if (!attribute) throw new AppError('NOT_FOUND', `No attribute with id ${sortAttributeId}`);
      const key = String(sortAttributeId);
      if (attribute.type === 'number') {
        const num = (c: SynthesisCoding) => (c.values[key] === undefined ? Number.POSITIVE_INFINITY : Number(c.values[key]));
        return codings.sort((a, b) => num(a) - num(b));
      }
      return codings.sort((a, b) => last(a.values[key], b.values[key]));
    }
    case 'length':
      return codings.sort((a, b) => b.end - b.start - (a.end - a.start));
  }
}

export function retrieve(
  index: CorpusIndex,
  input: { codeIds: readonly number[]; includeChildren: boolean; filters?: SynthesisFilters | undefined; sort: RetrieveSort; sortAttributeId?: number | undefined },
): RetrieveResult {
  checkIds(index, input.filters, input.codeIds);
  const codings = selectCodings(index, input.codeIds, input.includeChildren, input.filters).map((k) => describeCoding(index, k));
  return {
    codings: sortCodings(index, codings, input.sort, input.sortAttributeId),
    documents: new Set(codings.map((c) => c.documentId)).size,
    cases: new Set(codings.flatMap((c) => (c.case ? [c.case.id] : []))).size,
  };
}

/** Codings by id, described, in reading order; an unknown id is NOT_FOUND. */
export function codingsById(index: CorpusIndex, ids: readonly number[]): SynthesisCoding[] {
  for (const id of ids) if (!index.codingById.has(id)) throw new AppError('NOT_FOUND', `No coding with id ${id}`);
  const wanted = new Set(ids);
  return index.corpus.codings.filter((k) => wanted.has(k.id)).map((k) => describeCoding(index, k));
}
