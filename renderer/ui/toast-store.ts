/** Short-lived messages (errors without a better place, confirmations of undo/redo). */
export type Toast = { id: number; kind: 'error' | 'info'; message: string };

export type ToastStore = {
  push(kind: Toast['kind'], message: string): void;
  dismiss(id: number): void;
  list(): readonly Toast[];
  subscribe(listener: () => void): () => void;
};

export function createToastStore({ timeoutMs = 6000, max = 4 }: { timeoutMs?: number; max?: number } = {}): ToastStore {
  let toasts: readonly Toast[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const set = (next: readonly Toast[]) => {
    toasts = next;
    for (const l of listeners) l();
  };
  const store: ToastStore = {
    push(kind, message) {
      const id = nextId++;
      // The same message twice in a row (e.g. a failing retry) is shown once.
      set([...toasts.filter((t) => t.message !== message), { id, kind, message }].slice(-max));
      if (timeoutMs > 0) setTimeout(() => store.dismiss(id), kind === 'error' ? timeoutMs * 1.5 : timeoutMs);
    },
    dismiss(id) {
      if (toasts.some((t) => t.id === id)) set(toasts.filter((t) => t.id !== id));
    },
    list: () => toasts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
