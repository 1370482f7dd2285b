import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Coding } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import type { VerbatimMutationMeta } from '../../../query-meta';
import { invalidateEntities, queryKeys } from '../../../query-keys';

export type ApplyCodingInput = { documentId: number; codeId: number; start: number; end: number };

/** Applies a code; the highlight shows at once (optimistically) and is confirmed by the core. */
export function useApplyCoding(meta?: VerbatimMutationMeta) {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    ...(meta ? { meta } : {}),
    mutationFn: (input: ApplyCodingInput) => call('codings:apply', input),
    onMutate: async (input) => {
      const key = queryKeys.codings(input.documentId);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Coding[]>(key);
      if (previous) {
        const pending: Coding = { ...input, id: -Date.now(), coderId: 0, createdAt: new Date().toISOString() };
        client.setQueryData<Coding[]>(key, [...previous, pending]);
      }
      return { previous, key };
    },
    onError: (_e, _input, context) => {
      if (context?.previous) client.setQueryData(context.key, context.previous);
    },
    onSettled: () => invalidateEntities(client, ['codings']),
  });
}
