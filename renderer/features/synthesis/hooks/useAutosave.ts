import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * A text written by the lead and saved as they type: after each pause, and at once on blur or
 * unmount. While nothing is waiting to be saved, a new `value` from the core (an undo, another
 * window) replaces the draft, so Ctrl+Z outside the field shows at once.
 */
export function useAutosave(value: string, save: (text: string) => Promise<unknown>, delayMs = 700) {
  const [draft, setDraftState] = useState(value);
  const [state, setState] = useState<AutosaveState>('idle');
  const latest = useRef(value);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    if (latest.current !== saved.current || value === saved.current) return;
    saved.current = value;
    latest.current = value;
    setDraftState(value);
  }, [value]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      const next = latest.current;
      if (next === saved.current) return;
      setState('saving');
      try {
        await saveRef.current(next);
        saved.current = next;
        setState(latest.current === next ? 'saved' : 'pending');
      } catch {
        setState('error');
      }
    });
    return chain.current;
  }, []);

  const setDraft = useCallback(
    (text: string) => {
      latest.current = text;
      setDraftState(text);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  // Leaving the sheet saves what was typed last.
  useEffect(() => () => void flush(), [flush]);

  return { draft, setDraft, flush, state };
}
