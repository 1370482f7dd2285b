import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** The passages coded with a code, in document order, with their text. */
export function useRetrieval(codeId: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.retrieval(codeId ?? 0),
    queryFn: () => call('codings:retrieve', { codeId: codeId ?? 0 }),
    enabled: codeId !== null,
  });
}
