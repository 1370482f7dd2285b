import { useQueryClient } from '@tanstack/react-query';
import { useAppEvent } from '../api-context';
import { applyProjectSwitch } from '../features/project';
import { invalidateSoon } from '../query-keys';

/** The core's change events keep the caches true: `project:changed` invalidates, `project:switched` resets. */
export function useEventBridge(): void {
  const client = useQueryClient();
  // After the next paint: the change is often the user's own, already shown optimistically.
  useAppEvent('project:changed', ({ entities }) => invalidateSoon(client, entities));
  useAppEvent('project:switched', ({ project }) => applyProjectSwitch(client, project));
}
