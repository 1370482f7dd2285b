import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** A document's text and turns (null id: none open). */
export function useDocument(id: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.document(id ?? 0),
    queryFn: () => call('documents:get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 60_000,
  });
}
