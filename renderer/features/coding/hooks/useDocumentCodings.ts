import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

export function useDocumentCodings(documentId: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.codings(documentId ?? 0),
    queryFn: () => call('codings:listByDocument', { documentId: documentId ?? 0 }),
    enabled: documentId !== null,
  });
}
