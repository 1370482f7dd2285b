import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../shared/bridge';
import { electronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

await import('../../electron/preload/preload');

const exposed = () => {
  expect(electronFake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electronFake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Bridge];
  expect(key).toBe('bridge');
  return api;
};

describe('the preload', () => {
  it('exposes exactly invoke, on and pathOf, as window.bridge', () => {
    expect(Object.keys(exposed()).sort()).toEqual(['invoke', 'on', 'pathOf']);
  });

  it('invokes on the one call channel', async () => {
    await exposed().invoke('codes:list', {});
    expect(electronFake.ipcRenderer.invoke).toHaveBeenCalledWith('verbatim:invoke', 'codes:list', {});
  });

  it('delivers events by name, without the IPC event object, and unsubscribes', () => {
    const listener = vi.fn();
    const off = exposed().on(listener);
    const [channel, wrapped] = electronFake.ipcRenderer.on.mock.calls[0] as [string, (...a: unknown[]) => void];
    expect(channel).toBe('verbatim:event');
    wrapped({ sender: 'secret' }, 'import:progress', { done: 1, total: 2, file: 'a.txt' });
    expect(listener).toHaveBeenCalledWith('import:progress', { done: 1, total: 2, file: 'a.txt' });
    off();
    expect(electronFake.ipcRenderer.removeListener).toHaveBeenCalledWith('verbatim:event', wrapped);
  });

  it('gives a dropped file’s path through webUtils', () => {
    expect(exposed().pathOf({} as File)).toBe('/home/ana/entretien.docx');
  });
});
