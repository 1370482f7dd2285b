import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { AppError } from '../../../shared/result';
import { inspectProjectFile, type OpenOptions } from '../db/open';
import { migrate } from '../db/migrate';
import { migrationSources } from '../db/migrations';

/**
 * A colleague's project, read for a merge: the file is opened read-only, copied into memory (with
 * what its WAL holds) and closed at once, so it is never changed, never locked for long and never
 * migrated on disk. The copy is brought to this version's schema in memory. The caller closes it.
 */
export function readProjectCopy(path: string, options: OpenOptions = {}): Db {
  inspectProjectFile(path, options);
  let bytes: Buffer;
  const source = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    bytes = source.serialize();
  } catch (e) {
    throw new AppError('BAD_FILE', `${path} could not be read: ${(e as Error).message}`);
  } finally {
    source.close();
  }
  // A WAL-mode file says so in its header (bytes 18–19 = 2); a copy in memory has no WAL beside it.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  const copy = new Database(bytes, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    copy.pragma('foreign_keys = ON');
    migrate(copy, migrationSources);
    return copy;
  } catch (e) {
    copy.close();
    throw e;
  }
}
