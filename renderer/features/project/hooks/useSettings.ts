import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

export function useSettings() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get', {}), staleTime: Infinity });
}

export function useUpdateSettings() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => call('settings:set', patch),
    onMutate: (patch) => {
      // Language and theme change at once; the core's answer confirms.
      const previous = client.getQueryData<Settings>(queryKeys.settings);
      if (previous) client.setQueryData<Settings>(queryKeys.settings, { ...previous, ...patch });
      return previous;
    },
    onError: (_e, _patch, previous) => {
      if (previous) client.setQueryData(queryKeys.settings, previous);
    },
    onSuccess: (settings) => client.setQueryData(queryKeys.settings, settings),
  });
}
