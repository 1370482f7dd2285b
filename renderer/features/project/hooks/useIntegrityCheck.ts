import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

/** Runs when the browser is idle, so that the first paint never waits for it. */
function afterFirstPaint(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 300);
  return () => window.clearTimeout(id);
}

/** `project:check` (SQLite quick_check) once per opened project, after the first paint. */
export function useIntegrityCheck(projectPath: string | undefined) {
  const call = useCall();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    if (!projectPath) return;
    return afterFirstPaint(() => setReady(true));
  }, [projectPath]);
  return useQuery({
    queryKey: [...queryKeys.integrity, projectPath],
    queryFn: () => call('project:check', {}),
    enabled: ready && projectPath !== undefined,
    staleTime: Infinity,
    retry: false,
    meta: { silent: true },
  });
}
