import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, fsyncSync, linkSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/result';
import { removeLeftovers } from '../project/leftovers';
import { acquireLock, type ProjectLock } from './lock';
import { migrate, orderedMigrations } from './migrate';
import { migrationSources } from './migrations';
import { storageWarnings } from './storage-warnings';

/** Verbatim's own number in `PRAGMA application_id` ('VRBT'): how a project file is recognised. */
export const APPLICATION_ID = 0x56524254;

export type OpenOptions = {
  /** better-sqlite3's compiled addon, for runtimes other than this Node (Electron). */
  nativeBinding?: string | undefined;
  /**
   * Whether this process may write the file and its folder (the folder holds the lock, `-wal` and
   * `-shm`). Defaults to asking the system (`access(W_OK)`); tests answer it themselves, since they
   * run as root, for whom every file is writable.
   */
  canWrite?: ((path: string) => boolean) | undefined;
  /** Where private copies of read-only projects go (the app's data folder; default the system's temp). */
  scratchDir?: string | undefined;
};

/** The file's identity (device and inode): replaced, moved or deleted files are recognised by it. */
export type FileIdentity = { dev: number; ino: number };

export type OpenedDatabase = {
  db: Db;
  lock: ProjectLock;
  schemaVersion: number;
  warnings: string[];
  /** Opened read-only (the file or its folder is not writable): every change answers READ_ONLY. */
  readOnly: boolean;
  /** The file as it was at open: writes stop when the path no longer leads to it. */
  identity: FileIdentity;
  /** Where the connection reads: the project, or a private copy of a read-only one SQLite cannot read in place. */
  readPath: string;
  /** Removes that private copy (at close). */
  dispose(): void;
};

export const latestSchemaVersion = (): number => orderedMigrations(migrationSources).length;

function sqliteOptions(options: OpenOptions, extra: Database.Options = {}): Database.Options {
  return options.nativeBinding ? { ...extra, nativeBinding: options.nativeBinding } : extra;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** The first 100 bytes of a file (SQLite's header), or fewer for a shorter file. */
export function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const n = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Whether a header is that of a Verbatim project (SQLite's magic and Verbatim's application id). */
export const isProjectHeader = (header: Buffer): boolean =>
  header.length >= 72 && header.subarray(0, 16).toString('latin1') === SQLITE_MAGIC && header.readUInt32BE(68) === APPLICATION_ID;

export const identityOf = (path: string): FileIdentity => {
  const s = statSync(path);
  return { dev: s.dev, ino: s.ino };
};

const defaultCanWrite = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

const corrupt = (path: string, problems: string[]) =>
  new AppError('PROJECT_CORRUPT', `${path} is a Verbatim project, but it is damaged (${problems.slice(0, 3).join('; ')})`, { path, problems });

/**
 * Checks, read-only, that a file is a Verbatim project this version can open, and that SQLite's
 * `quick_check` finds it sound — before anything writes to it. Another application's SQLite file or
 * random bytes get NOT_A_PROJECT and are never modified (WAL or a migration would rewrite them); a
 * newer schema gets PROJECT_TOO_NEW; a damaged project PROJECT_CORRUPT, with SQLite's findings.
 */
export function inspectProjectFile(path: string, options: OpenOptions = {}): { schemaVersion: number } {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `No project file at ${path}`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new AppError('NOT_A_PROJECT', `${path} is a folder, not a Verbatim project`);
  if (stat.size === 0) {
    throw new AppError('NOT_A_PROJECT', `${path} is empty: its creation was interrupted. Create the project again (the empty file is replaced).`, { path, empty: true });
  }
  const looksOurs = isProjectHeader(readHeader(path));
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
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((m) => m !== 'ok');
    if (problems.length > 0) throw corrupt(path, problems);
    return { schemaVersion };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      if (looksOurs) throw corrupt(path, [(e as Error).message]);
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

/** Makes a rename or link in `folder` durable (where the system allows a folder to be synced). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows and some file systems cannot sync a folder: the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const CREATING = /^\.(.+)\.creating-(\d+)-[0-9a-f]+(-journal)?$/;

/** Removes temporary files of creations of `name` interrupted by a crash (their process is gone). */
function removeAbandonedCreations(folder: string, name: string): void {
  removeLeftovers(folder, (entry) => {
    const m = CREATING.exec(entry);
    return m && m[1] === name ? Number(m[2]) : undefined;
  });
}

/** A 0-byte file with no journal beside it: what a creation killed by an older Verbatim left. */
const isEmptyLeftover = (path: string): boolean => {
  try {
    if (statSync(path).size !== 0) return false;
    return !existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0;
  } catch {
    return false;
  }
};

/**
 * Creates a new, empty project file; refuses to overwrite anything but an empty leftover. The
 * project is built in a temporary file beside it and moved into place in one step, so a crash
 * leaves either no project or a complete one (never a 0-byte file that blocks the next try).
 */
export function createProjectDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const replacesLeftover = isEmptyLeftover(path);
  if (existsSync(path) && !replacesLeftover) throw new AppError('CONFLICT', `A file already exists at ${path}`);
  const lock = acquireLock(path);
  try {
    const folder = dirname(path);
    removeAbandonedCreations(folder, basename(path));
    const temp = temporaryBeside(path);
    try {
      const db = new Database(temp, sqliteOptions(options));
      try {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma('synchronous = FULL');
        migrate(db, migrationSources);
      } finally {
        db.close();
      }
      moveIntoPlace(temp, path, replacesLeftover);
      syncFolder(folder);
    } finally {
      removeTemporary(temp);
    }
    return openLocked(path, lock, options);
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** A hidden file beside `path` to build it in (named so that a later create removes it if abandoned). */
export const temporaryBeside = (path: string): string =>
  join(dirname(path), `.${basename(path)}.creating-${process.pid}-${randomBytes(4).toString('hex')}`);

const removeTemporary = (temp: string) => {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
};

/**
 * Writes what an open connection holds into a new project file (SQLite's backup API: consistent,
 * and it works when the original file was deleted or replaced meanwhile, or is read-only), then
 * opens the copy. Refuses to replace anything but an empty leftover.
 */
export async function saveCopyAs(source: Db, path: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const replacesLeftover = isEmptyLeftover(path);
  if (existsSync(path) && !replacesLeftover) throw new AppError('CONFLICT', `A file already exists at ${path}`, { path });
  const lock = acquireLock(path);
  try {
    const temp = temporaryBeside(path);
    try {
      await source.backup(temp);
      moveIntoPlace(temp, path, replacesLeftover);
      syncFolder(dirname(path));
    } finally {
      removeTemporary(temp);
    }
    return openLocked(path, lock, options);
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** Puts a complete file (a checked backup) in place of `path`, which must be free; durable. */
export function placeCopy(copy: string, path: string): void {
  const temp = temporaryBeside(path);
  try {
    copyFileSync(copy, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    moveIntoPlace(temp, path, false);
    syncFolder(dirname(path));
  } finally {
    removeTemporary(temp);
  }
}

/** Links the finished file into place (fails if one appeared meanwhile); renames over an empty leftover. */
function moveIntoPlace(temp: string, path: string, replace: boolean): void {
  if (!replace) {
    try {
      linkSync(temp, path);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new AppError('CONFLICT', `A file already exists at ${path}`);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    }
  }
  renameSync(temp, path);
}

/** Takes the lock for a writable open; a folder where no lock can be made is read-only anyway. */
function lockFor(path: string, readOnly: boolean): ProjectLock {
  try {
    return acquireLock(path);
  } catch (e) {
    if (readOnly && e instanceof AppError && e.code === 'READ_ONLY') return { path: '', release: () => undefined };
    throw e;
  }
}

function openLocked(path: string, lock: ProjectLock, options: OpenOptions): OpenedDatabase {
  const db = new Database(path, sqliteOptions(options, { fileMustExist: true }));
  try {
    applyPragmas(db);
    const schemaVersion = migrate(db, migrationSources);
    return { db, lock, schemaVersion, warnings: storageWarnings(path), readOnly: false, identity: identityOf(path), readPath: path, dispose: () => undefined };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Opens a read-only file read-only: no journal mode change, no migration (a project that needs one
 * is refused with READ_ONLY: it must be copied somewhere writable first).
 */
function openReadOnly(path: string, lock: ProjectLock, schemaVersion: number, options: OpenOptions, copy: PrivateCopy | null): OpenedDatabase {
  if (schemaVersion < latestSchemaVersion()) {
    throw new AppError('READ_ONLY', `${path} is read-only and was saved by an older Verbatim: copy it to a folder where you can write, then open the copy`, { path });
  }
  const readPath = copy?.path ?? path;
  // The copy is opened read-only too: only the search worker writes its index there.
  const db = new Database(readPath, sqliteOptions(options, { readonly: true, fileMustExist: true }));
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const warning = `${basename(path)} is read-only: you can read, search and export it, not change it. To edit it, save a copy where you can write.`;
  return {
    db,
    lock,
    schemaVersion,
    warnings: [warning, ...storageWarnings(path)],
    readOnly: true,
    identity: identityOf(path),
    readPath,
    dispose: () => copy?.dispose(),
  };
}

type PrivateCopy = { path: string; dispose(): void };

/**
 * A read-only project is read from a private copy, removed at close: SQLite reads a WAL project only
 * where it can create the `-shm` beside it (not in a read-only folder), and the search index, which
 * a project may not hold yet, is built in the copy. The user's file is never written.
 */
function privateCopyOf(path: string, scratchDir: string): PrivateCopy {
  mkdirSync(scratchDir, { recursive: true });
  const folder = mkdtempSync(join(scratchDir, `${process.pid}-`));
  const copy = join(folder, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  for (const f of [copy, `${copy}-wal`]) if (existsSync(f)) chmodSync(f, 0o600);
  return { path: copy, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Removes private copies left by a process that died with a read-only project open. */
export function removeAbandonedCopies(scratchDir: string): void {
  removeLeftovers(scratchDir, (entry) => {
    const pid = Number(entry.split('-')[0]);
    return pid > 0 ? pid : null;
  });
}

/** Opens an existing project: identity and integrity checks, lock, pragmas, migrations. */
export function openProjectDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const readOnly = existsSync(path) && !(options.canWrite ?? defaultCanWrite)(path);
  const copy = readOnly ? privateCopyOf(path, options.scratchDir ?? join(tmpdir(), 'verbatim-readonly')) : null;
  let schemaVersion: number;
  try {
    ({ schemaVersion } = inspectProjectFile(copy?.path ?? path, options));
  } catch (e) {
    copy?.dispose();
    // Named after the user's file, not the copy.
    if (copy && e instanceof AppError) throw new AppError(e.code, e.message.split(copy.path).join(path), e.details);
    throw e;
  }
  const lock = lockFor(path, readOnly);
  try {
    return readOnly ? openReadOnly(path, lock, schemaVersion, options, copy) : openLocked(path, lock, options);
  } catch (e) {
    lock.release();
    copy?.dispose();
    throw e;
  }
}
