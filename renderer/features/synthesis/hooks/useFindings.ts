/**
 * The synthesis data: the findings overview, theme sheets, the framework matrix, recommendations
 * and their evidence. Every key sits under `queryKeys.findings`, which the core's
 * `project:changed {findings}` (and each mutation here) makes stale.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input, ThemeSheet } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateSoon, queryKeys } from '../../../query-keys';
import { useBlindCoderId } from '../../coders';

export const findingsKeys = {
  list: [...queryKeys.findings, 'list'] as const,
  theme: (codeId: number, groupAttributeId: number | null | undefined) =>
    [...queryKeys.findings, 'theme', codeId, groupAttributeId === undefined ? 'default' : (groupAttributeId ?? 'none')] as const,
  themeAll: (codeId: number) => [...queryKeys.findings, 'theme', codeId] as const,
  quotes: (codeIds: readonly number[], caseId: number | null) => [...queryKeys.findings, 'quotes', codeIds.join(','), caseId ?? 'all'] as const,
  framework: [...queryKeys.findings, 'framework'] as const,
  evidence: (id: number) => [...queryKeys.findings, 'evidence', id] as const,
  report: [...queryKeys.findings, 'report'] as const,
  attributes: [...queryKeys.findings, 'attributes'] as const,
};

export function useFindingsList() {
  const call = useCall();
  return useQuery({ queryKey: findingsKeys.list, queryFn: () => call('findings:list', {}) });
}

/** A theme sheet; `groupAttributeId` undefined: the report settings' actor-group attribute. */
export function useThemeSheet(codeId: number | null, groupAttributeId?: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: findingsKeys.theme(codeId ?? 0, groupAttributeId),
    queryFn: () => call('themes:get', groupAttributeId === undefined ? { codeId: codeId ?? 0 } : { codeId: codeId ?? 0, groupAttributeId }),
    enabled: codeId !== null,
    // Another actor-group attribute keeps the sheet on screen while its distribution loads.
    placeholderData: (previous) => (previous?.codeId === codeId ? previous : undefined),
  });
}

/** The coded passages of themes (sub-codes included), by participant; optionally one participant's. */
export function useThemeQuotes(codeIds: readonly number[], caseId: number | null = null, enabled = true) {
  const call = useCall();
  // Blind coding: the sheet quotes only the current coder's passages.
  const blindCoderId = useBlindCoderId();
  const filters = { ...(caseId === null ? {} : { caseIds: [caseId] }), ...(blindCoderId === null ? {} : { coderIds: [blindCoderId] }) };
  return useQuery({
    queryKey: [...findingsKeys.quotes(codeIds, caseId), blindCoderId],
    queryFn: () =>
      call('synthesis:retrieve', {
        codeIds: [...codeIds],
        sort: 'case',
        ...(Object.keys(filters).length === 0 ? {} : { filters }),
      }),
    enabled: enabled && codeIds.length > 0,
    // A coding added in the coding view must show here when the lead comes back.
    staleTime: 0,
  });
}

export function useAttributes() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.attributes, queryFn: () => call('attributes:list', {}) });
}

export function useFramework() {
  const call = useCall();
  return useQuery({ queryKey: findingsKeys.framework, queryFn: () => call('framework:get', {}), staleTime: 0 });
}

export function useEvidence(id: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: findingsKeys.evidence(id ?? 0),
    queryFn: () => call('recommendations:evidence', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useReportSettings() {
  const call = useCall();
  return useQuery({ queryKey: findingsKeys.report, queryFn: () => call('report:getSettings', {}) });
}

/** Theme-sheet changes started so far, per cache: only the latest one's answer is shown. */
const sheetChanges = new WeakMap<QueryClient, number>();

/**
 * A theme-sheet change: the answer is the new sheet, shown at once; the rest refreshes after paint.
 * Changes made in quick succession (quotes reordered key after key) each answer with the sheet as
 * it was then: an answer is shown only if no change started after it, and a refetch under way
 * when a change starts is cancelled — either would otherwise bring back, for a moment, an order
 * the user has already changed.
 */
function useSheetMutation<M extends 'themes:update' | 'themes:pinQuote' | 'themes:unpinQuote' | 'themes:reorderQuotes'>(method: M) {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<ThemeSheet>,
    onMutate: async () => {
      const change = (sheetChanges.get(client) ?? 0) + 1;
      sheetChanges.set(client, change);
      await client.cancelQueries({ queryKey: queryKeys.findings });
      return { change };
    },
    onSuccess: (sheet, _input, context) => {
      if (context.change === sheetChanges.get(client)) {
        // Every variant of this sheet (per actor-group attribute) shares these fields.
        for (const [key, old] of client.getQueriesData<ThemeSheet>({ queryKey: findingsKeys.themeAll(sheet.codeId) })) {
          if (old) client.setQueryData(key, { ...old, synthesis: sheet.synthesis, quotes: sheet.quotes, updatedAt: sheet.updatedAt });
        }
      }
      invalidateSoon(client, ['findings']);
    },
    // A refused change: the sheets are fetched again (a refetch cancelled for it included).
    onError: () => invalidateSoon(client, ['findings']),
  });
}

export const useUpdateTheme = () => useSheetMutation('themes:update');
export const usePinQuote = () => useSheetMutation('themes:pinQuote');
export const useUnpinQuote = () => useSheetMutation('themes:unpinQuote');
export const useReorderQuotes = () => useSheetMutation('themes:reorderQuotes');

/** Any other findings change: refresh every findings query once it is done. */
function useFindingsMutation<M extends 'framework:setCell' | 'recommendations:create' | 'recommendations:update' | 'recommendations:delete' | 'recommendations:reorder' | 'report:setSettings'>(
  method: M,
) {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    // As for sheets: a refetch under way must not bring back what this change replaces.
    onMutate: () => client.cancelQueries({ queryKey: queryKeys.findings }),
    onSettled: () => invalidateSoon(client, ['findings']),
  });
}

export const useSetFrameworkCell = () => useFindingsMutation('framework:setCell');
export const useCreateRecommendation = () => useFindingsMutation('recommendations:create');
export const useUpdateRecommendation = () => useFindingsMutation('recommendations:update');
export const useDeleteRecommendation = () => useFindingsMutation('recommendations:delete');
export const useReorderRecommendations = () => useFindingsMutation('recommendations:reorder');
export const useSetReportSettings = () => useFindingsMutation('report:setSettings');
