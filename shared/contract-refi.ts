/** REFI-QDA exchange (issue 8): QDPX/QDC/QDE import with its report. */
import type { MethodTable } from './contract-base';

export const refiMethods = {} as const satisfies MethodTable;
