/** What a query or mutation declares about its errors; read by the app's global error routing. */
import type { ErrorCode } from '../shared/result';

export type VerbatimMutationMeta = {
  /** Codes the calling component shows inline (e.g. CONFLICT beside a name field): no toast. */
  inlineErrors?: readonly ErrorCode[];
  /** Opening or creating a project: failures get the explanatory project dialog. */
  projectDialog?: boolean;
};

export type VerbatimQueryMeta = {
  /** The component shows this query's error itself. */
  silent?: boolean;
};

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: VerbatimMutationMeta;
    queryMeta: VerbatimQueryMeta;
  }
}
