import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Coding, DocumentSummary } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/**
 * Finds a coding by id (a memo names only its coding): first in the codings already loaded, then
 * document by document. The core could say it directly (see the report: a coding memo's target
 * could carry its document).
 */
export function useFindCoding() {
  const call = useCall();
  const client = useQueryClient();
  return useCallback(
    async (id: number): Promise<Coding | null> => {
      for (const [, list] of client.getQueriesData<Coding[]>({ queryKey: queryKeys.allCodings })) {
        const hit = list?.find((c) => c.id === id);
        if (hit) return hit;
      }
      const documents = client.getQueryData<DocumentSummary[]>(queryKeys.documents) ?? (await call('documents:list', {}));
      for (const d of documents) {
        const list = await client.fetchQuery({
          queryKey: queryKeys.codings(d.id),
          queryFn: () => call('codings:listByDocument', { documentId: d.id }),
        });
        const hit = list.find((c) => c.id === id);
        if (hit) return hit;
      }
      return null;
    },
    [call, client],
  );
}
