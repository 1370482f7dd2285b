import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../../shared/bridge';

// Must match electron/main/ipc.ts. Kept literal: a sandboxed preload cannot import main's modules at
// run time, and this file stays a few lines that can be read at a glance.
const INVOKE_CHANNEL = 'verbatim:invoke';
const EVENT_CHANNEL = 'verbatim:event';

/** The whole surface the page gets: no raw ipcRenderer. Main checks every call's sender and input. */
const bridge: Bridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  on: (listener) => {
    const wrapped = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
  pathOf: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('bridge', bridge);
