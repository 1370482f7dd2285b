/**
 * The analysis view's reads. Keys live under `queryKeys.findings`, which changes to documents,
 * codes, codings and participants invalidate: a matrix is always the project's current state.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CodeQuery, Input } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

const key = (...parts: unknown[]) => [...queryKeys.findings, 'analysis', ...parts] as const;

export function useCoders() {
  const call = useCall();
  return useQuery({ queryKey: key('coders'), queryFn: () => call('coders:list', {}) });
}

export function useMatrix(input: Input<'synthesis:matrix'> | null) {
  const call = useCall();
  return useQuery({
    queryKey: key('matrix', input),
    queryFn: () => call('synthesis:matrix', input!),
    enabled: input !== null,
    // Toggling a filter keeps the table on screen until the new one arrives (no flash of empty).
    placeholderData: keepPreviousData,
  });
}

export function useCooccurrence(input: Input<'synthesis:cooccurrence'>) {
  const call = useCall();
  return useQuery({ queryKey: key('cooccurrence', input), queryFn: () => call('synthesis:cooccurrence', input), placeholderData: keepPreviousData });
}

export function useRetrieve(input: Input<'synthesis:retrieve'> | null) {
  const call = useCall();
  return useQuery({
    queryKey: key('retrieve', input),
    queryFn: () => call('synthesis:retrieve', input!),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCodeQuery(query: CodeQuery | null, filters: Input<'synthesis:query'>['filters']) {
  const call = useCall();
  return useQuery({
    queryKey: key('query', query, filters),
    queryFn: () => call('synthesis:query', { query: query!, filters }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** The quotes behind a cell, in reading order. */
export function useCodingsById(ids: readonly number[] | null) {
  const call = useCall();
  return useQuery({
    queryKey: key('codings', ids),
    queryFn: () => call('synthesis:codings', { ids: [...ids!] }),
    enabled: ids !== null,
    // Showing more quotes keeps the ones on screen while the next page arrives.
    placeholderData: keepPreviousData,
  });
}
