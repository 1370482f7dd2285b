/** English strings of search across transcripts (see fr-search.ts). */
import type { Messages } from './fr';

const nf = new Intl.NumberFormat('en-GB');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x === 1 ? one : other}`;
const q = (s: string): string => `“${s}”`;

export const enSearch: Pick<Messages, 'search'> = {
  search: {
    tab: 'Search',
    boxLabel: 'Search all interviews',
    boxPlaceholder: 'Search…',
    clear: 'Clear the search',
    panelLabel: 'Search results',
    intro: 'Type words in the top bar: every interview is searched, with or without accents, in singular or plural.',
    count: (hits: number, documents: number) => `${pl(hits, 'passage', 'passages')} in ${pl(documents, 'interview', 'interviews')}`,
    capped: (limit: number) => `The best ${n(limit)} passages are shown: refine the search to see the others.`,
    none: (query: string) => `No passage matches ${q(query)}.`,
    noneFiltered: 'The active filters may leave passages out.',
    searching: 'Searching…',
    fellBack: 'The query was malformed: it was read as a plain list of words.',
    indexing: (done: number, total: number) => `Indexing the interviews: ${n(done)} of ${n(total)}…`,
    indexingStart: 'Indexing the interviews…',
    openHit: (document: string) => `Open this passage of ${q(document)}`,
    selectHit: 'Select this passage for auto-coding',
    selectDocument: (document: string) => `Select every passage of ${q(document)}`,
    noSpeaker: 'No speaker',
    help: {
      toggle: 'Search syntax',
      title: 'How to search',
      words: ['trust data', 'all these words, in any form (negotiations finds negotiate; in French, prendre finds pris)'],
      phrase: ['"heat network"', 'this exact phrase'],
      exclude: ['data -personal', 'without this word'],
      prefix: ['digit*', 'words starting like this'],
      fuzzy: ['trsut~1', 'allows one typo (1 letter)'],
      accents: 'Accents, capitals and elisions (l’école) are ignored.',
      language: 'Language of the interviews (word stems)',
      languages: { fr: 'French', en: 'English', 'fr+en': 'French and English' },
    },
    filters: {
      title: 'Filters',
      active: (x: number) => pl(x, 'active filter', 'active filters'),
      clearAll: 'Clear the filters',
      documents: 'Interviews',
      allDocuments: 'All interviews',
      attributes: 'Participants’ attributes',
      noAttributes: 'No participant attribute.',
      codes: 'Codes',
      codesInside: 'Inside coded passages',
      codesOutside: 'Outside coded passages',
      noCodes: 'No code.',
      codesBlind: 'Codings: yours only (blind coding)',
      speakers: 'Speakers',
      speakersInclude: 'Only these',
      speakersExclude: 'All but these',
      excludeInterviewer: 'Exclude the interviewer',
      excludeInterviewerHint:
        'Leaves out speakers marked as interviewer (Q, Interviewer…) and, where speakers are linked to participants, those linked to none.',
      noSpeakers: 'No speaker.',
    },
    autoCode: {
      title: 'Auto-code',
      code: 'Code to apply',
      chooseCode: 'Choose a code…',
      newCode: 'New code…',
      newCodeName: 'Name of the new code',
      level: 'Extent',
      levels: { hit: 'The matched words', sentence: 'Their sentence', turn: 'The speaker turn' },
      applyAll: (x: number) => `Code the ${pl(x, 'passage', 'passages')}`,
      applySelected: (x: number) => `Code the selection (${n(x)})`,
      selectAll: 'Select all',
      selectNone: 'Select none',
      selected: (x: number) => pl(x, 'passage selected', 'passages selected'),
      done: (applied: number, code: string) => `${pl(applied, 'coding added', 'codings added')} with ${q(code)}.`,
      already: (x: number) => ` ${pl(x, 'passage was already coded', 'passages were already coded')}.`,
      nothing: (code: string) => `All these passages are already coded with ${q(code)}.`,
      undo: 'Undo',
      working: 'Coding…',
    },
  },
};

export const enSearchActions = {
  'search:autoCode': (s: string | null) => (s ? `auto-coding with ${q(s)}` : 'auto-coding'),
};
