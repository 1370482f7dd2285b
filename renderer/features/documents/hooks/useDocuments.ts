import { useQuery } from '@tanstack/react-query';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

export function useDocuments() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.documents, queryFn: () => call('documents:list', {}) });
}
