import { statSync } from 'node:fs';
import type { FileLossReason } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { isProjectHeader, readHeader, type FileIdentity } from '../db/open';
import type { Emit } from '../session';

export type FileGuard = {
  /** Throws (READ_ONLY, or CONFLICT once the file is lost) when this session must not write. */
  assertWritable(): void;
  /** Looks at the file now; emits `project:fileLost` the first time it is gone. */
  check(): FileLossReason | null;
  lost(): FileLossReason | null;
};

/**
 * What the open project's path leads to now, compared with the file opened: the same file (device
 * and inode, with Verbatim's header), another file put in its place, or nothing. A stat and a
 * 100-byte read: cheap enough to run before every write.
 */
function lossOf(path: string, identity: FileIdentity): FileLossReason | null {
  try {
    const s = statSync(path);
    if (s.dev !== identity.dev || s.ino !== identity.ino) return 'replaced';
    return isProjectHeader(readHeader(path)) ? null : 'overwritten';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
}

const describe: Record<FileLossReason, string> = {
  missing: 'was moved, renamed or deleted',
  replaced: 'was replaced by another file',
  overwritten: 'was overwritten by another program',
};

/**
 * Stops writes to a project whose file changed under it: edits would otherwise go to a file that is
 * no longer where the user keeps it (and be lost), or mix with another file. Once lost, the session
 * stays read-only; what it still holds can be saved with `project:saveAs`.
 */
export function createFileGuard(options: { path: string; identity: FileIdentity; readOnly: boolean; emit: Emit }): FileGuard {
  let lost: FileLossReason | null = null;
  const check = (): FileLossReason | null => {
    if (lost) return lost;
    lost = lossOf(options.path, options.identity);
    if (lost) options.emit('project:fileLost', { path: options.path, reason: lost });
    return lost;
  };
  return {
    assertWritable: () => {
      if (options.readOnly) {
        throw new AppError('READ_ONLY', `${options.path} is read-only: this change was not made. Save a copy where you can write to edit it.`, { path: options.path });
      }
      const reason = check();
      if (reason) {
        throw new AppError(
          'CONFLICT',
          `The project file ${options.path} ${describe[reason]} while it was open: this change was not saved. Save a copy of the open project (Save a copy as…), then work in the copy.`,
          { path: options.path, fileLost: reason },
        );
      }
    },
    check,
    lost: () => lost,
  };
}
