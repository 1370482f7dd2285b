/**
 * English strings of the analysis view: retrieval and code queries, matrices, co-occurrence, the code
 * network and the chart of codes by actor group. Merged into `en`.
 */
import type { frAnalysis } from './fr-analysis';

const nf = new Intl.NumberFormat('en-GB');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x === 1 ? one : other}`;
const q = (s: string): string => `“${s}”`;

export const enAnalysis: typeof frAnalysis = {
  analysis: {
    label: 'Cross-interview analysis',
    tabs: { label: 'Analysis tools', retrieval: 'Quotes', matrix: 'Matrix', cooccurrence: 'Co-occurrence', chart: 'Chart' },
    loading: 'Computing…',
    noCodes: 'The codebook is empty: create codes and code passages to analyse them here.',
    filters: {
      title: 'Filters',
      hint: 'They apply to every tool of this view.',
      documents: 'Interviews',
      attributes: 'Participants',
      coders: 'Coders',
      noAttributes: 'No participant attributes yet. Add some in the Participants tab (actor type, area…).',
      active: (count: number) => pl(count, 'active filter', 'active filters'),
      clear: 'Clear filters',
      from: 'From',
      to: 'To',
      codings: (count: number) => pl(count, 'coding', 'codings'),
    },
    codes: {
      label: 'Codes',
      includeChildren: 'Include sub-codes',
      all: 'All',
      none: 'None',
      pick: 'Tick one or more codes.',
    },
    retrieval: {
      modeLabel: 'Kind of search',
      modeCodes: 'Codes',
      modeQuery: 'Query',
      sort: 'Sort by',
      group: 'Group by',
      sortBy: { document: 'Interview', case: 'Participant', code: 'Code', length: 'Length', attribute: (name: string) => name },
      groupBy: { none: 'No groups', document: 'Interview', case: 'Participant', code: 'Code', attribute: (name: string) => name },
      count: (quotes: number, documents: number, cases: number) =>
        `${pl(quotes, 'quote', 'quotes')} · ${pl(documents, 'interview', 'interviews')} · ${pl(cases, 'participant', 'participants')}`,
      empty: 'No quote matches: widen the codes or the filters.',
      noParticipant: 'No participant',
      noValue: 'No value',
    },
    query: {
      title: 'Code query',
      operator: 'Operator',
      ops: { and: 'AND', or: 'OR', not: 'NOT', near: 'NEAR' },
      opHelp: {
        and: 'Passages where every code meets',
        or: 'Passages coded with any of the codes',
        not: 'Passages of the first code that meet none of the others',
        near: 'Passages of the codes close to each other',
      },
      mode: 'Meeting',
      modes: { overlap: 'overlapping', turn: 'in the same speaker turn' },
      within: 'Maximum distance',
      units: { characters: 'characters', turns: 'speaker turns' },
      operand: (i: number) => `Code ${n(i + 1)}`,
      include: 'Coded',
      exclude: 'but not',
      pickCode: 'Choose a code…',
      addCode: 'Add a code',
      removeCode: 'Remove this code',
      run: 'Run the query',
      incomplete: (min: number) => `Choose at least ${pl(min, 'code', 'codes')}.`,
      summary: {
        and: (codes: string[], mode: string) => `Passages coded ${codes.map(q).join(' and ')} ${mode}`,
        or: (codes: string[]) => `Passages coded ${codes.map(q).join(' or ')}`,
        not: (include: string, exclude: string[], mode: string) =>
          `Passages coded ${q(include)} ${mode === 'turn' ? 'in a turn without' : 'not overlapping'} ${exclude.map(q).join(' or ')}`,
        near: (codes: string[], within: number, unit: string) => `Passages coded ${codes.map(q).join(' and ')} at most ${n(within)} ${unit} apart`,
      },
      count: (passages: number, documents: number, cases: number) =>
        `${pl(passages, 'passage', 'passages')} · ${pl(documents, 'interview', 'interviews')} · ${pl(cases, 'participant', 'participants')}`,
      empty: 'No passage answers this query.',
    },
    quote: {
      open: (document: string) => `Open this passage in ${q(document)}`,
      words: (count: number) => pl(count, 'word', 'words'),
      showMore: (shown: number, total: number) => `${n(shown)} of ${n(total)} quotes shown: show the next ones`,
    },
    matrix: {
      title: 'Codes × participants',
      columns: 'Columns',
      byCases: 'Participants',
      byAttribute: (name: string) => name,
      measure: 'Measure',
      measures: { codings: 'Codings', cases: 'Participants', share: 'Share of words coded' },
      measureHelp: {
        codings: 'Number of coded passages',
        cases: 'Number of participants who speak of it',
        share: 'Share of the words spoken by the column that are coded so',
      },
      code: 'Code',
      total: 'Total',
      none: 'No participant',
      noValue: 'No value',
      columnCases: (count: number) => pl(count, 'participant', 'participants'),
      exportCsv: 'Export as CSV',
      cellLabel: (code: string, column: string, value: string) => `${code} × ${column}: ${value}. Read the quotes`,
      empty: 'No coding matches the filters.',
      noParticipants: 'No participants: a matrix by participant needs participants linked to the interviews (Participants tab).',
      csvFile: (project: string) => `${project} - matrix.csv`,
    },
    cooccurrence: {
      mode: 'Meeting',
      modes: { overlap: 'Overlap', turn: 'Same speaker turn' },
      display: 'Display',
      table: 'Table',
      network: 'Network',
      diagonal: 'On the diagonal: the code’s own codings.',
      cellLabel: (a: string, b: string, count: number) => `${q(a)} and ${q(b)}: ${pl(count, 'passage', 'passages')} in common. Read the quotes`,
      nodeLabel: (code: string, count: number) => `${code}: ${pl(count, 'coding', 'codings')}`,
      networkTitle: 'Code network',
      networkHint: 'Node size: number of codings. Link width: passages in common. Click a link or a code to read the quotes.',
      noEdges: 'No codes meet yet with these filters.',
      empty: 'No codes to cross.',
    },
    chart: {
      title: (attribute: string) => `Code frequency by ${attribute.toLocaleLowerCase('en-GB')}`,
      attribute: 'Actor groups',
      measure: 'Measure',
      measures: { codings: 'Codings', cases: 'Participants' },
      axis: { codings: 'Number of codings', cases: 'Number of participants' },
      topLevel: 'Main themes only',
      exportSvg: 'Export as SVG',
      exportPng: 'Export as PNG',
      needAttribute: 'The chart compares actor groups: add an attribute to the participants (e.g. “Actor type”) and fill it in.',
      empty: 'No coding matches the filters.',
      legend: 'Legend',
      file: (project: string) => `${project} - codes by group`,
    },
    drill: {
      title: 'Quotes',
      close: 'Close the quotes',
      count: (count: number) => pl(count, 'quote', 'quotes'),
      empty: 'No quotes in this cell.',
      hint: 'Click a cell to read the quotes behind it.',
    },
  },
};
