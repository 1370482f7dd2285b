import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportDuplicate, ImportReport, LinkReport } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useApi } from '../../../api-context';
import { useT } from '../../../i18n';
import { invalidateEntities } from '../../../query-keys';
import { useToasts } from '../../../ui';
import type { CaseImportOutcome } from '../../cases';
import { splitImportPaths, type ImportKind } from '../import-files';

/** What one batch brought in: documents, participants tables, and the links made afterwards. */
export type ImportOutcome = {
  documents: ImportReport | null;
  tables: CaseImportOutcome[];
  /** Auto-linking after the import, when the project has participants. */
  link: LinkReport | null;
};

/**
 * Import: the shell picks files (native dialog, or file input + upload in browser mode) or they are
 * dropped on the window; participants tables go to `cases:import` and transcripts to
 * `documents:import`; then documents are linked to their participants by name. The report is kept
 * until the user closes it.
 */
export function useImportDocuments() {
  const { call, transport } = useApi();
  const client = useQueryClient();
  const toasts = useToasts();
  const t = useT();
  const [report, setReport] = useState<ImportOutcome | null>(null);
  const [isPicking, setPicking] = useState(false);

  const mutation = useMutation({
    mutationFn: async ({ documents, tables }: { documents: string[]; tables: string[] }): Promise<ImportOutcome> => {
      const outcome: ImportOutcome = { documents: null, tables: [], link: null };
      const importTables = async (paths: readonly string[]) => {
        for (const path of paths) {
          try {
            outcome.tables.push({ file: path, report: await call('cases:import', { path }) });
          } catch (e) {
            if (!(e instanceof AppError) || e.code === 'INTERNAL' || e.code === 'NO_PROJECT') throw e;
            outcome.tables.push({ file: path, error: e.message });
          }
        }
      };
      // Participants first, so that the transcripts of this batch find them when linking.
      await importTables(tables);
      if (documents.length > 0) outcome.documents = await call('documents:import', { paths: documents });
      // A folder's own participants table comes back from the documents import.
      await importTables(outcome.documents?.tables ?? []);
      const brought = (outcome.documents?.imported.length ?? 0) + outcome.tables.filter((x) => 'report' in x).length;
      if (brought > 0 && (await call('cases:list', {})).length > 0) outcome.link = await call('cases:autoLink', {});
      return outcome;
    },
    onSuccess: setReport,
    onSettled: () => invalidateEntities(client, ['documents', 'cases']),
  });

  const run = (paths: readonly string[], kind: ImportKind = 'documents') => {
    const split = splitImportPaths(paths, kind);
    if (split.documents.length + split.tables.length > 0) mutation.mutate(split);
  };

  const fail = (e: unknown) => toasts.push('error', e instanceof AppError && e.code !== 'INTERNAL' ? e.message : t.errors.internal);

  // Choosing (and, in browser mode, uploading) comes before the import and is not a save.
  const pickAndImport = async (kind: ImportKind) => {
    setPicking(true);
    try {
      const { paths } = await call('shell:pickImportFiles', { kind });
      run(paths, kind);
    } catch (e) {
      fail(e);
    } finally {
      setPicking(false);
    }
  };

  /** Files reported as duplicates: imported as copies after all (the report then lists them as imported), or left out. */
  const anyway = useMutation({
    mutationFn: (duplicates: readonly ImportDuplicate[]) => call('documents:import', { paths: duplicates.map((d) => d.path), allowDuplicates: true }),
    onSuccess: (added, duplicates) =>
      setReport((current) => current && withDecided(current, duplicates, added)),
    onError: fail,
    onSettled: () => invalidateEntities(client, ['documents', 'cases']),
  });
  const skip = (duplicates: readonly ImportDuplicate[]) => setReport((current) => current && withDecided(current, duplicates, null));

  const isBusy = isPicking || mutation.isPending || anyway.isPending;
  return {
    /** Opens the chooser for transcripts, a folder of transcripts, or a participants table. */
    startImport: (kind: ImportKind = 'documents') => {
      if (!isBusy) void pickAndImport(kind);
    },
    /** Imports paths the shell already has (files dropped in Electron). */
    importPaths: (paths: readonly string[]) => {
      if (!isBusy) run(paths);
    },
    /** Imports dropped files: staged first (uploaded in browser mode), then routed by kind. */
    importFiles: async (files: readonly File[]) => {
      if (isBusy || files.length === 0) return;
      if (!transport.stageFiles) return fail(new AppError('INTERNAL', 'Files cannot be dropped here'));
      setPicking(true);
      try {
        const staged = await transport.stageFiles(files);
        if (!staged.ok) throw new AppError(staged.error.code, t.errors.describe(staged.error));
        run(staged.value.paths);
      } catch (e) {
        fail(e);
      } finally {
        setPicking(false);
      }
    },
    isImporting: isBusy,
    report,
    closeReport: () => setReport(null),
    /** Imports the duplicates given as copies of what the project already has. */
    importDuplicatesAnyway: (duplicates: readonly ImportDuplicate[]) => {
      if (!anyway.isPending && duplicates.length > 0) anyway.mutate(duplicates);
    },
    /** Leaves the duplicates given out (nothing to undo: they were never imported). */
    skipDuplicates: skip,
    isImportingDuplicates: anyway.isPending,
  };
}

/** The report once the user decided on some duplicates: they leave the list; what was imported anyway joins the rest. */
function withDecided(outcome: ImportOutcome, decided: readonly ImportDuplicate[], added: ImportReport | null): ImportOutcome {
  const documents = outcome.documents;
  if (documents === null) return outcome;
  const paths = new Set(decided.map((d) => d.path));
  return {
    ...outcome,
    documents: {
      ...documents,
      imported: [...documents.imported, ...(added?.imported ?? [])],
      errors: [...documents.errors, ...(added?.errors ?? [])],
      warnings: [...(documents.warnings ?? []), ...(added?.warnings ?? [])],
      duplicates: (documents.duplicates ?? []).filter((d) => !paths.has(d.path)),
    },
  };
}
