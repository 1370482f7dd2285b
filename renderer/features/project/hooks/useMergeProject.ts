import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MergeReport } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useCall } from '../../../api-context';
import { invalidateProjectData, queryKeys } from '../../../query-keys';

/** What the merge dialog shows: the merge under way, its report, or why it could not be done. */
export type MergeState =
  | { phase: 'merging'; file: string }
  | { phase: 'done'; report: MergeReport; undone: boolean }
  /** `message` is already in the interface language (the client describes core errors); null: unexpected. */
  | { phase: 'failed'; message: string | null };

const failure = (e: unknown): MergeState => ({ phase: 'failed', message: e instanceof AppError ? e.message : null });

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Project › Merge…: the shell picks a colleague's copy (native dialog, or file input + upload in
 * browser mode), `project:merge` brings its work in as one undoable step, and the report stays on
 * screen until the lead closes it. Choosing the file is not part of the merge: cancelling shows nothing.
 */
export function useMergeProject() {
  const call = useCall();
  const client = useQueryClient();
  const [state, setState] = useState<MergeState | null>(null);
  // The project's counts and coders change too (the status bar, the coder dialog).
  const refresh = () => Promise.all([invalidateProjectData(client), client.invalidateQueries({ queryKey: queryKeys.project })]);

  const merge = useMutation({
    mutationFn: (path: string) => call('project:merge', { path }),
    onMutate: (path) => setState({ phase: 'merging', file: fileName(path) }),
    onSuccess: (report) => setState({ phase: 'done', report, undone: false }),
    onError: (e) => setState(failure(e)),
    // Everything may have changed: documents, codes, codings, memos, coders, participants.
    onSettled: refresh,
  });

  const undo = useMutation({
    mutationFn: () => call('history:undo', {}),
    onSuccess: (history) => {
      client.setQueryData(queryKeys.history, history);
      setState((s) => (s?.phase === 'done' ? { ...s, undone: true } : s));
    },
    onError: (e) => setState(failure(e)),
    onSettled: refresh,
  });

  const start = async () => {
    if (merge.isPending) return;
    try {
      const { paths } = await call('shell:pickImportFiles', { kind: 'project' });
      const path = paths[0];
      if (path !== undefined) merge.mutate(path);
    } catch (e) {
      setState(failure(e));
    }
  };

  return {
    state,
    start: () => void start(),
    undo: () => {
      if (!undo.isPending) undo.mutate();
    },
    isUndoing: undo.isPending,
    close: () => setState(null),
  };
}
