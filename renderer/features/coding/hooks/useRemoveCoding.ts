import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Coding } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';
import { refreshAfterCodingChange } from '../codings-cache';

export function useRemoveCoding() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (coding: Pick<Coding, 'id' | 'documentId'>) => call('codings:remove', { id: coding.id }),
    onMutate: async (coding) => {
      const key = queryKeys.codings(coding.documentId);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Coding[]>(key);
      if (previous) client.setQueryData<Coding[]>(key, previous.filter((c) => c.id !== coding.id));
      return { previous, key };
    },
    onError: (_e, _coding, context) => {
      if (context?.previous) client.setQueryData(context.key, context.previous);
    },
    // A coding's memos go with it.
    onSettled: (_answer, error, coding) => refreshAfterCodingChange(client, ['codings', 'memos'], coding.documentId, error === null),
  });
}
