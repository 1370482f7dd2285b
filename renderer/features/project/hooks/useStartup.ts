import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { isAppError } from '../../../../shared/result';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';

export type StartupState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: AppError | Error };

/**
 * On start: the open project, or else the sample study, so that a newcomer sees a working project
 * at once. Runs once per mount; `retry` runs it again.
 */
export function useStartup(): StartupState & { retry: () => void } {
  const call = useCall();
  const client = useQueryClient();
  const [state, setState] = useState<StartupState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    (async () => {
      const current = await call('project:current', {});
      const project = current ?? (await call('project:openSample', {}));
      if (cancelled) return;
      client.setQueryData(queryKeys.project, project);
      setState({ status: 'ready' });
    })().catch((e: unknown) => {
      if (!cancelled) setState({ status: 'failed', error: isAppError(e) || e instanceof Error ? e : new Error(String(e)) });
    });
    return () => {
      cancelled = true;
    };
  }, [call, client, attempt]);

  return { ...state, retry: () => setAttempt((a) => a + 1) };
}
