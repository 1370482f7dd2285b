import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Code, Coding } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import type { VerbatimMutationMeta } from '../../../query-meta';
import { invalidateSoon } from '../../../query-keys';
import { confirmCodings, editCodings, insertSorted, pendingCoding } from '../codings-cache';

export type ApplyCodingInput = { documentId: number; codeId: number; start: number; end: number };
export type ApplyManyInput = { documentId: number; codeIds: number[]; start: number; end: number };
export type ApplyNewInput = { documentId: number; start: number; end: number; name: string; parentId?: number | null; color?: string };

/**
 * Applies one or several codes to a passage (one undoable step): the highlight shows at once, and
 * takes the core's id as soon as it answers — without waiting for the list to be fetched again.
 */
export function useApplyCodes(meta?: VerbatimMutationMeta) {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    ...(meta ? { meta } : {}),
    mutationFn: ({ codeIds, ...range }: ApplyManyInput): Promise<Coding[]> =>
      codeIds.length === 1 ? call('codings:apply', { ...range, codeId: codeIds[0]! }).then((c) => [c]) : call('codings:applyMany', { ...range, codeIds }),
    onMutate: async ({ codeIds, ...range }) => {
      const pending = codeIds.map((codeId) => pendingCoding({ ...range, codeId }));
      // Stand-ins go last (a view that diffs by position redraws nothing else); the core's codings,
      // when they come, take their sorted place.
      const rollback = await editCodings(client, range.documentId, (list) => [...list, ...pending]);
      return { ...rollback, pending: pending.map((p) => p.id) };
    },
    onSuccess: (codings, input, context) => confirmCodings(client, input.documentId, context.pending, codings),
    onError: (_e, _input, context) => {
      if (context?.previous) client.setQueryData(context.key, context.previous);
    },
    // Counts, quotes and history refresh after the highlight is painted; the mutation settles at once.
    onSettled: () => invalidateSoon(client, ['codings']),
  });
}

/** Applies a code (the single-code form of useApplyCodes). */
export function useApplyCoding(meta?: VerbatimMutationMeta) {
  const many = useApplyCodes(meta);
  return {
    ...many,
    mutate: ({ codeId, ...range }: ApplyCodingInput, options?: Parameters<typeof many.mutate>[1]) => many.mutate({ ...range, codeIds: [codeId] }, options),
  };
}

/** Creates a code and applies it in one undoable step (the palette's “Create code …”, in-vivo coding). */
export function useApplyNewCode(meta?: VerbatimMutationMeta) {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    ...(meta ? { meta } : {}),
    mutationFn: (input: ApplyNewInput): Promise<{ code: Code; coding: Coding }> => call('codings:applyNew', input),
    onSuccess: ({ coding }) => confirmCodings(client, coding.documentId, [], [coding]),
    onSettled: () => invalidateSoon(client, ['codes', 'codings']),
  });
}

/** Moves a coding's boundaries; the highlight moves at once. */
export function useUpdateCoding(meta?: VerbatimMutationMeta) {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    ...(meta ? { meta } : {}),
    mutationFn: (input: { id: number; documentId: number; start: number; end: number }) =>
      call('codings:update', { id: input.id, start: input.start, end: input.end }),
    onMutate: (input) =>
      editCodings(client, input.documentId, (list) => {
        const old = list.find((c) => c.id === input.id);
        return old ? insertSorted(list.filter((c) => c.id !== input.id), [{ ...old, start: input.start, end: input.end }]) : list.slice();
      }),
    onError: (_e, _input, context) => {
      if (context?.previous) client.setQueryData(context.key, context.previous);
    },
    // Counts, quotes and history refresh after the highlight is painted; the mutation settles at once.
    onSettled: () => invalidateSoon(client, ['codings']),
  });
}
