import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process of this machine still runs (EPERM: it runs as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what crashed processes left in `folder` (half-written backups, staged uploads, private
 * copies: confidential transcripts, all of them). `ownerOf` reads an entry's name: the pid of the
 * process that made it, `null` for one of ours that names no process (an older version's), or
 * `undefined` for an entry that is not ours (kept). An entry whose process still runs is kept.
 * Returns how many were removed.
 */
export function removeLeftovers(folder: string, ownerOf: (entry: string) => number | null | undefined): number {
  let entries: string[] = [];
  try {
    entries = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const owner = ownerOf(entry);
    if (owner === undefined || (owner !== null && owner > 0 && isProcessAlive(owner))) continue;
    rmSync(join(folder, entry), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
