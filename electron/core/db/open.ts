import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/result';
import { acquireLock, type ProjectLock } from './lock';
import { migrate, orderedMigrations } from './migrate';
import { migrationSources } from './migrations';
import { storageWarnings } from './storage-warnings';

/** Verbatim's own number in `PRAGMA application_id` ('VRBT'): how a project file is recognised. */
export const APPLICATION_ID = 0x56524254;

export type OpenOptions = {
  /** better-sqlite3's compiled addon, for runtimes other than this Node (Electron). */
  nativeBinding?: string | undefined;
};

export type OpenedDatabase = {
  db: Db;
  lock: ProjectLock;
  schemaVersion: number;
  warnings: string[];
};

export const latestSchemaVersion = (): number => orderedMigrations(migrationSources).length;

function sqliteOptions(options: OpenOptions, extra: Database.Options = {}): Database.Options {
  return options.nativeBinding ? { ...extra, nativeBinding: options.nativeBinding } : extra;
}

/**
 * Checks, read-only, that a file is a Verbatim project this version can open. Another application's
 * SQLite file or random bytes get NOT_A_PROJECT and are never modified (WAL or a migration would
 * rewrite them); a newer schema gets PROJECT_TOO_NEW.
 */
export function inspectProjectFile(path: string, options: OpenOptions = {}): { schemaVersion: number } {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `No project file at ${path}`);
  if (!statSync(path).isFile()) throw new AppError('NOT_A_PROJECT', `${path} is a folder, not a Verbatim project`);
  let db: Db | undefined;
  try {
    db = new Database(path, sqliteOptions(options, { readonly: true, fileMustExist: true }));
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new AppError('NOT_A_PROJECT', `${path} is not a Verbatim project (it is another application's database)`);
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > latestSchemaVersion()) {
      throw new AppError(
        'PROJECT_TOO_NEW',
        `${path} was saved by a newer version of Verbatim (schema ${schemaVersion}); update Verbatim to open it`,
      );
    }
    return { schemaVersion };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('NOT_A_PROJECT', `${path} is not a Verbatim project (not a database file)`);
    }
    if (code === 'SQLITE_CANTOPEN') throw new AppError('NOT_FOUND', `Cannot open ${path}`);
    throw e;
  } finally {
    db?.close();
  }
}

function applyPragmas(db: Db): void {
  // WAL keeps readers and the writer apart; FULL makes every commit survive a power cut
  // (better-sqlite3's WAL default, NORMAL, can lose the last transactions).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Worker threads of this process may open their own connections (search indexing).
  db.pragma('busy_timeout = 5000');
}

/** Creates a new, empty project file; refuses to overwrite anything. */
export function createProjectDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  if (existsSync(path)) throw new AppError('CONFLICT', `A file already exists at ${path}`);
  const lock = acquireLock(path);
  try {
    const db = new Database(path, sqliteOptions(options));
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      applyPragmas(db);
      const schemaVersion = migrate(db, migrationSources);
      return { db, lock, schemaVersion, warnings: storageWarnings(path) };
    } catch (e) {
      db.close();
      throw e;
    }
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** Opens an existing project: identity check, lock, pragmas, migrations. */
export function openProjectDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  inspectProjectFile(path, options);
  const lock = acquireLock(path);
  try {
    const db = new Database(path, sqliteOptions(options, { fileMustExist: true }));
    try {
      applyPragmas(db);
      const schemaVersion = migrate(db, migrationSources);
      return { db, lock, schemaVersion, warnings: storageWarnings(path) };
    } catch (e) {
      db.close();
      throw e;
    }
  } catch (e) {
    lock.release();
    throw e;
  }
}
