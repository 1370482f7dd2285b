import { hostname } from 'node:os';
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { AppError } from '../../../shared/result';

/** What a lock file beside a project says about the process that holds it. */
type LockInfo = { pid: number; host: string; startedAt: string };

export type ProjectLock = { path: string; release(): void };

export const lockPathOf = (projectPath: string): string => `${projectPath}.lock`;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.host === 'string') {
      return { pid: info.pid, host: info.host, startedAt: String(info.startedAt ?? '') };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return null;
}

/**
 * Takes the project's lock file, so that a second Verbatim (window, CLI or server) cannot write the
 * same project. A lock left by a dead process on this host is taken over; a live one, or one from
 * another host (a shared folder), refuses with PROJECT_LOCKED.
 */
export function acquireLock(projectPath: string): ProjectLock {
  const path = lockPathOf(projectPath);
  const mine: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return {
        path,
        release: () => {
          const held = readLock(path);
          if (held && held.pid === mine.pid && held.host === mine.host) unlinkSync(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const held = readLock(path);
      const isStale = held === null || (held.host === mine.host && !isProcessAlive(held.pid));
      if (!isStale) {
        const where = held.host === mine.host ? `process ${held.pid}` : `the computer “${held.host}”`;
        throw new AppError(
          'PROJECT_LOCKED',
          `This project is already open in another Verbatim (${where}, since ${held.startedAt}). Close it there first.`,
          held,
        );
      }
      unlinkSync(path);
    }
  }
  throw new AppError('PROJECT_LOCKED', 'Could not take the project lock: another process keeps taking it.');
}
