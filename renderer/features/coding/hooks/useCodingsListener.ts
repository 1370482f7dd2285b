import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Coding } from '../../../../shared/contract';
import { queryKeys } from '../../../query-keys';

/**
 * Calls `listener` with a document's codings the moment they change in the cache, before React
 * renders: the transcript draws a coding the core just confirmed in the same task as its answer.
 * (React Query tells components a tick later, and React then renders every reader of the list;
 * on a long interview that wait, behind the palette closing and the lists refetching, was most of
 * the apply round trip.) Components still get the list through `useDocumentCodings` as usual.
 */
export function useCodingsListener(documentId: number | null, listener: (codings: readonly Coding[]) => void): void {
  const client = useQueryClient();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (documentId === null) return;
    const hash = hashKey(queryKeys.codings(documentId));
    return client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      const data = event.query.state.data as readonly Coding[] | undefined;
      if (data) latest.current(data);
    });
  }, [client, documentId]);
}
