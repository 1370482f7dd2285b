import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities } from '../../../query-keys';
import { searchKeys } from './useSearch';

/** Codes search hits in one undoable operation; every view of codings refreshes. */
export function useAutoCode() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['INVALID_INPUT', 'NOT_FOUND'] },
    mutationFn: (input: Input<'search:autoCode'>) => call('search:autoCode', input),
    onSuccess: () => {
      void invalidateEntities(client, ['codings']);
      void client.invalidateQueries({ queryKey: searchKeys.all });
    },
  });
}
