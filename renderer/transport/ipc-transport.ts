import type { Bridge } from '../../shared/bridge';
import { asResult, isEventName, type Transport } from '../api';

/** Electron: the preload's two channels. Shell methods go through `invoke` too (main answers them). */
export function createIpcTransport(bridge: Bridge): Transport {
  return {
    kind: 'electron',
    invoke: async (method, input) => {
      try {
        return asResult(await bridge.invoke(method, input));
      } catch (e) {
        return { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } };
      }
    },
    on: (listener) =>
      bridge.on((name, payload) => {
        if (isEventName(name)) listener(name, payload);
      }),
    // A dropped file (or folder) is read where it lies: the core walks folders itself.
    stageFiles: async (files) => {
      try {
        return { ok: true, value: { paths: files.map((f) => bridge.pathOf(f)).filter((p) => p !== '') } };
      } catch (e) {
        return { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } };
      }
    },
  };
}
