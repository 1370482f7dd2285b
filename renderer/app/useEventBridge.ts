import { useQueryClient } from '@tanstack/react-query';
import { useAppEvent } from '../api-context';
import { applyProjectSwitch } from '../features/project';
import { invalidateEntities } from '../query-keys';

/** The core's change events keep the caches true: `project:changed` invalidates, `project:switched` resets. */
export function useEventBridge(): void {
  const client = useQueryClient();
  useAppEvent('project:changed', ({ entities }) => void invalidateEntities(client, entities));
  useAppEvent('project:switched', ({ project }) => applyProjectSwitch(client, project));
}
