import { randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { EventName, EventPayload, ProjectInfo } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { dispatch, type DispatchOptions, type ProjectHandlers, type SessionHandlers } from './dispatch';
import { AppError } from '../../shared/result';
import { createProjectDatabase, openProjectDatabase, removeAbandonedCopies, saveCopyAs } from './db/open';
import { hasBackups, listBackups, newestGoodBackup, restoreBackup } from './project/restore';
import { assertWritableTarget } from './project/write-target';
import { createAppStore } from './project/app-store';
import { removeAbandonedPartials } from './project/backup';
import { createProject, type Project } from './project/project';
import { writeSampleStudy, SAMPLE_FILE_NAME } from './sample/sample-study';

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export type SessionDeps = {
  /** The app's data folder: settings, recent projects, backups, the sample study. */
  dataDir: string;
  /** better-sqlite3's addon for another runtime (Electron); omit in plain Node. */
  nativeBinding?: string | undefined;
  emit?: Emit;
  now?: () => Date;
  newGuid?: () => string;
  log?: Pick<Console, 'error' | 'warn'>;
  /** Whether a project file may be written (default: the system's `access(W_OK)`); tests simulate read-only files. */
  canWrite?: (path: string) => boolean;
};

export type Session = {
  handlers: SessionHandlers;
  current(): Project | undefined;
  /** Routes a call to the session or project table; never throws. */
  dispatch(method: string, raw: unknown, options?: DispatchOptions): Promise<Result<unknown>>;
  /** Closes the open project, if any (app quit, server shutdown). */
  close(): void;
};

/**
 * One window's (or one server's, or one CLI run's) state: at most one open project, and the
 * app-level settings. Every transport wraps one of these.
 */
export function createSession(deps: SessionDeps): Session {
  const now = deps.now ?? (() => new Date());
  const newGuid = deps.newGuid ?? randomUUID;
  const emit: Emit = deps.emit ?? (() => undefined);
  const log = deps.log ?? console;
  const store = createAppStore(deps.dataDir, now);
  removeAbandonedPartials(deps.dataDir);
  const samplePath = join(deps.dataDir, SAMPLE_FILE_NAME);
  let project: Project | undefined;

  const closeCurrent = () => {
    project?.close();
    project = undefined;
  };

  const switchTo = (next: Project): ProjectInfo => {
    project = next;
    const info = next.info();
    store.remember(info.path, info.name);
    emit('project:switched', { project: info });
    return info;
  };

  const projectDeps = () => ({ dataDir: deps.dataDir, now, newGuid, emit, log, samplePath, nativeBinding: deps.nativeBinding });
  const scratchDir = join(deps.dataDir, 'read-only copies');
  removeAbandonedCopies(scratchDir);
  const openOptions = { nativeBinding: deps.nativeBinding, canWrite: deps.canWrite, scratchDir };
  const withExtension = (path: string) => resolve(/\.verbatim$/i.test(path) ? path : `${path}.verbatim`);

  /**
   * Opens a project file; a damaged one (or one that no longer reads as a project, though backups of
   * it exist) answers PROJECT_CORRUPT with the newest sound backup, for the UI and CLI to offer.
   */
  const openFile = (abs: string) => {
    try {
      return openProjectDatabase(abs, openOptions);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const damaged = e.code === 'PROJECT_CORRUPT' || (e.code === 'NOT_A_PROJECT' && hasBackups(deps.dataDir, abs));
      if (!damaged) throw e;
      const backup = newestGoodBackup(deps.dataDir, abs, openOptions);
      const offer = backup ? ` A backup from ${backup.takenAt} can be restored (verbatim restore, or Restore in the app).` : ' No sound backup of it was found.';
      const message = e.code === 'PROJECT_CORRUPT' ? e.message : `${abs} was a Verbatim project but can no longer be read (${e.message})`;
      throw new AppError('PROJECT_CORRUPT', `${message}.${offer}`, { ...(e.details as object | undefined), path: abs, backup });
    }
  };

  const handlers: SessionHandlers = {
    'project:create': ({ path }) => {
      const abs = withExtension(path);
      const opened = createProjectDatabase(abs, { nativeBinding: deps.nativeBinding });
      closeCurrent();
      return switchTo(createProject(opened, abs, projectDeps()));
    },
    'project:open': ({ path }) => {
      const abs = resolve(path);
      if (project && project.info().path === abs) return project.info();
      const opened = openFile(abs);
      closeCurrent();
      return switchTo(createProject(opened, abs, projectDeps()));
    },
    'project:openSample': async () => {
      if (project && project.info().path === samplePath) return project.info();
      closeCurrent();
      if (!existsSync(samplePath)) {
        const opened = createProjectDatabase(samplePath, { nativeBinding: deps.nativeBinding });
        const created = createProject(opened, samplePath, projectDeps());
        try {
          await writeSampleStudy(created);
          await created.ready;
        } finally {
          created.close();
        }
      }
      const opened = openProjectDatabase(samplePath, openOptions);
      return switchTo(createProject(opened, samplePath, projectDeps()));
    },
    'project:close': () => {
      if (project) {
        closeCurrent();
        emit('project:switched', { project: null });
      }
      return { ok: true };
    },
    'project:recent': () => store.recent().filter((r) => r.path !== samplePath || r.exists),
    'project:current': () => project?.info() ?? null,
    'project:saveAs': async ({ path }) => {
      if (!project) throw new AppError('NO_PROJECT', 'No project is open. Create or open a project first.');
      const abs = withExtension(path);
      const from = project.info().path;
      assertWritableTarget(abs, { projectPath: from });
      const opened = await saveCopyAs(project.context.db, abs, openOptions).catch((e: unknown) => {
        const code = String((e as { code?: unknown }).code ?? '');
        if (!/^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code)) throw e;
        // Overwritten in place: the pages are gone from the disk, there is nothing left to copy.
        const backup = newestGoodBackup(deps.dataDir, from, openOptions);
        throw new AppError('PROJECT_CORRUPT', `What was open can no longer be read from ${from} (another program overwrote it).${backup ? ` A backup from ${backup.takenAt} can be restored.` : ''}`, { path: from, backup });
      });
      await project.ready;
      closeCurrent();
      return switchTo(createProject(opened, abs, projectDeps()));
    },
    'project:backups': ({ path }) => listBackups(deps.dataDir, resolve(path), openOptions),
    'project:restore': async ({ path, backupPath }) => {
      const abs = resolve(path);
      if (project && project.info().path === abs) {
        await project.ready;
        closeCurrent();
        emit('project:switched', { project: null });
      }
      const restored = restoreBackup(deps.dataDir, abs, backupPath, now(), openOptions);
      return { ...switchTo(createProject(openProjectDatabase(abs, openOptions), abs, projectDeps())), ...restored };
    },
    'settings:get': () => store.settings(),
    'settings:set': (patch) => store.updateSettings(patch),
  };

  return {
    handlers,
    current: () => project,
    dispatch: (method, raw, options) =>
      dispatch({ session: handlers, project: (): ProjectHandlers | undefined => project?.handlers }, method, raw, {
        log,
        ...options,
      }),
    close: closeCurrent,
  };
}

export const projectNameOf = (path: string): string => basename(path).replace(/\.verbatim$/i, '');
