import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input, Memo } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities, queryKeys } from '../../../query-keys';

/** Puts a memo the core just returned into the cached list at once (the refetch confirms it). */
function store(client: QueryClient, memo: Memo) {
  client.setQueryData<Memo[]>(queryKeys.memos, (list) => (list ? [memo, ...list.filter((m) => m.id !== memo.id)] : list));
}

export function useCreateMemo() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'memos:create'>) => call('memos:create', input),
    onSuccess: (memo) => {
      store(client, memo);
      void invalidateEntities(client, ['memos']);
    },
  });
}

export function useUpdateMemo() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'memos:update'>) => call('memos:update', input),
    onSuccess: (memo) => {
      store(client, memo);
      void invalidateEntities(client, ['memos']);
    },
  });
}

export function useDeleteMemo() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('memos:delete', { id }),
    onMutate: (id) => {
      client.setQueryData<Memo[]>(queryKeys.memos, (list) => list?.filter((m) => m.id !== id));
    },
    onSettled: () => invalidateEntities(client, ['memos']),
  });
}
