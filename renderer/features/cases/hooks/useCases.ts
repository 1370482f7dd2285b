import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** The participants, with their values, linked documents and speakers. */
export function useCases() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.cases, queryFn: () => call('cases:list', {}) });
}

/** The participants' attributes (the table's columns), in order. */
export function useAttributes() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.attributes, queryFn: () => call('attributes:list', {}) });
}
