import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { invalidateEntities } from '../../../query-keys';

/**
 * Saves an edited transcript. The report comes back once the document and its codings are fetched
 * again, so that the reading view reopens on the new text with the codings where they now are.
 */
export function useEditDocument() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['INVALID_INPUT'] },
    mutationFn: async (input: { id: number; text: string }) => {
      const report = await call('documents:edit', input);
      await invalidateEntities(client, ['documents', 'codings']);
      return report;
    },
  });
}
