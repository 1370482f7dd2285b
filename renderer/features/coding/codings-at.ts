import type { Coding } from '../../../shared/contract';

export type TextSelection = { from: number; to: number };

/**
 * The codings at a caret (ends included) or overlapping a selection, each once: a coding the list
 * holds twice for a moment (a stand-in beside the core's answer, an answer beside a refetch) is
 * one passage for the reader — same code, coder and boundaries — and is listed once (the core's).
 */
export function codingsAt(codings: readonly Coding[], selection: TextSelection): Coding[] {
  const { from, to } = selection;
  const here = codings.filter((c) => (from === to ? c.start <= from && from <= c.end : c.start < to && c.end > from));
  const byPassage = new Map<string, Coding>();
  for (const c of here) {
    const key = `${c.codeId}:${c.coderId}:${c.start}:${c.end}`;
    const seen = byPassage.get(key);
    if (!seen || (seen.id < 0 && c.id > 0)) byPassage.set(key, c);
  }
  return here.filter((c) => byPassage.get(`${c.codeId}:${c.coderId}:${c.start}:${c.end}`) === c);
}
