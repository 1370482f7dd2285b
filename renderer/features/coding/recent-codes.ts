/**
 * The codes a researcher applied last, per project, first in the palette when nothing is typed:
 * coding a long interview goes back to the same few codes. Kept in localStorage (this machine
 * only, ids only: no project data leaves the project file).
 */
const MAX = 8;
const key = (projectPath: string) => `verbatim:recent-codes:${projectPath}`;

export function readRecentCodes(projectPath: string | null | undefined): number[] {
  if (!projectPath) return [];
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(key(projectPath)) ?? '[]');
    return Array.isArray(raw) ? raw.filter((x): x is number => Number.isInteger(x) && x > 0).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

/** Puts `codeIds` first (the last applied first), keeping at most eight. */
export function rememberCodes(projectPath: string | null | undefined, codeIds: readonly number[]): number[] {
  if (!projectPath) return [];
  const next = [...[...codeIds].reverse(), ...readRecentCodes(projectPath).filter((id) => !codeIds.includes(id))].slice(0, MAX);
  try {
    window.localStorage.setItem(key(projectPath), JSON.stringify(next));
  } catch {
    // Storage full or disabled: the palette simply has no recent codes.
  }
  return next;
}
