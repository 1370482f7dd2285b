import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../electron/core/session';
import { electronFake, FakeBrowserWindow, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { startGui } = await import('../../electron/main/gui');

// In plain Node the "Electron" addon is simply the Node build: the wiring is what is under test.
const nodeAddon = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const quiet = { error: () => undefined, warn: () => undefined };

let dir: string;
beforeEach(() => {
  resetElectronFake();
  dir = mkdtempSync(join(tmpdir(), 'verbatim-gui-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  electronFake.app.emit('will-quit');
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const start = (args: string[] = []) =>
  startGui({
    args,
    dataDir: join(dir, 'data'),
    nativeBinding: nodeAddon,
    preload: '/app/out/electron/preload.cjs',
    renderer: '/app/out/renderer',
    icon: join(dir, 'no-icon.png'),
  });

const invoke = async (method: string, raw: unknown = {}) => {
  const listener = electronFake.ipcMain.handle.mock.calls[0]?.[1] as (...a: unknown[]) => Promise<unknown>;
  return listener({ senderFrame: { parent: null, url: 'app://verbatim/index.html' } }, method, raw);
};

describe('the desktop app', () => {
  it('hardens the session, serves app://, wires IPC and the menu, then opens one sandboxed window', async () => {
    start();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const ses = electronFake.session.defaultSession;
    expect(electronFake.app.enableSandbox).toHaveBeenCalled();
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(electronFake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electronFake.ipcMain.handle).toHaveBeenCalledWith('verbatim:invoke', expect.any(Function));
    expect(electronFake.Menu.setApplicationMenu).toHaveBeenCalled();
    const win = FakeBrowserWindow.created[0];
    expect(win?.options).toMatchObject({ webPreferences: { preload: '/app/out/electron/preload.cjs', sandbox: true } });
    expect(win?.loadURL).toHaveBeenCalledWith('app://verbatim/index.html');
    // No project yet: the renderer opens the sample study itself.
    expect(await invoke('project:current')).toEqual({ ok: true, value: null });
  });

  it('opens a study passed as argument before the window loads', async () => {
    const path = join(dir, 'École.verbatim');
    const maker = createSession({ dataDir: join(dir, 'maker'), nativeBinding: nodeAddon, log: quiet });
    await maker.dispatch('project:create', { path });
    maker.close();

    start(['--no-sandbox', path]);
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    expect(await invoke('project:current')).toMatchObject({ ok: true, value: { path, name: 'École' } });
    electronFake.app.emit('will-quit');
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('sends core events to the window and rebuilds the menu when the project changes', async () => {
    start();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const menus = electronFake.Menu.setApplicationMenu.mock.calls.length;
    const result = await invoke('project:create', { path: join(dir, 'Nouvelle étude.verbatim') });
    expect(result).toMatchObject({ ok: true });
    const win = FakeBrowserWindow.created[0];
    expect(win?.webContents.send).toHaveBeenCalledWith('verbatim:event', 'project:switched', expect.objectContaining({ project: expect.objectContaining({ name: 'Nouvelle étude' }) }));
    await vi.waitFor(() => expect(electronFake.Menu.setApplicationMenu.mock.calls.length).toBeGreaterThan(menus));
  });

  it('hands over to the running app when another one holds the lock', () => {
    electronFake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    start();
    expect(electronFake.app.quit).toHaveBeenCalled();
    expect(electronFake.app.whenReady).not.toHaveBeenCalled();
  });
});

describe('a second launch', () => {
  it('focuses this window and opens the study it was given', async () => {
    start();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const path = join(dir, 'Pilote.verbatim');
    const maker = createSession({ dataDir: join(dir, 'maker'), nativeBinding: nodeAddon, log: quiet });
    await maker.dispatch('project:create', { path });
    maker.close();

    electronFake.app.emit('second-instance', {}, ['/usr/bin/electron', '.', path], '/home/ana');
    expect(FakeBrowserWindow.created[0]?.focus).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await invoke('project:current')).toMatchObject({ ok: true, value: { path } }));
  });
});
