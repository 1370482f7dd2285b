/**
 * Synthesis answers for the analysis view's renderer tests, typed by the contract (so a change to
 * the contract breaks them at compile time): two actor groups, three codes, a matrix with a `none`
 * column, a co-occurrence table, and the codings behind every cell.
 */
import type { Attribute, Case, Cooccurrence, Matrix, MatrixCell, MatrixColumns, QueryPassage, SynthesisCoding } from '../../shared/contract';
import { createFakeCore, type FakeCore } from './fake-core';

export const ACTOR = 10;

export const attributes: Attribute[] = [
  { id: ACTOR, guid: 'a-actor', name: 'Type d’acteur', type: 'category', position: 0, isIdentifying: false, values: ['Élu', 'Habitant'] },
  { id: 11, guid: 'a-name', name: 'Nom complet', type: 'text', position: 1, isIdentifying: true, values: ['Martine Lebrun'] },
];

export const cases: Case[] = [
  { id: 21, guid: 'c-1', name: 'E01', description: '', values: { [ACTOR]: 'Élu', 11: 'Martine Lebrun' }, documentIds: [1], speakers: [] },
  { id: 22, guid: 'c-2', name: 'E02', description: '', values: { [ACTOR]: 'Habitant' }, documentIds: [2], speakers: [] },
];

const cell = (codings: number, cases: number, words: number, share: number, codingIds: number[]): MatrixCell => ({ codings, cases, words, share, codingIds });
const empty = cell(0, 0, 0, 0, []);

/** Codes (sample: Gouvernance › Souveraineté, Confiance des habitants) × actor type, with a `none` column. */
export const matrixByActor: Matrix = {
  rows: [
    { codeId: 1, name: 'Gouvernance', path: 'Gouvernance', color: '#1f77b4', depth: 0 },
    { codeId: 2, name: 'Souveraineté', path: 'Gouvernance/Souveraineté', color: '#d62728', depth: 1 },
    { codeId: 3, name: 'Confiance des habitants', path: 'Confiance des habitants', color: '#9467bd', depth: 0 },
  ],
  columns: [
    { key: 'value:Élu', label: 'Élu', caseId: null, value: 'Élu', cases: 1, words: 200 },
    { key: 'value:Habitant', label: 'Habitant', caseId: null, value: 'Habitant', cases: 1, words: 120 },
    { key: 'none', label: '', caseId: null, value: null, cases: 0, words: 50 },
  ],
  cells: [
    [cell(2, 1, 20, 0.1, [101, 102]), empty, cell(1, 0, 5, 0.1, [105])],
    [cell(1, 1, 8, 0.04, [102]), empty, empty],
    [cell(1, 1, 6, 0.03, [101]), cell(3, 1, 30, 0.25, [103, 104, 106]), empty],
  ],
  rowTotals: [cell(3, 1, 25, 25 / 370, [101, 102, 105]), cell(1, 1, 8, 8 / 370, [102]), cell(4, 2, 36, 36 / 370, [101, 103, 104, 106])],
  columnTotals: [cell(2, 1, 20, 0.1, [101, 102]), cell(3, 1, 30, 0.25, [103, 104, 106]), cell(1, 0, 5, 0.1, [105])],
};

export const matrixByCase: Matrix = {
  ...matrixByActor,
  columns: [
    { key: 'case:21', label: 'E01', caseId: 21, value: null, cases: 1, words: 200 },
    { key: 'case:22', label: 'E02', caseId: 22, value: null, cases: 1, words: 120 },
  ],
  cells: matrixByActor.cells.map((row) => row.slice(0, 2)),
  columnTotals: matrixByActor.columnTotals.slice(0, 2),
};

export const cooccurrence: Cooccurrence = {
  codes: matrixByActor.rows,
  cells: [
    [
      { count: 3, cases: 1, codingIds: [101, 102, 105] },
      { count: 1, cases: 1, codingIds: [101, 102] },
      { count: 0, cases: 0, codingIds: [] },
    ],
    [
      { count: 1, cases: 1, codingIds: [101, 102] },
      { count: 1, cases: 1, codingIds: [102] },
      { count: 2, cases: 2, codingIds: [102, 103] },
    ],
    [
      { count: 0, cases: 0, codingIds: [] },
      { count: 2, cases: 2, codingIds: [102, 103] },
      { count: 4, cases: 2, codingIds: [101, 103, 104, 106] },
    ],
  ],
};

const coding = (id: number, documentId: number, codeId: number, text: string, caseRef: Case | null): SynthesisCoding => ({
  id,
  documentId,
  codeId,
  start: id * 10,
  end: id * 10 + text.length,
  coderId: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  documentName: documentId === 1 ? 'E01 - élue' : 'E02 - habitant',
  codeName: matrixByActor.rows.find((r) => r.codeId === codeId)!.name,
  codePath: matrixByActor.rows.find((r) => r.codeId === codeId)!.path,
  codeColor: matrixByActor.rows.find((r) => r.codeId === codeId)!.color,
  text,
  words: text.split(/\s+/).length,
  speaker: documentId === 1 ? 'Martine Lebrun' : 'Lucie Morel',
  turn: { id: id, index: 1, start: 0, end: 500, tStartMs: null },
  case: caseRef ? { id: caseRef.id, name: caseRef.name } : null,
  values: caseRef?.values ?? {},
  coderName: 'Codeur 1',
});

export const codings: SynthesisCoding[] = [
  coding(101, 1, 3, 'La confiance se perd en une semaine.', cases[0]!),
  coding(102, 1, 2, 'Nous devons payer pour récupérer nos propres chiffres.', cases[0]!),
  coding(103, 2, 3, 'Personne n’explique qui garde les données.', cases[1]!),
  coding(104, 2, 3, 'Une réunion publique nous rassurerait.', cases[1]!),
  coding(105, 2, 1, 'Un passage sans participant.', null),
  coding(106, 2, 3, 'La mairie devrait montrer ce qu’elle fait.', cases[1]!),
];

export const passages: QueryPassage[] = [
  {
    documentId: 2,
    documentName: 'E02 - habitant',
    start: 1030,
    end: 1072,
    text: 'Personne n’explique qui garde les données.',
    speaker: 'Lucie Morel',
    case: { id: 22, name: 'E02' },
    codeIds: [2, 3],
    codingIds: [102, 103],
  },
];

/** A fake core whose synthesis calls answer with the fixtures above (and log their inputs). */
export function createAnalysisCore(): FakeCore {
  const core = createFakeCore({ attributes, cases });
  core.override('attributes:list', () => attributes);
  core.override('cases:list', () => cases);
  core.override('coders:list', () => [
    { id: 1, name: 'Codeur 1', codings: 5 },
    { id: 2, name: 'Codeuse 2', codings: 1 },
  ]);
  core.override('synthesis:matrix', ({ columns }: { columns: MatrixColumns }) => (columns.kind === 'attribute' ? matrixByActor : matrixByCase));
  core.override('synthesis:cooccurrence', () => cooccurrence);
  core.override('synthesis:codings', ({ ids }: { ids: number[] }) => codings.filter((c) => ids.includes(c.id)));
  core.override('synthesis:retrieve', ({ codeIds }: { codeIds: number[] }) => {
    const found = codings.filter((c) => codeIds.includes(c.codeId));
    return { codings: found, documents: new Set(found.map((c) => c.documentId)).size, cases: new Set(found.map((c) => c.case?.id).filter(Boolean)).size };
  });
  core.override('synthesis:query', () => ({ passages, documents: 1, cases: 1 }));
  return core;
}
