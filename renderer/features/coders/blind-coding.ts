/**
 * Blind coding (“show only my codings”): a choice of this person on this machine, per project, kept
 * in localStorage by project path. While on, the other coders' codings are hidden everywhere the
 * renderer shows codings: transcript stripes and highlights, retrieval, analyses and theme quotes.
 * The core keeps every coding; only what is shown changes.
 */
const PREFIX = 'verbatim.blindCoding:';
const listeners = new Set<() => void>();

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export function isBlind(projectPath: string): boolean {
  return storage()?.getItem(PREFIX + projectPath) === '1';
}

export function setBlind(projectPath: string, on: boolean): void {
  const store = storage();
  if (on) store?.setItem(PREFIX + projectPath, '1');
  else store?.removeItem(PREFIX + projectPath);
  for (const listener of listeners) listener();
}

export function subscribeBlind(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The codings a blind coder may see: their own (all of them when `coderId` is null: not blind). A
 * stand-in shown until the core answers (negative id, see coding/codings-cache.ts) is theirs too.
 */
export function onlyCoder<T extends { id: number; coderId: number }>(codings: readonly T[], coderId: number | null): T[] {
  return coderId === null ? [...codings] : codings.filter((c) => c.coderId === coderId || c.id < 0);
}
