import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Speaker, SpeakerRole } from '../../../../shared/contract';
import { useCall } from '../../../api-context';
import { invalidateEntities, queryKeys } from '../../../query-keys';

/** A document's speakers, in order of first appearance (null id: none). */
export function useSpeakers(documentId: number | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.speakers(documentId ?? 0),
    queryFn: () => call('speakers:list', { documentId: documentId ?? 0 }),
    enabled: documentId !== null,
  });
}

/** Renaming, merging and linking answer with the new list; the turns (and the transcript's labels) refresh. */
function useSpeakersUpdater(documentId: number) {
  const client = useQueryClient();
  return (speakers: Speaker[]) => {
    client.setQueryData(queryKeys.speakers(documentId), speakers);
    return invalidateEntities(client, ['documents', 'cases']);
  };
}

/**
 * `onRenamed` runs before the list changes: the renamed speaker's row is a new row (its old one, and
 * the component that asked, are gone), so it must know at once that it takes the focus.
 */
export function useRenameSpeaker(documentId: number, onRenamed?: (name: string) => void) {
  const call = useCall();
  const update = useSpeakersUpdater(documentId);
  return useMutation({
    meta: { inlineErrors: ['CONFLICT', 'INVALID_INPUT'] },
    mutationFn: (input: { from: string; to: string }) => call('speakers:rename', { documentId, ...input }),
    onSuccess: (speakers, { to }) => {
      onRenamed?.(to);
      return update(speakers);
    },
  });
}

export function useMergeSpeakers(documentId: number) {
  const call = useCall();
  const onSuccess = useSpeakersUpdater(documentId);
  return useMutation({
    meta: { inlineErrors: ['INVALID_INPUT'] },
    mutationFn: (input: { speakers: string[]; into: string }) => call('speakers:merge', { documentId, ...input }),
    onSuccess,
  });
}

export function useLinkSpeaker(documentId: number) {
  const call = useCall();
  const onSuccess = useSpeakersUpdater(documentId);
  return useMutation({
    mutationFn: (input: { speaker: string; caseId: number | null }) => call('speakers:link', { documentId, ...input }),
    onSuccess,
  });
}

/** Marks a speaker as the interviewer or the respondent (who is linked with the document's participant). */
export function useSetSpeakerRole(documentId: number) {
  const call = useCall();
  const onSuccess = useSpeakersUpdater(documentId);
  return useMutation({
    mutationFn: (input: { speaker: string; role: SpeakerRole | null }) => call('speakers:setRole', { documentId, ...input }),
    onSuccess,
  });
}
