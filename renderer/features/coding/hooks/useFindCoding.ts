import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Coding } from '../../../../shared/contract';
import { isAppError } from '../../../../shared/result';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/**
 * Finds a coding by id (a memo names only its coding): in the codings already loaded, else by asking
 * the core (`codings:get`). Null when it no longer exists (an undo removed it).
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
      try {
        return await call('codings:get', { id });
      } catch (e) {
        if (isAppError(e) && e.code === 'NOT_FOUND') return null;
        throw e;
      }
    },
    [call, client],
  );
}
