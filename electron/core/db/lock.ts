import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../../../shared/result';

/**
 * What a lock file beside a project says about the process that holds it. `processStart` tells a
 * live holder from another program that was given the same pid after a crash; `token` tells two
 * holders inside one process apart.
 */
type LockInfo = { pid: number; host: string; startedAt: string; processStart?: string | undefined; token?: string | undefined };

export type ProjectLock = { path: string; release(): void };

export const lockPathOf = (projectPath: string): string => `${projectPath}.lock`;

/** A lock file that cannot be read yet may be one being written: only this old is it abandoned. */
const UNREADABLE_LOCK_GRACE_MS = 2000;
/** A take-over guard lives for microseconds; one this old was left by a process killed inside it. */
const STALE_GUARD_MS = 2000;
/** How long a contended take-over is retried before giving up. */
const ACQUIRE_DEADLINE_MS = 5000;

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function readBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * When a process started, as this system counts it (Linux: boot id and clock ticks since boot,
 * from /proc). Null where the system does not say: the lock then relies on the pid alone.
 */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[19];
    return ticks ? `${readBootId() ?? 'boot'}:${ticks}` : null;
  } catch {
    return null;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const readRaw = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

function parseLock(raw: string | null): LockInfo | null {
  if (raw === null) return null;
  try {
    const info = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.host === 'string') {
      return { pid: info.pid, host: info.host, startedAt: String(info.startedAt ?? ''), processStart: info.processStart, token: info.token };
    }
  } catch {
    // unreadable or half-written
  }
  return null;
}

/** A lock is abandoned when its process, on this host, is gone or is another program under a reused pid. */
function isAbandoned(held: LockInfo, host: string): boolean {
  if (held.host !== host) return false; // another computer's processes cannot be checked from here
  if (!isProcessAlive(held.pid)) return true;
  if (!held.processStart) return false;
  const now = processStartOf(held.pid);
  return now !== null && now !== held.processStart;
}

const ageOf = (path: string): number => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/**
 * Creates `path` holding `content` only if it does not exist: the content is written to a unique
 * file first and hard-linked into place (atomic, and never seen empty); where hard links are not
 * supported, an O_EXCL create. Returns false when the path exists.
 */
function createExclusive(path: string, content: string): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    try {
      linkSync(temp, path);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    }
  } finally {
    rmSync(temp, { force: true });
  }
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, content);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/**
 * Removes an abandoned lock, but only the very one that was judged abandoned (`raw`), under a guard
 * file that one process at a time can create: two processes recovering after a crash cannot both
 * remove it and each think they hold the project. Returns false when another process holds the guard.
 */
function removeAbandoned(path: string, raw: string | null): boolean {
  const guard = `${path}.takeover`;
  if (!createExclusive(guard, String(process.pid))) {
    if (ageOf(guard) > STALE_GUARD_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    // While the guard is held nobody else removes the lock, and a new one cannot be linked over it.
    if (readRaw(path) === raw) unlinkSync(path);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

function lockedError(path: string, held: LockInfo, host: string): AppError {
  const where = held.host === host ? `process ${held.pid} on this computer` : `the computer “${held.host}”`;
  const hint =
    held.host === host
      ? 'Close it there first.'
      : `Close it there first; if that computer no longer has it open, delete the lock file ${path}.`;
  const { token: _token, ...shown } = held;
  return new AppError('PROJECT_LOCKED', `This project is already open in another Verbatim (${where}, since ${held.startedAt}). ${hint} (lock file: ${path})`, {
    ...shown,
    lockFile: path,
  });
}

const toAppError = (e: unknown, path: string): unknown => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('READ_ONLY', `Verbatim cannot create the lock file ${path}: the folder is read-only`, { lockFile: path });
  }
  return e;
};

/**
 * Takes the project's lock file, so that a second Verbatim (window, CLI or server) cannot write the
 * same project. A lock left by a dead process on this host (or by a pid since reused by another
 * program) is taken over, atomically: when several processes race for it, exactly one wins. A live
 * lock, or one from another host (a shared folder), refuses with PROJECT_LOCKED naming the lock file.
 * A folder where no lock can be created answers READ_ONLY.
 */
export function acquireLock(projectPath: string): ProjectLock {
  const path = lockPathOf(projectPath);
  const host = hostname();
  const mine: LockInfo = {
    pid: process.pid,
    host,
    startedAt: new Date().toISOString(),
    processStart: processStartOf(process.pid) ?? undefined,
    token: randomBytes(8).toString('hex'),
  };
  const content = JSON.stringify(mine);
  const deadline = Date.now() + ACQUIRE_DEADLINE_MS;
  try {
    while (!createExclusive(path, content)) {
      const raw = readRaw(path);
      if (raw === null) continue; // removed meanwhile: try again at once
      const held = parseLock(raw);
      if (held && !isAbandoned(held, host)) throw lockedError(path, held, host);
      const mayRemove = held !== null || ageOf(path) > UNREADABLE_LOCK_GRACE_MS;
      if (!(mayRemove && removeAbandoned(path, raw))) {
        if (Date.now() > deadline) throw new AppError('PROJECT_LOCKED', `Could not take the project lock ${path}: another process keeps it busy.`, { lockFile: path });
        pause(5 + Math.random() * 20);
      }
    }
  } catch (e) {
    throw toAppError(e, path);
  }
  return {
    path,
    release: () => {
      if (parseLock(readRaw(path))?.token === mine.token) rmSync(path, { force: true });
    },
  };
}
