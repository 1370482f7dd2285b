import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module (there is no Electron binary here, and requiring the real
 * package tries to download one). Test files install it with
 *   vi.mock('electron', async () => (await import('./electron-fake')).electronFake)
 * and import `electronFake` to inspect calls. Only what the shell uses is modelled.
 */
export class FakeWebContents extends EventEmitter {
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => FakeBrowserWindow.created);
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async () => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

const appEvents = new EventEmitter();

export const electronFake = {
  app: {
    isPackaged: false,
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener)),
    emit: (name: string, ...args: unknown[]) => appEvents.emit(name, ...args),
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    disableHardwareAcceleration: vi.fn(),
    getLocale: vi.fn(() => 'fr-FR'),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getAppPath: vi.fn(() => '/fake/app'),
    exit: vi.fn(),
    quit: vi.fn(),
    dock: undefined as { hide(): void } | undefined,
  },
  BrowserWindow: FakeBrowserWindow,
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  webUtils: { getPathForFile: vi.fn(() => '/home/ana/entretien.docx') },
  dialog: {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: fakeSession() },
  shell: { openPath: vi.fn(async () => '') },
};

/** Clears recorded calls and listeners between tests (implementations stay). */
export function resetElectronFake(): void {
  vi.clearAllMocks();
  appEvents.removeAllListeners();
  FakeBrowserWindow.created = [];
  electronFake.app.isPackaged = false;
  electronFake.session.defaultSession = fakeSession();
}
