import { AppError, type ErrorCode } from '../../../../shared/result';

/**
 * Every import error names the file the user picked and says what is wrong in plain words, because
 * a batch import of thirty interviews must tell which one failed and what to do about it.
 */
export function fileError(code: ErrorCode, fileName: string, problem: string, details?: unknown): AppError {
  return new AppError(code, `“${fileName}” ${problem}`, details);
}

/** The usual "this file is damaged" error, with the technical cause kept in `details` for the log. */
export function damagedFileError(fileName: string, kind: string, extension: string, cause?: string): AppError {
  return fileError(
    'BAD_FILE',
    fileName,
    `is not a valid ${kind} (the file is damaged or is not a ${extension}).`,
    cause === undefined ? undefined : { cause },
  );
}

/** Sizes in messages are in MB with one decimal: people compare them with what their file manager shows. */
export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
