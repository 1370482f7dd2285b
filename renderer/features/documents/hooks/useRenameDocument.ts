import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { invalidateEntities } from '../../../query-keys';

export function useRenameDocument() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: { id: number; name: string }) => call('documents:rename', input),
    onSuccess: () => invalidateEntities(client, ['documents']),
  });
}
