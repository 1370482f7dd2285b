/**
 * Every call the UI (or a script over browser mode's HTTP API) can make, and every event the core
 * pushes. Names are `<entity>:<verb>`; each has a zod input schema (checked at run time by every
 * transport) and an output schema (checked in development and tests to catch drift).
 *
 * Two tables answer them: the session table (`project:create|open|close|recent|current`,
 * `settings:*`) works with no project open; the project table answers the rest, or `NO_PROJECT`.
 * `shell:*` methods are implemented by each shell (Electron's main with native dialogs, the
 * browser-mode renderer with a file input and upload), never by the core.
 */
import { z } from 'zod';

import { Color, Empty, Id, Name, Offset, Ok, Path, type MethodTable } from './contract-base';
import { AppliedCoding, Coding, RetrievedCoding } from './contract-coding';
import { pseudonymMethods } from './contract-pseudonyms';
import { RefiImportReport, refiMethods } from './contract-refi';
import { AttributeFilter, synthesisMethods } from './contract-synthesis';

export * from './contract-pseudonyms';
export * from './contract-refi';
export * from './contract-synthesis';

// ---------------------------------------------------------------- entities

export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  /** `system` follows the OS locale (French for a French system). */
  language: z.enum(['system', 'fr', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
});
export type Settings = z.infer<typeof Settings>;

export const ProjectInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  /** Human-readable warnings to show once, e.g. a project on a network or cloud-synced folder. */
  warnings: z.array(z.string()),
  /**
   * What opening did to the project, to tell the user once. `codings-united`: codings of one code by
   * one coder on overlapping or touching words, made before “one code, one passage”, were joined
   * (`count` merged away; Undo brings them back).
   */
  notices: z.array(z.object({ kind: z.literal('codings-united'), count: z.number().int() })),
  isSample: z.boolean(),
  documents: z.number().int(),
  codes: z.number().int(),
  codings: z.number().int(),
  coder: z.object({ id: Id, name: z.string() }),
  /** Opened read-only (the file or its folder cannot be written): changes answer `READ_ONLY`. */
  readOnly: z.boolean().optional(),
  /** The file was moved, replaced or deleted while open: nothing more is saved (see `project:fileLost`). */
  fileLost: z.enum(['missing', 'replaced', 'overwritten']).optional(),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

/** What `project:merge` did (counts, and what could not be placed), for the report the lead reads. */
export const MergeReport = z.object({
  file: z.string(),
  documents: z.object({ matched: z.number().int(), added: z.number().int(), reanchored: z.number().int() }),
  codes: z.object({ matched: z.number().int(), added: z.number().int() }),
  codings: z.object({ added: z.number().int(), duplicates: z.number().int(), unplaced: z.number().int() }),
  /** Passages of the other file whose words are no longer in this project's version of the transcript. */
  unplaced: z.array(z.object({ document: z.string(), code: z.string(), text: z.string(), coder: z.string() })),
  memos: z.object({ added: z.number().int(), conflicts: z.number().int() }),
  /** The other file's coders whose codings or memos it holds, as they are named here now. */
  coders: z.array(z.string()),
  cases: z.object({ matched: z.number().int(), added: z.number().int() }),
  findings: z.object({ added: z.number().int(), conflicts: z.number().int() }),
  notes: z.array(z.string()),
});
export type MergeReport = z.infer<typeof MergeReport>;

export const RecentProject = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof RecentProject>;

/** How an open project's file was lost: moved or deleted, replaced by another file, overwritten in place. */
export const FileLossReason = z.enum(['missing', 'replaced', 'overwritten']);
export type FileLossReason = z.infer<typeof FileLossReason>;

/** A backup of a project, newest first; `ok` when it opens and passes `quick_check`. */
export const ProjectBackup = z.object({ path: z.string(), takenAt: z.string(), reason: z.string(), bytes: z.number().int(), ok: z.boolean() });
export type ProjectBackup = z.infer<typeof ProjectBackup>;

export const DocumentFormat = z.enum(['txt', 'md', 'docx', 'odt', 'html', 'vtt', 'srt', 'qdpx', 'pdf']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const DocumentSummary = z.object({
  id: Id,
  name: z.string(),
  format: DocumentFormat,
  words: z.number().int(),
  turns: z.number().int(),
  codings: z.number().int(),
  importedFrom: z.string().nullable(),
  importedAt: z.string(),
  caseId: Id.nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** Where a subtitle cue's text starts in the document's text (UTF-16 units), and the cue's start time. */
export const CueTime = z.object({ offset: Offset, ms: z.number().int() });
export type CueTime = z.infer<typeof CueTime>;

/** A speaker turn, or a paragraph when the document has no speakers. Offsets are UTF-16 units. */
export const Turn = z.object({
  id: Id,
  start: Offset,
  end: Offset,
  /** Where the speaker label (`Martine Lebrun : `) ends; equals `start` when there is none. */
  labelEnd: Offset,
  speaker: z.string().nullable(),
  tStartMs: z.number().int().nullable(),
  tEndMs: z.number().int().nullable(),
  /**
   * The start time of each part of the turn, in text order: one per subtitle cue for a turn joined
   * from several cues (.vtt, .srt), else the turn's own start (none for an untimed turn). The time of
   * a position is that of the last entry at or before it. `documents:get` always sets it.
   */
  times: z.array(CueTime).optional(),
});
export type Turn = z.infer<typeof Turn>;

export const DocumentDetail = DocumentSummary.extend({
  text: z.string(),
  turnList: z.array(Turn),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const Code = z.object({
  id: Id,
  guid: z.string(),
  parentId: Id.nullable(),
  name: z.string(),
  color: z.string(),
  description: z.string(),
  position: z.number().int(),
  isCodable: z.boolean(),
  /** Codings of this code itself (children not included). */
  codings: z.number().int(),
  /** Documents where this code itself is applied. */
  documents: z.number().int(),
  /** Codings of this code and of all its sub-codes (equals `codings` for a code without children). */
  codingsWithSubcodes: z.number().int(),
  /** Documents where this code or one of its sub-codes is applied (each document counted once). */
  documentsWithSubcodes: z.number().int(),
});
export type Code = z.infer<typeof Code>;

export { AppliedCoding, Coding, RetrievedCoding } from './contract-coding';

export const ImportError = z.object({ file: z.string(), code: z.string(), message: z.string() });
export type ImportError = z.infer<typeof ImportError>;

/** Something about an imported file the user should check (e.g. bytes that were not valid UTF-8, by line). */
export const ImportWarning = z.object({
  file: z.string(),
  message: z.string(),
  /** Bytes that were not valid UTF-8 were replaced (U+FFFD) on these lines (from 1), so that the UI can say it in its language. */
  invalidLines: z.array(z.number().int()).optional(),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

/** A file not imported because its text is already in the project (same text after normalisation, in any format). */
export const ImportDuplicate = z.object({
  file: z.string(),
  /** The file's path as given (or found in a folder given), to import it anyway with `allowDuplicates`. */
  path: z.string(),
  /** The name of the document that already has this text. */
  existing: z.string(),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const ImportReport = z.object({
  imported: z.array(DocumentSummary),
  errors: z.array(ImportError),
  /** One report per REFI-QDA file (.qdpx, .qdc, .qde) among the files: codes, codings, cases, what was skipped. */
  exchanges: z.array(RefiImportReport).optional(),
  /** Participants tables (.csv, .tsv, .xlsx) found inside the imported folders, not read as documents: paths for `cases:import`. */
  tables: z.array(z.string()).optional(),
  /** Imported files with something to check (`documents:import` always sets it). */
  warnings: z.array(ImportWarning).optional(),
  /** Files left out because their text is already in the project, unless `allowDuplicates` (`documents:import` always sets it). */
  duplicates: z.array(ImportDuplicate).optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A user operation as the undo menu names it: the action (a contract method) and what it acted on. */
export const OpLabel = z.object({ action: z.string(), subject: z.string().nullable() });
export type OpLabel = z.infer<typeof OpLabel>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What the next undo / redo would revert or re-apply, e.g. `{ action: 'codings:apply', subject: 'Trust' }`. */
  undo: OpLabel.nullable(),
  redo: OpLabel.nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

/** Participants' attributes are typed; values are stored as text in a canonical form per type. */
export const AttributeType = z.enum(['text', 'number', 'date', 'category']);
export type AttributeType = z.infer<typeof AttributeType>;

export const Attribute = z.object({
  id: Id,
  guid: z.string(),
  name: z.string(),
  type: AttributeType,
  position: z.number().int(),
  /** Identifying values (a real name, a town) are replaced in anonymized exports. */
  isIdentifying: z.boolean(),
  /** The distinct values in use, sorted (the choices of a category). */
  values: z.array(z.string()),
});
export type Attribute = z.infer<typeof Attribute>;

/** A participant (case): an identifier such as `E01`, typed attribute values, linked documents and speakers. */
export const Case = z.object({
  id: Id,
  guid: z.string(),
  name: z.string(),
  description: z.string(),
  /**
   * Values by attribute id (as a string key). Canonical forms: numbers as `12.5`, dates as
   * `2017-03-14`, text and categories as written.
   */
  values: z.record(z.string(), z.string()),
  documentIds: z.array(Id),
  /** Focus-group speakers linked to this participant. */
  speakers: z.array(z.object({ documentId: Id, speaker: z.string() })),
});
export type Case = z.infer<typeof Case>;

export const CaseImportReport = z.object({
  file: z.string(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  attributes: z.array(z.object({ name: z.string(), type: AttributeType, isNew: z.boolean() })),
  /** Rows or cells that were skipped or kept as text, each saying where and why. */
  warnings: z.array(z.string()),
});
export type CaseImportReport = z.infer<typeof CaseImportReport>;

export const LinkReport = z.object({
  linked: z.array(z.object({ document: z.string(), case: z.string() })),
  /** Documents whose name contains several case identifiers: linked by hand. */
  ambiguous: z.array(z.object({ document: z.string(), candidates: z.array(z.string()) })),
  /** Documents that still have no case. */
  unmatched: z.array(z.string()),
});
export type LinkReport = z.infer<typeof LinkReport>;

/** A speaker's role in a document: the one who asks (search can leave them out) or who answers. */
export const SpeakerRole = z.enum(['interviewer', 'respondent']);
export type SpeakerRole = z.infer<typeof SpeakerRole>;

export const Speaker = z.object({
  name: z.string(),
  turns: z.number().int(),
  words: z.number().int(),
  caseId: Id.nullable(),
  /** Set at import from labels (`Q`/`R`, `Enquêtrice`…) or by the user; null: none said. */
  role: SpeakerRole.nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

/** A coding whose words were deleted by an edit: reported to the user, never moved silently. */
export const LostCoding = z.object({ id: Id, codeName: z.string(), text: z.string() });

export const EditReport = z.object({
  document: DocumentSummary,
  /** Codings kept on the same words (possibly with adjusted ends). */
  kept: z.number().int(),
  /** Codings found again by their fingerprint after a change the diff could not follow. */
  reanchored: z.number().int(),
  lost: z.array(LostCoding),
});
export type EditReport = z.infer<typeof EditReport>;

/** What a memo is about; `project` is the project journal. */
export const MemoTarget = z.discriminatedUnion('type', [
  z.object({ type: z.literal('project') }),
  z.object({ type: z.literal('document'), id: Id }),
  z.object({ type: z.literal('code'), id: Id }),
  z.object({ type: z.literal('case'), id: Id }),
  z.object({ type: z.literal('coding'), id: Id }),
]);
export type MemoTarget = z.infer<typeof MemoTarget>;

export const Memo = z.object({
  id: Id,
  guid: z.string(),
  target: MemoTarget,
  /** The target's name as shown in the memo list (document or code name, quote of a coding…). */
  targetLabel: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Memo = z.infer<typeof Memo>;

/** Export formats; every export goes through one pipeline (where anonymization applies). */
export const ExportFormat = z.enum([
  'csv',
  'xlsx',
  'codebook-csv',
  'md',
  'html',
  'docx',
  'qdc',
  'qdpx',
  'transcripts-txt',
  'transcripts-docx',
]);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportResult = z.object({
  format: ExportFormat,
  /** Where the file was written (a folder of the app's data when no path was given). */
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const SearchLanguage = z.enum(['fr', 'en', 'fr+en']);
export type SearchLanguage = z.infer<typeof SearchLanguage>;

export const SearchFilters = z.object({
  documentIds: z.array(Id).optional(),
  /** Participants' attributes: documents whose participant has one of these values, or a value in the range (`from`/`to`, dates and numbers), for each attribute. */
  attributes: z.array(AttributeFilter).optional(),
  /** Codes: keep only matches inside (or outside) passages coded with one of them. */
  codeIds: z.array(Id).optional(),
  codeMode: z.enum(['inside', 'outside']).default('inside'),
  /** Blind coding: the codes filter considers only the codings by these coders (every coder's when absent). */
  coderIds: z.array(Id).optional(),
  /** Speakers: only these, or all but these (e.g. leave out the interviewer's questions). */
  speakers: z.array(z.string()).optional(),
  speakerMode: z.enum(['include', 'exclude']).default('include'),
  /**
   * Leaves out the interviewer: every speaker marked as interviewer, and, in a document where
   * speakers are linked to participants, every speaker linked to none.
   */
  excludeInterviewer: z.boolean().optional(),
});
export type SearchFilters = z.input<typeof SearchFilters>;

const Span = z.object({ start: Offset, end: Offset });

export const SearchHit = z.object({
  documentId: Id,
  document: z.string(),
  /** The first match (UTF-16 offsets in the document's text). */
  start: Offset,
  end: Offset,
  /** Keyword in context: the words around the matches, `highlights` relative to it. */
  snippet: z.string(),
  highlights: z.array(Span),
  score: z.number(),
  speaker: z.string().nullable(),
  tStartMs: z.number().int().nullable(),
  /** Every match in the paragraph, and the paragraph (speaker turn) itself. */
  matches: z.array(Span),
  turnStart: Offset,
  turnEnd: Offset,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchStatus = z.object({
  language: SearchLanguage,
  documents: z.number().int(),
  indexed: z.number().int(),
  ready: z.boolean(),
});
export type SearchStatus = z.infer<typeof SearchStatus>;

/** What a change touched, so that views refresh the right caches. */
export const ChangedEntity = z.enum(['documents', 'codes', 'codings', 'cases', 'memos', 'history', 'findings', 'pseudonyms']);
export type ChangedEntity = z.infer<typeof ChangedEntity>;

export const IntegrityReport = z.object({ ok: z.boolean(), problems: z.array(z.string()) });

// ---------------------------------------------------------------- calls

export const contract = {
  // Session table: answered with or without an open project.
  /** Creates a new empty project file at `path` (refused if it exists) and opens it. */
  'project:create': { input: z.object({ path: Path }), output: ProjectInfo },
  /** Opens an existing project file; `NOT_A_PROJECT`, `PROJECT_LOCKED`, `PROJECT_TOO_NEW` as they apply. */
  'project:open': { input: z.object({ path: Path }), output: ProjectInfo },
  /** Opens (creating it on first use) the fictional French sample study in the app's data folder. */
  'project:openSample': { input: Empty, output: ProjectInfo },
  'project:close': { input: Empty, output: Ok },
  'project:recent': { input: Empty, output: z.array(RecentProject) },
  /** The open project, or null. */
  'project:current': { input: Empty, output: ProjectInfo.nullable() },
  /**
   * Saves what the open project holds into a new project file (SQLite's backup API, from the open
   * connection: works when the file was moved or deleted meanwhile, or is read-only), then opens the
   * copy. `CONFLICT` if `path` exists.
   */
  'project:saveAs': { input: z.object({ path: Path }), output: ProjectInfo },
  /** The backups of a project file (open or not), newest first, each checked. */
  'project:backups': { input: z.object({ path: Path }), output: z.array(ProjectBackup) },
  /**
   * Replaces a project file by one of its backups (`backupPath`, default the newest good one) and
   * opens it. The file replaced is kept beside it (`<name>.verbatim.replaced-<time>`), never deleted.
   */
  'project:restore': { input: z.object({ path: Path, backupPath: Path.optional() }), output: ProjectInfo.extend({ restoredFrom: z.string(), keptAs: z.string().nullable() }) },
  'settings:get': { input: Empty, output: Settings },
  'settings:set': { input: Settings.partial(), output: Settings },

  // Project table.
  /** SQLite `quick_check`, run by the UI after its first paint (never before: it reads the whole file). */
  'project:check': { input: Empty, output: IntegrityReport },

  'documents:list': { input: Empty, output: z.array(DocumentSummary) },
  'documents:get': { input: z.object({ id: Id }), output: DocumentDetail },
  /** Imports each file atomically; one bad file is reported and does not stop the others. */
  'documents:import': {
    /**
     * `allowDuplicates`: import files whose text is already in the project as copies (by default they
     * are reported in `duplicates`). `allowOutsideSources`: for REFI-QDA files, as on `refi:import`.
     */
    input: z.object({ paths: z.array(Path).min(1).max(10_000), allowDuplicates: z.boolean().optional(), allowOutsideSources: z.array(Path).max(10_000).optional() }),
    output: ImportReport,
  },
  'documents:rename': { input: z.object({ id: Id, name: Name }), output: DocumentSummary },
  /** Deletes a document and its codings (a backup is taken first; undoable). */
  'documents:delete': { input: z.object({ id: Id }), output: Ok },

  /** The codebook, in tree order (parents before children, siblings by position). */
  'codes:list': { input: Empty, output: z.array(Code) },
  'codes:create': {
    input: z.object({
      name: Name,
      parentId: Id.nullable().default(null),
      color: Color.optional(),
      description: z.string().max(20_000).optional(),
    }),
    output: Code,
  },

  /** Renames, recolours, redefines a code, or makes it a folder (not codable). */
  'codes:update': {
    input: z.object({
      id: Id,
      name: Name.optional(),
      color: Color.optional(),
      description: z.string().max(20_000).optional(),
      isCodable: z.boolean().optional(),
    }),
    output: Code,
  },
  /** Moves a code under another parent (null: top level) at a position among its new siblings. */
  'codes:move': {
    input: z.object({ id: Id, parentId: Id.nullable(), position: z.number().int().nonnegative() }),
    output: z.array(Code),
  },
  /**
   * Merges `sourceId` into `targetId`: its codings (duplicates dropped), children and memos move to
   * the target, then it is deleted. A backup is taken first; undoable.
   */
  'codes:merge': { input: z.object({ sourceId: Id, targetId: Id }), output: Code },
  /** Deletes a code with its sub-codes and their codings (a backup is taken first; undoable). */
  'codes:delete': { input: z.object({ id: Id }), output: Ok },

  /** Applies a code to `[start, end)` of a document's stored text. */
  'codings:apply': {
    input: z.object({ documentId: Id, codeId: Id, start: Offset, end: Offset }),
    output: AppliedCoding,
  },
  'codings:remove': { input: z.object({ id: Id }), output: Ok },
  /**
   * Copies a coding — or the part `[start, end)` of it — to another coder (agreement review's “keep”:
   * the other coder accepts the passage), under the one-passage rule (overlapping or touching codings
   * of that coder and code are joined). Undoable.
   */
  'codings:copyToCoder': { input: z.object({ codingId: Id, coderId: Id, start: Offset.optional(), end: Offset.optional() }), output: AppliedCoding },
  /**
   * Takes `[start, end)` out of a coding (agreement review's “drop” of a disputed passage): the
   * coding shrinks, is split in two around it, or goes when nothing but white space is left. One
   * undoable step; returns what remains of it.
   */
  'codings:removeRange': { input: z.object({ id: Id, start: Offset, end: Offset }), output: z.object({ remaining: z.array(Coding) }) },
  /** One coding by id (a coding memo names only its coding: this says where it is). */
  'codings:get': { input: z.object({ id: Id }), output: Coding },
  /** Applies several codes to one range in one undoable step. */
  'codings:applyMany': {
    input: z.object({ documentId: Id, codeIds: z.array(Id).min(1).max(500), start: Offset, end: Offset }),
    output: z.array(AppliedCoding),
  },
  /**
   * Creates a code and applies it in one undoable step: the palette's “Create code …” and in-vivo
   * coding (the selection's words become the code's name). `parents`: the names of the codes
   * between `parentId` and the new one (the palette's `Gouvernance/Confiance`), each reused when it
   * exists there, created otherwise; `alsoCodeIds`: existing codes applied to the same passage (the
   * palette's ticked codes) — all in the same undoable step.
   */
  'codings:applyNew': {
    input: z.object({
      documentId: Id,
      start: Offset,
      end: Offset,
      name: Name,
      parentId: Id.nullable().default(null),
      color: Color.optional(),
      parents: z.array(Name).max(32).optional(),
      alsoCodeIds: z.array(Id).max(500).optional(),
    }),
    output: z.object({ code: Code, coding: AppliedCoding, also: z.array(AppliedCoding).optional() }),
  },
  /** Moves a coding's boundaries; codings of its code by its coder that it comes to overlap or touch are merged into it. */
  'codings:update': { input: z.object({ id: Id, start: Offset, end: Offset }), output: AppliedCoding },
  'codings:listByDocument': { input: z.object({ documentId: Id }), output: z.array(Coding) },
  /** Every coding of the project (or of some codes / documents), with its text, in document order. */
  'codings:list': {
    input: z.object({ codeIds: z.array(Id).optional(), documentIds: z.array(Id).optional() }),
    output: z.array(RetrievedCoding),
  },
  /** Retrieval: the passages coded with a code, in document order, with their text. */
  'codings:retrieve': { input: z.object({ codeId: Id }), output: z.array(RetrievedCoding) },

  /** Participants with their attribute values, linked documents and speakers. */
  'cases:list': { input: Empty, output: z.array(Case) },
  'cases:create': { input: z.object({ name: Name, description: z.string().max(20_000).optional() }), output: Case },
  'cases:update': {
    input: z.object({ id: Id, name: Name.optional(), description: z.string().max(20_000).optional() }),
    output: Case,
  },
  /** Deletes a participant (a backup is taken first; undoable); its documents stay, unlinked. */
  'cases:delete': { input: z.object({ id: Id }), output: Ok },
  /** Sets one attribute value (null or '' clears it); the value must fit the attribute's type. */
  'cases:setValue': {
    input: z.object({ caseId: Id, attributeId: Id, value: z.string().max(10_000).nullable() }),
    output: Case,
  },
  /**
   * Imports participants from a CSV (`;` or `,`, UTF-8 or Windows-1252) or XLSX file with a header
   * row; `idColumn` names the identifier column (default: the first). Existing cases are updated.
   */
  'cases:import': { input: z.object({ path: Path, idColumn: z.string().optional() }), output: CaseImportReport },
  /** Links documents without a case to the case whose identifier their name contains as a whole token. */
  'cases:autoLink': { input: Empty, output: LinkReport },
  'attributes:list': { input: Empty, output: z.array(Attribute) },
  'attributes:create': { input: z.object({ name: Name, type: AttributeType }), output: Attribute },
  /** Renames, retypes (existing values must convert) or marks an attribute identifying. */
  'attributes:update': {
    input: z.object({ id: Id, name: Name.optional(), type: AttributeType.optional(), isIdentifying: z.boolean().optional() }),
    output: Attribute,
  },
  'attributes:delete': { input: z.object({ id: Id }), output: Ok },

  /** Links a document to a participant, or unlinks it (null). */
  'documents:setCase': { input: z.object({ documentId: Id, caseId: Id.nullable() }), output: DocumentSummary },
  /**
   * Replaces a document's text (a correction, a redaction). Codings stay on the same words: offsets
   * follow the edit's diff, with the stored fingerprint as a fallback; codings whose words were
   * deleted are removed and reported. Turns follow the edit too.
   */
  'documents:edit': { input: z.object({ id: Id, text: z.string().max(50_000_000) }), output: EditReport },

  /** The speakers of a document, in order of first appearance. */
  'speakers:list': { input: z.object({ documentId: Id }), output: z.array(Speaker) },
  /** Renames a speaker in every turn of a document (the text itself is not changed). */
  'speakers:rename': { input: z.object({ documentId: Id, from: z.string().min(1), to: Name }), output: z.array(Speaker) },
  /** Merges speakers of a document into one (e.g. “Martine” and “Martine L.”). */
  'speakers:merge': {
    input: z.object({ documentId: Id, speakers: z.array(z.string().min(1)).min(1), into: Name }),
    output: z.array(Speaker),
  },
  /** Marks a speaker as the interviewer or the respondent (null: neither); a respondent is linked to the document's participant. */
  'speakers:setRole': {
    input: z.object({ documentId: Id, speaker: z.string().min(1), role: SpeakerRole.nullable() }),
    output: z.array(Speaker),
  },
  /** Links a focus-group speaker to a participant (null unlinks). */
  'speakers:link': {
    input: z.object({ documentId: Id, speaker: z.string().min(1), caseId: Id.nullable() }),
    output: z.array(Speaker),
  },

  /** Memos, newest first; filtered by target, or by a text found in title or body. */
  'memos:list': { input: z.object({ target: MemoTarget.optional(), query: z.string().max(500).optional() }), output: z.array(Memo) },
  'memos:create': {
    input: z.object({ target: MemoTarget, title: z.string().max(500).default(''), body: z.string().max(1_000_000).default('') }),
    output: Memo,
  },
  'memos:update': {
    input: z.object({ id: Id, title: z.string().max(500).optional(), body: z.string().max(1_000_000).optional() }),
    output: Memo,
  },
  'memos:delete': { input: z.object({ id: Id }), output: Ok },

  /**
   * Writes an export: coded segments (`csv`, `xlsx`: one row per coding) or the codebook
   * (`codebook-csv`). `path` is a file, or a folder (an existing one, or a new path without an
   * extension) to write into with a default name; without it the file goes to a folder of the
   * app's data (browser mode then offers it as a download). Nothing half-written is ever left.
   */
  'exports:write': {
    input: z.object({
      format: ExportFormat,
      path: Path.optional(),
      /** Limit to these codes (themes), e.g. a report on chosen themes. */
      codeIds: z.array(Id).optional(),
      /** Replace every enabled pseudonym; refused with `EXPORT_LEAK` if an original remains. */
      anonymized: z.boolean().optional(),
      /**
       * Replace an existing file: without it an existing file answers `CONFLICT` (naming it in
       * `details.path`), so the UI can ask. The open project and its own files are never replaced
       * (`FORBIDDEN`).
       */
      overwrite: z.boolean().optional(),
      /** The language of the tables' headers (csv, xlsx, codebook-csv); default: the report's language. */
      language: z.enum(['fr', 'en']).optional(),
      /** CSV conventions: `fr` is `;` and a decimal comma (French Excel), `en` is `,` and a point; default: the language's. */
      csvLocale: z.enum(['fr', 'en']).optional(),
      /** Overrides the locale's separator. */
      csvSeparator: z.enum([';', ',', '\t']).optional(),
    }),
    output: ExportResult,
  },

  /**
   * Searches every transcript: plain words (all must match), `"exact phrase"`, `-exclude`,
   * `prefix*`, `word~1`; French and/or English stemming, accent folding, elisions. Malformed input
   * is read as plain words (`fellBack`). Results are ranked paragraphs, each with its matches.
   */
  'search:query': {
    input: z.object({ query: z.string().max(2000), filters: SearchFilters.optional(), limit: z.number().int().min(1).max(5000).default(500) }),
    output: z.object({ hits: z.array(SearchHit), fellBack: z.boolean() }),
  },
  /**
   * Codes search results in one undoable step: every hit (or the selected ones), at the level of
   * the matched words, their sentence, or their whole speaker turn.
   */
  'search:autoCode': {
    input: z.object({
      query: z.string().max(2000),
      filters: SearchFilters.optional(),
      codeId: Id,
      level: z.enum(['hit', 'sentence', 'turn']),
      /** Only these hits (documentId + first match), as returned by search:query. */
      selected: z.array(z.object({ documentId: Id, start: Offset, end: Offset })).optional(),
    }),
    /** `applied`: passages coded (new codings or existing ones extended — `extended` of them); `alreadyCoded`: already inside a coding of the code. */
    output: z.object({ applied: z.number().int(), alreadyCoded: z.number().int(), extended: z.number().int() }),
  },
  'search:status': { input: Empty, output: SearchStatus },
  /** The project's search language (French, English or both); the index is rebuilt in the background. */
  'search:setLanguage': { input: z.object({ language: SearchLanguage }), output: SearchStatus },

  /**
   * Records this session's codings and memos as `name` (created if new). `remember` (default) makes
   * them the project's current coder; without it only this session (the CLI's `--coder`).
   */
  'coders:use': { input: z.object({ name: z.string().max(120), remember: z.boolean().default(true) }), output: z.object({ id: Id, name: z.string() }) },
  /** Renames a coder (“Codeur 1” becomes the person's name on first use). */
  'coders:rename': { input: z.object({ id: Id, name: z.string().max(120) }), output: z.object({ id: Id, name: z.string() }) },

  /**
   * Merges a colleague's copy of the project (`.verbatim`, opened read-only and never changed) or
   * another tool's REFI-QDA project (`.qdpx`, `.qde`) into this one: one undoable step, after a
   * backup; matching by identity (see electron/core/project/merge-projects.ts).
   */
  'project:merge': { input: z.object({ path: Path }), output: MergeReport },
  'history:state': { input: Empty, output: HistoryState },
  'history:undo': { input: Empty, output: HistoryState },
  'history:redo': { input: Empty, output: HistoryState },

  ...synthesisMethods,
  ...pseudonymMethods,
  ...refiMethods,

  // Shell table: native dialogs in Electron, a file input + upload in browser mode.
  /**
   * Lets the user choose what to import: transcripts (several files), a folder of transcripts, or a
   * participants table (.csv, .xlsx), or (`project`) a colleague's copy or a REFI-QDA project to
   * merge (.verbatim, .qdpx, .qde). Returns paths the core can read; none when cancelled.
   */
  'shell:pickImportFiles': {
    input: z.object({ kind: z.enum(['documents', 'folder', 'participants', 'project']).default('documents') }).strict(),
    output: z.object({ paths: z.array(z.string()) }),
  },
  /** Lets the user choose a project file to open, or where to create one; null when cancelled. */
  'shell:pickProjectPath': {
    input: z.object({ mode: z.enum(['open', 'create']) }),
    output: z.object({ path: z.string().nullable() }),
  },
  /**
   * Lets the user choose where to save an export (`defaultName` proposed, `extension` without the
   * dot); null when cancelled, and always null in browser mode, where the export is downloaded.
   */
  'shell:pickExportPath': {
    input: z.object({ defaultName: z.string().min(1).max(255), extension: z.string().regex(/^[a-z0-9]{1,10}$/) }),
    output: z.object({ path: z.string().nullable() }),
  },
} as const satisfies MethodTable;

export type Method = keyof typeof contract;
/** What a caller sends (before defaults and trimming). */
export type Input<M extends Method> = z.input<(typeof contract)[M]['input']>;
/** What a handler receives (after zod's parsing). */
export type Parsed<M extends Method> = z.output<(typeof contract)[M]['input']>;
export type Output<M extends Method> = z.output<(typeof contract)[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export const sessionMethods = [
  'project:create',
  'project:open',
  'project:openSample',
  'project:close',
  'project:recent',
  'project:current',
  'project:saveAs',
  'project:backups',
  'project:restore',
  'settings:get',
  'settings:set',
] as const satisfies readonly Method[];
export type SessionMethod = (typeof sessionMethods)[number];

export const shellMethods = ['shell:pickImportFiles', 'shell:pickProjectPath', 'shell:pickExportPath'] as const satisfies readonly Method[];
export type ShellMethod = (typeof shellMethods)[number];

export type ProjectMethod = Exclude<Method, SessionMethod | ShellMethod>;

export const isSessionMethod = (m: string): m is SessionMethod =>
  (sessionMethods as readonly string[]).includes(m);
export const isShellMethod = (m: string): m is ShellMethod => (shellMethods as readonly string[]).includes(m);
export const isMethod = (m: string): m is Method => Object.hasOwn(contract, m);

// ---------------------------------------------------------------- events

export const menuCommands = [
  'project:new',
  'project:open',
  'project:close',
  'project:merge',
  'documents:import',
  'history:undo',
  'history:redo',
  'view:toggleTheme',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const events = {
  'import:progress': z.object({ done: z.number().int(), total: z.number().int(), file: z.string() }),
  /** Something in the open project changed: caches of these entities must be refreshed. */
  'project:changed': z.object({ entities: z.array(ChangedEntity) }),
  /** A project was opened or closed (by the menu, the CLI of another window, a recent entry). */
  'project:switched': z.object({ project: ProjectInfo.nullable() }),
  /** The open project's file was moved, replaced or deleted: writes stopped; offer `project:saveAs`. */
  'project:fileLost': z.object({ path: z.string(), reason: FileLossReason }),
  'menu:command': z.object({ command: z.enum(menuCommands) }),
  /** The search index is being brought up to date (documents re-indexed so far). */
  'index:progress': z.object({ done: z.number().int(), total: z.number().int() }),
  /** The search index matches the documents again. */
  'index:ready': z.object({ documents: z.number().int() }),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
