import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useCall } from '../../../api-context';
import { useT } from '../../../i18n';
import { invalidateEntities } from '../../../query-keys';
import { useToasts } from '../../../ui';

/**
 * Import: the shell picks files (native dialog, or file input + upload in browser mode), the core
 * imports them, and the report is kept until the user closes it.
 */
export function useImportDocuments() {
  const call = useCall();
  const client = useQueryClient();
  const toasts = useToasts();
  const t = useT();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [isPicking, setPicking] = useState(false);
  const mutation = useMutation({
    mutationFn: (paths: readonly string[]) => call('documents:import', { paths: [...paths] }),
    onSuccess: (result) => {
      setReport(result);
      void invalidateEntities(client, ['documents']);
    },
  });

  // Choosing (and, in browser mode, uploading) comes before the import and is not a save.
  const pickAndImport = async () => {
    setPicking(true);
    try {
      const { paths } = await call('shell:pickImportFiles', {});
      if (paths.length > 0) mutation.mutate(paths);
    } catch (e) {
      toasts.push('error', e instanceof AppError && e.code !== 'INTERNAL' ? e.message : t.errors.internal);
    } finally {
      setPicking(false);
    }
  };

  return {
    /** Opens the file chooser, or imports the given paths (e.g. files dropped in Electron). */
    startImport: (paths?: readonly string[]) => {
      if (isPicking || mutation.isPending) return;
      if (paths) mutation.mutate(paths);
      else void pickAndImport();
    },
    isImporting: isPicking || mutation.isPending,
    report,
    closeReport: () => setReport(null),
  };
}
