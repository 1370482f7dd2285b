import type { Attribute, AttributeFilter, SynthesisFilters } from '../../../shared/contract';

/** A range of an attribute's values, either end open (dates as `2025-03-14`, numbers as `12.5`). */
export type ValueRange = { from?: string; to?: string };

/** The filters as the panel edits them: chosen ids and, per attribute, chosen values or a range (empty: no filter). */
export type FilterState = {
  documentIds: number[];
  coderIds: number[];
  /** Chosen values by attribute id. */
  attributes: Record<number, string[]>;
  /** Ranges by attribute id (date and number attributes). */
  ranges: Record<number, ValueRange>;
};

export const noFilters: FilterState = { documentIds: [], coderIds: [], attributes: {}, ranges: {} };

/** Dates and numbers are filtered by range (from/to), not one chip per value. */
export const filtersByRange = (a: Pick<Attribute, 'type'>): boolean => a.type === 'date' || a.type === 'number';

const isSet = (r: ValueRange | undefined): r is ValueRange => !!r && (!!r.from || !!r.to);

/** The contract's filters: only what narrows (an empty choice means "all", not "none"). */
export function toSynthesisFilters(f: FilterState): SynthesisFilters {
  const ids = new Set([...Object.keys(f.attributes), ...Object.keys(f.ranges)].map(Number));
  const attributes: AttributeFilter[] = [];
  for (const attributeId of [...ids].sort((a, b) => a - b)) {
    const values = f.attributes[attributeId] ?? [];
    const range = f.ranges[attributeId];
    if (values.length === 0 && !isSet(range)) continue;
    attributes.push({
      attributeId,
      ...(values.length > 0 && { values }),
      ...(range?.from && { from: range.from }),
      ...(range?.to && { to: range.to }),
    });
  }
  return {
    ...(f.documentIds.length > 0 && { documentIds: f.documentIds }),
    ...(f.coderIds.length > 0 && { coderIds: f.coderIds }),
    ...(attributes.length > 0 && { attributes }),
  };
}

/** How many groups narrow the results (documents, coders, each attribute). */
export function activeFilterCount(f: FilterState): number {
  const attributes = new Set([
    ...Object.entries(f.attributes).filter(([, v]) => v.length > 0).map(([id]) => id),
    ...Object.entries(f.ranges).filter(([, r]) => isSet(r)).map(([id]) => id),
  ]);
  return (f.documentIds.length > 0 ? 1 : 0) + (f.coderIds.length > 0 ? 1 : 0) + attributes.size;
}

/** The attributes a quote card shows beside the participant's identifier: those the lead chose (columns, filters). */
export function chosenAttributeIds(f: FilterState, columnAttributeId: number | null): number[] {
  const filtered = [...Object.entries(f.attributes).filter(([, v]) => v.length > 0), ...Object.entries(f.ranges).filter(([, r]) => isSet(r))].map(([id]) => Number(id));
  return [...new Set([...(columnAttributeId === null ? [] : [columnAttributeId]), ...filtered])];
}

export const toggle = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Blind coding: whatever coders were chosen, only the current coder's codings count (`coderId` null: not blind). */
export const withBlindCoder = (f: SynthesisFilters, coderId: number | null): SynthesisFilters => (coderId === null ? f : { ...f, coderIds: [coderId] });
