import type { Code, Coding } from '../../../shared/contract';
import type { CodingMark } from './transcript-extensions';

/** Builds the marks: each code present in the document gets a margin lane, in codebook order. */
export function codingMarks(codings: readonly Coding[], codes: readonly Code[]): CodingMark[] {
  const order = new Map(codes.map((c, i) => [c.id, i]));
  const present = [...new Set(codings.map((c) => c.codeId))].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const lanes = new Map(present.map((id, i) => [id, i]));
  const byId = new Map(codes.map((c) => [c.id, c]));
  return codings.map((c) => ({
    id: c.id,
    codeId: c.codeId,
    start: c.start,
    end: c.end,
    color: byId.get(c.codeId)?.color ?? '#888888',
    codeName: byId.get(c.codeId)?.name ?? '',
    lane: lanes.get(c.codeId) ?? 0,
  }));
}
