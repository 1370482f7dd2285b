import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';
import { shareCodings } from '../codings-cache';

/** A document's codings, in the core's order (start, end, id). */
export function useDocumentCodings(documentId: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.codings(documentId ?? 0),
    queryFn: () => call('codings:listByDocument', { documentId: documentId ?? 0 }),
    enabled: documentId !== null,
    structuralSharing: shareCodings,
  });
}
