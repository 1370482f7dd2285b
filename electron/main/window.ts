import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './app-url';

export type WindowDeps = {
  preloadPath: string;
  isPackaged: boolean;
  /** Linux shows it in the task bar; packaged builds take theirs from the desktop entry. */
  iconPath?: string | undefined;
};

/** Every option that matters for security is written out, even where it is Electron's default. */
export function mainWindowOptions({ preloadPath, isPackaged, iconPath }: WindowDeps): BrowserWindowConstructorOptions {
  return {
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Verbatim',
    backgroundColor: '#f7f5f0',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // A file dropped outside a drop zone would otherwise replace the app with file://…
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  };
}

/** Denies new windows, webviews and navigation away from app:// (Electron security checklist 13–15). */
export function lockNavigation(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(deps));
  lockNavigation(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
