/**
 * The originals an anonymized export would replace in one transcript, and whether the reader wants
 * them highlighted (a preference kept across sessions, shared by the toggle and the view).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCall } from '../../../api-context';
import type { PseudonymLayerInput } from '../editor/pseudonym-layer';
import { pseudonymKeys } from './usePseudonyms';

const SHOWN_KEY = ['pseudonym-highlights-shown'] as const;
const STORAGE_KEY = 'verbatim-pseudonym-highlights';

function readShown(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

/** A cheap fingerprint of a text (FNV-1a over its UTF-16 units): an edit gives new offsets, hence a new query. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

export function useHighlightsShown(): [boolean, (shown: boolean) => void] {
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: SHOWN_KEY, queryFn: readShown, initialData: readShown, staleTime: Infinity });
  const set = (shown: boolean) => {
    try {
      localStorage.setItem(STORAGE_KEY, shown ? 'shown' : 'hidden');
    } catch {
      // Storage may be disabled: the choice holds for this session.
    }
    client.setQueryData(SHOWN_KEY, shown);
  };
  return [data, set];
}

/** Where enabled entries occur in a document (none while the table is empty or the core cannot say). */
export function usePseudonymOccurrences(documentId: number | null, text: string) {
  const call = useCall();
  const fingerprint = useMemo(() => textFingerprint(text), [text]);
  return useQuery({
    queryKey: pseudonymKeys.occurrences(documentId ?? 0, fingerprint),
    queryFn: () => call('pseudonyms:occurrences', { documentId: documentId! }),
    enabled: documentId !== null,
    // A missing highlight is no reason to interrupt the reader with an error.
    meta: { silent: true },
    retry: false,
  });
}

/** What the transcript's pseudonym layer draws for a document. */
export function usePseudonymHighlights(documentId: number | null, text: string): PseudonymLayerInput {
  const occurrences = usePseudonymOccurrences(documentId, text).data;
  const [shown] = useHighlightsShown();
  return useMemo(() => ({ occurrences: occurrences ?? [], shown }), [occurrences, shown]);
}
