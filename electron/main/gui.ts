import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, session as electronSession, shell } from 'electron';
import type { Language } from '../../shared/contract';
import { createSession, type Emit } from '../core/session';
import { projectArgOf, userArgs } from './cli-mode';
import { createEmitter, registerIpc } from './ipc';
import { uiLanguage } from './locale';
import { installAppMenu } from './menu';
import { serveRenderer } from './protocol';
import { hardenSession } from './session-security';
import { createShellHandlers } from './shell-dialogs';
import { createMainWindow } from './window';

export type GuiDeps = {
  args: string[];
  dataDir: string;
  nativeBinding: string;
  preload: string;
  renderer: string;
  icon: string;
};

/**
 * The desktop app: one window, one session (at most one open study). Everything here is wiring;
 * decisions live in the core and in the small modules it calls.
 */
export function startGui(deps: GuiDeps): void {
  // A second launch hands its arguments to this one (a double-clicked study opens here).
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();

  let pendingPath = projectArgOf(deps.args);
  let openFromOs: ((path: string) => void) | undefined;
  // macOS delivers double-clicked files as events, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openFromOs) openFromOs(path);
    else pendingPath = path;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    hardenSession(electronSession.defaultSession, { allowDevtools: !app.isPackaged });
    serveRenderer(deps.renderer);

    let win: BrowserWindow | undefined;
    let language: Language = uiLanguage(app.getLocale());
    const send = createEmitter(() => win?.webContents);
    const emit: Emit = (name, payload) => {
      send(name, payload);
      if (name === 'project:switched') refreshMenu();
    };
    const session = createSession({ dataDir: deps.dataDir, nativeBinding: deps.nativeBinding, emit, log: console });
    app.on('will-quit', () => session.close());

    const showError = (title: string, message: string) => {
      if (win) void dialog.showMessageBox(win, { type: 'error', title: 'Verbatim', message: title, detail: message });
      else dialog.showErrorBox(title, message);
    };
    const refreshMenu = () =>
      void installAppMenu({
        session,
        emit,
        language: () => language,
        platform: process.platform,
        isPackaged: app.isPackaged,
        openDataFolder: () => void shell.openPath(deps.dataDir),
        showError,
        log: console,
      });
    const refreshLanguage = async () => {
      try {
        language = uiLanguage(app.getLocale(), (await session.handlers['settings:get']({})).language);
      } catch (e) {
        console.error('[settings] unreadable, using the system language', e);
      }
      refreshMenu();
    };

    registerIpc({
      session,
      shell: createShellHandlers({ dialog, window: () => win, language: () => language, defaultDir: () => app.getPath('documents') }),
      checkOutput: !app.isPackaged,
      afterCall: (method, result) => {
        if (method === 'settings:set' && result.ok) void refreshLanguage();
      },
    });

    const openProject = async (path: string) => {
      const result = await session.dispatch('project:open', { path });
      if (!result.ok) showError(path, result.error.message);
    };
    openFromOs = (path) => {
      void openProject(path);
      win?.show();
    };
    // Opened before the window exists, so the renderer finds it as the current project (and does
    // not open the sample study instead).
    if (pendingPath) await openProject(pendingPath);
    await refreshLanguage();

    const createWindow = () => {
      win = createMainWindow({ preloadPath: deps.preload, isPackaged: app.isPackaged, iconPath: existsSync(deps.icon) ? deps.icon : undefined });
      win.on('closed', () => {
        win = undefined;
      });
    };
    createWindow();

    app.on('second-instance', (_event, argv) => {
      if (win) {
        if (win.isMinimized()) win.restore();
        win.focus();
      }
      const path = projectArgOf(userArgs(argv, app.isPackaged));
      if (path) void openProject(path);
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
