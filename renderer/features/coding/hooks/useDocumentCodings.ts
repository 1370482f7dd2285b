import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Coding } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';
import { onlyCoder, useBlindCoderId } from '../../coders';
import { shareCodings } from '../codings-cache';

/**
 * A document's codings, in the core's order (start, end, id). In blind coding, only the current
 * coder's: the cache keeps everyone's (optimistic updates work on it), the view gets a filtered copy.
 */
export function useDocumentCodings(documentId: number | null) {
  const call = useCall();
  const blindCoderId = useBlindCoderId();
  const select = useCallback((codings: Coding[]) => (blindCoderId === null ? codings : onlyCoder(codings, blindCoderId)), [blindCoderId]);
  return useQuery({
    queryKey: queryKeys.codings(documentId ?? 0),
    queryFn: () => call('codings:listByDocument', { documentId: documentId ?? 0 }),
    enabled: documentId !== null,
    structuralSharing: shareCodings,
    select,
  });
}
