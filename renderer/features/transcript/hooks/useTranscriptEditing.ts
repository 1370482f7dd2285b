import { useCallback, useMemo, useRef, useState } from 'react';

/**
 * Whether the open transcript is being edited, and whether it has unsaved changes. Owned by the
 * workspace, so that leaving the document (opening another one) asks first instead of losing work.
 */
export type TranscriptEditing = {
  /** The document being edited, or null. */
  documentId: number | null;
  isDirty: boolean;
  start(documentId: number): void;
  stop(): void;
  setDirty(dirty: boolean): void;
  /** Runs `action` at once, or — when the edit has unsaved changes — after the user decides what to do with them. */
  guard(action: () => void): void;
  /** The action waiting for that decision. */
  pending: (() => void) | null;
  clearPending(): void;
};

export function useTranscriptEditing(): TranscriptEditing {
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [isDirty, setDirtyState] = useState(false);
  const [pending, setPending] = useState<{ action: () => void } | null>(null);
  const dirty = useRef(false);
  const editing = useRef<number | null>(null);

  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
    setDirtyState(value);
  }, []);
  const start = useCallback((id: number) => {
    editing.current = id;
    setDocumentId(id);
    setDirty(false);
  }, [setDirty]);
  const stop = useCallback(() => {
    editing.current = null;
    setDocumentId(null);
    setDirty(false);
  }, [setDirty]);
  const guard = useCallback(
    (action: () => void) => {
      if (editing.current === null) return action();
      if (!dirty.current) {
        stop();
        return action();
      }
      setPending({ action });
    },
    [stop],
  );
  const clearPending = useCallback(() => setPending(null), []);

  return useMemo(
    () => ({ documentId, isDirty, start, stop, setDirty, guard, pending: pending?.action ?? null, clearPending }),
    [documentId, isDirty, start, stop, setDirty, guard, pending, clearPending],
  );
}
