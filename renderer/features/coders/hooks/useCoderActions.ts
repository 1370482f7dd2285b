import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { invalidateSoon, queryKeys } from '../../../query-keys';

/** The coders of the project (under `findings`, with the analysis view's coder filter). */
export const codersKey = [...queryKeys.findings, 'analysis', 'coders'] as const;

export function useCoderList() {
  const call = useCall();
  return useQuery({ queryKey: codersKey, queryFn: () => call('coders:list', {}) });
}

/**
 * Who is coding: switching coder (created if new) and renaming one. Codings and memos made from now
 * on record the chosen coder; what the project shows depends on it (the status bar, blind coding).
 */
export function useCoderActions() {
  const call = useCall();
  const client = useQueryClient();
  const refresh = () => invalidateSoon(client, ['codings']);
  const use = useMutation({ mutationFn: (name: string) => call('coders:use', { name }), onSuccess: refresh });
  const rename = useMutation({ mutationFn: (input: { id: number; name: string }) => call('coders:rename', input), onSuccess: refresh });
  return { use, rename };
}
