/**
 * The Agreement tab's reads and its two review actions. Reads live under `queryKeys.findings`, which
 * every change to codings invalidates: after “keep”, “drop” or their undo the measures are recomputed.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateSoon, queryKeys } from '../../../query-keys';

const key = (...parts: unknown[]) => [...queryKeys.findings, 'agreement', ...parts] as const;

export function useAgreement(input: Input<'synthesis:agreement'> | null) {
  const call = useCall();
  return useQuery({
    queryKey: key('measures', input),
    queryFn: () => call('synthesis:agreement', input!),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useDisagreements(input: Input<'synthesis:disagreements'> | null) {
  const call = useCall();
  return useQuery({
    queryKey: key('disagreements', input),
    queryFn: () => call('synthesis:disagreements', input!),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

/** “Keep”: the other coder accepts the passage (the coding is copied to them). */
export function useKeepCoding() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'codings:copyToCoder'>) => call('codings:copyToCoder', input),
    onSettled: () => invalidateSoon(client, ['codings']),
  });
}

/** “Drop”: the disputed passage is taken out of the coder's coding (the rest of it stays). */
export function useDropPassage() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'codings:removeRange'>) => call('codings:removeRange', input),
    onSettled: () => invalidateSoon(client, ['codings', 'memos']),
  });
}
