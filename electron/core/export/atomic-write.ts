import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../../shared/result';

/** Writes a file through a temporary sibling renamed into place: a failure never leaves half a file. */
export function writeAtomically(target: string, bytes: Uint8Array): void {
  const partial = `${target}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(partial, bytes);
    renameSync(partial, target);
  } catch (e) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // the folder itself could not be made: there is nothing to remove
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('READ_ONLY', `Verbatim cannot write ${target}: the folder is read-only or protected`);
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', `The disk is full: ${basename(target)} was not written`);
    if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') throw new AppError('INVALID_INPUT', `Verbatim cannot write ${target}: part of that path is a file, not a folder`);
    throw e;
  }
}
