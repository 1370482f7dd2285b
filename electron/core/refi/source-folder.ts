import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

const MAX_SOURCE_BYTES = 100 * 1024 * 1024;

/**
 * What a look-up on the disk found: the bytes, nothing, or a file outside the imported file's
 * folder that the user has not confirmed (its resolved path, to name it in the report).
 */
export type DiskLookup = { bytes: Uint8Array } | { outside: string } | null;

/**
 * The disk as a REFI-QDA file may read it. A project names its sources by path, and a crafted one
 * could name any text file of the computer (`absolute:///home/…/notes.txt`, `relative:///../..`,
 * `basePath="/"`), which would then land in the project and its exports without anyone noticing.
 * So only files inside the folder of the imported file (and its sub-folders) are read; a symbolic
 * link counts where it points. Any other file is read only when the user has confirmed its exact
 * path (`allowed`), after seeing it named in a first import's report. Only `.txt` files are read.
 */
export function createSourceFolder(folder: string, allowed: readonly string[] = []) {
  const root = realOrResolved(folder);
  const confirmed = new Set(allowed.map((p) => resolve(p)));
  const isInside = (path: string) => {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  return (path: string): DiskLookup => {
    if (!/\.txt$/iu.test(path)) return null;
    const resolved = resolve(folder, path);
    // Outside by its name: not even looked at (whether it exists is none of the file's business).
    if (!isInside(resolve(root, relative(resolve(folder), resolved))) && !confirmed.has(resolved)) return { outside: resolved };
    let real: string;
    try {
      real = realpathSync(resolved);
    } catch {
      return null;
    }
    if (!isInside(real) && !confirmed.has(real) && !confirmed.has(resolved)) return { outside: real };
    return readText(real);
  };
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function readText(path: string): DiskLookup {
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > MAX_SOURCE_BYTES) return null;
    return { bytes: new Uint8Array(readFileSync(path)) };
  } catch {
    return null;
  }
}
