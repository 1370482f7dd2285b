import type { Coding } from '../../../shared/contract';

export type TextSelection = { from: number; to: number };

/** The codings at a caret (ends included) or overlapping a selection. */
export function codingsAt(codings: readonly Coding[], selection: TextSelection): Coding[] {
  const { from, to } = selection;
  return codings.filter((c) => (from === to ? c.start <= from && from <= c.end : c.start < to && c.end > from));
}
