/**
 * Cross-interview synthesis (issue 6): retrieval, code queries, matrices, co-occurrence, theme
 * sheets, recommendations, the framework matrix and the report's settings.
 *
 * For the UI author — the calls, in the order a project lead meets them:
 * - `synthesis:retrieve`  the coded passages of one or more codes (sub-codes included by default),
 *   each with its text, document, speaker turn, participant (case) and the participant's attribute
 *   values, coder; filtered by documents, participants, attribute values, coders; sorted.
 * - `synthesis:query`     a boolean code query as a tree: `code`, `or`, `and` (overlapping, or in
 *   the same speaker turn), `not` (passages of one query that meet none of another), `near` (within
 *   N characters or N turns), with the same filters; returns the matching passages.
 * - `synthesis:matrix`    codes × participants, or codes × the values of one attribute (actor
 *   groups). Every cell carries every measure (codings, participants, coded words, share of words
 *   coded) so the UI toggles the measure without asking again, and the coding ids behind it for
 *   drill-down. The bar chart of code frequency by actor group is this call with an attribute.
 * - `synthesis:cooccurrence` code × code (overlap or same turn), with the codings behind each cell;
 *   its non-empty cells are also the edges of the code network.
 * - `synthesis:codings`   the quotes behind any cell: codings by id, with everything a reader needs.
 * - `coders:list`         the coders, for the coder filter.
 * - `findings:list`       an overview: every theme (code) with its sheet's state, the recommendations.
 * - `themes:get|update|pinQuote|unpinQuote|reorderQuotes` a theme sheet: the code's definition, a
 *   written synthesis, its distribution across actor groups, its key quotes (pinned, ordered).
 * - `recommendations:list|create|update|delete|reorder` and `recommendations:evidence` (the chain
 *   recommendation → themes → quotes → documents and participants).
 * - `framework:get|setCell` the framework matrix: participants × themes, each cell a written summary
 *   with links to the quotes behind it.
 * - `report:getSettings|setSettings` the synthesis report's title, author, licence, themes, actor-group
 *   attribute: stored in the project, used by `exports:write` (md, html, docx) and the CLI.
 *
 * Every mutation is one undoable step (history:undo) and emits `project:changed` with 'findings'.
 * Deleting a code, a coding or a participant removes what rested on it (a pinned quote, a cell…), and
 * undoing the deletion brings it back. Unknown ids answer `NOT_FOUND`; a quote that is not coded with
 * the theme (or not the participant's) answers `INVALID_INPUT`.
 */
import { z } from 'zod';

import { Empty, Id, Name, Offset, Ok, type MethodTable } from './contract-base';
import { RetrievedCoding } from './contract-coding';

// ---------------------------------------------------------------- retrieval

/**
 * Keeps passages whose participant has one of `values` for this attribute, and/or a value within
 * `from`…`to` (inclusive, either end open; dates as `2025-03-14`, numbers as `12.5`, compared as
 * the attribute's type says). Several filters: all must hold.
 */
export const AttributeFilter = z
  .object({ attributeId: Id, values: z.array(z.string()).min(1).optional(), from: z.string().min(1).optional(), to: z.string().min(1).optional() })
  .refine((f) => f.values !== undefined || f.from !== undefined || f.to !== undefined, { message: 'An attribute filter needs values, from or to' });
export type AttributeFilter = z.infer<typeof AttributeFilter>;

/**
 * Which codings count, for every synthesis call. A coding's participant is the case linked to the
 * speaker of the turn where it starts (focus groups), else the case of its document.
 */
export const SynthesisFilters = z.object({
  documentIds: z.array(Id).optional(),
  caseIds: z.array(Id).optional(),
  attributes: z.array(AttributeFilter).optional(),
  coderIds: z.array(Id).optional(),
});
export type SynthesisFilters = z.infer<typeof SynthesisFilters>;

export const CaseRef = z.object({ id: Id, name: z.string() });
export type CaseRef = z.infer<typeof CaseRef>;

/**
 * A coded passage with its whole context. Field for field a superset of `RetrievedCoding`
 * (`codings:retrieve`), so views written for one show the other.
 */
export const SynthesisCoding = RetrievedCoding.extend({
  /** `Parent/Child` (see shared/code-path.ts). */
  codePath: z.string(),
  codeColor: z.string(),
  words: z.number().int(),
  /** The speaker turn (or paragraph) where the passage starts; null in a document without turns. */
  turn: z
    .object({
      id: Id,
      index: z.number().int(),
      /** The speaker-turn number to cite (shared/turn-numbers.ts): header lines, tables and notes have none. */
      number: z.number().int().nullable().optional(),
      start: Offset,
      end: Offset,
      tStartMs: z.number().int().nullable(),
    })
    .nullable(),
  /** The participant (case), shown by its identifier (`E03`), never a person's name. */
  case: CaseRef.nullable(),
  /** The participant's attribute values by attribute id (as a string key), canonical forms. */
  values: z.record(z.string(), z.string()),
  coderName: z.string(),
});
export type SynthesisCoding = z.infer<typeof SynthesisCoding>;

export const RetrieveSort = z.enum([
  /** Document name, then position (reading order). */
  'document',
  /** Participant identifier, then reading order. */
  'case',
  /** Codebook (tree) order, then reading order. */
  'code',
  /** The value of `sortAttributeId`, then reading order. */
  'attribute',
  /** Longest passages first. */
  'length',
]);
export type RetrieveSort = z.infer<typeof RetrieveSort>;

export const RetrieveResult = z.object({
  codings: z.array(SynthesisCoding),
  /** Distinct documents and participants among them. */
  documents: z.number().int(),
  cases: z.number().int(),
});
export type RetrieveResult = z.infer<typeof RetrieveResult>;

// ---------------------------------------------------------------- code queries

export const ProximityMode = z.enum([
  /** The passages overlap (share at least one character). */
  'overlap',
  /** The passages are in the same speaker turn (paragraph). */
  'turn',
]);
export type ProximityMode = z.infer<typeof ProximityMode>;

/**
 * A code query, as a tree. Every node stands for a set of passages (ranges of transcripts):
 * - `code`: the codings of a code (sub-codes included unless `includeChildren: false`);
 * - `or`: passages of any operand (overlapping ones merged);
 * - `and`: where every operand has a passage, overlapping (`overlap`) or in the same turn (`turn`);
 *   the result spans the passages involved;
 * - `not`: the passages of `include` that meet no passage of `exclude` (overlap or same turn);
 * - `near`: passages of the operands at most `within` characters apart (0: touching or
 *   overlapping), or at most `within` turns apart (0: the same turn); the result spans both.
 * Nesting is limited to 12 levels.
 */
export type CodeQuery =
  | { op: 'code'; codeId: number; includeChildren?: boolean | undefined }
  | { op: 'or'; operands: CodeQuery[] }
  | { op: 'and'; mode: ProximityMode; operands: CodeQuery[] }
  | { op: 'not'; mode: ProximityMode; include: CodeQuery; exclude: CodeQuery }
  | { op: 'near'; unit: 'characters' | 'turns'; within: number; operands: CodeQuery[] };

export const CodeQuery: z.ZodType<CodeQuery> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('code'), codeId: Id, includeChildren: z.boolean().optional() }),
    z.object({ op: z.literal('or'), operands: z.array(CodeQuery).min(1).max(50) }),
    z.object({ op: z.literal('and'), mode: ProximityMode, operands: z.array(CodeQuery).min(2).max(50) }),
    z.object({ op: z.literal('not'), mode: ProximityMode, include: CodeQuery, exclude: CodeQuery }),
    z.object({
      op: z.literal('near'),
      unit: z.enum(['characters', 'turns']),
      within: z.number().int().nonnegative().max(1_000_000),
      operands: z.array(CodeQuery).min(2).max(50),
    }),
  ]),
);

export const QueryPassage = z.object({
  documentId: Id,
  documentName: z.string(),
  start: Offset,
  end: Offset,
  text: z.string(),
  speaker: z.string().nullable(),
  case: CaseRef.nullable(),
  /** The codes and codings the passage is made of (sorted). */
  codeIds: z.array(Id),
  codingIds: z.array(Id),
});
export type QueryPassage = z.infer<typeof QueryPassage>;

// ---------------------------------------------------------------- matrices

/** Columns of a matrix: one per participant, or one per value of an attribute (actor group). */
export const MatrixColumns = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cases'), caseIds: z.array(Id).optional() }),
  z.object({ kind: z.literal('attribute'), attributeId: Id }),
]);
export type MatrixColumns = z.infer<typeof MatrixColumns>;

/** Every measure of a cell; `codingIds` are the quotes behind it (see `synthesis:codings`). */
export const MatrixCell = z.object({
  codings: z.number().int(),
  /** Distinct participants with at least one such coding. */
  cases: z.number().int(),
  /** Words in the coded text (overlapping codings counted once). */
  words: z.number().int(),
  /** `words` / the words spoken by the column's participants (0–1; 0 when they said nothing). */
  share: z.number(),
  codingIds: z.array(Id),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixRow = z.object({ codeId: Id, name: z.string(), path: z.string(), color: z.string(), depth: z.number().int() });
export type MatrixRow = z.infer<typeof MatrixRow>;

export const MatrixColumn = z.object({
  /** `case:12`, `value:Élu`, or `none` (no participant / no value). */
  key: z.string(),
  /** The participant's identifier or the value; '' for `none` (the UI names it: no participant / no value). */
  label: z.string(),
  caseId: Id.nullable(),
  value: z.string().nullable(),
  /**
   * Participants in the column, and the words of their transcripts (the base of `share`): a
   * document's words go to its participant, a focus group's turns to each speaker's participant.
   */
  cases: z.number().int(),
  words: z.number().int(),
});
export type MatrixColumn = z.infer<typeof MatrixColumn>;

export const Matrix = z.object({
  rows: z.array(MatrixRow),
  columns: z.array(MatrixColumn),
  /** `cells[row][column]`. */
  cells: z.array(z.array(MatrixCell)),
  rowTotals: z.array(MatrixCell),
  columnTotals: z.array(MatrixCell),
});
export type Matrix = z.infer<typeof Matrix>;

export const CooccurrenceCell = z.object({
  /** Passages where both codes meet (the `and` query of the two); on the diagonal, the code's codings. */
  count: z.number().int(),
  cases: z.number().int(),
  codingIds: z.array(Id),
});
export type CooccurrenceCell = z.infer<typeof CooccurrenceCell>;

export const Cooccurrence = z.object({
  codes: z.array(MatrixRow),
  /** Symmetric: `cells[i][j]` = `cells[j][i]`. */
  cells: z.array(z.array(CooccurrenceCell)),
});
export type Cooccurrence = z.infer<typeof Cooccurrence>;

// ---------------------------------------------------------------- findings

/** A theme (a code) as the findings overview lists it. */
export const ThemeSummary = z.object({
  codeId: Id,
  name: z.string(),
  path: z.string(),
  color: z.string(),
  depth: z.number().int(),
  /** Codings of the code and its sub-codes. */
  codings: z.number().int(),
  /** Whether a synthesis was written, and how many key quotes are pinned. */
  hasSynthesis: z.boolean(),
  pinned: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type ThemeSummary = z.infer<typeof ThemeSummary>;

export const GroupShare = z.object({
  /** The attribute value (actor group); null: participants without a value, or passages without a participant. */
  value: z.string().nullable(),
  label: z.string(),
  codings: z.number().int(),
  /** Participants of the group who speak of the theme, and participants of the group in all. */
  cases: z.number().int(),
  casesInGroup: z.number().int(),
});
export type GroupShare = z.infer<typeof GroupShare>;

export const ThemeSheet = z.object({
  codeId: Id,
  name: z.string(),
  path: z.string(),
  color: z.string(),
  /** The code's definition, from the codebook. */
  definition: z.string(),
  synthesis: z.string(),
  /** Key quotes, in the order the lead chose. */
  quotes: z.array(SynthesisCoding),
  codings: z.number().int(),
  cases: z.number().int(),
  /** The attribute used for actor groups (argument, else the report settings' one), and the shares. */
  groupAttribute: z.object({ id: Id, name: z.string() }).nullable(),
  distribution: z.array(GroupShare),
  updatedAt: z.string().nullable(),
});
export type ThemeSheet = z.infer<typeof ThemeSheet>;

export const Recommendation = z.object({
  id: Id,
  guid: z.string(),
  title: z.string(),
  body: z.string(),
  position: z.number().int(),
  /** The themes (codes) and quotes (codings) it rests on, in the order given. */
  codeIds: z.array(Id),
  codingIds: z.array(Id),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const EvidenceChain = z.object({
  recommendation: Recommendation,
  themes: z.array(
    z.object({
      codeId: Id,
      name: z.string(),
      path: z.string(),
      color: z.string(),
      synthesis: z.string(),
      /** The quotes the recommendation cites that are coded with this theme (or a sub-code). */
      quotes: z.array(SynthesisCoding),
      /** The theme sheet's key quotes. */
      keyQuotes: z.array(SynthesisCoding),
    }),
  ),
  /** Cited quotes under none of the cited themes. */
  otherQuotes: z.array(SynthesisCoding),
  /** Where every quote of the chain comes from, by document and participant (a focus group has several). */
  sources: z.array(z.object({ documentId: Id, documentName: z.string(), case: CaseRef.nullable(), quotes: z.number().int() })),
});
export type EvidenceChain = z.infer<typeof EvidenceChain>;

export const FrameworkCell = z.object({
  caseId: Id,
  codeId: Id,
  summary: z.string(),
  /** The quotes linked to the summary, in order. */
  codingIds: z.array(Id),
  /** Codings of this theme (sub-codes included) for this participant: what the summary can draw on. */
  available: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type FrameworkCell = z.infer<typeof FrameworkCell>;

export const Framework = z.object({
  cases: z.array(CaseRef),
  codes: z.array(MatrixRow),
  /** `cells[case][code]`. */
  cells: z.array(z.array(FrameworkCell)),
});
export type Framework = z.infer<typeof Framework>;

// ---------------------------------------------------------------- report

export const Licence = z.enum([
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'CC0-1.0',
  'all-rights-reserved',
]);
export type Licence = z.infer<typeof Licence>;

/** What the title page shows for each licence (names are not translated; the deed's URL is). */
export const licences: Record<Licence, { label: string; url: string | null }> = {
  'CC-BY-4.0': { label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC-BY-NC-4.0': { label: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'CC-BY-NC-SA-4.0': { label: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
  'CC-BY-ND-4.0': { label: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' },
  'CC-BY-NC-ND-4.0': { label: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
  'CC0-1.0': { label: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'all-rights-reserved': { label: 'All rights reserved', url: null },
};

export const ReportSettings = z.object({
  /** Empty: the project's name. */
  title: z.string().max(500),
  subtitle: z.string().max(1000),
  author: z.string().max(500),
  licence: Licence,
  /** The report's headings and labels. */
  language: z.enum(['fr', 'en']),
  /** The themes the report covers (top-level codes usually), in order; null: every code. */
  codeIds: z.array(Id).nullable(),
  /** The attribute that names actor groups (method summary, distributions); null: none. */
  groupAttributeId: Id.nullable(),
  /** The annex of every coded quote, grouped by theme. */
  includeAnnex: z.boolean(),
  /**
   * A working draft: empty sections (a theme without written synthesis, without passages) are kept
   * and visibly marked. Off (a deliverable), they are left out and no placeholder is printed.
   */
  draft: z.boolean(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

// ---------------------------------------------------------------- calls

/** The 2 × 2 counts of two coders on one code (units are UTF-16 units of the stored texts), and the measures. */
const AgreementFigures = z.object({
  units: z.number().int(),
  both: z.number().int(),
  onlyA: z.number().int(),
  onlyB: z.number().int(),
  neither: z.number().int(),
  /** (both + neither) / units; null when there are no units. */
  percent: z.number().nullable(),
  /** Cohen's kappa; null when undefined (no variation: expected agreement of 1). */
  kappa: z.number().nullable(),
  /** Krippendorff's alpha, nominal, two coders; null when undefined (one value only). */
  alpha: z.number().nullable(),
});

export const Agreement = z.object({
  coders: z.array(z.object({ id: Id, name: z.string() })),
  /** Per document, the counts summed over the codes. */
  documents: z.array(AgreementFigures.extend({ documentId: Id, name: z.string() })),
  codes: z.array(AgreementFigures.extend({ codeId: Id, path: z.string() })),
  /** The counts summed over the codes, and their measures. */
  overall: AgreementFigures,
});
export type Agreement = z.infer<typeof Agreement>;

/** One passage coded by one of the two coders and not by the other (maximal, character level). */
const Disagreement = z.object({
  /** The coder who coded it. */
  coderId: Id,
  start: Offset,
  end: Offset,
  text: z.string(),
  /** Up to 120 characters of the document before and after, cut at a word boundary. */
  before: z.string(),
  after: z.string(),
  /** Whether the document goes on beyond `before` / `after` (shown as “…”). */
  beforeCut: z.boolean(),
  afterCut: z.boolean(),
  /** That coder's codings behind the passage (one under the one-passage rule), whole. */
  codings: z.array(z.object({ id: Id, start: Offset, end: Offset })),
  /** What each of the two coders coded with the code within `before + text + after` (document offsets). */
  coverage: z.array(z.object({ coderId: Id, start: Offset, end: Offset })),
});
export const Disagreements = z.object({
  codeId: Id,
  documents: z.array(z.object({ documentId: Id, name: z.string(), passages: z.array(Disagreement) })),
});
export type Disagreements = z.infer<typeof Disagreements>;

const ThemeRef = z.object({ codeId: Id });

export const synthesisMethods = {
  /** The coded passages of codes (sub-codes included unless `includeChildren: false`), filtered and sorted. */
  'synthesis:retrieve': {
    input: z.object({
      codeIds: z.array(Id).min(1).max(5000),
      includeChildren: z.boolean().default(true),
      filters: SynthesisFilters.optional(),
      sort: RetrieveSort.default('document'),
      sortAttributeId: Id.optional(),
    }),
    output: RetrieveResult,
  },
  /** Runs a code query (see `CodeQuery`); passages in reading order (document name, position). */
  'synthesis:query': {
    input: z.object({ query: CodeQuery, filters: SynthesisFilters.optional() }),
    output: z.object({ passages: z.array(QueryPassage), documents: z.number().int(), cases: z.number().int() }),
  },
  /**
   * Codes × participants or codes × attribute values. Rows: `codeIds` in the order given (default:
   * every code in tree order); with `includeChildren` a row counts its sub-codes' codings too.
   * A `none` column (no participant / no value) appears when some coding falls there.
   */
  'synthesis:matrix': {
    input: z.object({
      codeIds: z.array(Id).min(1).max(2000).optional(),
      includeChildren: z.boolean().default(true),
      columns: MatrixColumns,
      filters: SynthesisFilters.optional(),
    }),
    output: Matrix,
  },
  /** Code × code co-occurrence, overlap or same turn (default codes: every codable code in tree order). */
  'synthesis:cooccurrence': {
    input: z.object({
      codeIds: z.array(Id).min(1).max(500).optional(),
      includeChildren: z.boolean().default(false),
      mode: ProximityMode.default('overlap'),
      filters: SynthesisFilters.optional(),
    }),
    output: Cooccurrence,
  },
  /** Codings by id, with their context, in reading order: the quotes behind a cell. */
  'synthesis:codings': { input: z.object({ ids: z.array(Id).max(100_000) }), output: z.array(SynthesisCoding) },
  /**
   * Inter-coder agreement of two coders at character level, per code and per document: the
   * documents given, else every document where both have codings; the codes given, else every code
   * either applied there.
   */
  'synthesis:agreement': {
    input: z.object({ coders: z.tuple([Id, Id]), codeIds: z.array(Id).max(2000).optional(), documentIds: z.array(Id).max(100_000).optional() }),
    output: Agreement,
  },
  /**
   * The disagreements behind one code's agreement: per document of the same scope, the maximal
   * passages coded with the code by exactly one of the two coders.
   */
  'synthesis:disagreements': {
    input: z.object({ coders: z.tuple([Id, Id]), codeId: Id, documentIds: z.array(Id).max(100_000).optional() }),
    output: Disagreements,
  },
  /** Coders with their number of codings (the coder filter). */
  'coders:list': { input: Empty, output: z.array(z.object({ id: Id, name: z.string(), codings: z.number().int() })) },

  /** Every theme (code, tree order) with its sheet's state, and the recommendations in order. */
  'findings:list': {
    input: Empty,
    output: z.object({ themes: z.array(ThemeSummary), recommendations: z.array(Recommendation) }),
  },
  /** A theme sheet; `groupAttributeId` overrides the report settings' actor-group attribute. */
  'themes:get': { input: ThemeRef.extend({ groupAttributeId: Id.nullable().optional() }), output: ThemeSheet },
  /** Writes the theme's synthesis. */
  'themes:update': { input: ThemeRef.extend({ synthesis: z.string().max(1_000_000) }), output: ThemeSheet },
  /** Pins a quote (a coding of the theme or a sub-code) at `position` (default: last); pinning it again moves it. */
  'themes:pinQuote': { input: ThemeRef.extend({ codingId: Id, position: z.number().int().nonnegative().optional() }), output: ThemeSheet },
  'themes:unpinQuote': { input: ThemeRef.extend({ codingId: Id }), output: ThemeSheet },
  /** The pinned quotes in their new order (exactly the pinned ones). */
  'themes:reorderQuotes': { input: ThemeRef.extend({ codingIds: z.array(Id) }), output: ThemeSheet },

  'recommendations:list': { input: Empty, output: z.array(Recommendation) },
  /** A new recommendation, placed last. */
  'recommendations:create': {
    input: z.object({
      title: Name,
      body: z.string().max(1_000_000).default(''),
      codeIds: z.array(Id).max(500).default([]),
      codingIds: z.array(Id).max(5000).default([]),
    }),
    output: Recommendation,
  },
  /** Changes what is given; `codeIds` / `codingIds` replace the lists. */
  'recommendations:update': {
    input: z.object({
      id: Id,
      title: Name.optional(),
      body: z.string().max(1_000_000).optional(),
      codeIds: z.array(Id).max(500).optional(),
      codingIds: z.array(Id).max(5000).optional(),
    }),
    output: Recommendation,
  },
  'recommendations:delete': { input: z.object({ id: Id }), output: Ok },
  /** Every recommendation's id, in the new order. */
  'recommendations:reorder': { input: z.object({ ids: z.array(Id) }), output: z.array(Recommendation) },
  /** The chain of evidence: recommendation → themes → quotes → documents and participants. */
  'recommendations:evidence': { input: z.object({ id: Id }), output: EvidenceChain },

  /** The framework matrix (participants × themes); defaults: every participant, every top-level code. */
  'framework:get': {
    input: z.object({ caseIds: z.array(Id).max(5000).optional(), codeIds: z.array(Id).max(500).optional() }),
    output: Framework,
  },
  /**
   * Writes a cell: its summary and/or its linked quotes (codings of the theme, or a sub-code, of
   * that participant). An empty summary with no quotes clears the cell.
   */
  'framework:setCell': {
    input: z.object({
      caseId: Id,
      codeId: Id,
      summary: z.string().max(1_000_000).optional(),
      codingIds: z.array(Id).max(5000).optional(),
    }),
    output: FrameworkCell,
  },

  'report:getSettings': { input: Empty, output: ReportSettings },
  /** Changes what is given; the export of md, html and docx uses the result. */
  'report:setSettings': { input: ReportSettings.partial(), output: ReportSettings },
} as const satisfies MethodTable;
