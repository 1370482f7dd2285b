/**
 * The only error shape that crosses a process boundary (IPC, HTTP, CLI).
 * Codes are listed in ARCHITECTURE.md §1; never reuse one for another meaning.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'NO_PROJECT',
  'PROJECT_LOCKED',
  'NOT_A_PROJECT',
  'PROJECT_TOO_NEW',
  'PROJECT_CORRUPT',
  'UNSUPPORTED_FILE',
  'BAD_FILE',
  'FILE_TOO_LARGE',
  'READ_ONLY',
  'DISK_FULL',
  'EXPORT_LEAK',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type AppErrorData = { code: ErrorCode; message: string; details?: unknown };

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** An expected failure: the user can understand and act on `message`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Exhaustiveness guard for `switch` over unions. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
