import type { QueryClient } from '@tanstack/react-query';
import type { ProjectInfo } from '../../../shared/contract';
import { queryKeys } from '../../query-keys';

/** Queries that are not about the open project: they survive a switch. */
const APP_LEVEL = new Set(['settings', 'recent', 'project']);

/**
 * Another project (or none) is open: every cached answer about the previous one is reset. Reset,
 * not removed: mounted components keep observing the same queries and simply refetch.
 */
export function applyProjectSwitch(client: QueryClient, project: ProjectInfo | null): void {
  const current = client.getQueryData<ProjectInfo | null>(queryKeys.project);
  client.setQueryData(queryKeys.project, project);
  if (current !== undefined && current?.path === project?.path) return;
  void client.resetQueries({ predicate: (q) => !APP_LEVEL.has(String(q.queryKey[0])) });
  void client.invalidateQueries({ queryKey: queryKeys.recent });
}
