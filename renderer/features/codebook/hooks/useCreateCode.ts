import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities } from '../../../query-keys';

export function useCreateCode() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: Input<'codes:create'>) => call('codes:create', input),
    onSuccess: () => invalidateEntities(client, ['codes']),
  });
}
