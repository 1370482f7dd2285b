/**
 * Browser mode has no native file dialog: `shell:pickProjectPath` asks the app's own dialog for a
 * path typed by the user. This store connects the transport (which asks) and the dialog (which
 * answers); React reads it with `useSyncExternalStore`.
 */
export type PathPromptMode = 'open' | 'create';
export type PathPromptRequest = { id: number; mode: PathPromptMode };

export type PathPrompt = {
  request(mode: PathPromptMode): Promise<string | null>;
  /** Answers the pending request (null: cancelled). */
  answer(path: string | null): void;
  current(): PathPromptRequest | null;
  subscribe(listener: () => void): () => void;
};

export function createPathPrompt(): PathPrompt {
  let pending: (PathPromptRequest & { resolve: (path: string | null) => void }) | null = null;
  let snapshot: PathPromptRequest | null = null;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  return {
    request(mode) {
      pending?.resolve(null);
      return new Promise((resolve) => {
        pending = { id: nextId++, mode, resolve };
        snapshot = { id: pending.id, mode };
        notify();
      });
    },
    answer(path) {
      const p = pending;
      pending = null;
      snapshot = null;
      p?.resolve(path);
      notify();
    },
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
