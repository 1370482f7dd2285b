/**
 * The pseudonym table, its suggestions, rejections and word lists, and every change to them. Each
 * change is one undoable operation in the core; the caches refresh through the `pseudonyms` entity.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attribute, Input, PseudonymSuggestion } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities, queryKeys } from '../../../query-keys';

export const pseudonymKeys = {
  list: [...queryKeys.pseudonyms, 'list'] as const,
  suggestions: [...queryKeys.pseudonyms, 'suggestions'] as const,
  rejected: [...queryKeys.pseudonyms, 'rejected'] as const,
  wordLists: [...queryKeys.pseudonyms, 'word-lists'] as const,
  /** Keyed by the text's fingerprint too: an edited transcript has new offsets. */
  occurrences: (documentId: number, fingerprint: string) => [...queryKeys.pseudonyms, 'occurrences', documentId, fingerprint] as const,
};

export function usePseudonymList() {
  const call = useCall();
  return useQuery({ queryKey: pseudonymKeys.list, queryFn: () => call('pseudonyms:list', {}) });
}

/**
 * Detection runs only once asked (it reads every transcript), then again after each change to the
 * table, keeping the previous suggestions on screen meanwhile.
 */
export function useSuggestions(enabled: boolean) {
  const call = useCall();
  return useQuery({
    queryKey: pseudonymKeys.suggestions,
    queryFn: () => call('pseudonyms:suggest', {}),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useRejected() {
  const call = useCall();
  return useQuery({ queryKey: pseudonymKeys.rejected, queryFn: () => call('pseudonyms:rejected', {}) });
}

export function useWordLists() {
  const call = useCall();
  return useQuery({ queryKey: pseudonymKeys.wordLists, queryFn: () => call('pseudonyms:wordLists', {}) });
}

/** Removes suggestions from the cached list at once, so that the reviewer's next one comes up without waiting for detection. */
function useDropSuggestions() {
  const client = useQueryClient();
  return (keys: ReadonlySet<string>) =>
    client.setQueryData<{ suggestions: PseudonymSuggestion[] }>(pseudonymKeys.suggestions, (data) =>
      data ? { suggestions: data.suggestions.filter((s) => !keys.has(s.key)) } : data,
    );
}

export function useAcceptSuggestions() {
  const call = useCall();
  const client = useQueryClient();
  const drop = useDropSuggestions();
  return useMutation({
    mutationFn: (input: { suggestions: readonly PseudonymSuggestion[]; items: Extract<Input<'pseudonyms:accept'>, { items: unknown }>['items'] } | { all: true }) =>
      call('pseudonyms:accept', 'all' in input ? { all: true } : { items: input.items }),
    onMutate: (input) => {
      if (!('all' in input)) drop(new Set(input.suggestions.map((s) => s.key)));
    },
    onSettled: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useRejectSuggestions() {
  const call = useCall();
  const client = useQueryClient();
  const drop = useDropSuggestions();
  return useMutation({
    mutationFn: (suggestions: readonly PseudonymSuggestion[]) =>
      call('pseudonyms:reject', { items: suggestions.map(({ text, category }) => ({ text, category })) }),
    onMutate: (suggestions) => drop(new Set(suggestions.map((s) => s.key))),
    onSettled: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useUnreject() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (keys: string[]) => call('pseudonyms:unreject', { keys }),
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useAddPseudonym() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: Input<'pseudonyms:add'>) => call('pseudonyms:add', input),
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useUpdatePseudonym() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: Input<'pseudonyms:update'>) => call('pseudonyms:update', input),
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useMergePseudonyms() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'pseudonyms:merge'>) => call('pseudonyms:merge', input),
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useDeletePseudonyms() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => call('pseudonyms:delete', { ids }),
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useSetWordList() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'pseudonyms:setWordList'>) => call('pseudonyms:setWordList', input),
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

/** Lets the user pick text files (one entry per line) and adds their lines to a word list. */
export function useImportWordList() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['BAD_FILE', 'FILE_TOO_LARGE', 'NOT_FOUND'] },
    mutationFn: async (category: Input<'pseudonyms:importWordList'>['category']) => {
      const { paths } = await call('shell:pickImportFiles', { kind: 'documents' });
      let imported = 0;
      for (const path of paths) {
        await call('pseudonyms:importWordList', { category, path });
        imported++;
      }
      return imported;
    },
    onSuccess: () => invalidateEntities(client, ['pseudonyms']),
  });
}

export function useSetIdentifying() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attributeIds: number[]) => call('attributes:setIdentifying', { attributeIds }),
    // The box shows its new state at once; the refetch confirms it (or puts it back on failure).
    onMutate: (attributeIds) =>
      client.setQueryData<Attribute[]>(queryKeys.attributes, (list) => list?.map((a) => ({ ...a, isIdentifying: attributeIds.includes(a.id) }))),
    onSettled: () => invalidateEntities(client, ['pseudonyms', 'cases']),
  });
}
