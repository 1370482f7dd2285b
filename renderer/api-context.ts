/**
 * The API as React sees it: `useCall()` for the typed client, `useAppEvent()` for the core's
 * events. Feature hooks use these; components never reach a transport.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../shared/contract';
import { parseEvent, type Call, type Transport } from './api';
import type { PathPrompt } from './transport/path-prompt';

export type Api = {
  call: Call;
  transport: Transport;
  /** Browser mode's path dialog store; null in Electron (native dialogs). */
  pathPrompt: PathPrompt | null;
};

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return api;
}

export const useCall = (): Call => useApi().call;

/** Runs `handler` for every `name` event whose payload matches the contract. */
export function useAppEvent<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): void {
  const { transport } = useApi();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      transport.on((event, payload) => {
        if (event !== name) return;
        const parsed = parseEvent(name, payload);
        if (parsed !== undefined) latest.current(parsed);
      }),
    [transport, name],
  );
}
