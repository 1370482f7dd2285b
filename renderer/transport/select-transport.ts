import type { Transport } from '../api';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { PathPrompt } from './path-prompt';
import { takeToken } from './token';

/** One bundle for both shells: the preload bridge when present, else browser mode over HTTP. */
export function selectTransport(pathPrompt: PathPrompt): Transport {
  if (window.bridge) return createIpcTransport(window.bridge);
  const token = takeToken({ location: window.location, storage: window.sessionStorage, history: window.history });
  return createHttpTransport({ token, pathPrompt });
}
