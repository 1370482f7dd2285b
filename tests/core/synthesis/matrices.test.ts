import { describe, expect, it } from 'vitest';
import { codedStudy } from './fixture';

describe('matrices', () => {
  it('code × attribute value: codings, participants, coded words and share per cell, with totals', async () => {
    const { core, codes, type, k } = await codedStudy();
    const m = await core.call('synthesis:matrix', { codeIds: [codes.gouvernance.id, codes.budget.id], columns: { kind: 'attribute', attributeId: type.id } });
    expect(m.rows.map((r) => [r.path, r.depth])).toEqual([['Gouvernance', 0], ['Budget', 0]]);
    expect(m.columns.map((c) => [c.key, c.label, c.cases])).toEqual([['value:élue', 'élue', 2], ['value:habitant', 'habitant', 2]]);
    // élue: E01's interview (28 words) and Bruno's turn in the focus group (6); habitant: E02 (24) and Alice's turns (14).
    expect(m.columns.map((c) => c.words)).toEqual([34, 38]);
    const measures = m.cells.map((row) => row.map(({ codings, cases, words }) => ({ codings, cases, words })));
    expect(measures).toEqual([
      [{ codings: 4, cases: 2, words: 17 }, { codings: 3, cases: 2, words: 22 }],
      [{ codings: 2, cases: 2, words: 10 }, { codings: 1, cases: 1, words: 4 }],
    ]);
    expect(m.cells[0]![0]!.share).toBeCloseTo(17 / 34);
    expect(m.cells[1]![1]!.share).toBeCloseTo(4 / 38);
    expect(m.cells[1]![0]!.codingIds).toEqual([k.e01Budget.id, k.fgBudget.id]);
    expect(m.rowTotals.map((t) => [t.codings, t.cases, t.words])).toEqual([[7, 4, 39], [3, 3, 14]]);
    expect(m.rowTotals[0]!.share).toBeCloseTo(39 / 72);
    // Column totals count each coding once; overlapping Budget and Transparence words count once.
    expect(m.columnTotals.map((t) => [t.codings, t.cases, t.words])).toEqual([[6, 2, 21], [4, 2, 22]]);
  });

  it('code × participant, with sub-codes or not, and a "none" column for passages without a participant', async () => {
    const { core, codes, caseId } = await codedStudy();
    const m = await core.call('synthesis:matrix', { codeIds: [codes.gouvernance.id, codes.confiance.id], columns: { kind: 'cases' } });
    expect(m.columns.map((c) => c.label)).toEqual(['E01', 'E02', 'E03', 'E04']);
    expect(m.cells.map((row) => row.map((c) => c.codings))).toEqual([[3, 2, 1, 1], [2, 1, 1, 0]]);
    const own = await core.call('synthesis:matrix', { codeIds: [codes.gouvernance.id], includeChildren: false, columns: { kind: 'cases', caseIds: [caseId('E02')] } });
    expect(own.cells).toEqual([[{ codings: 0, cases: 0, words: 0, share: 0, codingIds: [] }]]);

    // The focus group's host is nobody's participant: coding him adds a `none` column.
    await core.call('codings:apply', { ...(await hostRange(core)), codeId: codes.budget.id });
    const withNone = await core.call('synthesis:matrix', { codeIds: [codes.budget.id], columns: { kind: 'cases' } });
    expect(withNone.columns.map((c) => c.key)).toEqual([`case:${caseId('E01')}`, `case:${caseId('E02')}`, `case:${caseId('E03')}`, `case:${caseId('E04')}`, 'none']);
    expect(withNone.cells[0]!.map((c) => c.codings)).toEqual([1, 1, 0, 1, 1]);
    // The host's 4 words are the only words nobody owns.
    expect(withNone.columns[4]!.words).toBe(4);
    expect(withNone.cells[0]![4]!.share).toBeCloseTo(3 / 4);
  });

  it('refuses unknown codes, attributes and participants', async () => {
    const { core, codes } = await codedStudy();
    await expect(core.call('synthesis:matrix', { codeIds: [999], columns: { kind: 'cases' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.call('synthesis:matrix', { codeIds: [codes.budget.id], columns: { kind: 'attribute', attributeId: 999 } })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No attribute with id 999' });
    await expect(core.call('synthesis:matrix', { columns: { kind: 'cases', caseIds: [999] } })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No participant with id 999' });
  });
});

async function hostRange(core: Awaited<ReturnType<typeof codedStudy>>['core']) {
  const docs = await core.call('documents:list', {});
  const fg = docs.find((d) => d.name === 'Focus groupe')!;
  const { text } = await core.call('documents:get', { id: fg.id });
  const start = text.indexOf('Bienvenue à tous');
  return { documentId: fg.id, start, end: start + 'Bienvenue à tous'.length };
}

describe('co-occurrence', () => {
  it('counts passages where two codes overlap, or share a turn, with the codings behind each cell', async () => {
    const { core, codes, k } = await codedStudy();
    const ids = [codes.confiance.id, codes.transparence.id, codes.budget.id];
    const overlap = await core.call('synthesis:cooccurrence', { codeIds: ids });
    expect(overlap.codes.map((c) => c.name)).toEqual(['Confiance', 'Transparence', 'Budget']);
    expect(overlap.cells.map((row) => row.map((c) => c.count))).toEqual([
      [4, 0, 0],
      [0, 3, 3],
      [0, 3, 3],
    ]);
    expect(overlap.cells[1]![2]!.codingIds).toEqual([k.e01Budget.id, k.e01Transparence.id, k.e02Budget.id, k.e02Transparence.id, k.fgBudget.id, k.fgTransparence.id].sort((a, b) => a - b));
    expect(overlap.cells[1]![2]!.cases).toBe(3);
    const turn = await core.call('synthesis:cooccurrence', { codeIds: ids, mode: 'turn' });
    expect(turn.cells.map((row) => row.map((c) => c.count))).toEqual([
      [4, 1, 1],
      [1, 3, 3],
      [1, 3, 3],
    ]);
    expect(turn.cells[0]![2]!.codingIds).toEqual([k.e01Confiance.id, k.e01Budget.id].sort((a, b) => a - b));
  });

  it('defaults to every codable code, and includes sub-codes when asked', async () => {
    const { core, codes } = await codedStudy();
    const all = await core.call('synthesis:cooccurrence', {});
    expect(all.codes.map((c) => c.path)).toEqual(['Gouvernance', 'Gouvernance/Confiance', 'Gouvernance/Transparence', 'Budget']);
    const grouped = await core.call('synthesis:cooccurrence', { codeIds: [codes.gouvernance.id, codes.budget.id], includeChildren: true });
    expect(grouped.cells.map((row) => row.map((c) => c.count))).toEqual([
      [7, 3],
      [3, 3],
    ]);
  });
});

describe('word counts after edits', () => {
  it('follow a transcript edit and its undo', async () => {
    const { core, codes, doc, k } = await codedStudy();
    const wordsOf = async () => (await core.call('synthesis:codings', { ids: [k.e02Budget.id] }))[0]!.words;
    const cell = async () => (await core.call('synthesis:matrix', { codeIds: [codes.budget.id], columns: { kind: 'cases' } })).rowTotals[0]!.words;
    expect([await wordsOf(), await cell()]).toEqual([4, 14]);
    const { text } = await core.call('documents:get', { id: doc('E02 - habitant').id });
    await core.call('documents:edit', { id: doc('E02 - habitant').id, text: text.replace('est opaque', 'est vraiment très opaque') });
    expect([await wordsOf(), await cell()]).toEqual([6, 16]);
    await core.call('history:undo', {});
    expect([await wordsOf(), await cell()]).toEqual([4, 14]);
  });
});
