import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { EventName, Input, Method, Output } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { createSession, type Session } from '../../electron/core/session';
import { tempDir } from './temp-dir';

export type TestCore = {
  dir: string;
  dataDir: string;
  projectPath: string;
  session: Session;
  events: { name: EventName; payload: unknown }[];
  /** Calls through `dispatch` exactly as the transports do; rejects with an AppError on failure. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Writes a file in the test's folder and returns its path. */
  file(name: string, content: string | Uint8Array): string;
  /** Closes the project (after its open-time backup) so the file can be reopened or inspected. */
  close(): Promise<void>;
};

/**
 * A real project file in a temp folder, opened through the session as the app opens it. Output is
 * checked against the contract on every call, so drift between handlers and schemas fails tests.
 */
export async function createTestCore(options: { open?: boolean; name?: string } = {}): Promise<TestCore> {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const files = join(dir, 'files');
  mkdirSync(files, { recursive: true });
  const events: TestCore['events'] = [];
  const session = createSession({
    dataDir,
    emit: (name, payload) => events.push({ name, payload }),
    log: { error: () => undefined, warn: () => undefined },
  });
  const projectPath = join(dir, `${options.name ?? 'Étude test'}.verbatim`);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(method, input, { checkOutput: true, log: { error: process.env.VERBATIM_TEST_LOG ? console.error : () => undefined } });
    if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
    return r.value as Output<M>;
  };
  const close = async () => {
    await session.current()?.ready;
    session.close();
  };
  onTestFinished(close);
  if (options.open !== false) await call('project:create', { path: projectPath });
  return {
    dir,
    dataDir,
    projectPath,
    session,
    events,
    call,
    file: (name, content) => {
      const path = join(files, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    close,
  };
}
