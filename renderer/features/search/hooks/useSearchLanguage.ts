import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchLanguage } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { searchKeys } from './useSearch';

/** The project's search language (French, English or both); changing it re-indexes in the background. */
export function useSearchLanguage() {
  const call = useCall();
  const client = useQueryClient();
  const status = useQuery({ queryKey: searchKeys.status, queryFn: () => call('search:status', {}) });
  const change = useMutation({
    mutationFn: (language: SearchLanguage) => call('search:setLanguage', { language }),
    onSuccess: (next) => {
      client.setQueryData(searchKeys.status, next);
      void client.invalidateQueries({ queryKey: searchKeys.all });
    },
  });
  return { language: status.data?.language ?? null, setLanguage: (language: SearchLanguage) => change.mutate(language), isChanging: change.isPending };
}
