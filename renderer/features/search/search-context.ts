import { createContext, useContext } from 'react';
import type { SearchFilters } from '../../../shared/contract';

/** Filters as the panel edits them (the contract's defaults filled in). */
export type FilterState = {
  documentIds: number[];
  /** Wanted values by attribute id. */
  attributes: Record<number, string[]>;
  /** Date and number attributes: a range by attribute id (either end open). */
  ranges: Record<number, { from?: string; to?: string }>;
  codeIds: number[];
  codeMode: 'inside' | 'outside';
  speakers: string[];
  speakerMode: 'include' | 'exclude';
  /** Leave out the interviewer (speakers marked so, and those linked to no participant). */
  excludeInterviewer: boolean;
};

export const noFilters: FilterState = { documentIds: [], attributes: {}, ranges: {}, codeIds: [], codeMode: 'inside', speakers: [], speakerMode: 'include', excludeInterviewer: false };

/**
 * The search shared by the top bar's box and the results panel: what is typed, what was searched,
 * the filters, the hits ticked for auto-coding, and a request to show the results.
 */
export type SearchState = {
  text: string;
  setText: (text: string) => void;
  /** The query the results are for (the text once typing pauses, or at once on Enter). */
  query: string;
  submit: (text?: string) => void;
  filters: FilterState;
  setFilters: (update: (f: FilterState) => FilterState) => void;
  selected: ReadonlySet<string>;
  setSelected: (update: (s: ReadonlySet<string>) => ReadonlySet<string>) => void;
  /** Changes each time the user asks to see results (typing, Enter, the shortcut). */
  showRequest: number;
  /** Moves the keyboard focus to the search box. */
  focusBox: () => void;
  registerBox: (focus: (() => void) | null) => void;
};

export const SearchContext = createContext<SearchState | null>(null);

export function useSearchState(): SearchState {
  const state = useContext(SearchContext);
  if (!state) throw new Error('useSearchState() outside <SearchProvider>');
  return state;
}

/** A hit's identity, as `search:autoCode`'s `selected` names it. */
export const hitKey = (h: { documentId: number; start: number; end: number }) => `${h.documentId}:${h.start}:${h.end}`;

/**
 * The filters as the contract takes them (empty parts left out). `blindCoderId`: in blind coding, the
 * codes filter considers only this coder's codings, as everything else the blind coder sees.
 */
export function toContractFilters(f: FilterState, blindCoderId: number | null = null): SearchFilters {
  const attributes = [
    ...Object.entries(f.attributes)
      .filter(([, values]) => values.length > 0)
      .map(([id, values]) => ({ attributeId: Number(id), values })),
    ...Object.entries(f.ranges)
      .filter(([, r]) => !!r.from || !!r.to)
      .map(([id, r]) => ({ attributeId: Number(id), ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) })),
  ];
  return {
    ...(f.documentIds.length > 0 ? { documentIds: f.documentIds } : {}),
    ...(attributes.length > 0 ? { attributes } : {}),
    ...(f.codeIds.length > 0 ? { codeIds: f.codeIds, codeMode: f.codeMode, ...(blindCoderId !== null ? { coderIds: [blindCoderId] } : {}) } : {}),
    ...(f.speakers.length > 0 ? { speakers: f.speakers, speakerMode: f.speakerMode } : {}),
    ...(f.excludeInterviewer ? { excludeInterviewer: true } : {}),
  };
}

/** How many kinds of filter are on (documents, each attribute, codes, speakers, the interviewer left out). */
export function activeFilterCount(f: FilterState): number {
  return (
    (f.documentIds.length > 0 ? 1 : 0) +
    Object.values(f.attributes).filter((v) => v.length > 0).length +
    Object.values(f.ranges).filter((r) => !!r.from || !!r.to).length +
    (f.codeIds.length > 0 ? 1 : 0) +
    (f.speakers.length > 0 ? 1 : 0) +
    (f.excludeInterviewer ? 1 : 0)
  );
}
