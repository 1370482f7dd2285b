import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ProjectInfo } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { queryKeys } from '../../../query-keys';
import { isBlind, setBlind, subscribeBlind } from '../blind-coding';

/** The open project (read from the shared `project:current` query). */
function useCurrentProject(): ProjectInfo | null {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.project, queryFn: () => call('project:current', {}) }).data ?? null;
}

/** Blind coding for the open project: whether it is on, and turning it on or off. */
export function useBlindCoding(): { on: boolean; coderId: number | null; set: (on: boolean) => void } {
  const project = useCurrentProject();
  const path = project?.path ?? null;
  const on = useSyncExternalStore(subscribeBlind, () => (path === null ? false : isBlind(path)));
  return {
    on,
    coderId: project?.coder.id ?? null,
    set: (next) => {
      if (path !== null) setBlind(path, next);
    },
  };
}

/** The coder whose codings alone are shown (blind coding), or null when everyone's are. */
export function useBlindCoderId(): number | null {
  const { on, coderId } = useBlindCoding();
  return on ? coderId : null;
}
