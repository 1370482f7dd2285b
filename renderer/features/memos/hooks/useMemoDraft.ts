import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../../../shared/contract';
import { useCreateMemo, useUpdateMemo } from './useMemoMutations';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

type Draft = { title: string; body: string };

export type MemoDraftOptions = {
  /** The memo being edited; null for a new one (created with the first words typed). */
  memo: Memo | null;
  target: MemoTarget;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
  onCreated?: (memo: Memo) => void;
};

/**
 * A memo being written, saved as the researcher types: `memos:create` with the first words, then
 * `memos:update` after each pause (and at once on blur or when the editor closes). Saves run one
 * after another, so a quick typist never creates the same memo twice. Callers key the component
 * by memo (or target), so that another memo gets a fresh draft.
 */
export function useMemoDraft({ memo, target, delayMs = 700, onCreated }: MemoDraftOptions) {
  const create = useCreateMemo();
  const update = useUpdateMemo();
  const initial: Draft = { title: memo?.title ?? '', body: memo?.body ?? '' };
  const [draft, setDraft] = useState<Draft>(initial);
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef<Draft>(initial);
  const saved = useRef<Draft>(initial);
  const id = useRef<number | null>(memo?.id ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const deps = useRef({ target, onCreated, create: create.mutateAsync, update: update.mutateAsync });
  useEffect(() => {
    deps.current = { target, onCreated, create: create.mutateAsync, update: update.mutateAsync };
  });

  const save = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      const next = latest.current;
      if (next.title === saved.current.title && next.body === saved.current.body) return;
      const { target: on, onCreated: created, create: doCreate, update: doUpdate } = deps.current;
      setState('saving');
      try {
        if (id.current === null) {
          if (!next.title.trim() && !next.body.trim()) return setState('idle');
          const made = await doCreate({ target: on, title: next.title, body: next.body });
          id.current = made.id;
          created?.(made);
        } else {
          await doUpdate({ id: id.current, title: next.title, body: next.body });
        }
        saved.current = next;
        setState(latest.current === next ? 'saved' : 'pending');
      } catch {
        setState('error');
      }
    });
    return chain.current;
  }, []);

  const change = useCallback(
    (patch: Partial<Draft>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDraft(next);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), delayMs);
    },
    [delayMs, save],
  );

  // The memo changed elsewhere (an undo, another view) while this draft has nothing unsaved: follow it.
  useEffect(() => {
    if (!memo || memo.id !== id.current) return;
    const dirty = latest.current.title !== saved.current.title || latest.current.body !== saved.current.body;
    if (dirty || (memo.title === saved.current.title && memo.body === saved.current.body)) return;
    const next = { title: memo.title, body: memo.body };
    latest.current = next;
    saved.current = next;
    setDraft(next);
  }, [memo]);

  // Closing the editor saves what was typed since the last pause.
  useEffect(() => () => void save(), [save]);

  return { title: draft.title, body: draft.body, state, memoId: id.current, change, flush: save };
}
