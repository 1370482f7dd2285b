import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchFilters } from '../../../../shared/contract';
import { useAppEvent, useCall } from '../../../api-context';
import { whenChangesSettle } from '../../../query-keys';

/** Results shown at most: enough to read and to auto-code; the count says when there are more. */
export const SEARCH_LIMIT = 500;

export const searchKeys = {
  all: ['search'] as const,
  results: (query: string, filters: SearchFilters) => ['search', 'results', query, filters] as const,
  status: ['search', 'status'] as const,
};

/**
 * The hits of a query. The previous results stay on screen while the next ones come, and results
 * refresh whenever the project changes (an edit, a coding, an undo) or the index catches up.
 */
export function useSearch(query: string, filters: SearchFilters) {
  const call = useCall();
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: searchKeys.all });
  // After a coding, say, the results refresh once the coding is drawn (as the other lists do).
  useAppEvent('project:changed', () => whenChangesSettle(client, refresh));
  useAppEvent('index:ready', refresh);
  return useQuery({
    queryKey: searchKeys.results(query.trim(), filters),
    queryFn: () => call('search:query', { query: query.trim(), filters, limit: SEARCH_LIMIT }),
    enabled: query.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
