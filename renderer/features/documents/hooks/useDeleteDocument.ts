import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { invalidateEntities } from '../../../query-keys';

export function useDeleteDocument() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('documents:delete', { id }),
    onSuccess: () => invalidateEntities(client, ['documents', 'codings']),
  });
}
