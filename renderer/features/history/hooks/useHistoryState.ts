import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

export function useHistoryState() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.history, queryFn: () => call('history:state', {}) });
}
