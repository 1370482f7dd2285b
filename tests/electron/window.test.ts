import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeBrowserWindow, FakeWebContents, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { createMainWindow, lockNavigation, mainWindowOptions } = await import('../../electron/main/window');

beforeEach(resetElectronFake);

const navigationEvent = () => ({ preventDefault: vi.fn() });

describe('the main window', () => {
  it('is created with every security option on', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/out/electron/preload.cjs', isPackaged: true }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('keeps developer tools for development builds only', () => {
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('loads the renderer from app://, never file://', () => {
    const win = createMainWindow({ preloadPath: 'p', isPackaged: true }) as unknown as FakeBrowserWindow;
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(win.loadURL).toHaveBeenCalledWith('app://verbatim/index.html');
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
  });

  it('shows itself once the first paint is ready', () => {
    const win = createMainWindow({ preloadPath: 'p', isPackaged: true }) as unknown as FakeBrowserWindow;
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });
});

describe('navigation lock', () => {
  const locked = () => {
    const contents = new FakeWebContents();
    lockNavigation(contents as never);
    return contents;
  };

  it('denies every new window', () => {
    const contents = locked();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown;
    expect(handler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://verbatim/index.html' })).toEqual({ action: 'deny' });
  });

  it.each(['https://example.org/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'app://elsewhere/index.html', 'javascript:alert(1)'])(
    'blocks navigation to %s',
    (url) => {
      const contents = locked();
      const event = navigationEvent();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
      const redirect = navigationEvent();
      contents.emit('will-redirect', redirect, url);
      expect(redirect.preventDefault).toHaveBeenCalled();
    },
  );

  it('lets the app move within its own pages', () => {
    const contents = locked();
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'app://verbatim/index.html#/codebook');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    const contents = locked();
    const event = navigationEvent();
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('is applied to the window the app creates', () => {
    const win = createMainWindow({ preloadPath: 'p', isPackaged: false }) as unknown as FakeBrowserWindow;
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
  });
});

it('uses the fake electron module', () => {
  expect(electronFake.BrowserWindow).toBe(FakeBrowserWindow);
});
