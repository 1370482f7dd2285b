import { describe, expect, it } from 'vitest';
import { codedStudy } from './fixture';

/** Interview dates and ages for the study's four participants. */
async function datedStudy() {
  const study = await codedStudy();
  const { core, caseId } = study;
  const date = await core.call('attributes:create', { name: 'Date de l’entretien', type: 'date' });
  const age = await core.call('attributes:create', { name: 'Âge', type: 'number' });
  const rows: [string, string, string][] = [
    ['E01', '2025-03-14', '9'],
    ['E02', '2025-03-21', '10'],
    ['E03', '2025-04-02', '45.5'],
    ['E04', '2025-04-02', '61'],
  ];
  for (const [name, d, a] of rows) {
    await core.call('cases:setValue', { caseId: caseId(name), attributeId: date.id, value: d });
    await core.call('cases:setValue', { caseId: caseId(name), attributeId: age.id, value: a });
  }
  return { ...study, date, age };
}

describe('attribute ranges (issue 13: dates filter by range)', () => {
  it('keeps the passages of participants whose date is within from…to, inclusive, either end open, in every synthesis call', async () => {
    const { core, codes, date } = await datedStudy();
    const casesOf = async (from?: string, to?: string) => {
      const { codings } = await core.call('synthesis:retrieve', {
        codeIds: [codes.gouvernance.id, codes.budget.id],
        filters: { attributes: [{ attributeId: date.id, ...(from && { from }), ...(to && { to }) }] },
      });
      return [...new Set(codings.map((c) => c.case?.name))].sort();
    };
    expect(await casesOf('2025-03-15', '2025-04-01')).toEqual(['E02']);
    expect(await casesOf('2025-03-21')).toEqual(['E02', 'E03', 'E04']);
    expect(await casesOf(undefined, '2025-03-21')).toEqual(['E01', 'E02']);
    expect(await casesOf('2025-04-02', '2025-04-02')).toEqual(['E03', 'E04']);
    // The matrix counts what retrieval returns for the same filter.
    const filters = { attributes: [{ attributeId: date.id, from: '2025-03-21' }] };
    const matrix = await core.call('synthesis:matrix', { codeIds: [codes.gouvernance.id], includeChildren: true, columns: { kind: 'cases' }, filters });
    const retrieved = await core.call('synthesis:retrieve', { codeIds: [codes.gouvernance.id], filters });
    expect(matrix.rowTotals[0]!.codings).toBe(retrieved.codings.length);
    const cell = (name: string) => matrix.cells[0]![matrix.columns.findIndex((c) => c.label === name)]!.codings;
    // E01 (14 March) has Gouvernance passages, left out; E02 (21 March) kept.
    expect(cell('E01')).toBe(0);
    expect(cell('E02')).toBeGreaterThan(0);
    const all = await core.call('synthesis:matrix', { codeIds: [codes.gouvernance.id], includeChildren: true, columns: { kind: 'cases' } });
    expect(all.cells[0]![all.columns.findIndex((c) => c.label === 'E01')]!.codings).toBeGreaterThan(0);
  });

  it('compares numbers as numbers (9 < 10), combines a range with values, and refuses an empty filter or a bad bound', async () => {
    const { core, codes, age, date } = await datedStudy();
    const casesOf = async (filter: Record<string, unknown>) => {
      const { codings } = await core.call('synthesis:retrieve', { codeIds: [codes.gouvernance.id, codes.budget.id], filters: { attributes: [{ attributeId: age.id, ...filter }] } });
      return [...new Set(codings.map((c) => c.case?.name))].sort();
    };
    expect(await casesOf({ from: '9.5', to: '50' })).toEqual(['E02', 'E03']);
    expect(await casesOf({ values: ['9', '61'], to: '20' })).toEqual(['E01']);
    await expect(core.call('synthesis:retrieve', { codeIds: [codes.budget.id], filters: { attributes: [{ attributeId: date.id }] } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(casesOf({ from: 'douze' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('needs numbers') });
  });
});
