import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProjectBackup } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { acquireLock } from '../db/lock';
import { inspectProjectFile, placeCopy, type OpenOptions } from '../db/open';
import { backupDirOf } from './backup';

/** `2026-12-07T23-33-51-123Z-before-delete.verbatim` → when and why it was taken. */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(.+)\.verbatim$/;

const isSound = (path: string, options: OpenOptions): boolean => {
  try {
    inspectProjectFile(path, options);
    return true;
  } catch {
    return false;
  }
};

/** The backups of a project file, newest first (unchecked: `ok` is filled by the caller). */
function backupFiles(dataDir: string, projectPath: string): Omit<ProjectBackup, 'ok'>[] {
  const dir = backupDirOf(dataDir, projectPath);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, m: BACKUP_NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => b.name.localeCompare(a.name))
    .map(({ name, m }) => ({
      path: join(dir, name),
      takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`,
      reason: m[6]!,
      bytes: statSync(join(dir, name)).size,
    }));
}

/** Every backup of a project, newest first, each checked (opens as a project, passes quick_check). */
export function listBackups(dataDir: string, projectPath: string, options: OpenOptions = {}): ProjectBackup[] {
  return backupFiles(dataDir, projectPath).map((b) => ({ ...b, ok: isSound(b.path, options) }));
}

/** The newest backup that is sound, or null; what a damaged project's error offers. */
export function newestGoodBackup(dataDir: string, projectPath: string, options: OpenOptions = {}): ProjectBackup | null {
  for (const b of backupFiles(dataDir, projectPath)) if (isSound(b.path, options)) return { ...b, ok: true };
  return null;
}

export const hasBackups = (dataDir: string, projectPath: string): boolean => backupFiles(dataDir, projectPath).length > 0;

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/**
 * Puts a backup in place of a project file (the newest sound one unless `backupPath` names one).
 * The file replaced, with its `-wal` and `-shm`, is kept beside it under another name (a journal of
 * the damaged file must never be applied to the restored one), never deleted. The project must not
 * be open anywhere (its lock is taken for the swap).
 */
export function restoreBackup(
  dataDir: string,
  projectPath: string,
  backupPath: string | undefined,
  now: Date,
  options: OpenOptions = {},
): { restoredFrom: string; keptAs: string | null } {
  const chosen = backupPath ? resolve(backupPath) : newestGoodBackup(dataDir, projectPath, options)?.path;
  if (!chosen) throw new AppError('NOT_FOUND', `There is no sound backup of ${projectPath} to restore`, { path: projectPath });
  if (!existsSync(chosen)) throw new AppError('NOT_FOUND', `No backup file at ${chosen}`, { path: chosen });
  try {
    inspectProjectFile(chosen, options);
  } catch (e) {
    const why = e instanceof AppError ? e.message : String(e);
    throw new AppError('PROJECT_CORRUPT', `The backup ${chosen} cannot be restored: ${why}`, { path: chosen });
  }
  const lock = acquireLock(projectPath);
  try {
    let keptAs: string | null = null;
    if (existsSync(projectPath)) {
      keptAs = `${projectPath}.replaced-${stamp(now)}`;
      renameSync(projectPath, keptAs);
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(`${projectPath}${suffix}`)) renameSync(`${projectPath}${suffix}`, `${keptAs}${suffix}`);
      }
    }
    placeCopy(chosen, projectPath);
    return { restoredFrom: chosen, keptAs };
  } finally {
    lock.release();
  }
}
