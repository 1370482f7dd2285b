import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/result';

/** The files SQLite and Verbatim keep beside a project: writing over any of them destroys it. */
const SIDECAR = /^(.*\.verbatim)(-wal|-shm|-journal|\.lock)$/i;

export type WriteTargetOptions = {
  /** The open project, if any: never written over, nor its `-wal`, `-shm`, `-journal` or lock file. */
  projectPath?: string | undefined;
  /** The user said "replace": an existing file (that is not a project's own file) may be replaced. */
  overwrite?: boolean | undefined;
};

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

/**
 * The path with symlinks and `..` resolved as far as it exists (a new file's folder may be new
 * too): two spellings of one file compare equal.
 */
export function canonicalPath(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(head), ...tail.reverse());
    } catch {
      const parent = dirname(head);
      if (parent === head) return resolve(path);
      tail.push(basename(head));
      head = parent;
    }
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** The open project and the files beside it that belong to it. */
const projectFilesOf = (projectPath: string) =>
  ['', '-wal', '-shm', '-journal', '.lock'].map((suffix) => canonicalPath(`${projectPath}${suffix}`));

/**
 * Refuses a write that would destroy a project: the open project or one of its own files (by
 * identity, so a symlink, a hard link, `..` or another case on a case-insensitive disk is caught),
 * another project's `-wal`/`-shm`/lock file, or a project open in another Verbatim. An existing
 * file is replaced only with `overwrite` (the UI asks first; the CLI needs `--force`): CONFLICT
 * otherwise, naming the file.
 */
export function assertWritableTarget(target: string, options: WriteTargetOptions = {}): void {
  const existing = statOrNull(target);
  if (options.projectPath) {
    const own = projectFilesOf(options.projectPath);
    // An existing file is compared by identity; a new one by name, ignoring case (a case-insensitive
    // disk would make `S.verbatim-WAL` the project's own journal).
    const wanted = canonicalPath(target).toLowerCase();
    const isOwn =
      existing !== null
        ? own.some((p) => {
            const s = statOrNull(p);
            return s !== null && sameFile(s, existing);
          })
        : own.some((p) => p.toLowerCase() === wanted);
    if (isOwn) {
      throw new AppError('FORBIDDEN', `${target} is the open project (or one of its files): choose another file name for the export`, { path: target });
    }
  }
  const sidecar = SIDECAR.exec(basename(target));
  if (sidecar && existsSync(join(dirname(target), sidecar[1]!))) {
    throw new AppError('FORBIDDEN', `${target} belongs to the project ${sidecar[1]}: writing it would damage that project`, { path: target });
  }
  if (existing === null) return;
  if (existing.isDirectory()) throw new AppError('INVALID_INPUT', `${target} is a folder`, { path: target });
  if (existsSync(`${target}.lock`)) {
    throw new AppError('FORBIDDEN', `${target} is a project open in another Verbatim: it cannot be replaced`, { path: target });
  }
  if (!options.overwrite) throw new AppError('CONFLICT', `A file already exists at ${target}: replace it, or choose another name`, { path: target });
}
