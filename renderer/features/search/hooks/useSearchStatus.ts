import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAppEvent, useCall } from '../../../api-context';
import { searchKeys } from './useSearch';

export type IndexingState = { done: number; total: number } | null;

/**
 * Whether the index is being built, from the core's `index:progress` / `index:ready` events (the
 * indexing runs in a worker: the UI only shows how far it is). Asking for the status also starts
 * the index, so that the first search does not wait for it.
 */
export function useSearchStatus(): IndexingState {
  const call = useCall();
  const [progress, setProgress] = useState<IndexingState>(null);
  const status = useQuery({ queryKey: searchKeys.status, queryFn: () => call('search:status', {}) });
  useAppEvent('index:progress', (p) => setProgress(p.done < p.total ? p : null));
  useAppEvent('index:ready', () => {
    setProgress(null);
    void status.refetch();
  });
  if (progress) return progress;
  const s = status.data;
  return s && !s.ready && s.documents > 0 ? { done: Math.min(s.indexed, s.documents), total: s.documents } : null;
}
