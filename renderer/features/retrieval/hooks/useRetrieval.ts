import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RetrievedCoding } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';
import { onlyCoder, useBlindCoderId } from '../../coders';

/** The passages coded with a code, in document order, with their text (only the coder's own in blind coding). */
export function useRetrieval(codeId: number | null) {
  const call = useCall();
  const blindCoderId = useBlindCoderId();
  const select = useCallback((codings: RetrievedCoding[]) => (blindCoderId === null ? codings : onlyCoder(codings, blindCoderId)), [blindCoderId]);
  return useQuery({
    queryKey: queryKeys.retrieval(codeId ?? 0),
    queryFn: () => call('codings:retrieve', { codeId: codeId ?? 0 }),
    enabled: codeId !== null,
    select,
  });
}
