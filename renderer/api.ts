/**
 * The renderer's one typed client. Components never touch a transport: feature hooks call
 * `call(method, input)`, which resolves with the method's output or throws an `AppError` whose
 * `code` the UI branches on (never the message text).
 */
import { events, isMethod, type EventName, type EventPayload, type Input, type Method, type Output } from '../shared/contract';
import { AppError, errorCodes, type ErrorCode, type Result } from '../shared/result';

export type EventListener = (name: EventName, payload: unknown) => void;

/** How calls and events travel: Electron's preload bridge, or HTTP in browser mode. */
export type Transport = {
  readonly kind: 'electron' | 'browser';
  invoke(method: Method, input: unknown): Promise<Result<unknown>>;
  /** Every event the core pushes, by name; returns an unsubscribe function. */
  on(listener: EventListener): () => void;
  /**
   * Makes files dropped on the window readable by the core: their own paths in Electron, uploads to
   * the staging folder in browser mode. Absent where files cannot be dropped (test doubles).
   */
  stageFiles?(files: readonly File[]): Promise<Result<{ paths: string[] }>>;
  /**
   * Hands an export written without a chosen path (in the app's data folder) to the user as a
   * download: browser mode only, where `shell:pickExportPath` answers null.
   */
  download?(file: { path: string; fileName: string }): Promise<Result<null>>;
};

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

const isErrorCode = (c: unknown): c is ErrorCode => typeof c === 'string' && (errorCodes as readonly string[]).includes(c);

/** Anything that is not a well-formed Result becomes an INTERNAL failure instead of a crash. */
export function asResult(raw: unknown): Result<unknown> {
  if (raw !== null && typeof raw === 'object' && 'ok' in raw) {
    const r = raw as { ok: unknown; value?: unknown; error?: { code?: unknown; message?: unknown; details?: unknown } };
    if (r.ok === true) return { ok: true, value: r.value };
    if (r.ok === false && r.error) {
      const code = isErrorCode(r.error.code) ? r.error.code : 'INTERNAL';
      const message = typeof r.error.message === 'string' ? r.error.message : 'Unexpected error';
      return { ok: false, error: r.error.details === undefined ? { code, message } : { code, message, details: r.error.details } };
    }
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'The application returned an unexpected answer.' } };
}

/** How an error is told to the user: the core writes English, the interface may speak French. */
export type DescribeError = (error: { code: ErrorCode; message: string }) => string;

/**
 * The typed client. With `describe`, a failure's message is the one the user reads, in the interface's
 * language (see i18n/core-messages.ts); its `code` and `details` are the core's.
 */
export function createCall(transport: Transport, describe?: DescribeError): Call {
  return async (method, input) => {
    const r = await transport.invoke(method, input);
    if (!r.ok) throw new AppError(r.error.code, describe ? describe(r.error) : r.error.message, r.error.details);
    return r.value as Output<typeof method>;
  };
}

/** Parses an event's payload against the contract; events with a payload that does not match are dropped. */
export function parseEvent<E extends EventName>(name: E, payload: unknown): EventPayload<E> | undefined {
  const parsed = events[name].safeParse(payload);
  return parsed.success ? (parsed.data as EventPayload<E>) : undefined;
}

export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

export { AppError, isMethod };
export const errorCodeOf = (e: unknown): ErrorCode | undefined => (e instanceof AppError ? e.code : undefined);
