import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../../shared/result';
import { assertWritableTarget, type WriteTargetOptions } from '../project/write-target';

/** File systems without hard links (FAT, some network shares) answer these to `link`. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Moves the finished temporary file into place. Without `overwrite` it is linked, which fails if a
 * file appeared there meanwhile (no silent replacement even in a race); with it, renamed over.
 */
function moveIntoPlace(partial: string, target: string, overwrite: boolean): void {
  if (!overwrite) {
    try {
      linkSync(partial, target);
      rmSync(partial, { force: true });
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') throw new AppError('CONFLICT', `A file already exists at ${target}: replace it, or choose another name`, { path: target });
      if (!NO_HARD_LINKS.has(code)) throw e;
    }
  }
  renameSync(partial, target);
}

/**
 * Writes a file through a temporary sibling renamed into place: a failure never leaves half a file.
 * The target is checked first: never the open project or a project's own files, and an existing
 * file only with `overwrite` (see assertWritableTarget).
 */
export function writeAtomically(target: string, bytes: Uint8Array, options: WriteTargetOptions = {}): void {
  assertWritableTarget(target, options);
  const partial = `${target}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(partial, bytes);
    moveIntoPlace(partial, target, options.overwrite === true);
  } catch (e) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // the folder itself could not be made: there is nothing to remove
    }
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('READ_ONLY', `Verbatim cannot write ${target}: the folder is read-only or protected`);
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', `The disk is full: ${basename(target)} was not written`);
    if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') throw new AppError('INVALID_INPUT', `Verbatim cannot write ${target}: part of that path is a file, not a folder`);
    throw e;
  }
}
