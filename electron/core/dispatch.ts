import {
  contract,
  isMethod,
  isSessionMethod,
  isShellMethod,
  type Method,
  type Output,
  type Parsed,
  type ProjectMethod,
  type SessionMethod,
} from '../../shared/contract';
import { AppError, type ErrorCode, type Result } from '../../shared/result';

type Handler<M extends Method> = (input: Parsed<M>) => Output<M> | Promise<Output<M>>;
export type ProjectHandlers = { [M in ProjectMethod]: Handler<M> };
export type SessionHandlers = { [M in SessionMethod]: Handler<M> };

export type DispatchOptions = {
  /** Parse results against the contract too (development and tests): catches drift early. */
  checkOutput?: boolean;
  log?: Pick<Console, 'error'>;
};

const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Turns anything a handler threw into the one error shape that crosses boundaries. */
export function toFailure(e: unknown, method: string, log: Pick<Console, 'error'> = console): Result<never> {
  if (e instanceof AppError) return { ok: false, error: e.toData() };
  const code = (e as { code?: string } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return fail('DISK_FULL', 'The disk is full: free some space and try again.');
  if (code === 'SQLITE_READONLY' || code === 'EROFS') return fail('READ_ONLY', 'The project file is read-only.');
  log.error(`[${method}]`, e);
  // The stack stays in the log: SQL and paths never reach the UI.
  return fail('INTERNAL', 'Something went wrong inside Verbatim. The details are in the log.');
}

/**
 * The one entry point of every transport (IPC, HTTP, CLI, tests): validates the input against the
 * contract, routes the call to the session table or the open project's table, and never throws.
 * `shell:*` methods are answered by each shell before reaching here.
 */
export async function dispatch(
  tables: { session: SessionHandlers; project: () => ProjectHandlers | undefined },
  method: string,
  raw: unknown,
  { checkOutput = false, log = console }: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('INVALID_INPUT', `Unknown method ${method}`);
  if (isShellMethod(method)) return fail('INVALID_INPUT', `${method} is answered by the application shell, not the core`);
  const spec = contract[method];
  const input = spec.input.safeParse(raw ?? {});
  if (!input.success) {
    const first = input.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    return fail('INVALID_INPUT', `Invalid input for ${method}${where}: ${first?.message ?? 'bad value'}`, input.error.issues);
  }
  let handler: ((i: unknown) => unknown) | undefined;
  if (isSessionMethod(method)) {
    handler = tables.session[method] as (i: unknown) => unknown;
  } else {
    const project = tables.project();
    if (!project) return fail('NO_PROJECT', 'No project is open. Create or open a project first.');
    handler = project[method as ProjectMethod] as (i: unknown) => unknown;
  }
  try {
    const value = await handler(input.data);
    return { ok: true, value: checkOutput ? spec.output.parse(value) : value };
  } catch (e) {
    return toFailure(e, method, log);
  }
}
