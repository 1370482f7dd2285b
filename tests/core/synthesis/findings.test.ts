import { describe, expect, it } from 'vitest';
import { codedStudy } from './fixture';

describe('theme sheets', () => {
  it('writes a synthesis, pins, reorders and unpins key quotes, each step undoable', async () => {
    const { core, codes, k, type } = await codedStudy();
    await core.call('report:setSettings', { groupAttributeId: type.id });
    const empty = await core.call('themes:get', { codeId: codes.gouvernance.id });
    expect(empty).toMatchObject({ name: 'Gouvernance', definition: 'Comment les décisions se prennent.', synthesis: '', quotes: [], codings: 7, cases: 4, groupAttribute: { id: type.id, name: 'Type' } });
    expect(empty.distribution).toEqual([
      { value: 'élue', label: 'élue', codings: 4, cases: 2, casesInGroup: 2 },
      { value: 'habitant', label: 'habitant', codings: 3, cases: 2, casesInGroup: 2 },
    ]);

    await core.call('themes:update', { codeId: codes.gouvernance.id, synthesis: 'La confiance se construit lentement.' });
    await core.call('themes:pinQuote', { codeId: codes.gouvernance.id, codingId: k.fgConfiance.id });
    await core.call('themes:pinQuote', { codeId: codes.gouvernance.id, codingId: k.e01Confiance.id });
    let sheet = await core.call('themes:pinQuote', { codeId: codes.gouvernance.id, codingId: k.e02Transparence.id, position: 0 });
    expect(sheet.quotes.map((q) => q.id)).toEqual([k.e02Transparence.id, k.fgConfiance.id, k.e01Confiance.id]);
    expect(sheet.quotes[1]).toMatchObject({ text: 'La confiance dans les élus est faible.', case: { name: 'E03' } });
    sheet = await core.call('themes:reorderQuotes', { codeId: codes.gouvernance.id, codingIds: [k.e01Confiance.id, k.e02Transparence.id, k.fgConfiance.id] });
    expect(sheet.quotes.map((q) => q.id)).toEqual([k.e01Confiance.id, k.e02Transparence.id, k.fgConfiance.id]);
    sheet = await core.call('themes:unpinQuote', { codeId: codes.gouvernance.id, codingId: k.e02Transparence.id });
    expect(sheet.quotes.map((q) => q.id)).toEqual([k.e01Confiance.id, k.fgConfiance.id]);
    expect(core.events.filter((e) => e.name === 'project:changed').at(-1)!.payload).toEqual({ entities: expect.arrayContaining(['findings', 'history']) });

    expect(await core.call('history:state', {})).toMatchObject({ undo: { action: 'themes:unpinQuote', subject: 'Gouvernance' } });
    await core.call('history:undo', {});
    expect((await core.call('themes:get', { codeId: codes.gouvernance.id })).quotes.map((q) => q.id)).toEqual([k.e01Confiance.id, k.e02Transparence.id, k.fgConfiance.id]);
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    sheet = await core.call('themes:get', { codeId: codes.gouvernance.id });
    expect(sheet).toMatchObject({ synthesis: 'La confiance se construit lentement.', quotes: [] });
    await core.call('history:redo', {});
    expect((await core.call('themes:get', { codeId: codes.gouvernance.id })).quotes.map((q) => q.id)).toEqual([k.fgConfiance.id]);

    const { themes } = await core.call('findings:list', {});
    expect(themes.map((t) => [t.path, t.codings, t.hasSynthesis, t.pinned])).toEqual([
      ['Gouvernance', 7, true, 1],
      ['Gouvernance/Confiance', 4, false, 0],
      ['Gouvernance/Transparence', 3, false, 0],
      ['Budget', 3, false, 0],
    ]);
  });

  it('refuses a quote that is not coded with the theme, an unknown code, a wrong order, and changes nothing', async () => {
    const { core, codes, k } = await codedStudy();
    const before = await core.call('history:state', {});
    await expect(core.call('themes:pinQuote', { codeId: codes.confiance.id, codingId: k.e01Budget.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `The quote ${k.e01Budget.id} is not coded with “Confiance” or one of its sub-codes`,
    });
    await expect(core.call('themes:pinQuote', { codeId: 4040, codingId: k.e01Budget.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No code with id 4040' });
    await expect(core.call('themes:pinQuote', { codeId: codes.budget.id, codingId: 5050 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No coding with id 5050' });
    await expect(core.call('themes:update', { codeId: 4040, synthesis: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await core.call('themes:pinQuote', { codeId: codes.budget.id, codingId: k.e01Budget.id });
    await expect(core.call('themes:reorderQuotes', { codeId: codes.budget.id, codingIds: [k.e02Budget.id] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('themes:unpinQuote', { codeId: codes.budget.id, codingId: k.e02Budget.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.call('themes:get', { codeId: codes.budget.id, groupAttributeId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No attribute with id 999' });
    expect((await core.call('themes:get', { codeId: codes.budget.id })).quotes.map((q) => q.id)).toEqual([k.e01Budget.id]);
    expect(before.undo?.action).toBe('codings:apply');
  });

  it('deleting a code or a coding removes what rested on it; undoing the deletion brings it back', async () => {
    const { core, codes, k } = await codedStudy();
    await core.call('themes:update', { codeId: codes.confiance.id, synthesis: 'Lente.' });
    await core.call('themes:pinQuote', { codeId: codes.confiance.id, codingId: k.e01Confiance.id });
    await core.call('themes:pinQuote', { codeId: codes.confiance.id, codingId: k.fgConfiance.id });
    await core.call('codings:remove', { id: k.fgConfiance.id });
    expect((await core.call('themes:get', { codeId: codes.confiance.id })).quotes.map((q) => q.id)).toEqual([k.e01Confiance.id]);
    await core.call('history:undo', {});
    expect((await core.call('themes:get', { codeId: codes.confiance.id })).quotes.map((q) => q.id)).toEqual([k.e01Confiance.id, k.fgConfiance.id]);

    await core.call('codes:delete', { id: codes.gouvernance.id });
    expect((await core.call('findings:list', {})).themes.map((t) => t.name)).toEqual(['Budget']);
    await core.call('history:undo', {});
    const back = await core.call('themes:get', { codeId: codes.confiance.id });
    expect(back).toMatchObject({ synthesis: 'Lente.' });
    expect(back.quotes.map((q) => q.id)).toEqual([k.e01Confiance.id, k.fgConfiance.id]);
  });
});

describe('recommendations', () => {
  it('creates, updates, reorders and deletes recommendations with their evidence, undoably', async () => {
    const { core, codes, k } = await codedStudy();
    const a = await core.call('recommendations:create', { title: 'Publier le budget', body: 'Chaque année.', codeIds: [codes.budget.id, codes.transparence.id, codes.budget.id], codingIds: [k.e02Budget.id] });
    expect(a).toMatchObject({ title: 'Publier le budget', body: 'Chaque année.', position: 0, codeIds: [codes.budget.id, codes.transparence.id], codingIds: [k.e02Budget.id] });
    const b = await core.call('recommendations:create', { title: 'Expliquer les décisions' });
    expect(b.position).toBe(1);
    const updated = await core.call('recommendations:update', { id: a.id, codingIds: [k.fgBudget.id, k.e02Transparence.id, k.fgConfiance.id] });
    expect(updated).toMatchObject({ title: 'Publier le budget', codeIds: [codes.budget.id, codes.transparence.id], codingIds: [k.fgBudget.id, k.e02Transparence.id, k.fgConfiance.id] });
    const reordered = await core.call('recommendations:reorder', { ids: [b.id, a.id] });
    expect(reordered.map((r) => r.title)).toEqual(['Expliquer les décisions', 'Publier le budget']);
    await core.call('history:undo', {});
    expect((await core.call('recommendations:list', {})).map((r) => r.title)).toEqual(['Publier le budget', 'Expliquer les décisions']);
    await core.call('recommendations:delete', { id: b.id });
    expect((await core.call('findings:list', {})).recommendations.map((r) => r.id)).toEqual([a.id]);
    await core.call('history:undo', {});
    expect((await core.call('recommendations:list', {})).map((r) => r.id)).toEqual([a.id, b.id]);

    await expect(core.call('recommendations:update', { id: 999, title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No recommendation with id 999' });
    await expect(core.call('recommendations:create', { title: 'x', codeIds: [999] })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No code with id 999' });
    await expect(core.call('recommendations:create', { title: 'x', codingIds: [999] })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No coding with id 999' });
    await expect(core.call('recommendations:create', { title: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('recommendations:reorder', { ids: [a.id] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await core.call('recommendations:list', {})).toHaveLength(2);
  });

  it('shows the chain of evidence: recommendation → themes → quotes → documents and participants', async () => {
    const { core, codes, k } = await codedStudy();
    await core.call('themes:update', { codeId: codes.budget.id, synthesis: 'Le budget est mal compris.' });
    await core.call('themes:pinQuote', { codeId: codes.budget.id, codingId: k.e01Budget.id });
    const r = await core.call('recommendations:create', {
      title: 'Publier le budget',
      codeIds: [codes.budget.id, codes.gouvernance.id],
      codingIds: [k.fgBudget.id, k.e02Transparence.id, k.fgConfiance.id],
    });
    const chain = await core.call('recommendations:evidence', { id: r.id });
    expect(chain.themes.map((t) => [t.name, t.synthesis, t.quotes.map((q) => q.id), t.keyQuotes.map((q) => q.id)])).toEqual([
      ['Budget', 'Le budget est mal compris.', [k.fgBudget.id], [k.e01Budget.id]],
      ['Gouvernance', '', [k.e02Transparence.id, k.fgConfiance.id], []],
    ]);
    expect(chain.otherQuotes).toEqual([]);
    expect(chain.sources.map((s) => [s.documentName, s.case?.name ?? null, s.quotes])).toEqual([
      ['E01 - élue', 'E01', 1],
      ['E02 - habitant', 'E02', 1],
      ['Focus groupe', 'E03', 1],
      ['Focus groupe', 'E04', 1],
    ]);
  });
});

describe('framework matrix', () => {
  it('lists participants × top-level themes with what each cell can draw on, and writes cells', async () => {
    const { core, codes, k, caseId } = await codedStudy();
    const framework = await core.call('framework:get', {});
    expect(framework.cases.map((c) => c.name)).toEqual(['E01', 'E02', 'E03', 'E04']);
    expect(framework.codes.map((c) => c.name)).toEqual(['Gouvernance', 'Budget']);
    expect(framework.cells.map((row) => row.map((c) => c.available))).toEqual([[3, 1], [2, 1], [1, 0], [1, 1]]);

    const cell = await core.call('framework:setCell', { caseId: caseId('E01'), codeId: codes.gouvernance.id, summary: 'Confiance lente, mairie distante.', codingIds: [k.e01Mairie.id, k.e01Confiance.id] });
    expect(cell).toMatchObject({ summary: 'Confiance lente, mairie distante.', codingIds: [k.e01Mairie.id, k.e01Confiance.id], available: 3 });
    const summaryOnly = await core.call('framework:setCell', { caseId: caseId('E01'), codeId: codes.gouvernance.id, summary: 'Confiance lente.' });
    expect(summaryOnly.codingIds).toEqual([k.e01Mairie.id, k.e01Confiance.id]);
    expect((await core.call('framework:get', {})).cells[0]![0]!.summary).toBe('Confiance lente.');

    await expect(core.call('framework:setCell', { caseId: caseId('E02'), codeId: codes.gouvernance.id, codingIds: [k.e01Confiance.id] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `The quote ${k.e01Confiance.id} is not from participant E02`,
    });
    await expect(core.call('framework:setCell', { caseId: caseId('E01'), codeId: codes.budget.id, codingIds: [k.e01Confiance.id] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('framework:setCell', { caseId: 999, codeId: codes.budget.id, summary: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No participant with id 999' });

    // Clearing a cell removes it; deleting the participant removes its cells, and undo restores them.
    await core.call('framework:setCell', { caseId: caseId('E04'), codeId: codes.budget.id, summary: 'Transparence.', codingIds: [k.fgBudget.id] });
    await core.call('framework:setCell', { caseId: caseId('E04'), codeId: codes.budget.id, summary: '', codingIds: [] });
    expect((await core.call('framework:get', {})).cells[3]![1]).toMatchObject({ summary: '', codingIds: [], updatedAt: null });
    await core.call('cases:delete', { id: caseId('E01') });
    expect((await core.call('framework:get', {})).cases.map((c) => c.name)).toEqual(['E02', 'E03', 'E04']);
    await core.call('history:undo', {});
    expect((await core.call('framework:get', {})).cells[0]![0]).toMatchObject({ summary: 'Confiance lente.', codingIds: [k.e01Mairie.id, k.e01Confiance.id] });
  });
});

describe('report settings', () => {
  it('are stored in the project, partially updatable, checked and undoable', async () => {
    const { core, codes, type } = await codedStudy();
    // Until chosen, participants are grouped by the first category attribute, as in the Analysis view.
    expect(await core.call('report:getSettings', {})).toEqual({ title: '', subtitle: '', author: '', licence: 'CC-BY-4.0', language: 'fr', codeIds: null, groupAttributeId: type.id, includeAnnex: true, draft: false });
    await core.call('report:setSettings', { title: 'Synthèse', licence: 'CC-BY-NC-SA-4.0', codeIds: [codes.budget.id, codes.gouvernance.id], groupAttributeId: type.id });
    const s = await core.call('report:setSettings', { author: 'Équipe projet' });
    expect(s).toEqual({ title: 'Synthèse', subtitle: '', author: 'Équipe projet', licence: 'CC-BY-NC-SA-4.0', language: 'fr', codeIds: [codes.budget.id, codes.gouvernance.id], groupAttributeId: type.id, includeAnnex: true, draft: false });
    await core.call('history:undo', {});
    expect((await core.call('report:getSettings', {})).author).toBe('');
    await expect(core.call('report:setSettings', { licence: 'GPL' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('report:setSettings', { codeIds: [999] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A deleted theme leaves the report's list; a deleted attribute leaves the settings.
    await core.call('codes:delete', { id: codes.budget.id });
    await core.call('attributes:delete', { id: type.id });
    expect(await core.call('report:getSettings', {})).toMatchObject({ codeIds: [codes.gouvernance.id], groupAttributeId: null });
  });
});
