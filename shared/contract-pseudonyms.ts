/** Pseudonymization (issue 7): suggestions, the pseudonym table, the key export. */
import type { MethodTable } from './contract-base';

export const pseudonymMethods = {} as const satisfies MethodTable;
