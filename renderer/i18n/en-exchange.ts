/** English strings of the REFI-QDA exchange (see fr-exchange.ts). */
import type { Messages } from './fr';

const nf = new Intl.NumberFormat('en-GB');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x === 1 ? one : other}`;

export const enExchange: Pick<Messages, 'exchange'> = {
  exchange: {
    heading: (file: string) => `REFI-QDA project “${file}”`,
    codebookHeading: (file: string) => `REFI-QDA codebook “${file}”`,
    origin: (origin: string) => `Written by ${origin}.`,
    counts: {
      documents: (x: number) => pl(x, 'document', 'documents'),
      codes: (x: number) => pl(x, 'code', 'codes'),
      codings: (x: number) => pl(x, 'coding', 'codings'),
      cases: (x: number) => pl(x, 'participant', 'participants'),
      attributes: (x: number) => pl(x, 'attribute', 'attributes'),
      memos: (x: number) => pl(x, 'memo', 'memos'),
      coders: (x: number) => pl(x, 'new coder', 'new coders'),
    },
    imported: 'Imported:',
    skipped: (x: number) => `Not imported (${n(x)})`,
    notes: 'Good to know',
    what: {
      source: 'Source',
      coding: 'Coding',
      selection: 'Selection',
      set: 'Set',
      note: 'Note',
      variable: 'Variable',
      case: 'Case',
      link: 'Link',
    },
    undo: 'Everything this file brought is undone in one step (Edit ▸ Undo).',
  },
};
