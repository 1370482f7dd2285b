import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportFormat, ExportResult, Language, ReportSettings } from '../../../../shared/contract';
import { AppError, errorCodes } from '../../../../shared/result';
import { useApi, useCall } from '../../../api-context';
import { useT } from '../../../i18n';
import { invalidateSoon, queryKeys } from '../../../query-keys';
import { extensionOf } from '../export-formats';

const reportKey = [...queryKeys.findings, 'report'] as const;
const themesKey = [...queryKeys.findings, 'list'] as const;

export function useReportSettings() {
  const call = useCall();
  return useQuery({ queryKey: reportKey, queryFn: () => call('report:getSettings', {}) });
}

export function useExportChoices() {
  const call = useCall();
  const themes = useQuery({ queryKey: themesKey, queryFn: () => call('findings:list', {}) });
  const attributes = useQuery({ queryKey: queryKeys.attributes, queryFn: () => call('attributes:list', {}) });
  return { themes: themes.data?.themes ?? [], attributes: attributes.data ?? [] };
}

export type ExportRun = {
  format: ExportFormat;
  defaultName: string;
  anonymized: boolean;
  /** The report's settings to keep (report formats only): the export reads them from the project. */
  report?: ReportSettings;
  /** Tables: headers in this language (the interface's). */
  language?: Language;
  /** CSV: the spreadsheet locale (`fr`: `;` and a decimal comma; `en`: `,` and a point). */
  csvLocale?: Language;
};

/** How an export ended: written where the user chose, downloaded (browser mode), or cancelled in the save dialog. */
export type ExportOutcome = { kind: 'saved'; result: ExportResult } | { kind: 'downloaded'; result: ExportResult } | { kind: 'cancelled' };

/**
 * One export: keep the report's settings, ask where to save (Electron's dialog; browser mode has
 * none and answers null), write through the core's one pipeline, then hand a download over when
 * there was no path. Errors (EXPORT_LEAK with its list, a format not written yet…) stay in the dialog.
 */
export function useRunExport() {
  const { call, transport } = useApi();
  const t = useT();
  const { replaceExisting } = t.exports;
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: errorCodes },
    mutationFn: async (run: ExportRun): Promise<ExportOutcome> => {
      if (run.report) {
        await call('report:setSettings', run.report);
        invalidateSoon(client, ['findings']);
      }
      const picked = await call('shell:pickExportPath', { defaultName: run.defaultName, extension: extensionOf[run.format] });
      if (picked.path === null && !transport.download) return { kind: 'cancelled' };
      const write = (overwrite: boolean) =>
        call('exports:write', {
          format: run.format,
          ...(picked.path === null ? {} : { path: picked.path }),
          ...(run.anonymized ? { anonymized: true } : {}),
          ...(run.language ? { language: run.language } : {}),
          ...(run.csvLocale ? { csvLocale: run.csvLocale } : {}),
          ...(overwrite ? { overwrite: true } : {}),
        });
      const result = await write(false).catch(async (e: unknown) => {
        // The core never replaces a file silently: it names the file, the user decides.
        const existing = e instanceof AppError && e.code === 'CONFLICT' ? (e.details as { path?: string } | undefined)?.path : undefined;
        if (existing === undefined || !window.confirm(replaceExisting(existing))) throw e;
        return write(true);
      });
      if (picked.path !== null || !transport.download) return { kind: 'saved', result };
      const delivered = await transport.download({ path: result.path, fileName: result.fileName });
      if (!delivered.ok) throw new AppError(delivered.error.code, t.errors.describe(delivered.error));
      return { kind: 'downloaded', result };
    },
  });
}
