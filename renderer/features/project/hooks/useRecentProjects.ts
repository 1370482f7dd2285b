import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

export function useRecentProjects() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.recent, queryFn: () => call('project:recent', {}) });
}
