import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../core/data-dir';
import { exportsDirOf } from '../core/export/export-pipeline';
import { createSession, type Session } from '../core/session';
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

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the staging folders of servers that died without cleaning up (confidential uploads). */
export function removeAbandonedStaging(stagingRoot: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(stagingRoot);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid))) rmSync(join(stagingRoot, entry), { recursive: true, force: true });
  }
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
