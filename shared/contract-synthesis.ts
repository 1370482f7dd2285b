/** Cross-interview synthesis (issue 6): code queries, matrices, co-occurrence, framework matrix, theme sheets, recommendations. */
import type { MethodTable } from './contract-base';

export const synthesisMethods = {} as const satisfies MethodTable;
