import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** Every memo of the project, newest first. */
export function useMemos() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.memos, queryFn: () => call('memos:list', {}) });
}

/** Memos whose title, text or target contains `query` (the core searches; an empty query lists all). */
export function useMemoSearch(query: string) {
  const call = useCall();
  const q = query.trim();
  return useQuery({
    queryKey: [...queryKeys.memos, 'search', q],
    queryFn: () => call('memos:list', q ? { query: q } : {}),
    placeholderData: keepPreviousData,
  });
}
