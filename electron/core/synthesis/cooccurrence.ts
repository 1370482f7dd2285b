import type { Cooccurrence, CooccurrenceCell, ProximityMode, SynthesisFilters } from '../../../shared/contract';
import { participantAt, subtree, type CorpusIndex } from './corpus';
import { and, passagesOfCodings, type PassageSet } from './code-query';
import { rowOf } from './matrix';
import { checkIds, codingFilter } from './retrieve';

function cellOf(index: CorpusIndex, set: PassageSet): CooccurrenceCell {
  let count = 0;
  const cases = new Set<number>();
  const codingIds = new Set<number>();
  for (const list of set.values()) {
    for (const p of list) {
      count++;
      const c = participantAt(index, p.documentId, p.start);
      if (c !== null) cases.add(c);
      p.codingIds.forEach((id) => codingIds.add(id));
    }
  }
  return { count, cases: cases.size, codingIds: [...codingIds].sort((a, b) => a - b) };
}

/**
 * Code × code: each off-diagonal cell is the `and` query of the two codes (overlap or same turn),
 * counted in passages; the diagonal holds each code's own codings. With sub-codes included, a
 * code and its own child meet wherever the child is coded: shown as is, it is what was asked.
 */
export function buildCooccurrence(
  index: CorpusIndex,
  input: { codeIds?: readonly number[] | undefined; includeChildren: boolean; mode: ProximityMode; filters?: SynthesisFilters | undefined },
): Cooccurrence {
  checkIds(index, input.filters, input.codeIds);
  const codeIds = input.codeIds ?? index.corpus.codes.filter((c) => c.isCodable).map((c) => c.id);
  const keep = codingFilter(index, input.filters);
  const codings = codeIds.map((id) => subtree(index, id, input.includeChildren).flatMap((c) => index.codingsByCode.get(c) ?? []).filter(keep));
  const sets = codings.map(passagesOfCodings);
  const cells: CooccurrenceCell[][] = codeIds.map(() => []);
  for (let i = 0; i < codeIds.length; i++) {
    const own = codings[i]!;
    const cases = new Set(own.flatMap((k) => participantAt(index, k.documentId, k.start) ?? []));
    cells[i]![i] = { count: own.length, cases: cases.size, codingIds: own.map((k) => k.id).sort((a, b) => a - b) };
    for (let j = i + 1; j < codeIds.length; j++) {
      cells[i]![j] = cells[j]![i] = cellOf(index, and(index, input.mode, sets[i]!, sets[j]!));
    }
  }
  return { codes: codeIds.map((id) => rowOf(index, id)), cells };
}
