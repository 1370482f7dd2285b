import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Code, Input } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities, queryKeys } from '../../../query-keys';

/** Renames, recolours, redefines a code or makes it a folder; the tree shows the change at once. */
export function useUpdateCode() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT'] },
    mutationFn: (input: Input<'codes:update'>) => call('codes:update', input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: queryKeys.codes });
      const previous = client.getQueryData<Code[]>(queryKeys.codes);
      if (previous) {
        const patch = Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'id' && v !== undefined)) as Partial<Code>;
        client.setQueryData<Code[]>(queryKeys.codes, previous.map((c) => (c.id === input.id ? { ...c, ...patch } : c)));
      }
      return { previous };
    },
    onError: (_e, _input, context) => {
      if (context?.previous) client.setQueryData(queryKeys.codes, context.previous);
    },
    onSettled: () => invalidateEntities(client, ['codes']),
  });
}

/** Moves a code (and its sub-codes); the core answers with the whole reordered codebook. */
export function useMoveCode() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'codes:move'>) => call('codes:move', input),
    onSuccess: (codes) => {
      client.setQueryData(queryKeys.codes, codes);
      void invalidateEntities(client, ['codes']);
    },
  });
}

export function useMergeCodes() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'codes:merge'>) => call('codes:merge', input),
    onSettled: () => invalidateEntities(client, ['codes', 'codings', 'memos']),
  });
}

export function useDeleteCode() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('codes:delete', { id }),
    onSettled: () => invalidateEntities(client, ['codes', 'codings', 'memos']),
  });
}
