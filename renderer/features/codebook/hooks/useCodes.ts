import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** The codebook in tree order. */
export function useCodes() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.codes, queryFn: () => call('codes:list', {}) });
}
