import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HistoryState } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { useT } from '../../../i18n';
import { invalidateProjectData, queryKeys } from '../../../query-keys';
import { useToasts } from '../../../ui';
import { describeOp } from '../action-labels';

/** Undo and redo through the core's journal; every view refreshes and a toast says what changed. */
export function useUndoRedo() {
  const call = useCall();
  const client = useQueryClient();
  const toasts = useToasts();
  const t = useT();

  const make = (direction: 'undo' | 'redo') =>
    ({
      mutationFn: async () => {
        const before = client.getQueryData<HistoryState>(queryKeys.history);
        const state = await call(direction === 'undo' ? 'history:undo' : 'history:redo', {});
        return { state, label: direction === 'undo' ? before?.undo : before?.redo };
      },
      onSuccess: ({ state, label }: { state: HistoryState; label: HistoryState['undo'] | undefined }) => {
        client.setQueryData(queryKeys.history, state);
        void invalidateProjectData(client);
        if (label) toasts.push('info', (direction === 'undo' ? t.history.undone : t.history.redone)(describeOp(t, label)));
      },
    }) as const;

  const undo = useMutation(make('undo'));
  const redo = useMutation(make('redo'));
  return {
    undo: () => {
      if (!undo.isPending) undo.mutate();
    },
    redo: () => {
      if (!redo.isPending) redo.mutate();
    },
  };
}
