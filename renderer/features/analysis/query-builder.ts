import type { CodeQuery, ProximityMode } from '../../../shared/contract';

export type QueryOp = 'and' | 'or' | 'not' | 'near';
export const queryOps: readonly QueryOp[] = ['and', 'or', 'not', 'near'];

/**
 * What the builder edits: one operator over a list of codes. For `not`, the first code is the one
 * kept and the others are excluded (any of them). Empty slots (null) are codes not chosen yet.
 */
export type QueryDraft = {
  op: QueryOp;
  codeIds: (number | null)[];
  mode: ProximityMode;
  unit: 'characters' | 'turns';
  within: number;
  includeChildren: boolean;
};

export const emptyDraft: QueryDraft = { op: 'and', codeIds: [null, null], mode: 'overlap', unit: 'characters', within: 200, includeChildren: true };

/** How many codes the operator needs. */
export const minOperands = (op: QueryOp): number => (op === 'or' ? 1 : 2);

/** The contract's query tree for a draft, or null while codes are missing. */
export function toCodeQuery(draft: QueryDraft): CodeQuery | null {
  const ids = [...new Set(draft.codeIds.filter((id): id is number => id !== null))];
  if (ids.length < minOperands(draft.op)) return null;
  const leaf = (codeId: number): CodeQuery => ({ op: 'code', codeId, includeChildren: draft.includeChildren });
  const operands = ids.map(leaf);
  switch (draft.op) {
    case 'or':
      return operands.length === 1 ? operands[0]! : { op: 'or', operands };
    case 'and':
      return { op: 'and', mode: draft.mode, operands };
    case 'near':
      return { op: 'near', unit: draft.unit, within: Math.max(0, Math.round(draft.within)), operands };
    case 'not': {
      const [include, ...excluded] = operands;
      return { op: 'not', mode: draft.mode, include: include!, exclude: excluded.length === 1 ? excluded[0]! : { op: 'or', operands: excluded } };
    }
  }
}
