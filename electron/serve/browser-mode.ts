import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../core/data-dir';
import { exportsDirOf } from '../core/export/export-pipeline';
import { createSession, type Session } from '../core/session';
import { removeLeftovers } from '../core/project/leftovers';
import { startServer, type EventSink, type RunningServer } from './server';

export type BrowserModeOptions = {
  /** A project to open (created when the file does not exist); the sample study when omitted. */
  projectPath?: string | undefined;
  dataDir?: string;
  staticDir: string;
  port?: number;
  token?: string;
  checkOutput?: boolean;
  log?: Pick<Console, 'error' | 'warn'>;
};

export type BrowserMode = RunningServer & { session: Session; stop(): Promise<void> };

/** Removes the staging folders of servers that died without cleaning up (confidential uploads). */
export function removeAbandonedStaging(stagingRoot: string): void {
  removeLeftovers(stagingRoot, (entry) => {
    const pid = Number(entry);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  });
}

/** Starts a session and its server: what `npm run serve`, the end-to-end tests and benchmarks use. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const dataDir = options.dataDir ?? defaultDataDir();
  let sink: EventSink = () => undefined;
  const session = createSession({
    dataDir,
    emit: (name, payload) => sink(name, payload),
    ...(options.log ? { log: options.log } : {}),
  });
  const { projectPath } = options;
  const opened = projectPath
    ? await session.dispatch(existsSync(projectPath) ? 'project:open' : 'project:create', { path: projectPath })
    : await session.dispatch('project:openSample', {});
  if (!opened.ok) {
    session.close();
    throw new Error(opened.error.message);
  }
  removeAbandonedStaging(join(dataDir, 'staging'));
  const running = await startServer({
    session,
    staticDir: options.staticDir,
    stagingDir: join(dataDir, 'staging', String(process.pid)),
    downloadsDir: exportsDirOf(dataDir),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.checkOutput !== undefined ? { checkOutput: options.checkOutput } : {}),
  });
  sink = running.broadcast;
  return {
    ...running,
    session,
    stop: async () => {
      await running.close();
      await session.current()?.ready;
      session.close();
    },
  };
}
