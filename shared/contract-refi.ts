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
   */
  'refi:import': { input: z.object({ path: Path }), output: RefiImportReport },
} as const satisfies MethodTable;
