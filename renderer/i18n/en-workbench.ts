/** English strings of the coding workbench (same shape as fr-workbench.ts). */
import type { frActions, frCodebook, frCoding, frWorkbench } from './fr-workbench';

const nf = new Intl.NumberFormat('en-GB');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x === 1 ? one : other}`;
const q = (s: string): string => `“${s}”`;
type S = string | null;

export const enCodebook: typeof frCodebook = {
  filterPlaceholder: 'Filter codes…',
  filterLabel: 'Filter the codebook by name',
  clearFilter: 'Clear the filter',
  filtered: (shown, total) => `${n(shown)} of ${pl(total, 'code', 'codes')}`,
  noFilterMatch: (f) => `No code contains ${q(f)}.`,
  columnCode: 'Code',
  columnCodings: 'Cod.',
  columnCodingsTitle: 'Codings of the code (Σ: with its sub-codes)',
  columnDocs: 'Docs',
  columnDocsTitle: 'Documents where the code is applied',
  countTitle: (codings, documents, total) =>
    `${pl(codings, 'coding', 'codings')} in ${pl(documents, 'document', 'documents')}` +
    (total !== null ? ` · ${pl(total, 'coding', 'codings')} with sub-codes` : ''),
  actionsFor: (name) => `Actions on ${q(name)}`,
  renameLabel: 'New name of the code',
  renameAction: 'Rename',
  defineAction: 'Definition, colour…',
  newChildAction: 'New sub-code',
  memoAction: 'Write a memo',
  moveUp: 'Move up',
  moveDown: 'Move down',
  outdent: 'Move out one level',
  indent: 'Move into the code above',
  mergeAction: 'Merge into…',
  deleteAction: 'Delete…',
  deleteKey: 'Del',
  dropToTop: 'Drop here to place at the top level',
  keysHint: 'F2 rename · Alt+↑↓ move · Alt+←→ change level · Shift+F10 menu · drag onto the text to code',
  deleteTitle: (name) => `Delete the code ${q(name)}?`,
  deleteBody: (descendants, codings) => {
    const what = [descendants > 0 ? pl(descendants, 'sub-code', 'sub-codes') : null, codings > 0 ? pl(codings, 'coding', 'codings') : null]
      .filter(Boolean)
      .join(' and ');
    return what ? `The code goes, with ${what}. The coded passages stay in the transcripts.` : 'The code has no codings and no sub-codes.';
  },
  deleteBackup: (keys) => `A backup of the project is taken before deleting, and Undo (${keys}) brings everything back.`,
  mergeTitle: (name) => `Merge ${q(name)} into…`,
  mergePick: 'Code that receives the codings',
  mergeSearch: 'Find a code…',
  merge: 'Merge',
  mergeInto: (target) => `Merge into ${q(target)}`,
  mergeBody: (source, target, codings, children) => {
    const moved =
      codings === 0
        ? `${q(source)} has no codings.`
        : codings === 1
          ? `The coding of ${q(source)} moves to ${q(target)}.`
          : `The ${n(codings)} codings of ${q(source)} move to ${q(target)} (a passage already coded ${q(target)} is not duplicated).`;
    const follow = children > 0 ? `Its ${pl(children, 'sub-code', 'sub-codes')} and its memos follow` : 'Its memos follow';
    return `${moved} ${follow}; ${q(source)} then disappears.`;
  },
  mergeBackup: (keys) => `A backup is taken before merging; Undo (${keys}) reverts it.`,
  merged: (source, target) => `${q(source)} merged into ${q(target)}.`,
  details: 'Code definition',
  detailsTitle: (name) => `Definition of ${q(name)}`,
  closeDetails: 'Close the definition',
  codable: 'Applies to text',
  folderHint: 'Unticked, the code becomes a folder that holds other codes.',
  folderHasCodings: 'This code has codings: it cannot become a folder.',
  description: 'Definition',
  descriptionPlaceholder: 'What this code covers, with examples…',
  descriptionHint: 'Inclusion and exclusion criteria help other coders (and you, three months from now).',
  addCriteria: 'Include / Exclude',
  criteriaTemplate: 'Include: \nExclude: ',
  memoLabel: 'Memo on this code',
  memoPlaceholder: 'Thoughts, hypotheses, questions about this theme…',
};

export const enCoding: typeof frCoding = {
  recentCodes: 'Recent',
  allCodes: 'All codes',
  enterKey: 'Enter',
  tick: (name) => `Tick ${q(name)} to apply several`,
  hintKeys: (mod) => `↑↓ choose · ${mod}+Enter tick · Esc close`,
  createCodePath: (path, created) => `Create ${path}${created > 1 ? ` (${n(created)} codes)` : ''}`,
  folderNamed: (name) => `${q(name)} is a folder: type ${name}/… to create a code in it.`,
  enterApply: (code) => `Apply ${code}`,
  enterCreate: (path) => `Create ${path} and apply it`,
  enterApplyChecked: (x) => `Apply the ${n(x)} ticked codes`,
  enterAlsoChecked: (x) => `+ ${pl(x, 'ticked code', 'ticked codes')}`,
  inVivo: 'Code in vivo',
  inVivoTitle: 'Create a code from the passage’s own words, and apply it',
  inVivoKeys: (keys) => `V in the transcript, or ${keys}`,
  inVivoDone: (name) => `In-vivo code ${q(name)} created and applied.`,
  inVivoExisting: (name) => `The code ${q(name)} existed: it is applied to the passage.`,
  dropHere: 'Drop to apply this code to the selected passage',
  dropNeedsSelection: 'First select a passage, then drop the code on it.',
  selectedCoding: (name) => `Selected coding ${q(name)}`,
  removeThis: (name) => `Remove this ${q(name)} coding`,
  boundaries: 'Boundaries of the coded passage',
  wordsCount: (x) => pl(x, 'word', 'words'),
  startLabel: 'Start',
  endLabel: 'End',
  startEarlier: 'Start one word earlier',
  startLater: 'Start one word later',
  endEarlier: 'End one word earlier',
  endLater: 'End one word later',
  fitToSelection: 'Fit to the selection',
  fitHint: 'Select in the transcript the exact passage this coding should cover.',
  boundaryKeys: (endKeys, startKeys) => `${endKeys}: end by a word · ${startKeys}: start`,
  adjustFailed: 'These boundaries do not work: the passage would be empty, or this code already covers exactly that passage.',
  memoLabel: 'Memo on this passage',
  memoPlaceholder: 'Why this passage, what it shows, what it contradicts…',
};

export const enActions: typeof frActions = {
  'codes:update': (s: S) => (s ? `editing code ${q(s)}` : 'editing a code'),
  'codes:rename': (s: S) => (s ? `renaming a code to ${q(s)}` : 'renaming a code'),
  'codes:recolor': (s: S) => (s ? `recolouring ${q(s)}` : 'recolouring a code'),
  'codes:move': (s: S) => (s ? `moving code ${q(s)}` : 'moving a code'),
  'codes:merge': (s: S) => {
    const [source, target] = (s ?? '').split(' → ');
    return source && target ? `merging ${q(source)} into ${q(target)}` : 'merging two codes';
  },
  'codes:delete': (s: S) => (s ? `deleting code ${q(s)}` : 'deleting a code'),
  'codings:applyNew': (s: S) => (s ? `creating and applying code ${q(s)}` : 'creating and applying a code'),
  'codings:applyMany': (s: S) => (s ? `applying codes ${s.split(', ').map(q).join(', ')}` : 'applying several codes'),
  'codings:update': (s: S) => (s ? `adjusting a ${q(s)} passage` : 'adjusting a coded passage'),
  'memos:create': (s: S) => (s ? `creating memo ${q(s)}` : 'creating a memo'),
  'memos:update': (s: S) => (s ? `editing memo ${q(s)}` : 'editing a memo'),
  'memos:delete': (s: S) => (s ? `deleting memo ${q(s)}` : 'deleting a memo'),
  'documents:edit': (s: S) => (s ? `correcting ${q(s)}` : 'correcting a transcript'),
  'documents:setCase': (s: S) => (s ? `linking ${s}` : 'linking a document to a participant'),
  'speakers:rename': (s: S) => (s ? `renaming speaker ${s}` : 'renaming a speaker'),
  'speakers:merge': (s: S) => (s ? `merging speakers into ${q(s)}` : 'merging speakers'),
  'speakers:link': (s: S) => (s ? `linking speaker ${q(s)}` : 'linking a speaker'),
  'speakers:setRole': (s: S) => (s ? `setting the role of speaker ${q(s)}` : 'setting a speaker’s role'),
  'cases:create': (s: S) => (s ? `creating participant ${q(s)}` : 'creating a participant'),
  'cases:update': (s: S) => (s ? `editing participant ${q(s)}` : 'editing a participant'),
  'cases:delete': (s: S) => (s ? `deleting participant ${q(s)}` : 'deleting a participant'),
  'cases:setValue': (s: S) => (s ? `setting ${s}` : 'setting an attribute value'),
  'cases:import': (s: S) => (s ? `importing participants from ${q(s)}` : 'importing participants'),
  'cases:autoLink': (s: S) => (s && s !== '0' ? `linking documents automatically (${s})` : 'linking documents automatically'),
  'attributes:create': (s: S) => (s ? `creating attribute ${q(s)}` : 'creating an attribute'),
  'attributes:update': (s: S) => (s ? `editing attribute ${q(s)}` : 'editing an attribute'),
  'attributes:delete': (s: S) => (s ? `deleting attribute ${q(s)}` : 'deleting an attribute'),
};

export const enWorkbench: typeof frWorkbench = {
  memos: {
    tab: 'Memos',
    listLabel: 'Memos of the project',
    searchPlaceholder: 'Search memos…',
    searchLabel: 'Search the titles, texts and targets of memos',
    clearSearch: 'Clear the search',
    filterLabel: 'Show memos on…',
    all: 'All',
    new: 'Memo',
    newLabel: 'New memo',
    newJournal: 'Project journal entry',
    newOnDocument: (name) => `Memo on ${q(name)}`,
    newOnDocumentNone: 'Memo on the open document (none)',
    newOnCode: (name) => `Memo on code ${q(name)}`,
    newOnCodeNone: 'Memo on the chosen code (none)',
    types: { project: 'Project journal', document: 'Document', code: 'Code', case: 'Participant', coding: 'Coded passage' },
    typesPlural: { project: 'Journal', document: 'Documents', code: 'Codes', case: 'Participants', coding: 'Passages' },
    emptyTitle: 'No memos yet',
    emptyBody:
      'Memos keep track of the analysis: a project journal, notes on an interview, a code or a passage. Start with “Memo”, or write in the inspector beside a coded passage.',
    noMatch: (query) => `No memo contains ${q(query)}.`,
    noneOfType: 'No memo of this kind.',
    untitled: 'Untitled',
    open: (heading) => `Open ${q(heading)} and show what it is about`,
    editorLabel: (label) => `Memo — ${label}`,
    back: 'Back to the memo list',
    showTarget: 'Show what this memo is about',
    delete: 'Delete this memo',
    deleted: (keys) => `Memo deleted. Undo (${keys}) brings it back.`,
    titleLabel: 'Memo title',
    titlePlaceholder: 'Title (optional)',
    bodyLabel: 'Memo text',
    bodyPlaceholder: 'Write here: hunches, comparisons, questions to come back to…',
    autosaveHint: 'Saved as you type',
    saving: 'Saving…',
    saved: 'Saved',
    saveFailed: 'Not saved',
    moreMemos: (x) => `${pl(x, 'other memo', 'other memos')} on this target — open in Memos`,
    openInPanel: 'Open in the Memos tab',
  },
};
