import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Coding, Output } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateSoon } from '../../../query-keys';
import type { VerbatimMutationMeta } from '../../../query-meta';
import { confirmCodings, editCodings, insertSorted, pendingCoding, refreshAfterCodingChange, replaceCoding } from '../codings-cache';

export type ApplyCodingInput = { documentId: number; codeId: number; start: number; end: number };
export type ApplyManyInput = { documentId: number; codeIds: number[]; start: number; end: number };
export type ApplyNewInput = {
  documentId: number;
  start: number;
  end: number;
  name: string;
  parentId?: number | null;
  /** Codes to create (or reuse) between `parentId` and the new one. */
  parents?: string[];
  /** Existing codes applied to the passage in the same step. */
  alsoCodeIds?: number[];
  color?: string;
};

/** How long the core may take before the passage shows as being coded (a stand-in highlight). */
const SHOW_PENDING_AFTER_MS = 80;

/**
 * Applies one or several codes to a passage (one undoable step): the highlight shows with the
 * core's answer (or a stand-in, if the core is slow) — without waiting for the list to be fetched again.
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
      const rollback = await editCodings(client, range.documentId);
      // The core usually answers first: drawing stand-ins too would lay out the transcript's codings
      // twice and delay the real highlight (measured: round trip p50 133 → 50 ms on 3,000 codings).
      // Stand-ins show only when it is slow; they go last (a view that diffs by position redraws
      // nothing else) and the core's codings, when they come, take their sorted place.
      const timer = setTimeout(() => client.setQueryData<Coding[]>(rollback.key, (list) => (list ? [...list, ...pending] : list)), SHOW_PENDING_AFTER_MS);
      return { ...rollback, timer, pending: pending.map((p) => p.id) };
    },
    onSuccess: (codings, input, context) => {
      clearTimeout(context.timer);
      // Codings merged into an extended one took their memos with them.
      if (confirmCodings(client, input.documentId, context.pending, codings)) invalidateSoon(client, ['memos']);
    },
    onError: (_e, _input, context) => {
      if (context) clearTimeout(context.timer);
      if (context?.previous) client.setQueryData(context.key, context.previous);
    },
    // Counts, quotes and history refresh after the highlight is painted; the mutation settles at once.
    onSettled: (_answer, error, input) => refreshAfterCodingChange(client, ['codings'], input.documentId, error === null),
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
    mutationFn: (input: ApplyNewInput): Promise<Output<'codings:applyNew'>> => call('codings:applyNew', input),
    onSuccess: ({ coding, also = [] }) => {
      if (confirmCodings(client, coding.documentId, [], [coding, ...also])) invalidateSoon(client, ['memos']);
    },
    onSettled: (_answer, error, input) => refreshAfterCodingChange(client, ['codes', 'codings'], input.documentId, error === null),
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
    onSuccess: (coding) => replaceCoding(client, coding),
    onError: (_e, _input, context) => {
      if (context?.previous) client.setQueryData(context.key, context.previous);
    },
    // Counts, quotes and history refresh after the highlight is painted; the mutation settles at once.
    onSettled: (_answer, error, input) => refreshAfterCodingChange(client, ['codings'], input.documentId, error === null),
  });
}
