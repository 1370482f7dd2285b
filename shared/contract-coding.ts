/**
 * A coding, and a coding with what a reader needs: shared by the core calls (`codings:*`) and the
 * synthesis calls, which extend them (a file of its own so that both parts can build on it).
 */
import { z } from 'zod';
import { Id, Offset } from './contract-base';

export const Coding = z.object({
  id: Id,
  documentId: Id,
  codeId: Id,
  start: Offset,
  end: Offset,
  coderId: Id,
  createdAt: z.string(),
});
export type Coding = z.infer<typeof Coding>;

/** A coded passage with what a reader needs to judge it. */
export const RetrievedCoding = Coding.extend({
  documentName: z.string(),
  codeName: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
});
export type RetrievedCoding = z.infer<typeof RetrievedCoding>;
