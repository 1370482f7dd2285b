/** REFI-QDA exchange (issue 8): QDPX/QDC/QDE import with its report. */
import { z } from 'zod';
import { Id, Path, type MethodTable } from './contract-base';

/**
 * How a file counted its selection offsets: the spec's code points, NVivo for Windows' UTF-16 code
 * units (CRLF counting two), or code points over text whose CRLF line ends count one.
 */
export const RefiOffsetUnit = z.enum(['codepoints', 'utf16', 'codepoints-lf']);
export type RefiOffsetUnit = z.infer<typeof RefiOffsetUnit>;

/** Something of the file that was not imported, or only in part, and why. */
export const RefiSkipped = z.object({
  what: z.enum(['source', 'coding', 'selection', 'set', 'note', 'variable', 'case', 'link']),
  name: z.string(),
  reason: z.string(),
  /**
   * A source or note text file that the project names outside the folder of the imported file: not
   * read, for a crafted file must not pull any file of the computer into the project. Passing this
   * exact path in `allowOutsideSources` on a new import reads it.
   */
  outsidePath: z.string().optional(),
});
export type RefiSkipped = z.infer<typeof RefiSkipped>;

/** What a REFI-QDA import brought into the project, what it left out, and why. */
export const RefiImportReport = z.object({
  file: z.string(),
  /** `project`: a .qdpx or .qde; `codebook`: a .qdc. */
  kind: z.enum(['project', 'codebook']),
  /** The program that wrote the file, as it says (`NVivo for Mac 15.0.0`), or null. */
  origin: z.string().nullable(),
  /** The offset unit detected for the file's selections; null when it has none. */
  offsetUnit: RefiOffsetUnit.nullable(),
  documents: z.array(z.object({ id: Id, name: z.string() })),
  counts: z.object({
    documents: z.number().int(),
    codes: z.number().int(),
    codings: z.number().int(),
    cases: z.number().int(),
    attributes: z.number().int(),
    values: z.number().int(),
    memos: z.number().int(),
    coders: z.number().int(),
  }),
  skipped: z.array(RefiSkipped),
  /** Things the user may want to know: names changed to stay unique, spans clamped, types mapped. */
  notes: z.array(z.string()),
});
export type RefiImportReport = z.infer<typeof RefiImportReport>;

export const refiMethods = {
  /**
   * Imports a REFI-QDA project (.qdpx, or a bare .qde) or codebook (.qdc) into the open project, as
   * one undoable operation. A malformed file is refused (BAD_FILE, naming it) and changes nothing.
   * Text files outside the imported file's folder are read only when listed in `allowOutsideSources`
   * (exact resolved paths, as the report's `skipped[].outsidePath` names them).
   */
  'refi:import': { input: z.object({ path: Path, allowOutsideSources: z.array(Path).max(10_000).optional() }), output: RefiImportReport },
} as const satisfies MethodTable;
