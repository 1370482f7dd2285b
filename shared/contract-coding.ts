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

/**
 * A coding as applying or moving left it. One code, one passage: a passage that overlaps or touches a
 * coding of the same code by the same coder extends that coding, so the answer may be an existing
 * coding with new bounds, and `absorbed` lists the codings merged into it (now gone).
 */
export const AppliedCoding = Coding.extend({ absorbed: z.array(Id) });
export type AppliedCoding = z.infer<typeof AppliedCoding>;

/** A coded passage with what a reader needs to judge it. */
export const RetrievedCoding = Coding.extend({
  documentName: z.string(),
  codeName: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
});
export type RetrievedCoding = z.infer<typeof RetrievedCoding>;
