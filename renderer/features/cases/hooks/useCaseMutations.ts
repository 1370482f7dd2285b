import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttributeType, Case } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities, queryKeys } from '../../../query-keys';

/** Puts a changed participant in the cached list at once (the table must not flicker while it refetches). */
function useCaseUpdater() {
  const client = useQueryClient();
  return (updated: Case) => {
    client.setQueryData<Case[]>(queryKeys.cases, (list) => list?.map((c) => (c.id === updated.id ? updated : c)));
    return invalidateEntities(client, ['cases']);
  };
}

export function useCreateCase() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (name: string) => call('cases:create', { name }),
    onSuccess: () => invalidateEntities(client, ['cases']),
  });
}

export function useRenameCase() {
  const call = useCall();
  const update = useCaseUpdater();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: { id: number; name: string }) => call('cases:update', input),
    onSuccess: update,
  });
}

export function useDeleteCase() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('cases:delete', { id }),
    onSuccess: () => invalidateEntities(client, ['cases', 'documents']),
  });
}

/** Sets one value; a value that does not fit the attribute's type comes back as INVALID_INPUT, shown on the cell. */
export function useSetCaseValue() {
  const call = useCall();
  const update = useCaseUpdater();
  return useMutation({
    meta: { inlineErrors: ['INVALID_INPUT'] },
    mutationFn: (input: { caseId: number; attributeId: number; value: string | null }) => call('cases:setValue', input),
    onSuccess: update,
  });
}

export function useCreateAttribute() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: { name: string; type: AttributeType }) => call('attributes:create', input),
    onSuccess: () => invalidateEntities(client, ['cases']),
  });
}

/** Renames, retypes or marks identifying; a clash of names or values that do not convert is a CONFLICT. */
export function useUpdateAttribute() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: { id: number; name?: string; type?: AttributeType; isIdentifying?: boolean }) => call('attributes:update', input),
    onSuccess: () => invalidateEntities(client, ['cases']),
  });
}

export function useDeleteAttribute() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('attributes:delete', { id }),
    onSuccess: () => invalidateEntities(client, ['cases']),
  });
}

/** Links a document to a participant, or unlinks it (null). */
export function useSetDocumentCase() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { documentId: number; caseId: number | null }) => call('documents:setCase', input),
    onSuccess: () => invalidateEntities(client, ['documents', 'cases']),
  });
}

/** Links documents without a participant to the participant whose identifier their name contains. */
export function useAutoLink() {
  const call = useCall();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('cases:autoLink', {}),
    onSuccess: () => invalidateEntities(client, ['documents', 'cases']),
  });
}
