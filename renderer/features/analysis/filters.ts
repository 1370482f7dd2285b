import type { SynthesisFilters } from '../../../shared/contract';

/** The filters as the panel edits them: chosen ids and, per attribute, chosen values (empty: no filter). */
export type FilterState = {
  documentIds: number[];
  coderIds: number[];
  /** Chosen values by attribute id. */
  attributes: Record<number, string[]>;
};

export const noFilters: FilterState = { documentIds: [], coderIds: [], attributes: {} };

/** The contract's filters: only what narrows (an empty choice means "all", not "none"). */
export function toSynthesisFilters(f: FilterState): SynthesisFilters {
  const attributes = Object.entries(f.attributes)
    .filter(([, values]) => values.length > 0)
    .map(([id, values]) => ({ attributeId: Number(id), values }));
  return {
    ...(f.documentIds.length > 0 && { documentIds: f.documentIds }),
    ...(f.coderIds.length > 0 && { coderIds: f.coderIds }),
    ...(attributes.length > 0 && { attributes }),
  };
}

/** How many groups narrow the results (documents, coders, each attribute). */
export function activeFilterCount(f: FilterState): number {
  return (f.documentIds.length > 0 ? 1 : 0) + (f.coderIds.length > 0 ? 1 : 0) + Object.values(f.attributes).filter((v) => v.length > 0).length;
}

export const toggle = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
