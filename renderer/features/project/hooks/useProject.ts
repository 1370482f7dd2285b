import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** The open project (null when none), kept fresh as counts change. */
export function useProject(enabled = true) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.project, queryFn: () => call('project:current', {}), enabled });
}
