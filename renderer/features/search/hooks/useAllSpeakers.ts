import { useQueries } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** Every speaker name across the given documents, sorted (speaker names are per document). */
export function useAllSpeakers(documentIds: readonly number[], enabled: boolean): string[] {
  const call = useCall();
  return useQueries({
    queries: documentIds.map((documentId) => ({
      queryKey: queryKeys.speakers(documentId),
      queryFn: () => call('speakers:list', { documentId }),
      enabled,
    })),
    combine: (results) => {
      const names = new Set<string>();
      for (const r of results) for (const s of r.data ?? []) names.add(s.name);
      return [...names].sort((a, b) => a.localeCompare(b));
    },
  });
}
