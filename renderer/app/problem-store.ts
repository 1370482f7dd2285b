import type { AppError } from '../../shared/result';

/** The one blocking error at a time (a project that cannot be opened): shown in a dialog. */
export type ProblemStore = {
  show(error: AppError): void;
  clear(): void;
  current(): AppError | null;
  subscribe(listener: () => void): () => void;
};

export function createProblemStore(): ProblemStore {
  let current: AppError | null = null;
  const listeners = new Set<() => void>();
  const set = (next: AppError | null) => {
    current = next;
    for (const l of listeners) l();
  };
  return {
    show: (error) => set(error),
    clear: () => set(null),
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
