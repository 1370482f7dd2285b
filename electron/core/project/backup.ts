import { removeLeftovers } from './leftovers';
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** How many backups are kept per project (the oldest go first). */
export const KEEP_BACKUPS = 10;

/**
 * Backups live in the app's data folder, one sub-folder per project, not beside the project: a
 * cloud-synced project folder would otherwise fill with copies of sensitive transcripts.
 */
export function backupDirOf(dataDir: string, projectPath: string): string {
  const abs = resolve(projectPath);
  const key = createHash('sha256').update(abs).digest('hex').slice(0, 10);
  const safe = basename(abs).replace(/\.verbatim$/i, '').replace(/[^\p{L}\p{N} _-]+/gu, '_').slice(0, 60);
  return join(dataDir, 'backups', `${safe}-${key}`);
}

export type BackupReason = 'open' | 'before-delete' | 'before-merge' | 'before-restore' | 'manual';

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** The project's revision (bumped by every operation, undo and redo): a backup records the one it copied. */
export const revisionOf = (db: Database): number =>
  Number((db.prepare(`SELECT value FROM meta WHERE key = 'revision'`).get() as { value: string } | undefined)?.value ?? 0);

export function createBackups(db: Database, dataDir: string, projectPath: string, now: () => Date) {
  const dir = backupDirOf(dataDir, projectPath);
  const statePath = join(dir, 'last.json');

  const lastRevision = (): number | null => {
    try {
      return (JSON.parse(readFileSync(statePath, 'utf8')) as { revision: number }).revision;
    } catch {
      return null;
    }
  };

  const list = (): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.verbatim'))
      .sort();

  /** Copies the live database with SQLite's backup API (consistent even mid-WAL), then rotates. */
  const take = async (reason: BackupReason): Promise<string> => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${stamp(now())}-${reason}.verbatim`);
    // The pid in the name tells a copy under way from one a crash abandoned (removed at start-up).
    const tmp = `${file}.${process.pid}.partial`;
    try {
      await db.backup(tmp);
      renameSync(tmp, file);
    } catch (e) {
      // A half copy holds confidential transcripts: never leave it behind.
      rmSync(tmp, { force: true });
      throw e;
    }
    writeFileSync(statePath, JSON.stringify({ revision: revisionOf(db), file: basename(file) }));
    for (const old of list().slice(0, -KEEP_BACKUPS)) rmSync(join(dir, old), { force: true });
    return file;
  };

  return {
    dir,
    list: () => {
      try {
        return list().map((f) => join(dir, f));
      } catch {
        return [];
      }
    },
    take,
    /** On open: a backup only when the project changed since the last one. */
    takeIfChanged: async (): Promise<string | null> => (lastRevision() === revisionOf(db) ? null : take('open')),
  };
}
export type Backups = ReturnType<typeof createBackups>;

const PARTIAL = /\.(?:(\d+)\.)?partial$/;

/**
 * Removes half-written backups a crash left in the data folder (copies of confidential
 * transcripts): any `.partial` whose process is gone (or that names none: an older version's).
 */
export function removeAbandonedPartials(dataDir: string): number {
  const root = join(dataDir, 'backups');
  let removed = 0;
  let folders: string[] = [];
  try {
    folders = readdirSync(root);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    removed += removeLeftovers(join(root, folder), (name) => {
      const m = PARTIAL.exec(name);
      return m ? (m[1] ? Number(m[1]) : null) : undefined;
    });
  }
  return removed;
}
