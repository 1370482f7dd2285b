import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectInfo } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useCall } from '../../../api-context';
import { useT } from '../../../i18n';
import { useToasts } from '../../../ui';
import { applyProjectSwitch } from '../switch-project';

/**
 * New, open (dialog or recent), sample and close: each switches the whole window to another project.
 * Choosing the path is not part of the mutation: the user may take their time in the dialog, and
 * nothing is being saved meanwhile.
 */
export function useProjectActions() {
  const call = useCall();
  const client = useQueryClient();
  const toasts = useToasts();
  const t = useT();
  const tp = t.project;
  const onSwitched = (project: ProjectInfo | null) => applyProjectSwitch(client, project);
  const meta = { projectDialog: true } as const;

  const create = useMutation({ meta, mutationFn: (path: string) => call('project:create', { path }), onSuccess: onSwitched });
  const open = useMutation({
    meta,
    mutationFn: async (path: string) => {
      try {
        return await call('project:open', { path });
      } catch (e) {
        // A damaged project: offer its newest sound backup (the core keeps the damaged file).
        const backup = e instanceof AppError && e.code === 'PROJECT_CORRUPT' ? (e.details as { backup?: { path: string; takenAt: string } | null } | undefined)?.backup : null;
        if (!backup || !window.confirm(tp.restoreOffer((e as Error).message, backup.takenAt))) throw e;
        return call('project:restore', { path, backupPath: backup.path });
      }
    },
    onSuccess: onSwitched,
  });
  /** After the file was lost (or is read-only): the session's state into a new file, then work there. */
  const saveCopy = useMutation({
    mutationFn: async () => {
      const picked = await call('shell:pickProjectPath', { mode: 'create' });
      return picked.path === null ? null : call('project:saveAs', { path: picked.path });
    },
    onSuccess: (info) => {
      if (!info) return;
      onSwitched(info);
      toasts.push('info', tp.copySaved(info.path));
    },
    onError: (e) => toasts.push('error', e instanceof Error ? e.message : String(e)),
  });
  const openSample = useMutation({ meta, mutationFn: () => call('project:openSample', {}), onSuccess: onSwitched });
  const close = useMutation({ mutationFn: () => call('project:close', {}), onSuccess: () => onSwitched(null) });

  const pick = async (mode: 'open' | 'create'): Promise<string | null> => {
    try {
      return (await call('shell:pickProjectPath', { mode })).path;
    } catch (e) {
      toasts.push('error', e instanceof AppError ? e.message : t.errors.internal);
      return null;
    }
  };

  return {
    createProject: () => {
      void pick('create').then((path) => path !== null && create.mutate(path));
    },
    openProject: (path?: string) => {
      if (path !== undefined) open.mutate(path);
      else void pick('open').then((chosen) => chosen !== null && open.mutate(chosen));
    },
    openSample: () => openSample.mutate(),
    closeProject: () => close.mutate(),
    saveCopy: () => saveCopy.mutate(),
    isBusy: create.isPending || open.isPending || openSample.isPending || close.isPending,
  };
}
