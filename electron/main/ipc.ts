import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import { isShellMethod } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Emit, Session } from '../core/session';
import { isAppUrl } from './app-url';
import type { ShellHandlers } from './shell-dialogs';

/** The only two channels between renderer and main: calls one way, events the other. */
export const INVOKE_CHANNEL = 'verbatim:invoke';
export const EVENT_CHANNEL = 'verbatim:event';

/**
 * A call is answered only for the app's own top-level page (Electron security checklist #17): not an
 * iframe, not a page that somehow navigated elsewhere, not a frame that is gone.
 */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A destroyed frame throws on access.
    return false;
  }
}

export type IpcDeps = {
  session: Pick<Session, 'dispatch'>;
  shell: ShellHandlers;
  /** Parse results against the contract in development: catches drift before it ships. */
  checkOutput: boolean;
  /** Told of every answered call (main refreshes the menu after a settings change). */
  afterCall?: (method: string, result: Result<unknown>) => void;
};

export async function handleInvoke(deps: IpcDeps, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, method: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'This call did not come from Verbatim’s own window.' } };
  }
  if (typeof method !== 'string') return { ok: false, error: { code: 'INVALID_INPUT', message: 'The method name must be a string' } };
  const result = isShellMethod(method)
    ? await deps.shell.handle(method, raw)
    : await deps.session.dispatch(method, raw, { checkOutput: deps.checkOutput });
  deps.afterCall?.(method, result);
  return result;
}

/** Registers the call channel; returns its removal (tests, and a clean quit). */
export function registerIpc(deps: IpcDeps): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, raw: unknown) => handleInvoke(deps, event, method, raw));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** The `emit` the core is given: every event goes to the window's page on the one event channel. */
export function createEmitter(target: () => WebContents | undefined): Emit {
  return (name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  };
}
